/**
 * The entry of `npm run review`: the review (review.ts `run`) on a worker thread, this thread only passing its
 * output on. A workbook too large for the memory Node is given stops the worker, not the process, so the run ends
 * with a message and exit code 4 ({@link OUT_OF_MEMORY}) instead of Node's abort (exit 134, or a signal, with a
 * V8 stack dump). The other exit codes are review.ts's EXIT. The worker's heap limit is Node's default or
 * NODE_OPTIONS=--max-old-space-size=<MB>, as for the process.
 */
import { Worker, isMainThread, parentPort, workerData } from "worker_threads";
import type { RunResult } from "./review";

/** The exit code of a review that ran out of memory. */
export const OUT_OF_MEMORY = 4;
/** review.ts EXIT.unreadable: also the code of an error the review did not expect (cli.ts). */
const UNUSABLE = 2;

/** What the worker posts: a progress line of a folder's review, or the result. */
type Message = { readonly progress: string } | { readonly result: RunResult };

const OUT_OF_MEMORY_TEXT = `内存不足，复核未完成(退出码 4)。可给 Node 更多内存后重试：设置环境变量 NODE_OPTIONS=--max-old-space-size=8192(单位 MB，不超过本机内存)，或把工作簿拆小
out of memory: the review did not finish (exit code 4). Give Node more memory and run it again: set the environment variable NODE_OPTIONS=--max-old-space-size=8192 (MB, at most the machine's memory), or split the workbook
`;

/**
 * Under `npm run review` without -s, npm prints its "> mine-sanlv-excel-addin@… review" lines on stdout before the
 * JSON: said on stderr, since the JSON alone cannot be had then.
 */
export function npmBannerWarning(argv: readonly string[], env: NodeJS.ProcessEnv): string | undefined {
  if (!argv.includes("--json") || env.npm_lifecycle_event !== "review" || env.npm_config_loglevel === "silent") {
    return undefined;
  }
  return "注意：npm 已在标准输出的 JSON 之前打印了命令行；要只得到 JSON，请用 npm run -s review -- … --json\nnote: npm printed its command line on stdout before the JSON; for the JSON alone run npm run -s review -- … --json\n";
}

function main(): void {
  const warning = npmBannerWarning(process.argv.slice(2), process.env);
  if (warning) process.stderr.write(warning);
  let done = false;
  const worker = new Worker(__filename, { workerData: process.argv.slice(2) });
  worker.on("message", (message: Message) => {
    if ("progress" in message) {
      process.stderr.write(`${message.progress}\n`);
      return;
    }
    done = true;
    const { code, stdout, stderr } = message.result;
    if (stderr) process.stderr.write(stderr);
    process.stdout.write(stdout, () => process.exit(code));
  });
  worker.on("error", (error: Error & { code?: string }) => {
    if (done) return;
    done = true;
    if (error.code === "ERR_WORKER_OUT_OF_MEMORY") {
      process.stderr.write(OUT_OF_MEMORY_TEXT, () => process.exit(OUT_OF_MEMORY));
      return;
    }
    process.stderr.write(`内部错误 / internal error: ${error.stack ?? error.message}\n`, () => process.exit(UNUSABLE));
  });
  worker.on("exit", (code) => {
    if (done) return;
    process.stderr.write(`内部错误 / internal error: the review stopped (${code})\n`, () => process.exit(UNUSABLE));
  });
}

async function inWorker(argv: readonly string[]): Promise<void> {
  const port = parentPort;
  if (!port) return;
  const { run } = await import("./review");
  const result = await run(argv, (line) => port.postMessage({ progress: line } satisfies Message));
  port.postMessage({ result } satisfies Message);
}

if (isMainThread) {
  if (require.main === module) main();
} else {
  // a rejection here ends the worker with an error: the main thread reports it as an internal error
  void inWorker(workerData as string[]);
}
