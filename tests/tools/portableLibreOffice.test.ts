/**
 * Proof in a real spreadsheet program (issue 10 §2): every portable template and the evaluation sheet, written by
 * `npm run sheet --portable` in both languages, opened in LibreOffice Calc headless and recalculated from scratch, shows in every derived cell
 * the value the engine (=MINE.*) computed for it, to 1e-9, and no error. Then the same for sheets whose input rows
 * hold random data a drafter might type, bad input included: where the engine refuses the input, LibreOffice shows
 * an error too, never a number. Needs `soffice` (skips visibly without it, fails in CI).
 */
import ExcelJS from "exceljs";
import fc from "fast-check";
import { mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { TableKind } from "../../src/core/templates/columns";
import { TEMPLATE_KINDS, planTemplate } from "../../src/core/templates/templates";
import { planAssessmentSheet } from "../../src/core/evaluation/assessmentSheet";
import { CellError, CellValue } from "../../src/core/workbook/evaluate";
import { SheetPlan, cellAddress } from "../../src/core/workbook/sheetPlan";
import { portablePlan } from "../../src/core/workbook/portable";
import { engineValues, portableResults } from "../../src/tools/portable";
import { readWorkbookFile, writePlan } from "../../src/tools/review-xlsx";
import { writeSheetFile } from "../../src/tools/sheet";
import { recalculateInLibreOffice, sofficeForTests } from "../support/libreoffice";
import { TYPED_COLUMNS, typedRows } from "../support/templateInputs";
import { sampleAssessment } from "../core/evaluation/assessmentSheet/helpers";

const soffice = sofficeForTests();
const maybe = soffice ? describe : describe.skip;

/** A written workbook and the engine's value of each of its formula cells, by A1 address. */
interface Written {
  readonly name: string;
  readonly engine: ReadonlyMap<string, CellValue>;
}

const OPTIONS = { sheetName: "模板", language: "zh" as const, version: "test", date: "2026-12-05" };

/** The plan with the typed cells replaced (input cells of the data rows). */
function typedInto(plan: SheetPlan, typed: readonly { row: number; column: number; value: string | number | null }[]) {
  const at = new Map(typed.map((t) => [`${t.row},${t.column}`, t.value]));
  return {
    ...plan,
    cells: plan.cells.map((cell) => {
      const key = `${cell.row},${cell.column}`;
      return at.has(key) && cell.formula === undefined ? { ...cell, value: at.get(key) ?? "" } : cell;
    }),
  };
}

/** A portable sheet of `kind` with random typed data (seeded), written with the engine's values. */
async function writeTyped(dir: string, kind: TableKind, kinds: Parameters<typeof typedRows>[1], seed: number) {
  const [typed] = fc.sample(typedRows(kind, kinds), { seed, numRuns: 1 });
  const live = typedInto(planTemplate(kind, OPTIONS), typed);
  const portable = typedInto(planTemplate(kind, { ...OPTIONS, formulas: "portable" }), typed);
  const engine = portableResults(await engineValues(live), live, portable);
  const workbook = new ExcelJS.Workbook();
  writePlan(workbook, portable, engine);
  const name = `${kind}-typed-${seed}.xlsx`;
  await workbook.xlsx.writeFile(join(dir, name));
  return { name, engine };
}

maybe("portable workbooks recalculated in LibreOffice Calc", () => {
  let dir: string;
  let recalculated: string;
  const written: Written[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "mine-portable-"));
    for (const kind of TEMPLATE_KINDS) {
      for (const language of ["zh", "en"] as const) {
        const name = `${kind}-${language}.xlsx`;
        await writeSheetFile(kind, language, join(dir, name), "portable");
        const options = { ...OPTIONS, language };
        const live = planTemplate(kind, options);
        const engine = portableResults(
          await engineValues(live),
          live,
          planTemplate(kind, { ...options, formulas: "portable" }),
        );
        written.push({ name, engine });
      }
    }
    // the evaluation sheet of two experts with votes and a measured indicator, in both languages
    for (const language of ["zh", "en"] as const) {
      const name = `evaluation-${language}.xlsx`;
      const assessment = sampleAssessment();
      await writeSheetFile("evaluation", language, join(dir, name), "portable", assessment);
      const live = planAssessmentSheet(assessment, { ...OPTIONS, language });
      const engine = await engineValues(live);
      written.push({ name, engine: portableResults(engine, live, portablePlan(live, engine, language).plan) });
    }
    for (const [kind, kinds] of TYPED_COLUMNS) {
      for (const seed of [1, 2, 3]) written.push(await writeTyped(dir, kind, kinds, seed));
    }
    recalculated = await recalculateInLibreOffice(
      soffice as string,
      written.map((w) => join(dir, w.name)),
      dir,
    );
  }, 300_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** Every formula cell's value after LibreOffice recalculated the file, against the engine's. */
  async function compare(file: Written) {
    const { sheets } = await readWorkbookFile(join(recalculated, file.name));
    const values = sheets[0].grid.values;
    const mismatches: string[] = [];
    let errors = 0;
    for (const [address, expected] of file.engine) {
      const match = /^([A-Z]+)(\d+)$/.exec(address) as RegExpExecArray;
      const row = Number(match[2]) - 1;
      const column = [...match[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
      expect(cellAddress(row, column)).toBe(address);
      const actual = values[row]?.[column] ?? "";
      const isError = typeof actual === "string" && actual.startsWith("#");
      if (isError) errors++;
      const same =
        typeof expected === "number"
          ? typeof actual === "number" && Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected))
          : expected instanceof CellError
            ? isError
            : actual === (expected ?? "");
      if (!same) {
        const shown = expected instanceof CellError ? expected.code : JSON.stringify(expected);
        mismatches.push(`${address}: LibreOffice ${JSON.stringify(actual)}, engine ${shown}`);
      }
    }
    return { mismatches, errors, cells: file.engine.size };
  }

  it("recalculates every example workbook to the engine's values, with no error in any cell", async () => {
    const examples = written.filter((w) => !w.name.includes("typed"));
    expect(examples).toHaveLength(TEMPLATE_KINDS.length * 2 + 2);
    let cells = 0;
    for (const file of examples) {
      const result = await compare(file);
      expect({ file: file.name, mismatches: result.mismatches, errors: result.errors }).toEqual({
        file: file.name,
        mismatches: [],
        errors: 0,
      });
      cells += result.cells;
    }
    expect(cells).toBeGreaterThan(200);
  });

  it("recalculates random typed data to the engine's numbers, and shows an error wherever the engine refuses", async () => {
    const typed = written.filter((w) => w.name.includes("typed"));
    let refused = 0;
    for (const file of typed) {
      const result = await compare(file);
      expect({ file: file.name, mismatches: result.mismatches }).toEqual({ file: file.name, mismatches: [] });
      refused += [...file.engine.values()].filter((v) => v instanceof CellError).length;
    }
    // the random data includes bad input: the comparison above covered refusals, not only numbers
    expect(refused).toBeGreaterThan(10);
  });
});
