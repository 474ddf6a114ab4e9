/** The sample workbooks (src/tools/review-samples.ts) as the grids the .xlsx reader gives the review. */
import { ReviewSheet } from "../../../src/core/review/review";
import { parseCellAddress } from "../../../src/core/workbook/sheetPlan";
import { Sample } from "../../../src/tools/review-samples";

/**
 * Values are the saved results, formulas "=…"; a merged range reads as its top-left value in every cell it
 * covers (as src/tools/review-xlsx.ts reads it), or, with `excelMerges`, blank outside the top-left cell (as
 * Excel's own range.values reports it).
 */
export function sampleSheets(sample: Sample, excelMerges = false): ReviewSheet[] {
  return sample.sheets.map((s) => {
    const values = s.rows.map((r) => r.map((c) => (c === null || c.v === null ? "" : c.v)));
    const formulas = s.rows.map((r) => r.map((c) => (c === null ? "" : c.f !== undefined ? `=${c.f}` : (c.v ?? ""))));
    if (!excelMerges) {
      for (const m of s.merges) {
        const [a, b] = m.split(":").map(parseCellAddress);
        const v = values[a.row]?.[a.column] ?? "";
        for (let r = a.row; r <= b.row; r++) {
          for (let c = a.column; c <= b.column; c++) {
            while (values.length <= r) {
              values.push([]);
              formulas.push([]);
            }
            if ((values[r][c] ?? "") === "") {
              values[r][c] = v;
              formulas[r][c] = v;
            }
          }
        }
      }
    }
    const fill = (rows: unknown[][]) => rows.map((r) => Array.from({ length: r.length }, (_, i) => r[i] ?? ""));
    return { name: s.name, grid: { values: fill(values), formulas: fill(formulas) } };
  });
}
