/**
 * `npm run review -- [book.xlsx] [--lang en] [--json] [--out annotated.xlsx]`: the spot-check of src/core/review
 * on a saved workbook, without Excel.
 *
 * - No file: the shipped sample with the planted mistakes, assets/samples/review-bad.xlsx (it exits 1: that is
 *   the demonstration); assets/samples/review-good.xlsx has no finding but cannot be decided (exit 3): the
 *   built-in table has no minimum for iron's comprehensive utilisation.
 * - Prints the report in Chinese (English with `--lang en`), or one JSON object with `--json`.
 * - `--out <file>`: writes an annotated copy (flagged cells filled and noted, a 复核报告 sheet and a draft
 *   专家审查意见书 sheet added). The input is only ever read; `--out` naming the input is refused.
 * - Exit codes ({@link EXIT}): 0 pass (nothing fails, and every check that could fail was done; warnings never
 *   fail), 1 fail (a check fails: this outranks 3), 3 cannot be decided (nothing fails, but a check that could
 *   fail could not be done: no minimum for the mineral, a number that cannot be read, a formula saved without a
 *   result, a missing table or no table at all: it needs a manual check), 2 unusable input (the file cannot be
 *   read, or the arguments are wrong; with a message saying which).
 */
import { existsSync, realpathSync, statSync } from "fs";
import { resolve } from "path";
import { parseArgs as parseCommandLine } from "node:util";
import { planReviewOpinion, planReviewReport } from "../core/review/plans";
import { ReviewReport, Verdict, reviewWorkbook } from "../core/review/review";
import { findingValues, reportText } from "../core/review/text";
import { Bilingual, Language, pick } from "../core/text";
import { defaultSample } from "./review-paths";
import { ReadWorkbook, findingNote, readWorkbookFile, writeAnnotated } from "./review-xlsx";

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
}

const USAGE = `用法 / usage: npm run review -- [book.xlsx] [--lang zh|en] [--json] [--out annotated.xlsx]
  book.xlsx        要复核的工作簿；省略时复核示例 assets/samples/review-bad.xlsx(含典型错误，退出码 1)
                   the workbook; without it, the sample with planted mistakes (exits 1)
  --lang en        英文报告 / report in English (default zh)
  --json           输出 JSON / machine-readable output
  --out FILE       另存带标注的副本(不修改原文件) / write an annotated copy (the input is never modified)
退出码 / exit codes:
  0  通过：无不通过项，且可判不通过的检查都已完成(提示不影响)
     pass: nothing fails, and every check that could fail was done (warnings never fail)
  1  不通过：至少一项不通过(优先于 3)
     fail: a check fails (outranks 3)
  3  无法判定(须人工核对)：无不通过项，但有检查未能完成(无最低指标、数值不可读、公式未保存结果、缺表或找不到表)
     cannot be decided (needs a manual check): nothing fails, but a check that could fail could not be done (no
     minimum for the mineral, a number that cannot be read, a formula saved without a result, a missing table or
     none found)
  2  输入不可用：文件无法读取或参数错误
     unusable input: the file cannot be read, or the arguments are wrong`;

class UsageError extends Error {}

const OPTIONS = {
  lang: { type: "string" },
  out: { type: "string" },
  json: { type: "boolean" },
  help: { type: "boolean", short: "h" },
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
  for (const token of tokens) {
    if (token.kind === "option-terminator") throw unknownOption(token.index);
    if (token.kind === "positional") {
      if (token.value.startsWith("-")) throw unknownOption(token.index);
      if (file !== undefined) throw new UsageError(`只能复核一个文件 / one file at a time: ${file}, ${token.value}`);
      file = token.value;
    } else if (token.name === "json" && !token.inlineValue) json = true;
    else if (token.name === "help" && !token.inlineValue) help = true;
    else if (token.name === "out") out = optionValue(token);
    else if (token.name === "lang") language = readLanguage(optionValue(token));
    else throw unknownOption(token.index);
  }
  return { ...(file ? { file } : {}), language, json, ...(out ? { out } : {}), help };
}

function sameFile(input: string, output: string): boolean {
  if (resolve(input) === resolve(output)) return true;
  try {
    return existsSync(output) && realpathSync(input) === realpathSync(output);
  } catch {
    return false;
  }
}

/** What a reader or writer threw, as text. */
function detailOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Why `file` cannot be reviewed: missing, a directory, or not an .xlsx workbook (with what the reader said). */
function unreadable(file: string, detail = ""): Bilingual {
  if (!existsSync(file)) return { zh: `找不到文件：${file}`, en: `file not found: ${file}` };
  if (statSync(file).isDirectory()) {
    return { zh: `这是一个目录，不是文件：${file}`, en: `a directory, not a file: ${file}` };
  }
  const legacy = /\.(xls|et|ods|csv)$/i.test(file)
    ? { zh: "；只能读取 .xlsx，请在 Excel 中另存为 .xlsx", en: "; only .xlsx can be read: save it as .xlsx in Excel" }
    : { zh: "", en: "" };
  return {
    zh: `无法读取为 .xlsx 工作簿(文件损坏或不是 .xlsx)：${file}${legacy.zh}${detail ? `(${detail})` : ""}`,
    en: `cannot read as an .xlsx workbook (damaged or not .xlsx): ${file}${legacy.en}${detail ? ` (${detail})` : ""}`,
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

/** The workbook read, or the run refused with why it cannot be. */
async function readInput(file: string, language: Language): Promise<ReadWorkbook | RunResult> {
  if (!existsSync(file) || statSync(file).isDirectory()) return refused(unreadable(file), language);
  try {
    return await readWorkbookFile(file);
  } catch (error) {
    return refused(unreadable(file, detailOf(error)), language);
  }
}

/** Writes the annotated copy (flagged cells, the report and the opinion sheets); the failure when it cannot. */
async function writeCopy(
  file: string,
  out: string,
  report: ReviewReport,
  language: Language,
): Promise<RunResult | undefined> {
  const options = { lang: language, source: file, date: new Date().toISOString().slice(0, 10) };
  try {
    await writeAnnotated(
      file,
      out,
      report.findings,
      [planReviewReport(report, options), planReviewOpinion(report, report.facts, options)],
      (finding) => findingNote(finding, language, findingValues(finding, language)),
    );
    return undefined;
  } catch (error) {
    const detail = detailOf(error);
    return refused({ zh: `无法写出 ${out}：${detail}`, en: `cannot write ${out}: ${detail}` }, language);
  }
}

/** Runs the review for the arguments; never exits the process (the caller does). */
export async function run(argv: readonly string[]): Promise<RunResult> {
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
  const file = args.file ?? defaultSample();
  const notes: Bilingual[] = [];
  if (!args.file) {
    notes.push({
      zh: `(未指定文件：复核随附的含典型错误的示例 ${file}，预期不通过)`,
      en: `(no file given: reviewing the shipped sample with planted mistakes, ${file}; it is meant to fail)`,
    });
  }
  if (args.out && sameFile(file, args.out)) {
    return refused(
      {
        zh: `--out 不能是输入文件本身(${args.out})：复核从不修改原文件`,
        en: `--out must not be the input file (${args.out}): the input is never modified`,
      },
      language,
    );
  }
  const read = await readInput(file, language);
  if ("code" in read) return read;
  const report = reviewWorkbook(read.sheets, { uncachedFormulas: read.uncached });
  const code = EXIT[report.verdict];
  if (args.out) {
    const failed = await writeCopy(file, args.out, report, language);
    if (failed) return failed;
    const written = resolve(args.out);
    notes.push({ zh: `已写出带标注的副本 ${written}`, en: `wrote the annotated copy ${written}` });
  }
  const stdout = args.json ? jsonOf(file, report, code) : reportText(report, { lang: language, source: file });
  const stderr = notes.map((note) => `${pick(note, language)}\n`).join("");
  return { code, stdout: `${stdout}\n`, stderr };
}

if (require.main === module) {
  run(process.argv.slice(2)).then(
    (result) => {
      if (result.stderr) process.stderr.write(result.stderr);
      process.stdout.write(result.stdout, () => process.exit(result.code));
    },
    (error: unknown) => {
      process.stderr.write(
        `内部错误 / internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      );
      process.exit(EXIT.unreadable);
    },
  );
}
