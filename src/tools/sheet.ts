/**
 * `npm run sheet -- <kind> [--portable] [--lang zh|en] [--out file.xlsx] [--force]`, `npm run sheet -- --list`: a
 * drafting template or the Tables 2–4 reference sheet written to an .xlsx without Excel, through the same plan
 * builders the taskpane inserts them with (src/core/templates, src/core/evaluation/measures), so that a drafter
 * without a suitable Excel can start from a generated file, and tests can open it.
 *
 * Live (the default), as the taskpane writes them: =MINE.* formulas without saved results, which Excel with the
 * add-in computes on opening. --portable: native formulas only, each saved with the value the engine computes for it
 * (portable.ts), so the file shows its numbers at once and recalculates to them in any Excel, WPS or LibreOffice.
 * An existing file is never overwritten without --force.
 */
import ExcelJS from "exceljs";
import { existsSync } from "fs";
import { parseArgs } from "node:util";
import { Assessment, defaultAssessment } from "../core/evaluation/assessment";
import { ASSESSMENT_MARKER, planAssessmentSheet, readAssessmentSheet } from "../core/evaluation/assessmentSheet";
import { MEASURES_SHEET_NAME, planMeasuresSheet } from "../core/evaluation/measures";
import { TABLES } from "../core/templates/columns";
import { TEMPLATE_KINDS, planTemplate } from "../core/templates/templates";
import { Bilingual, Language, pick, same } from "../core/text";
import { FormulaMode } from "../core/workbook/native";
import { SheetOptions, SheetPlan } from "../core/workbook/sheetPlan";
import { portablePlan, valueNote } from "../core/workbook/portable";
import { engineValues, portableResults } from "./portable";
import { addinVersion, userPath } from "./review-paths";
import { readWorkbookFile, writePlan } from "./review-xlsx";
import { runMain } from "./cli";

/** What can be written: each template by its table kind, the evaluation sheet, and the reference sheet. */
interface Writable {
  /** What it is, and the name of its sheet (a template's sheet is named in Chinese in both languages, as inserted). */
  readonly title: Bilingual;
  readonly sheetName: Bilingual;
  /** The sheet's plan; `assessment` is what the evaluation sheet holds (the others ignore it). */
  readonly plan: (options: SheetOptions, assessment: Assessment) => SheetPlan;
  /**
   * Whether its planner writes portable formulas itself (the templates: native forms and typed minimums); any other
   * sheet's live plan is converted, formula by formula, each without a native form written as the engine's value.
   */
  readonly plansPortable: boolean;
}

export const SHEETS: Readonly<Record<string, Writable>> = {
  ...Object.fromEntries(
    TEMPLATE_KINDS.map((kind): [string, Writable] => [
      kind,
      {
        title: TABLES[kind],
        sheetName: same(TABLES[kind].zh),
        plan: (options) => planTemplate(kind, options),
        plansPortable: true,
      },
    ]),
  ),
  evaluation: {
    title: {
      zh: "评估表：AHP 权重与模糊综合评价(默认为表1 示例体系与示例判断，--from 读入已写的评估表)",
      en: "Evaluation sheet: AHP weights and fuzzy evaluation (the Table 1 example by default; --from reads a written one)",
    },
    sheetName: { zh: "动态评估", en: "Assessment" },
    plan: (options, assessment) => planAssessmentSheet(assessment, options),
    plansPortable: false,
  },
  measures: {
    title: { zh: "T/XZBX 0088—2025 表2–表4 措施对照", en: "T/XZBX 0088—2025 Tables 2–4, measures" },
    sheetName: MEASURES_SHEET_NAME,
    plan: planMeasuresSheet,
    plansPortable: false,
  },
};

const EXIT = { written: 0, unusable: 2 } as const;

function detailOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The evaluation held by the first sheet of a workbook that the add-in wrote as an evaluation sheet. */
export async function assessmentIn(path: string): Promise<Assessment> {
  const { sheets } = await readWorkbookFile(path);
  const sheet = sheets.find((s) => s.grid.values[0]?.[0] === ASSESSMENT_MARKER);
  if (!sheet) throw new Error(`A1 = "${ASSESSMENT_MARKER}" in no sheet`);
  return readAssessmentSheet(sheet.grid);
}

/**
 * Writes the sheet `kind` into a new workbook at `path`, live or portable; the evaluation sheet holds `assessment`
 * (by default the Table 1 example system with the example judgements, as the taskpane starts).
 */
export async function writeSheetFile(
  kind: string,
  language: Language,
  path: string,
  formulas: FormulaMode = "live",
  assessment: Assessment = defaultAssessment(language),
): Promise<void> {
  const sheet = SHEETS[kind];
  const workbook = new ExcelJS.Workbook();
  const options = {
    sheetName: pick(sheet.sheetName, language),
    language,
    version: addinVersion(),
    date: new Date().toISOString().slice(0, 10),
  };
  const live = sheet.plan(options, assessment);
  if (formulas === "live") writePlan(workbook, live);
  else if (sheet.plansPortable) {
    const portable = sheet.plan({ ...options, formulas }, assessment);
    writePlan(workbook, portable, portableResults(await engineValues(live), live, portable));
  } else {
    const engine = await engineValues(live);
    const { plan, values } = portablePlan(live, engine, language);
    const worksheet = writePlan(workbook, plan, portableResults(engine, live, plan));
    for (const { cell, formula } of values) worksheet.getCell(cell).note = valueNote(formula, language);
  }
  await workbook.xlsx.writeFile(path);
}

function list(): string {
  return Object.entries(SHEETS)
    .map(([kind, sheet]) => `  ${kind.padEnd(12)} ${sheet.title.zh} / ${sheet.title.en}`)
    .join("\n");
}

const USAGE = `用法 / usage: npm run sheet -- <kind> [--portable] [--lang zh|en] [--out file.xlsx] [--force]
       npm run sheet -- evaluation --from book.xlsx [--portable] …
       npm run sheet -- --list
可写的表 / sheets:
${list()}
--portable  只用原生公式并带计算结果，无加载项的 Excel、WPS、LibreOffice 可重算；无原生写法的数(AHP 权重、隶属度、
            模糊评价)写为数值并加批注 / native formulas with their values, recalculating in any Excel, WPS or
            LibreOffice without the add-in; a figure without a native form (AHP weights, memberships, fuzzy results)
            is written as its value, with a note
--from      评估表读自该工作簿中已写的评估表 / the evaluation sheet as written in that workbook`;

async function main(argv: readonly string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        lang: { type: "string" },
        out: { type: "string" },
        force: { type: "boolean" },
        portable: { type: "boolean" },
        from: { type: "string" },
        list: { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    return EXIT.unusable;
  }
  const { values, positionals } = parsed;
  if (values.help || values.list) {
    console.log(values.list ? list() : USAGE);
    return EXIT.written;
  }
  const [kind, ...rest] = positionals;
  const language = values.lang ?? "zh";
  if (!kind || rest.length > 0 || !(kind in SHEETS) || (language !== "zh" && language !== "en")) {
    const why = !kind ? "缺少表名 / which sheet?" : `不认识 / unknown: ${[kind, ...rest].join(" ")} ${language}`;
    console.error(`${why}\n\n${USAGE}`);
    return EXIT.unusable;
  }
  // relative to where the user ran npm from, not to the package
  const out = userPath(values.out ?? `${kind}.xlsx`);
  if (existsSync(out) && !values.force) {
    console.error(`文件已存在，未覆盖(加 --force 覆盖) / the file exists and was not overwritten (--force to): ${out}`);
    return EXIT.unusable;
  }
  let assessment: Assessment | undefined;
  if (values.from !== undefined) {
    if (kind !== "evaluation") {
      console.error(`--from 只用于评估表 / --from is for the evaluation sheet only\n\n${USAGE}`);
      return EXIT.unusable;
    }
    const from = userPath(values.from);
    try {
      assessment = await assessmentIn(from);
    } catch (error) {
      console.error(`无法从 ${from} 读出评估表 / cannot read an evaluation sheet from ${from}: ${detailOf(error)}`);
      return EXIT.unusable;
    }
  }
  await writeSheetFile(kind, language, out, values.portable ? "portable" : "live", assessment);
  console.log(`已写出 / wrote ${out}`);
  return EXIT.written;
}

if (require.main === module) runMain(main, EXIT.unusable);
