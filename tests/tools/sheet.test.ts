/**
 * `npm run sheet`: every template and the reference sheet written to an .xlsx through the taskpane's plan builders,
 * read back as the review reads a workbook: the template's table is found as the template it is, in both languages.
 */
import { mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { locateTables } from "../../src/core/review/locate";
import { TEMPLATE_KINDS } from "../../src/core/templates/templates";
import { SHEETS, writeSheetFile } from "../../src/tools/sheet";
import { readWorkbookFile } from "../../src/tools/review-xlsx";

let tmp: string;
beforeAll(() => (tmp = mkdtempSync(join(tmpdir(), "mine-sheet-"))));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

it("offers every template and the Tables 2–4 reference sheet", () => {
  expect(Object.keys(SHEETS)).toEqual([...TEMPLATE_KINDS, "measures"]);
});

describe.each(["zh", "en"] as const)("in %s", (language) => {
  it.each(TEMPLATE_KINDS)("writes the %s template, found back as that template", async (kind) => {
    const path = join(tmp, `${kind}-${language}.xlsx`);
    await writeSheetFile(kind, language, path);
    const { sheets, uncached } = await readWorkbookFile(path);
    expect(sheets).toHaveLength(1);
    expect(locateTables(sheets[0].grid).map((table) => [table.kind, table.template])).toEqual([[kind, true]]);
    // live formulas, as the taskpane writes them, saved without results: Excel with the add-in computes them
    const plan = SHEETS[kind].plan({ sheetName: "x", language, version: "test", date: "2026-01-01" });
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
    const plan = SHEETS[kind].plan({
      sheetName: "x",
      language,
      version: "t",
      date: "2026-01-01",
      formulas: "portable",
    });
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
