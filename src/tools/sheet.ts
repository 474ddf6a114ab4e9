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
import { existsSync, readFileSync } from "fs";
import { join, resolve } from "path";
import { parseArgs } from "node:util";
import { MEASURES_SHEET_NAME, planMeasuresSheet } from "../core/evaluation/measures";
import { TABLES } from "../core/templates/columns";
import { TEMPLATE_KINDS, planTemplate } from "../core/templates/templates";
import { Bilingual, Language, pick, same } from "../core/text";
import { FormulaMode } from "../core/workbook/native";
import { SheetOptions, SheetPlan } from "../core/workbook/sheetPlan";
import { portableResults } from "./portable";
import { projectRoot } from "./review-paths";
import { writePlan } from "./review-xlsx";

/** What can be written: each template by its table kind, and the reference sheet. */
interface Writable {
  /** What it is, and the name of its sheet (a template's sheet is named in Chinese in both languages, as inserted). */
  readonly title: Bilingual;
  readonly sheetName: Bilingual;
  readonly plan: (options: SheetOptions) => SheetPlan;
}

export const SHEETS: Readonly<Record<string, Writable>> = {
  ...Object.fromEntries(
    TEMPLATE_KINDS.map((kind): [string, Writable] => [
      kind,
      { title: TABLES[kind], sheetName: same(TABLES[kind].zh), plan: (options) => planTemplate(kind, options) },
    ]),
  ),
  measures: {
    title: { zh: "T/XZBX 0088—2025 表2–表4 措施对照", en: "T/XZBX 0088—2025 Tables 2–4, measures" },
    sheetName: MEASURES_SHEET_NAME,
    plan: planMeasuresSheet,
  },
};

const EXIT = { written: 0, unusable: 2 } as const;

function version(): string {
  const json = JSON.parse(readFileSync(join(projectRoot(), "package.json"), "utf8")) as { version?: string };
  return json.version ?? "dev";
}

/** Writes the sheet `kind` into a new workbook at `path`, live or portable. */
export async function writeSheetFile(
  kind: string,
  language: Language,
  path: string,
  formulas: FormulaMode = "live",
): Promise<void> {
  const sheet = SHEETS[kind];
  const workbook = new ExcelJS.Workbook();
  const options = {
    sheetName: pick(sheet.sheetName, language),
    language,
    version: version(),
    date: new Date().toISOString().slice(0, 10),
  };
  if (formulas === "live") writePlan(workbook, sheet.plan(options));
  else {
    const portable = sheet.plan({ ...options, formulas });
    writePlan(workbook, portable, await portableResults(sheet.plan(options), portable));
  }
  await workbook.xlsx.writeFile(path);
}

function list(): string {
  return Object.entries(SHEETS)
    .map(([kind, sheet]) => `  ${kind.padEnd(12)} ${sheet.title.zh} / ${sheet.title.en}`)
    .join("\n");
}

const USAGE = `用法 / usage: npm run sheet -- <kind> [--portable] [--lang zh|en] [--out file.xlsx] [--force]
       npm run sheet -- --list
可写的表 / sheets:
${list()}
--portable  只用原生公式并带计算结果，无加载项的 Excel、WPS、LibreOffice 可重算 / native formulas with their values,
            recalculating in any Excel, WPS or LibreOffice without the add-in`;

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
  const out = resolve(process.env.INIT_CWD ?? process.cwd(), values.out ?? `${kind}.xlsx`);
  if (existsSync(out) && !values.force) {
    console.error(`文件已存在，未覆盖(加 --force 覆盖) / the file exists and was not overwritten (--force to): ${out}`);
    return EXIT.unusable;
  }
  await writeSheetFile(kind, language, out, values.portable ? "portable" : "live");
  console.log(`已写出 / wrote ${out}`);
  return EXIT.written;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error);
      process.exit(EXIT.unusable);
    },
  );
}
