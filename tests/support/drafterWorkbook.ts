/**
 * A drafter's plan (tests/fixtures/drafter-plans.ts) saved as an .xlsx with exceljs, as Excel saves it: each
 * formula with the result a spreadsheet computes (HyperFormula, test-only), or with none for a plan written by a
 * script and never opened in Excel.
 */
import ExcelJS from "exceljs";
import { HyperFormula } from "hyperformula";
import type { DrafterPlan } from "../fixtures/drafter-plans";

const isFormula = (cell: unknown): cell is string => typeof cell === "string" && cell.startsWith("=");

/** Each formula's result as a spreadsheet computes it, by "sheet!row,column" (0-based). */
function computedResults(plan: DrafterPlan): Map<string, unknown> {
  const hf = HyperFormula.buildFromSheets(
    Object.fromEntries(plan.sheets.map((sheet) => [sheet.name, sheet.rows.map((row) => [...row])])),
    { licenseKey: "gpl-v3" },
  );
  const results = new Map<string, unknown>();
  for (const sheet of plan.sheets) {
    const id = hf.getSheetId(sheet.name) as number;
    sheet.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (!isFormula(cell)) return;
        const value: unknown = hf.getCellValue({ sheet: id, row: r, col: c });
        if (typeof value === "object" && value !== null)
          throw new Error(`${sheet.name}!${r},${c}: ${JSON.stringify(value)}`);
        results.set(`${sheet.name}!${r},${c}`, value);
      }),
    );
  }
  hf.destroy();
  return results;
}

/** Writes the plan to `path`. */
export async function writeDrafterPlan(plan: DrafterPlan, path: string): Promise<void> {
  const results = plan.uncached ? new Map<string, unknown>() : computedResults(plan);
  const workbook = new ExcelJS.Workbook();
  for (const sheet of plan.sheets) {
    const worksheet = workbook.addWorksheet(sheet.name);
    sheet.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell === null) return;
        const target = worksheet.getCell(r + 1, c + 1);
        if (isFormula(cell)) {
          const result = results.get(`${sheet.name}!${r},${c}`) as ExcelJS.CellFormulaValue["result"];
          target.value = plan.uncached ? { formula: cell.slice(1) } : { formula: cell.slice(1), result };
        } else target.value = cell;
      }),
    );
    for (const [address, format] of Object.entries(sheet.formats ?? {})) worksheet.getCell(address).numFmt = format;
    for (const range of sheet.merges ?? []) worksheet.mergeCells(range);
  }
  await workbook.xlsx.writeFile(path);
}
