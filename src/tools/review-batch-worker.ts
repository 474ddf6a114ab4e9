/**
 * A worker thread of the batch review (review-batch.ts): reviews each file it is sent exactly as
 * `npm run review -- file` does and answers with the file's summary row. Loaded by path from the compiled
 * build/review/tools/review-batch-worker.js.
 */
import { parentPort, workerData } from "worker_threads";
import { BatchAnswer, BatchJob, WorkerSetup, internalErrorRow, planRow } from "./review-batch";
import { reviewFile } from "./review";

const port = parentPort;
const setup = workerData as WorkerSetup;

if (port) {
  port.on("message", (job: BatchJob) => {
    void (async () => {
      let answer: BatchAnswer;
      try {
        const outcome = await reviewFile(job.file, setup.language);
        answer = { index: job.index, row: planRow(job.file, job.shown, outcome, setup.language, setup.json) };
      } catch (error) {
        const detail = error instanceof Error ? error.message : String(error);
        answer = { index: job.index, row: internalErrorRow(job, detail, setup.json, setup.language) };
      }
      port.postMessage(answer);
    })();
  });
}
