/**
 * `npm run sheet`: every template and the reference sheet written to an .xlsx through the taskpane's plan builders,
 * read back as the review reads a workbook: the template's table is found as the template it is, in both languages.
 */
import { mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { locateTables } from "../../src/core/review/locate";
import { TEMPLATE_KINDS } from "../../src/core/templates/templates";
import ExcelJS from "exceljs";
import { defaultAssessment } from "../../src/core/evaluation/assessment";
import { SHEETS, assessmentIn, writeSheetFile } from "../../src/tools/sheet";
import { sampleAssessment } from "../core/evaluation/assessmentSheet/helpers";
import { readWorkbookFile } from "../../src/tools/review-xlsx";

let tmp: string;
beforeAll(() => (tmp = mkdtempSync(join(tmpdir(), "mine-sheet-"))));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const example = defaultAssessment("zh");

it("offers every template, the evaluation sheet and the Tables 2–4 reference sheet", () => {
  expect(Object.keys(SHEETS)).toEqual([...TEMPLATE_KINDS, "evaluation", "measures"]);
});

describe("the evaluation sheet", () => {
  it("is written live from an evaluation and read back as the same evaluation (--from)", async () => {
    const path = join(tmp, "evaluation-live.xlsx");
    const assessment = sampleAssessment();
    await writeSheetFile("evaluation", "zh", path, "live", assessment);
    expect(await assessmentIn(path)).toEqual(assessment);
  });

  it("is written portable: no MINE formula, each engine-only figure a value with a note, and read back alike", async () => {
    const path = join(tmp, "evaluation-portable.xlsx");
    const assessment = sampleAssessment();
    await writeSheetFile("evaluation", "zh", path, "portable", assessment);
    const { sheets, uncached } = await readWorkbookFile(path);
    expect(uncached).toEqual([]);
    const formulas = sheets[0].grid.formulas.flat().filter((f) => typeof f === "string" && f.startsWith("="));
    expect(formulas.length).toBeGreaterThan(0);
    for (const formula of formulas) expect(formula).not.toMatch(/MINE\.|_xldudf/);
    expect(await assessmentIn(path)).toEqual(assessment);
    // the category weights: values the engine computed, with the note saying which formula
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    const noted: string[] = [];
    workbook.worksheets[0].eachRow((row) =>
      row.eachCell((cell) => {
        // exceljs types a note as a comment object, but reads back the text it was given
        if (typeof cell.note === "string") noted.push(cell.note);
      }),
    );
    expect(noted.some((note) => note.includes("MINE.AHP_WEIGHTS"))).toBe(true);
    expect(noted.every((note) => note.startsWith("便携"))).toBe(true);
  });

  it("reads no evaluation from a workbook without an evaluation sheet", async () => {
    const path = join(tmp, "design-only.xlsx");
    await writeSheetFile("design", "zh", path);
    await expect(assessmentIn(path)).rejects.toThrow(/no sheet/);
  });
});

describe.each(["zh", "en"] as const)("in %s", (language) => {
  it.each(TEMPLATE_KINDS)("writes the %s template, found back as that template", async (kind) => {
    const path = join(tmp, `${kind}-${language}.xlsx`);
    await writeSheetFile(kind, language, path);
    const { sheets, uncached } = await readWorkbookFile(path);
    expect(sheets).toHaveLength(1);
    expect(locateTables(sheets[0].grid).map((table) => [table.kind, table.template])).toEqual([[kind, true]]);
    // live formulas, as the taskpane writes them, saved without results: Excel with the add-in computes them
    const plan = SHEETS[kind].plan({ sheetName: "x", language, version: "test", date: "2026-01-01" }, example);
    expect(uncached).toHaveLength(plan.cells.filter((cell) => cell.formula !== undefined).length);
  });

  it.each(TEMPLATE_KINDS)("writes the %s template portable: native formulas saved with their values", async (kind) => {
    const path = join(tmp, `${kind}-${language}-portable.xlsx`);
    await writeSheetFile(kind, language, path, "portable");
    const { sheets, uncached } = await readWorkbookFile(path);
    expect(locateTables(sheets[0].grid).map((table) => [table.kind, table.template])).toEqual([[kind, true]]);
    // every formula has its result in the file: a program without the add-in shows the numbers before recalculating
    expect(uncached).toEqual([]);
    const formulas = sheets[0].grid.formulas.flat().filter((f) => typeof f === "string" && f.startsWith("="));
    const plan = SHEETS[kind].plan(
      { sheetName: "x", language, version: "t", date: "2026-01-01", formulas: "portable" },
      example,
    );
    expect(formulas).toHaveLength(plan.cells.filter((cell) => cell.formula !== undefined).length);
    for (const formula of formulas) expect(formula).not.toMatch(/MINE\.|_xldudf|FILTER\(/);
  });

  it("writes the reference sheet", async () => {
    const path = join(tmp, `measures-${language}.xlsx`);
    await writeSheetFile("measures", language, path);
    const { sheets } = await readWorkbookFile(path);
    expect(sheets[0].name).toBe(language === "zh" ? "措施对照(表2–4)" : "Measures (Tables 2–4)");
    expect(sheets[0].grid.values.flat().join(" ")).toContain("T/XZBX 0088—2025");
  });
});
