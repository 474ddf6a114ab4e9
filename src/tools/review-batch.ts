/**
 * `npm run review -- folder/`: every plan in a folder reviewed, on every core, into one summary workbook (issue 10 §3).
 *
 * - **Which files**: those the single-file review reads ({@link REVIEWABLE}: .xlsx, .xlsm, .xls, .et, .ods, .docx),
 *   in the folder itself (`--recursive`: and in its subfolders, symbolic links to folders not followed), in name
 *   order. Office's lock files (`~$方案.xlsx`), hidden files and the summary workbook itself (the `--out` file, and
 *   any file named {@link SUMMARY_NAME} in the folder, an earlier summary) are left out.
 * - **Each file** is read and reviewed exactly as `npm run review -- file` reads and reviews it (its verdict, failing
 *   rules, undone checks and counts are that run's); a file that cannot be read gets a row saying why, and never
 *   stops the batch. Files go to N workers (worker_threads running review-batch-worker.js; N =
 *   `os.availableParallelism()`, or `--jobs N`, at most the number of files), largest first; when the compiled worker
 *   is not beside this module (the TypeScript sources under ts-jest) they are reviewed one after another in this
 *   thread.
 * - **Progress**: one line on stderr per file finished, `[12/100] plan-a.xlsx 不通过`, plain lines (no cursor
 *   movement), in the order files finish.
 * - **Summary workbook** (default `<folder>/复核汇总.xlsx`, or `--out`): one row per plan in name order: the file,
 *   the verdict (通过/不通过/无法判定/无法读取), the failing rules, the checks not done and why, the counts, and a note
 *   (why a file could not be read; a conversion). An existing file is replaced only with `--force`, and an input
 *   never (by path or by inode).
 * - **Exit code**: 1 when a plan fails; else 3 when one cannot be decided or cannot be read; else 0. 2 only for
 *   unusable arguments (a missing folder, a folder with nothing to review, a summary that may not be written).
 * - **--json**: one JSON document, `{ tool, schema: 2, kind: "batch", folder, summary, jobs, exitCode, totals, plans }`,
 *   each plan the single file's JSON object (schema 2) or, for a file that cannot be read,
 *   `{ tool, schema, file, exitCode: 2, verdict: "unreadable", error }`.
 */
import { existsSync, lstatSync, readdirSync, statSync, writeFileSync } from "fs";
import { availableParallelism } from "os";
import { basename, dirname, extname, join, relative, resolve, sep } from "path";
import { Worker } from "worker_threads";
import { isUndone } from "../core/review/record";
import { ReviewReport, Verdict } from "../core/review/review";
import { Bilingual, Language, pick } from "../core/text";
import { isSameFile } from "./review-paths";
import { loadExcelJS } from "./exceljs";

/** The extensions the review reads, as `npm run review -- file` reads them. */
export const REVIEWABLE: ReadonlySet<string> = new Set([".xlsx", ".xlsm", ".xls", ".et", ".ods", ".docx"]);

/** The summary workbook's name in the folder, when `--out` does not name another. */
export const SUMMARY_NAME = "复核汇总.xlsx";

/** A plan's verdict in the batch: the review's, or that it could not be read. */
export type BatchVerdict = Verdict | "unreadable";

export const VERDICT_WORDS: Readonly<Record<BatchVerdict, Bilingual>> = {
  pass: { zh: "通过", en: "pass" },
  fail: { zh: "不通过", en: "fail" },
  undecided: { zh: "无法判定", en: "cannot be decided" },
  unreadable: { zh: "无法读取", en: "unreadable" },
};

/** What reviewing one file gave: its report, or why it cannot be read (in the run's language). */
export type FileOutcome =
  | { readonly report: ReviewReport; readonly code: number; readonly notes: readonly string[] }
  | { readonly unreadable: string };

/** Reviews one file as the single-file run does (review.ts passes its own). */
export type ReviewFile = (file: string, language: Language) => Promise<FileOutcome>;

/** One plan's row of the summary, in the run's language; `json` the plan's JSON object (with --json only). */
export interface PlanRow {
  /** The file, relative to the folder. */
  readonly file: string;
  readonly verdict: BatchVerdict;
  readonly code: number;
  /** Rules with a failing finding, each once, in report order. */
  readonly failed: readonly string[];
  /** Each check left undone: "rule (sheet!range): why". */
  readonly unchecked: readonly string[];
  readonly counts?: ReviewReport["counts"];
  /** Why it cannot be read, or what the reading says (a conversion). */
  readonly note: string;
  readonly json?: unknown;
}

/** The exit code of an unreadable file inside a batch, as its own run would exit. */
const UNREADABLE_CODE = 2;

/** A reason cut to a summary cell's length (the single-file report has it whole). */
function short(text: string, limit = 160): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > limit ? `${flat.slice(0, limit - 1)}…` : flat;
}

/** The JSON object of one plan, as the single-file `--json` prints it (schema 2). */
export function planJson(file: string, report: ReviewReport, code: number): Record<string, unknown> {
  return { tool: "mine-review", schema: 2, file, exitCode: code, ...report };
}

/** A file's outcome as its summary row. */
export function planRow(file: string, shown: string, outcome: FileOutcome, language: Language, json: boolean): PlanRow {
  if ("unreadable" in outcome) {
    const row = { file: shown, verdict: "unreadable" as const, code: UNREADABLE_CODE, failed: [], unchecked: [] };
    const error = outcome.unreadable;
    return {
      ...row,
      note: error,
      ...(json
        ? { json: { tool: "mine-review", schema: 2, file, exitCode: UNREADABLE_CODE, verdict: "unreadable", error } }
        : {}),
    };
  }
  const { report, code } = outcome;
  const failed = [
    ...new Set(report.findings.filter((finding) => finding.severity === "fail").map((finding) => finding.rule)),
  ];
  const unchecked = report.checks.filter(isUndone).map((check) => {
    const where = [check.sheet, check.tableRange].filter(Boolean).join("!");
    const why = check.reasons.map((reason) => pick(reason, language)).join(language === "zh" ? "；" : "; ");
    return `${check.rule}${where ? ` (${where})` : ""}: ${short(why)}`;
  });
  return {
    file: shown,
    verdict: report.verdict,
    code,
    failed,
    unchecked,
    counts: report.counts,
    note: outcome.notes.join(" "),
    ...(json ? { json: planJson(file, report, code) } : {}),
  };
}

/** The files of `folder` the batch reviews, relative to it, in name order. */
export function batchFiles(folder: string, recursive: boolean, skip: (path: string) => boolean): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
      a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
    );
    for (const entry of entries) {
      if (entry.name.startsWith("~$") || entry.name.startsWith(".")) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (recursive) walk(path);
        continue;
      }
      let file = entry.isFile();
      // a symbolic link to a file is reviewed; one to a folder is not followed
      if (entry.isSymbolicLink()) {
        try {
          file = statSync(path).isFile();
        } catch {
          file = false;
        }
      }
      if (file && REVIEWABLE.has(extname(entry.name).toLowerCase()) && !skip(path)) found.push(relative(folder, path));
    }
  };
  walk(folder);
  return found;
}

export interface BatchOptions {
  readonly folder: string;
  readonly language: Language;
  readonly json: boolean;
  readonly out?: string;
  readonly force: boolean;
  readonly recursive: boolean;
  readonly jobs?: number;
  /** Where each progress line goes (stderr by default). */
  readonly progress?: (line: string) => void;
}

export interface BatchResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

function refusedBatch(message: Bilingual, language: Language): BatchResult {
  return { code: UNREADABLE_CODE, stdout: "", stderr: `${pick(message, language)}\n` };
}

/** The worker module beside this one, when compiled (undefined under ts-jest, which runs the .ts sources). */
function workerModule(): string | undefined {
  if (!__filename.endsWith(".js")) return undefined;
  const path = join(__dirname, "review-batch-worker.js");
  return existsSync(path) ? path : undefined;
}

/** A job for a worker, and its answer. */
export interface BatchJob {
  readonly index: number;
  readonly file: string;
  readonly shown: string;
}
export interface BatchAnswer {
  readonly index: number;
  readonly row: PlanRow;
}
export interface WorkerSetup {
  readonly language: Language;
  readonly json: boolean;
}

/** The row of a file whose review stopped on an unexpected error (or a worker that died with it). */
export function internalErrorRow(job: BatchJob, detail: string, json: boolean, language: Language): PlanRow {
  const message = pick(
    { zh: `复核时出现内部错误：${detail}`, en: `internal error while reviewing: ${detail}` },
    language,
  );
  return planRow(job.file, job.shown, { unreadable: message }, language, json);
}

/** Reviews every job on `count` worker threads; calls `done` as each finishes. */
function onWorkers(
  module: string,
  jobs: readonly BatchJob[],
  count: number,
  setup: WorkerSetup,
  done: (answer: BatchAnswer) => void,
): Promise<void> {
  return new Promise((resolveAll) => {
    let next = 0;
    let finished = 0;
    if (jobs.length === 0) return resolveAll();
    const start = () => {
      const worker = new Worker(module, { workerData: setup });
      let current: BatchJob | undefined;
      const give = () => {
        current = next < jobs.length ? jobs[next++] : undefined;
        if (current) worker.postMessage(current);
        else void worker.terminate();
      };
      const finish = (answer: BatchAnswer) => {
        done(answer);
        finished++;
        if (finished === jobs.length) resolveAll();
      };
      worker.on("message", (answer: BatchAnswer) => {
        current = undefined;
        finish(answer);
        give();
      });
      // a worker that dies (out of memory, an error outside the review's own handling) takes only its file with it
      let failure = "";
      worker.on("error", (error) => (failure = error instanceof Error ? error.message : String(error)));
      worker.on("exit", (code) => {
        if (!current) return;
        const job = current;
        current = undefined;
        finish({ index: job.index, row: internalErrorRow(job, failure || `exit ${code}`, setup.json, setup.language) });
        if (next < jobs.length) start();
      });
      give();
    };
    for (let i = 0; i < count; i++) start();
  });
}

/** Reviews every job in this thread, one after another (no compiled worker to start). */
async function inThisThread(
  review: ReviewFile,
  jobs: readonly BatchJob[],
  setup: WorkerSetup,
  done: (answer: BatchAnswer) => void,
): Promise<void> {
  for (const job of jobs) {
    let row: PlanRow;
    try {
      row = planRow(job.file, job.shown, await review(job.file, setup.language), setup.language, setup.json);
    } catch (error) {
      row = internalErrorRow(job, error instanceof Error ? error.message : String(error), setup.json, setup.language);
    }
    done({ index: job.index, row });
  }
}

const HEADERS: readonly Bilingual[] = [
  { zh: "文件", en: "file" },
  { zh: "结论", en: "verdict" },
  { zh: "退出码", en: "exit code" },
  { zh: "不通过的规则", en: "failing rules" },
  { zh: "未查或未全部核对(原因)", en: "not run, or not everywhere (why)" },
  { zh: "不通过项", en: "failing findings" },
  { zh: "提示项", en: "warnings" },
  { zh: "检查项", en: "checks" },
  { zh: "通过", en: "passed" },
  { zh: "未查或未全部核对", en: "not run or not everywhere" },
  { zh: "无可核对", en: "nothing to check" },
  { zh: "说明", en: "note" },
];

/** The sheet name of the summary. */
export const SUMMARY_SHEET: Bilingual = { zh: "复核汇总", en: "Review summary" };

/** Counts of plans by verdict. */
type Totals = Record<BatchVerdict, number> & { plans: number };

function totalsOf(rows: readonly PlanRow[]): Totals {
  const totals: Totals = { plans: rows.length, pass: 0, fail: 0, undecided: 0, unreadable: 0 };
  for (const row of rows) totals[row.verdict]++;
  return totals;
}

function totalsText(totals: Totals, language: Language): string {
  return pick(
    {
      zh: `合计 ${totals.plans} 个方案：通过 ${totals.pass}，不通过 ${totals.fail}，无法判定 ${totals.undecided}，无法读取 ${totals.unreadable}`,
      en: `${totals.plans} plans: ${totals.pass} pass, ${totals.fail} fail, ${totals.undecided} cannot be decided, ${totals.unreadable} unreadable`,
    },
    language,
  );
}

/** The summary workbook: one row per plan under a header, the totals under them; an .xlsx file's bytes. */
async function summaryWorkbook(rows: readonly PlanRow[], folder: string, language: Language): Promise<Buffer> {
  const ExcelJS = await loadExcelJS();
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "MINE review";
  const sheet = workbook.addWorksheet(pick(SUMMARY_SHEET, language), { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.addRow(HEADERS.map((header) => pick(header, language))).font = { bold: true };
  for (const row of rows) {
    const counts = row.counts;
    const added = sheet.addRow([
      row.file,
      pick(VERDICT_WORDS[row.verdict], language),
      row.code,
      row.failed.join(", "),
      row.unchecked.join("\n"),
      counts?.fail ?? null,
      counts?.warn ?? null,
      counts?.checks ?? null,
      counts?.passed ?? null,
      counts?.skipped ?? null,
      counts?.inapplicable ?? null,
      row.note,
    ]);
    added.alignment = { vertical: "top", wrapText: true };
    const fill = { fail: "FFFFC7CE", unreadable: "FFFFC7CE", undecided: "FFFFEB9C", pass: "FFC6EFCE" }[row.verdict];
    added.getCell(2).fill = { type: "pattern", pattern: "solid", fgColor: { argb: fill } };
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: rows.length + 1, column: HEADERS.length } };
  sheet.addRow([]);
  sheet.addRow([totalsText(totalsOf(rows), language)]);
  sheet.addRow([pick({ zh: `文件夹：${folder}`, en: `folder: ${folder}` }, language)]);
  [36, 10, 8, 30, 70, 10, 8, 8, 8, 12, 10, 50].forEach((width, column) => (sheet.getColumn(column + 1).width = width));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The batch's exit code: 1 when a plan fails, else 3 when one is undecided or unreadable, else 0. */
export function batchCode(rows: readonly PlanRow[]): number {
  if (rows.some((row) => row.verdict === "fail")) return 1;
  if (rows.some((row) => row.verdict === "undecided" || row.verdict === "unreadable")) return 3;
  return 0;
}

/** Reviews every plan of `options.folder`; never exits the process. */
export async function runBatch(options: BatchOptions, review: ReviewFile): Promise<BatchResult> {
  const { language } = options;
  const folder = resolve(options.folder);
  const defaultSummary = join(folder, SUMMARY_NAME);
  const out = resolve(options.out ?? defaultSummary);
  if (extname(out).toLowerCase() !== ".xlsx") {
    return refusedBatch(
      { zh: `汇总工作簿须为 .xlsx：${out}`, en: `the summary workbook must be an .xlsx: ${out}` },
      language,
    );
  }
  if (existsSync(out) && lstatSync(out).isDirectory()) {
    return refusedBatch({ zh: `--out 是一个目录：${out}`, en: `--out is a directory: ${out}` }, language);
  }
  const isSummary = (path: string) =>
    resolve(path) === out ||
    (dirname(resolve(path)) === folder && basename(path) === SUMMARY_NAME) ||
    isSameFile(path, out);
  // every reviewable file, the summaries included, to tell whether --out names one of the inputs
  const candidates = batchFiles(folder, options.recursive, () => false);
  const input = candidates.find((file) => {
    const path = join(folder, file);
    const earlierSummary = dirname(path) === folder && basename(path) === SUMMARY_NAME;
    return !earlierSummary && (resolve(path) === out || isSameFile(path, out));
  });
  if (input !== undefined) {
    return refusedBatch(
      {
        zh: `--out 不能是待复核的文件(${input})：复核从不修改原文件`,
        en: `--out must not be one of the files reviewed (${input}): the input is never modified`,
      },
      language,
    );
  }
  if (existsSync(out) && !options.force) {
    return refusedBatch(
      {
        zh: `汇总工作簿已存在：${out}；加 --force 覆盖，或用 --out 另指一个文件`,
        en: `the summary workbook exists: ${out}; add --force to replace it, or name another with --out`,
      },
      language,
    );
  }
  const files = candidates.filter((file) => !isSummary(join(folder, file)));
  if (files.length === 0) {
    return refusedBatch(
      {
        zh: `文件夹中没有可复核的文件(.xlsx、.xlsm、.xls、.et、.ods、.docx${options.recursive ? "" : "；子文件夹须加 --recursive"})：${folder}`,
        en: `no file to review in the folder (.xlsx, .xlsm, .xls, .et, .ods, .docx${options.recursive ? "" : "; add --recursive for subfolders"}): ${folder}`,
      },
      language,
    );
  }
  const shownOf = (file: string) => file.split(sep).join("/");
  const sizes = files.map((file) => statSync(join(folder, file)).size);
  // largest first: the last file to finish is then a small one, and the cores stay busy to the end
  const jobs: BatchJob[] = files
    .map((file, index) => ({ index, file: join(options.folder, file), shown: shownOf(file) }))
    .sort((a, b) => sizes[b.index] - sizes[a.index] || a.index - b.index);
  const module = workerModule();
  const count = Math.max(1, Math.min(options.jobs ?? availableParallelism(), files.length));
  const rows: PlanRow[] = new Array<PlanRow>(files.length);
  const progress = options.progress ?? ((line: string) => process.stderr.write(`${line}\n`));
  let finished = 0;
  const done = ({ index, row }: BatchAnswer) => {
    rows[index] = row;
    finished++;
    progress(`[${finished}/${files.length}] ${row.file} ${pick(VERDICT_WORDS[row.verdict], language)}`);
  };
  const setup: WorkerSetup = { language, json: options.json };
  if (module) await onWorkers(module, jobs, count, setup, done);
  else await inThisThread(review, jobs, setup, done);

  const code = batchCode(rows);
  const notes: string[] = [];
  try {
    const bytes = await summaryWorkbook(rows, folder, language);
    // "wx": a file that appeared since the check above is not replaced either
    writeFileSync(out, bytes, { flag: options.force ? "w" : "wx" });
    notes.push(pick({ zh: `已写出复核汇总 ${out}`, en: `wrote the review summary ${out}` }, language));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return refusedBatch({ zh: `无法写出 ${out}：${detail}`, en: `cannot write ${out}: ${detail}` }, language);
  }
  const totals = totalsOf(rows);
  const workers = module ? count : 1;
  let stdout: string;
  if (options.json) {
    stdout = JSON.stringify(
      {
        tool: "mine-review",
        schema: 2,
        kind: "batch",
        folder,
        summary: out,
        jobs: workers,
        exitCode: code,
        totals,
        plans: rows.map((row) => row.json),
      },
      null,
      2,
    );
  } else {
    const width = Math.max(...Object.values(VERDICT_WORDS).map((word) => pick(word, language).length));
    const lines = rows.map((row) => {
      const detail =
        row.verdict === "fail"
          ? row.failed.join(", ")
          : row.verdict === "unreadable"
            ? short(row.note, 200)
            : row.unchecked.length > 0
              ? pick(
                  {
                    zh: `${row.unchecked.length} 项未查或未全部核对`,
                    en: `${row.unchecked.length} not run or not everywhere`,
                  },
                  language,
                )
              : "";
      return `  ${pick(VERDICT_WORDS[row.verdict], language).padEnd(width)}  ${row.file}${detail ? `  ${detail}` : ""}`;
    });
    stdout = [
      pick(
        {
          zh: `MINE 批量复核：${folder}(${files.length} 个文件，同时复核 ${workers} 个)`,
          en: `MINE batch review: ${folder} (${files.length} files, ${workers} at a time)`,
        },
        language,
      ),
      "",
      ...lines,
      "",
      totalsText(totals, language),
    ].join("\n");
  }
  return { code, stdout: `${stdout}\n`, stderr: notes.map((note) => `${note}\n`).join("") };
}
