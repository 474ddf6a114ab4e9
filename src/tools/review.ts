/**
 * `npm run review -- [book.xlsx] [--lang en] [--json] [--out annotated.xlsx]`: the spot-check of src/core/review
 * on a saved workbook, without Excel.
 *
 * - No file: the shipped sample with the planted mistakes, assets/samples/review-bad.xlsx (it exits 1: that is
 *   the demonstration); assets/samples/review-good.xlsx passes.
 * - Prints the report in Chinese (English with `--lang en`), or one JSON object with `--json`.
 * - `--out <file>`: writes an annotated copy (flagged cells filled and noted, a 复核报告 sheet and a draft
 *   专家审查意见书 sheet added). The input is only ever read; `--out` naming the input is refused.
 * - Exit 0 when no check fails (warnings do not fail), 1 when any check fails or no table could be found, 2 when
 *   the file cannot be read or the arguments are wrong (with a message saying which).
 */
import { existsSync, realpathSync, statSync } from "fs";
import { resolve } from "path";
import { Lang, planReviewOpinion, planReviewReport } from "../core/review/plans";
import { ReviewReport, reviewWorkbook } from "../core/review/review";
import { findingValues, reportText } from "../core/review/text";
import { defaultSample } from "./review-paths";
import { findingNote, readWorkbookFile, writeAnnotated } from "./review-xlsx";

export const EXIT = { pass: 0, fail: 1, unreadable: 2 } as const;

interface Args {
  readonly file?: string;
  readonly lang: Lang;
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
退出码 / exit: 0 通过 pass, 1 不通过 fail (or no table found), 2 文件无法读取或参数错误 unreadable file or bad arguments`;

class UsageError extends Error {}

export function parseArgs(argv: readonly string[]): Args {
  let file: string | undefined;
  let lang: Lang = "zh";
  let json = false;
  let out: string | undefined;
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = (name: string): string => {
      const eq = a.indexOf("=");
      if (eq > 0) return a.slice(eq + 1);
      const next = argv[++i];
      if (next === undefined || next.startsWith("--"))
        throw new UsageError(`${name} 需要一个值 / ${name} needs a value`);
      return next;
    };
    if (a === "--json") json = true;
    else if (a === "--help" || a === "-h") help = true;
    else if (a === "--lang" || a.startsWith("--lang=")) {
      const l = value("--lang");
      if (l !== "zh" && l !== "en") throw new UsageError(`--lang 只能是 zh 或 en / --lang must be zh or en: ${l}`);
      lang = l;
    } else if (a === "--out" || a.startsWith("--out=")) out = value("--out");
    else if (a.startsWith("-")) throw new UsageError(`未知选项 / unknown option: ${a}`);
    else if (file === undefined) file = a;
    else throw new UsageError(`只能复核一个文件 / one file at a time: ${file}, ${a}`);
  }
  return { ...(file ? { file } : {}), lang, json, ...(out ? { out } : {}), help };
}

function sameFile(a: string, b: string): boolean {
  if (resolve(a) === resolve(b)) return true;
  try {
    return existsSync(b) && realpathSync(a) === realpathSync(b);
  } catch {
    return false;
  }
}

function unreadable(file: string, error?: unknown): { zh: string; en: string } {
  if (!existsSync(file)) return { zh: `找不到文件：${file}`, en: `file not found: ${file}` };
  if (statSync(file).isDirectory())
    return { zh: `这是一个目录，不是文件：${file}`, en: `a directory, not a file: ${file}` };
  const detail = error instanceof Error ? error.message : String(error ?? "");
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

function jsonOf(file: string, report: ReviewReport, code: number): string {
  return JSON.stringify({ tool: "mine-review", schema: 1, file, exitCode: code, ...report }, null, 2);
}

/** Runs the review for the arguments; never exits the process (the caller does). */
export async function run(argv: readonly string[]): Promise<RunResult> {
  let args: Args;
  try {
    args = parseArgs(argv);
  } catch (error) {
    if (error instanceof UsageError)
      return { code: EXIT.unreadable, stdout: "", stderr: `${error.message}\n${USAGE}\n` };
    throw error;
  }
  if (args.help) return { code: EXIT.pass, stdout: `${USAGE}\n`, stderr: "" };
  const en = args.lang === "en";
  const file = args.file ?? defaultSample();
  const notes: string[] = [];
  if (!args.file) {
    notes.push(
      en
        ? `(no file given: reviewing the shipped sample with planted mistakes, ${file}; it is meant to fail)`
        : `(未指定文件：复核随附的含典型错误的示例 ${file}，预期不通过)`,
    );
  }
  if (args.out && sameFile(file, args.out)) {
    return {
      code: EXIT.unreadable,
      stdout: "",
      stderr: en
        ? `--out must not be the input file (${args.out}): the input is never modified\n`
        : `--out 不能是输入文件本身(${args.out})：复核从不修改原文件\n`,
    };
  }
  if (!existsSync(file) || statSync(file).isDirectory()) {
    const m = unreadable(file);
    return { code: EXIT.unreadable, stdout: "", stderr: `${en ? m.en : m.zh}\n` };
  }
  let read;
  try {
    read = await readWorkbookFile(file);
  } catch (error) {
    const m = unreadable(file, error);
    return { code: EXIT.unreadable, stdout: "", stderr: `${en ? m.en : m.zh}\n` };
  }
  const report = reviewWorkbook(read.sheets, { uncachedFormulas: read.uncached });
  const code = report.passed ? EXIT.pass : EXIT.fail;
  if (args.out) {
    const date = new Date().toISOString().slice(0, 10);
    const options = { lang: args.lang, source: file, date };
    try {
      await writeAnnotated(
        file,
        args.out,
        report.findings,
        [planReviewReport(report, options), planReviewOpinion(report, report.facts, options)],
        (f) => findingNote(f, args.lang, findingValues(f, args.lang)),
      );
      notes.push(en ? `wrote the annotated copy ${resolve(args.out)}` : `已写出带标注的副本 ${resolve(args.out)}`);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      return {
        code: EXIT.unreadable,
        stdout: "",
        stderr: en ? `cannot write ${args.out}: ${detail}\n` : `无法写出 ${args.out}：${detail}\n`,
      };
    }
  }
  const stdout = args.json ? jsonOf(file, report, code) : reportText(report, { lang: args.lang, source: file });
  return { code, stdout: `${stdout}\n`, stderr: notes.length > 0 ? `${notes.join("\n")}\n` : "" };
}

if (require.main === module) {
  run(process.argv.slice(2)).then(
    (r) => {
      if (r.stderr) process.stderr.write(r.stderr);
      process.stdout.write(r.stdout, () => process.exit(r.code));
    },
    (error: unknown) => {
      process.stderr.write(
        `内部错误 / internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      );
      process.exit(EXIT.unreadable);
    },
  );
}
