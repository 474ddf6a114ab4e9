/**
 * `npm run report -- book.xlsx [--lang zh|en] [--out report.docx] [--force]`: the workbook's evaluation and its
 * review as a Word document (.docx) with tables and charts, the form in which evaluation reports and review opinions
 * are filed (issue 10 §4), written without Excel.
 *
 * - Reads the workbook as `npm run review` does (review.ts readInput): .xlsx and .xlsm; .xls, .et and .ods
 *   converted with LibreOffice; a .docx's tables.
 * - The evaluation part, for every evaluation sheet (A1 = the evaluation sheet's marker) read with
 *   readAssessmentSheet: the inputs as the sheet holds them (edits made in the sheet included), every result
 *   recomputed by the engine (never the sheet's saved values); with a dynamic (years) sheet, the trend too.
 * - The review part, always: the report and the draft 专家审查意见书, from the plans the annotated copy writes.
 * - Paths are taken relative to where npm was run (INIT_CWD). The default output is `<book>-报告.docx`
 *   (`<book>-report.docx` with --lang en) there. An existing file is never overwritten without --force, and the
 *   input never.
 * - Exit codes: 0 written; 2 the input cannot be read, the arguments are wrong, or the output cannot be written.
 */
import { existsSync, writeFileSync } from "fs";
import { basename, extname, resolve } from "path";
import { parseArgs } from "node:util";
import { ASSESSMENT_MARKER } from "../core/evaluation/assessmentSheet";
import { DYNAMIC_MARKER } from "../core/evaluation/dynamicSheet";
import { reviewWorkbook } from "../core/review/review";
import { verdictText } from "../core/review/plans";
import { Bilingual, Language, pick } from "../core/text";
import { evaluationSections } from "./docx/evaluation";
import { DocxDocument, Paragraph, Section, paragraph } from "./docx/model";
import { reviewSections } from "./docx/review";
import { writeDocx } from "./docx/write";
import { RunResult, readInput } from "./review";
import { addinVersion, invocationDir, isSameFile } from "./review-paths";
import { runCommand } from "./cli";

export const EXIT = { written: 0, unusable: 2 } as const;

const USAGE = `用法 / usage: npm run report -- book.xlsx [--lang zh|en] [--out report.docx] [--force]
  book.xlsx     工作簿(.xlsx、.xlsm；.xls、.et、.ods 经 LibreOffice 转换；.docx 读其中的表格)
                the workbook (.xlsx, .xlsm; .xls, .et, .ods converted with LibreOffice; a .docx's tables)
  --lang en     英文报告 / the report in English (default zh)
  --out FILE    写出的 Word 文档(默认 <工作簿名>-报告.docx) / the document to write (default <book>-report.docx)
  --force       覆盖已有文件(从不覆盖输入文件) / overwrite an existing file (never the input)
内容 / contents: 有评估表时为评估报告(权重、CR、隶属度、结论、稳健性，有多年度表时含趋势)；复核报告与专家审查意见书草稿
  the evaluation report when the workbook has an evaluation sheet (weights, CR, memberships, verdict, robustness,
  the trend when it has a sheet over years); always the review report and the draft 专家审查意见书`;

interface Args {
  readonly file: string;
  readonly language: Language;
  readonly out?: string;
  readonly force: boolean;
}

class UsageError extends Error {}

function readArgs(argv: readonly string[]): Args | "help" {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        lang: { type: "string" },
        out: { type: "string" },
        force: { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (values.help) return "help";
  const language = values.lang ?? "zh";
  if (language !== "zh" && language !== "en") {
    throw new UsageError(`--lang 只能是 zh 或 en / --lang must be zh or en: ${language}`);
  }
  if (positionals.length !== 1) {
    throw new UsageError(
      positionals.length === 0
        ? "缺少工作簿 / which workbook?"
        : `只能处理一个文件 / one file at a time: ${positionals.join(", ")}`,
    );
  }
  return {
    file: positionals[0],
    language,
    ...(values.out ? { out: values.out } : {}),
    force: values.force === true,
  };
}

const WORDS = {
  title: { zh: "矿产资源动态评估与开采方案复核报告", en: "Dynamic assessment and mining-plan review report" },
  reviewOnly: { zh: "开采方案复核报告", en: "Mining-plan review report" },
  file: { zh: "工作簿", en: "Workbook" },
  date: { zh: "日期", en: "Date" },
  writtenBy: { zh: "生成", en: "Written by" },
  contents: { zh: "内容", en: "Contents" },
  evaluation: (sheets: number): Bilingual => ({
    zh: `第一部分 评估报告(${sheets} 张评估表)；第二部分 复核报告；第三部分 专家审查意见书(草稿)`,
    en: `Part 1, the evaluation report (${sheets} evaluation sheet(s)); part 2, the review report; part 3, the draft expert review opinion`,
  }),
  noEvaluation: {
    zh: "复核报告；专家审查意见书(草稿)。工作簿中没有评估表(由任务窗格“写入工作簿”写出)，故无评估报告",
    en: "the review report and the draft expert review opinion. The workbook has no evaluation sheet (the taskpane's write tab writes one), so there is no evaluation report",
  },
  verdict: { zh: "复核结论", en: "Review verdict" },
  generated: {
    zh: "本文件由 MINE 加载项据工作簿自动生成：评估结果由计算引擎据表中输入重新计算，不取表中保存的数值；复核与意见书草稿同 npm run review。",
    en: "Generated by the MINE add-in from the workbook: the evaluation's results are recomputed by the engine from the sheet's inputs, never taken from its saved values; the review and the draft opinion are those of npm run review.",
  },
} as const;

/** The first page: what the document is, of which workbook, when, by what, and what it holds. */
function cover(
  language: Language,
  file: string,
  date: string,
  evaluations: number,
  verdict: string,
): { title: string; section: Section } {
  const say = (text: Bilingual) => pick(text, language);
  const title = say(evaluations > 0 ? WORDS.title : WORDS.reviewOnly);
  const line = (label: Bilingual, value: string): Paragraph =>
    paragraph("Normal", { text: `${say(label)}${language === "zh" ? "：" : ": "}`, bold: true }, value);
  return {
    title,
    section: {
      orientation: "portrait",
      blocks: [
        paragraph("Title", title),
        line(WORDS.file, basename(file)),
        line(WORDS.date, date),
        line(WORDS.writtenBy, `MINE add-in ${addinVersion()}`),
        line(WORDS.contents, say(evaluations > 0 ? WORDS.evaluation(evaluations) : WORDS.noEvaluation)),
        line(WORDS.verdict, verdict),
        paragraph("Note", say(WORDS.generated)),
      ],
    },
  };
}

function refused(message: Bilingual, language: Language): RunResult {
  return { code: EXIT.unusable, stdout: "", stderr: `${pick(message, language)}\n` };
}

/** The default output: `<book>-报告.docx` (`-report` in English) in the directory npm was run from. */
function defaultOut(file: string, base: string, language: Language): string {
  const name = basename(file, extname(file));
  return resolve(base, `${name}-${language === "zh" ? "报告" : "report"}.docx`);
}

/** Builds the document of the workbook `file`; never exits the process (the caller does). */
export async function run(argv: readonly string[], cwd = invocationDir()): Promise<RunResult> {
  let args: Args | "help";
  try {
    args = readArgs(argv);
  } catch (error) {
    if (error instanceof UsageError) return { code: EXIT.unusable, stdout: "", stderr: `${error.message}\n${USAGE}\n` };
    throw error;
  }
  if (args === "help") return { code: EXIT.written, stdout: `${USAGE}\n`, stderr: "" };
  const { language } = args;
  const file = resolve(cwd, args.file);
  const out = args.out ? resolve(cwd, args.out) : defaultOut(file, cwd, language);
  if (isSameFile(file, out)) {
    return refused(
      { zh: `--out 不能是输入文件本身(${out})`, en: `--out must not be the input file (${out})` },
      language,
    );
  }
  if (existsSync(out) && !args.force) {
    return refused(
      {
        zh: `文件已存在，未覆盖(加 --force 覆盖)：${out}`,
        en: `the file exists and was not overwritten (--force to): ${out}`,
      },
      language,
    );
  }
  const input = await readInput(file, language);
  if ("code" in input) return input;
  const date = new Date().toISOString().slice(0, 10);
  const notes: string[] = [];
  let document: DocxDocument;
  try {
    const { sheets, uncached } = input.read;
    const evaluationSheets = sheets.filter(({ grid }) => grid.values[0]?.[0] === ASSESSMENT_MARKER);
    const dynamicSheets = sheets.filter(({ grid }) => grid.values[0]?.[0] === DYNAMIC_MARKER);
    const evaluation = evaluationSheets.flatMap((sheet) =>
      evaluationSections(sheet, dynamicSheets, { lang: language, version: addinVersion() }),
    );
    const report = reviewWorkbook(sheets, { uncachedFormulas: uncached });
    const verdict = verdictText(report, language);
    const front = cover(language, file, date, evaluationSheets.length, verdict);
    document = {
      title: front.title,
      language,
      sections: [
        front.section,
        ...evaluation,
        ...reviewSections(report, { lang: language, source: basename(file), date }),
      ],
    };
    if (input.note) notes.push(pick(input.note, language));
  } finally {
    input.dispose();
  }
  try {
    writeFileSync(out, await writeDocx(document));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return refused({ zh: `无法写出 ${out}：${detail}`, en: `cannot write ${out}: ${detail}` }, language);
  }
  const wrote = pick({ zh: `已写出 ${out}`, en: `wrote ${out}` }, language);
  return { code: EXIT.written, stdout: `${wrote}\n`, stderr: notes.map((note) => `${note}\n`).join("") };
}

if (require.main === module) runCommand(run, EXIT.unusable);
