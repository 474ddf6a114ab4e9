/**
 * `npm run review -- [book.xlsx] [--lang en] [--json] [--out annotated.xlsx]`: the spot-check of src/core/review
 * on a saved workbook, without Excel.
 *
 * - No file: the shipped sample with the planted mistakes, assets/samples/review-bad.xlsx (it exits 1: that is
 *   the demonstration); assets/samples/review-good.xlsx has no finding but cannot be decided (exit 3): the
 *   built-in table has no minimum for iron's comprehensive utilisation.
 * - Reads .xlsx and .xlsm; .xls, .et (WPS 表格) and .ods converted to .xlsx with LibreOffice in a temporary
 *   directory (review-convert.ts; exit 2 naming the package when soffice is missing); a .docx's tables, one sheet
 *   each (review-docx.ts, whose layout the report states under it). Findings name the input file.
 * - Prints the report in Chinese (English with `--lang en`), or one JSON object with `--json`.
 * - `--out <file>`: writes an annotated copy (flagged cells filled and noted, a 复核报告 sheet and a draft
 *   专家审查意见书 sheet added), always an .xlsx: of the converted workbook for .xls, .et and .ods, of a workbook of
 *   the document's tables as read for .docx. The input is only ever read; `--out` naming the input is refused.
 * - A folder, written with its final slash (`npm run review -- folder/ [--recursive] [--out summary.xlsx] [--force] [--jobs N]`): every plan in
 *   it reviewed on every core into a summary workbook, one row per plan (review-batch.ts, which states the rules);
 *   exit 1 when a plan fails, else 3 when one cannot be decided or read, else 0.
 * - Exit codes ({@link EXIT}): 0 pass (nothing fails, and every check that could fail was done; warnings never
 *   fail), 1 fail (a check fails: this outranks 3), 3 cannot be decided (nothing fails, but a check that could
 *   fail could not be done: no minimum for the mineral, a number that cannot be read, a formula saved without a
 *   result, a missing table or no table at all: it needs a manual check), 2 unusable input (the file cannot be
 *   read, or the arguments are wrong; with a message saying which; a file with a password to open is said to be
 *   one, review-encrypted.ts), 4 out of memory (review-main.ts, the entry of `npm run review`, runs the review on a
 *   worker thread and reports it).
 * - Paths are taken relative to where the user ran the command (review-paths.ts userPath: INIT_CWD under npm run).
 */
import { existsSync, mkdtempSync, rmSync, statSync } from "fs";
import { tmpdir } from "os";
import { extname, join } from "path";
import { parseArgs as parseCommandLine } from "node:util";
import { planReviewOpinion, planReviewReport } from "../core/review/plans";
import { ReviewReport, Verdict, reviewWorkbook } from "../core/review/review";
import { findingValues, reportText } from "../core/review/text";
import { Bilingual, Language, pick } from "../core/text";
import { ConversionError, convertToXlsx, findSoffice, sniff, sofficeMissing } from "./review-convert";
import { DOCX_LAYOUT, readDocxFile, writeSheetsWorkbook } from "./review-docx";
import { FileOutcome, runBatch } from "./review-batch";
import { Protection, passwordProtection } from "./review-encrypted";
import { defaultSample, isSameFile, userPath } from "./review-paths";
import { ReadWorkbook, findingNote, readWorkbookFile, writeAnnotated } from "./review-xlsx";
import { runCommand } from "./cli";

/** The exit code of each verdict, and of an input that cannot be used. */
export const EXIT = { pass: 0, fail: 1, unreadable: 2, undecided: 3 } as const satisfies Record<
  Verdict | "unreadable",
  number
>;

interface Args {
  readonly file?: string;
  readonly language: Language;
  readonly json: boolean;
  readonly out?: string;
  readonly help: boolean;
  /** For a folder only: replace an existing summary, look into subfolders, how many workers. */
  readonly force: boolean;
  readonly recursive: boolean;
  readonly jobs?: number;
}

const USAGE = `用法 / usage: npm run review -- [book.xlsx] [--lang zh|en] [--json] [--out annotated.xlsx]
       npm run review -- folder/ [--recursive] [--lang zh|en] [--json] [--out summary.xlsx] [--force] [--jobs N]
  book.xlsx        要复核的工作簿；省略时复核示例 assets/samples/review-bad.xlsx(含典型错误，退出码 1)
                   the workbook; without it, the sample with planted mistakes (exits 1)
                   可读 .xlsx、.xlsm；.xls、.et(WPS 表格)、.ods 经 LibreOffice 转换(须安装 soffice)；.docx 读其中的表格
                   reads .xlsx, .xlsm; .xls, .et (WPS), .ods converted with LibreOffice (soffice needed); a .docx's tables
  --lang en        英文报告 / report in English (default zh)
  --json           输出 JSON / machine-readable output
  --out FILE       另存带标注的 .xlsx 副本(不修改原文件；.xls/.et/.ods 为转换后的工作簿，.docx 为其表格各一张工作表)
                   write an annotated .xlsx copy (the input is never modified; of the converted workbook for .xls,
                   .et, .ods; of the document's tables, one sheet each, for .docx)
批量复核 / a folder:
  folder/          以 / 结尾：复核文件夹中每个可读文件(不含 ~$ 锁定文件与汇总工作簿)，每完成一个在 stderr 输出一行进度，
                   并写出汇总工作簿，每个方案一行(结论、不通过的规则、未查项及原因、计数；无法读取的写明原因)
                   ending in /: reviews every file of the folder the review reads (not ~$ lock files, not the summary), one
                   progress line on stderr per file finished, and writes a summary workbook, one row per plan
  --out FILE       汇总工作簿，默认 folder/复核汇总.xlsx / the summary workbook (default folder/复核汇总.xlsx)
  --force          覆盖已存在的汇总工作簿(从不写入待复核的文件) / replace an existing summary (never an input)
  --recursive      包括子文件夹 / include subfolders
  --jobs N         并行数，默认为 CPU 核数 / workers, default: the number of cores
  --json           所有方案的一个 JSON 文档 / one JSON document with every plan
  退出码：有方案不通过为 1；否则有无法判定或无法读取的为 3；否则 0；文件夹不存在或无可复核文件为 2
  exit code: 1 when a plan fails; else 3 when one cannot be decided or read; else 0; 2 when the folder is
  missing or holds nothing to review
退出码 / exit codes:
  0  通过：无不通过项，且可判不通过的检查都已完成(提示不影响)
     pass: nothing fails, and every check that could fail was done (warnings never fail)
  1  不通过：至少一项不通过(优先于 3)
     fail: a check fails (outranks 3)
  3  无法判定(须人工核对)：无不通过项，但有检查未能完成(无最低指标、数值不可读、公式未保存结果、缺表或找不到表)
     cannot be decided (needs a manual check): nothing fails, but a check that could fail could not be done (no
     minimum for the mineral, a number that cannot be read, a formula saved without a result, a missing table or
     none found)
  2  输入不可用：文件无法读取(含设有打开密码的加密文件)或参数错误
     unusable input: the file cannot be read (a password-protected file included), or the arguments are wrong
  4  内存不足，复核未完成(npm run review；可设 NODE_OPTIONS=--max-old-space-size=8192 重试)
     out of memory, the review did not finish (npm run review; NODE_OPTIONS=--max-old-space-size=8192 gives more)
路径相对于运行命令的目录(npm run 下为 INIT_CWD)。--json 时请用 npm run -s review，否则 npm 会在 JSON 前打印命令行
paths are relative to the directory the command is run from (INIT_CWD under npm run). With --json, use
npm run -s review: without -s, npm prints the command line before the JSON`;

class UsageError extends Error {}

const OPTIONS = {
  lang: { type: "string" },
  out: { type: "string" },
  json: { type: "boolean" },
  help: { type: "boolean", short: "h" },
  force: { type: "boolean" },
  recursive: { type: "boolean" },
  jobs: { type: "string" },
} as const;

/** The value of `--lang` or `--out`: missing when there is none, or when the next argument is an option. */
function optionValue(token: {
  rawName: string;
  value?: string | undefined;
  inlineValue?: boolean | undefined;
}): string {
  if (token.value === undefined || (!token.inlineValue && token.value.startsWith("--"))) {
    throw new UsageError(`${token.rawName} 需要一个值 / ${token.rawName} needs a value`);
  }
  return token.value;
}

function readJobs(value: string): number {
  if (!/^[1-9]\d{0,3}$/.test(value)) {
    throw new UsageError(`--jobs 须为正整数 / --jobs must be a positive whole number: ${value}`);
  }
  return Number(value);
}

function readLanguage(value: string): Language {
  if (value !== "zh" && value !== "en")
    throw new UsageError(`--lang 只能是 zh 或 en / --lang must be zh or en: ${value}`);
  return value;
}

/**
 * The command line as `node:util` parseArgs reads it, taken token by token so that the first thing wrong is the
 * one reported: an unknown option (also `--json=…`, a bare `-` or `--`), a missing value, a second file.
 */
export function parseArgs(argv: readonly string[]): Args {
  const { tokens } = parseCommandLine({
    args: [...argv],
    options: OPTIONS,
    allowPositionals: true,
    strict: false,
    tokens: true,
  });
  const unknownOption = (index: number) => new UsageError(`未知选项 / unknown option: ${argv[index]}`);
  let file: string | undefined;
  let language: Language = "zh";
  let json = false;
  let out: string | undefined;
  let help = false;
  let force = false;
  let recursive = false;
  let jobs: number | undefined;
  for (const token of tokens) {
    if (token.kind === "option-terminator") throw unknownOption(token.index);
    if (token.kind === "positional") {
      if (token.value.startsWith("-")) throw unknownOption(token.index);
      if (file !== undefined) throw new UsageError(`只能复核一个文件 / one file at a time: ${file}, ${token.value}`);
      file = token.value;
    } else if (token.name === "json" && !token.inlineValue) json = true;
    else if (token.name === "help" && !token.inlineValue) help = true;
    else if (token.name === "force" && !token.inlineValue) force = true;
    else if (token.name === "recursive" && !token.inlineValue) recursive = true;
    else if (token.name === "jobs") jobs = readJobs(optionValue(token));
    else if (token.name === "out") out = optionValue(token);
    else if (token.name === "lang") language = readLanguage(optionValue(token));
    else throw unknownOption(token.index);
  }
  return {
    ...(file ? { file } : {}),
    language,
    json,
    ...(out ? { out } : {}),
    help,
    force,
    recursive,
    ...(jobs !== undefined ? { jobs } : {}),
  };
}

/** What a reader or writer threw, as text. */
function detailOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The formats the review reads, as its messages list them. */
const ACCEPTED: Bilingual = {
  zh: "可复核 .xlsx、.xlsm，经 LibreOffice 转换的 .xls、.et(WPS 表格)、.ods，以及 Word 文档 .docx 中的表格",
  en: "the review reads .xlsx and .xlsm, .xls, .et (WPS) and .ods converted with LibreOffice, and the tables of a .docx",
};

/** Workbooks converted with LibreOffice, by extension. */
const CONVERTED = new Set([".xls", ".et", ".ods"]);

/**
 * Why `file` cannot be reviewed: missing, a directory, a format the review does not read, or a file that is not
 * what its name says (with what the reader said).
 */
function unreadable(file: string, detail = ""): Bilingual {
  if (!existsSync(file)) return { zh: `找不到文件：${file}`, en: `file not found: ${file}` };
  if (statSync(file).isDirectory()) {
    const folder = `${file.replace(/[\\/]+$/, "")}/`;
    return {
      zh: `这是一个目录，不是文件：${file}；要复核其中的每个方案，请以 / 结尾：${folder}`,
      en: `a directory, not a file: ${file}; to review every plan in it, end it with /: ${folder}`,
    };
  }
  const said = { zh: detail ? `(${detail})` : "", en: detail ? ` (${detail})` : "" };
  const extension = extname(file).toLowerCase();
  if (CONVERTED.has(extension)) {
    return {
      zh: `无法读取为 ${extension} 工作簿(文件损坏，或是网页、文本导出的“${extension}”)：${file}${said.zh}；请在 Excel 或 WPS 中打开并另存为 .xlsx`,
      en: `cannot read as an ${extension} workbook (damaged, or a web page or text saved under that name): ${file}${said.en}; open it in Excel or WPS and save it as .xlsx`,
    };
  }
  if (extension === ".docx") {
    return {
      zh: `无法读取为 Word 文档(文件损坏或不是 .docx)：${file}${said.zh}`,
      en: `cannot read as a Word document (damaged or not .docx): ${file}${said.en}`,
    };
  }
  const hint =
    extension === ".doc" || extension === ".wps"
      ? { zh: "；请在 Word 或 WPS 中另存为 .docx", en: "; save it as .docx in Word or WPS" }
      : extension === ".xlsx" || extension === ".xlsm"
        ? { zh: "", en: "" }
        : { zh: "；请另存为 .xlsx", en: "; save it as .xlsx" };
  return {
    zh: `无法读取为 .xlsx 工作簿(文件损坏或不是 .xlsx)：${file}${said.zh}${hint.zh}。${ACCEPTED.zh}`,
    en: `cannot read as an .xlsx workbook (damaged or not .xlsx): ${file}${said.en}${hint.en}. ${ACCEPTED.en}`,
  };
}

/** What to say of a file with a password to open: the review cannot read it, and how to remove the password. */
function passwordProtected(file: string, protection: Protection): Bilingual {
  const what =
    extname(file).toLowerCase() === ".docx"
      ? { zh: "文档", en: "document" }
      : protection === "ods"
        ? { zh: "ODS 工作簿", en: "ODS workbook" }
        : { zh: "工作簿", en: "workbook" };
  return {
    zh: `${what.zh}设有打开密码(已加密)，无法复核：${file}；请在 Excel、WPS 或 LibreOffice 中用密码打开，取消“用密码进行加密”(WPS：文件 → 文档加密)后另存一份，再复核那一份`,
    en: `the ${what.en} is password-protected (encrypted) and cannot be reviewed: ${file}; open it with its password in Excel, WPS or LibreOffice, remove the password to open (Excel: File → Info → Protect Workbook → Encrypt with Password) and save a copy, then review the copy`,
  };
}

export interface RunResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** A run that stops on a message: the file cannot be read or written, or the arguments are wrong. */
function refused(message: Bilingual, language: Language): RunResult {
  return { code: EXIT.unreadable, stdout: "", stderr: `${pick(message, language)}\n` };
}

/**
 * The report as JSON. Schema 2 (issue 9): `verdict` (pass, fail, undecided); `passed` only for pass; `counts.skipped`
 * counts every check not run or not run everywhere, `counts.inapplicable` those with nothing to check; each check's
 * `notes` say why there was nothing to check.
 */
function jsonOf(file: string, report: ReviewReport, code: number): string {
  return JSON.stringify({ tool: "mine-review", schema: 2, file, exitCode: code, ...report }, null, 2);
}

/** The input read: its sheets, what the annotated copy starts from, a note for the report, the clean-up. */
export interface Input {
  readonly read: ReadWorkbook;
  /** The .xlsx the annotated copy is made from: the input, the converted workbook, or (a .docx) none. */
  readonly workbook?: string;
  readonly note?: Bilingual;
  /** How the report's sheets and cells name places in the input (a .docx): under the report, or on stderr with --json. */
  readonly legend?: Bilingual;
  /** Removes what reading left in temporary directories. */
  readonly dispose: () => void;
}

const NOTHING_TO_DISPOSE = () => undefined;

/** An .xlsx read as today; a file that is not one refused with what the reader said. */
async function readXlsx(file: string, language: Language): Promise<Input | RunResult> {
  try {
    return { read: await readWorkbookFile(file), workbook: file, dispose: NOTHING_TO_DISPOSE };
  } catch (error) {
    return refused(unreadable(file, detailOf(error)), language);
  }
}

/** An .xls, .et or .ods (OLE2 or ODS inside) converted with LibreOffice into a temporary .xlsx and read from there. */
async function readConverted(file: string, kind: "ole2" | "ods", language: Language): Promise<Input | RunResult> {
  const soffice = findSoffice();
  if (!soffice) return refused(sofficeMissing(file), language);
  let converted;
  try {
    converted = await convertToXlsx(file, kind, soffice);
  } catch (error) {
    if (error instanceof ConversionError) return refused(unreadable(file, error.message), language);
    const detail = detailOf(error);
    return refused(
      { zh: `无法运行 LibreOffice(${soffice})：${detail}`, en: `cannot run LibreOffice (${soffice}): ${detail}` },
      language,
    );
  }
  try {
    const read = await readWorkbookFile(converted.path);
    const note = {
      zh: `(已由 LibreOffice 转换为 .xlsx 后复核，用时 ${(converted.milliseconds / 1000).toFixed(1)} 秒；单元格地址与原表相同)`,
      en: `(converted to .xlsx with LibreOffice for the review in ${(converted.milliseconds / 1000).toFixed(1)} s; cell addresses are those of the original)`,
    };
    return { read, workbook: converted.path, note, dispose: converted.dispose };
  } catch (error) {
    converted.dispose();
    return refused(unreadable(file, detailOf(error)), language);
  }
}

/**
 * The input read, or the run refused with why it cannot be. By extension: .xlsx and .xlsm as they are; .xls, .et
 * and .ods converted with LibreOffice (an .xlsx under one of those names read directly); .docx the document's
 * tables; any other refused, with the formats the review reads.
 */
export async function readInput(file: string, language: Language): Promise<Input | RunResult> {
  if (!existsSync(file) || statSync(file).isDirectory()) return refused(unreadable(file), language);
  const extension = extname(file).toLowerCase();
  // an encrypted .xlsx or .docx is an OLE2 file, an encrypted .xls or .ods is one the converter cannot open
  const kind = await sniff(file);
  const protection = await passwordProtection(file, kind);
  if (protection) return refused(passwordProtected(file, protection), language);
  if (extension === ".docx") {
    try {
      return { read: await readDocxFile(file), legend: DOCX_LAYOUT, dispose: NOTHING_TO_DISPOSE };
    } catch (error) {
      return refused(unreadable(file, detailOf(error)), language);
    }
  }
  if (CONVERTED.has(extension)) {
    if (kind === "xlsx") return readXlsx(file, language);
    if (kind === "ole2" || kind === "ods") return readConverted(file, kind, language);
    return refused(unreadable(file), language);
  }
  // an Excel 97–2003 workbook saved under an .xlsx name is converted as an .xls would be
  if ((extension === ".xlsx" || extension === ".xlsm") && kind === "ole2") return readConverted(file, kind, language);
  if (extension === ".xlsx" || extension === ".xlsm") return readXlsx(file, language);
  return refused(unreadable(file), language);
}

/**
 * Writes the annotated copy (flagged cells, the report and the opinion sheets); the failure when it cannot. A
 * document's copy starts from a workbook of its tables, one sheet each as the review read them.
 */
async function writeCopy(
  input: Input,
  file: string,
  out: string,
  report: ReviewReport,
  language: Language,
): Promise<RunResult | undefined> {
  const options = { lang: language, source: file, date: new Date().toISOString().slice(0, 10) };
  let scratch: string | undefined;
  try {
    let workbook = input.workbook;
    if (workbook === undefined) {
      scratch = mkdtempSync(join(tmpdir(), "mine-review-docx-"));
      workbook = join(scratch, "tables.xlsx");
      await writeSheetsWorkbook(input.read.sheets, workbook);
    }
    await writeAnnotated(
      input.read.package ?? workbook,
      out,
      report.findings,
      [planReviewReport(report, options), planReviewOpinion(report, report.facts, options)],
      (finding) => findingNote(finding, language, findingValues(finding, language)),
    );
    return undefined;
  } catch (error) {
    const detail = detailOf(error);
    return refused({ zh: `无法写出 ${out}：${detail}`, en: `cannot write ${out}: ${detail}` }, language);
  } finally {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  }
}

/**
 * Reads and reviews one file as {@link run} does for a single file, without an annotated copy: the batch's step
 * (review-batch.ts), in a worker thread or here.
 */
export async function reviewFile(file: string, language: Language): Promise<FileOutcome> {
  const input = await readInput(file, language);
  if ("code" in input) return { unreadable: input.stderr.trim() };
  try {
    const report = reviewWorkbook(input.read.sheets, { uncachedFormulas: input.read.uncached });
    return { report, code: EXIT[report.verdict], notes: input.note ? [pick(input.note, language)] : [] };
  } finally {
    input.dispose();
  }
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Runs the review for the arguments; never exits the process (the caller does). `progress` receives the batch's
 * progress lines (stderr by default).
 */
export async function run(argv: readonly string[], progress?: (line: string) => void): Promise<RunResult> {
  let args: Args;
  try {
    args = parseArgs(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      return { code: EXIT.unreadable, stdout: "", stderr: `${error.message}\n${USAGE}\n` };
    }
    throw error;
  }
  if (args.help) return { code: EXIT.pass, stdout: `${USAGE}\n`, stderr: "" };
  const language = args.language;
  // paths as typed are relative to where the user ran the command (under npm run, INIT_CWD, not the project root)
  const named = args.file === undefined ? undefined : userPath(args.file);
  const out = args.out === undefined ? undefined : userPath(args.out);
  // a folder is reviewed plan by plan when written as one (folder/): a directory named by mistake stays an error
  const folderNamed = named !== undefined && isFolder(named);
  if (args.file !== undefined && named !== undefined && folderNamed && /[\\/]$/.test(args.file)) {
    const { json, force, recursive, jobs } = args;
    const folder = named;
    const options = { folder, language, json, force, recursive, ...(out ? { out } : {}), ...(jobs ? { jobs } : {}) };
    return runBatch({ ...options, ...(progress ? { progress } : {}) }, reviewFile);
  }
  const batchOnly = [args.force && "--force", args.recursive && "--recursive", args.jobs !== undefined && "--jobs"];
  if (batchOnly.some(Boolean) && !folderNamed) {
    const names = batchOnly.filter(Boolean).join(", ");
    return {
      code: EXIT.unreadable,
      stdout: "",
      stderr: `${names} 只用于复核文件夹 / ${names}: for a folder only\n${USAGE}\n`,
    };
  }
  // read and written at `file`; the report and the JSON name it as typed
  const file = named ?? defaultSample();
  const shown = args.file ?? file;
  const notes: Bilingual[] = [];
  if (!args.file) {
    notes.push({
      zh: `(未指定文件：复核随附的含典型错误的示例 ${file}，预期不通过)`,
      en: `(no file given: reviewing the shipped sample with planted mistakes, ${file}; it is meant to fail)`,
    });
  }
  // the same path, a hard or symbolic link to it, or another spelling of it on a case-insensitive disk
  if (out && isSameFile(file, out)) {
    return refused(
      {
        zh: `--out 不能是输入文件本身(${args.out})：复核从不修改原文件`,
        en: `--out must not be the input file (${args.out}): the input is never modified`,
      },
      language,
    );
  }
  const input = await readInput(file, language);
  if ("code" in input) return input;
  const { read } = input;
  let report: ReviewReport;
  try {
    if (input.note) notes.push(input.note);
    report = reviewWorkbook(read.sheets, { uncachedFormulas: read.uncached });
    if (out) {
      const failed = await writeCopy(input, shown, out, report, language);
      if (failed) return failed;
      const written = out;
      notes.push({ zh: `已写出带标注的副本 ${written}`, en: `wrote the annotated copy ${written}` });
    }
  } finally {
    input.dispose();
  }
  const code = EXIT[report.verdict];
  if (input.legend && args.json) notes.push(input.legend);
  const legend = input.legend && !args.json ? `\n\n${pick(input.legend, language)}` : "";
  const stdout = args.json
    ? jsonOf(shown, report, code)
    : reportText(report, { lang: language, source: shown }) + legend;
  const stderr = notes.map((note) => `${pick(note, language)}\n`).join("");
  return { code, stdout: `${stdout}\n`, stderr };
}

if (require.main === module) runCommand(run, EXIT.unreadable);
