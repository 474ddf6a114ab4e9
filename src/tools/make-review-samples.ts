/**
 * Writes the review's sample workbooks (src/tools/review-samples.ts) with exceljs:
 *   npm run review:samples                 → assets/samples/review-good.xlsx and review-bad.xlsx
 *   node build/review/tools/make-review-samples.js <dir>  → the same two files in <dir>
 * Formulas are written with their saved results, as Excel saves them; no full recalculation is forced on open.
 */
import ExcelJS from "exceljs";
import { mkdirSync } from "fs";
import { join, resolve } from "path";
import { Sample, badSample, goodSample } from "./review-samples";
import { projectRoot } from "./review-paths";

/** A fixed date, so that regenerating the samples changes nothing but zip timestamps. */
const WHEN = new Date("2026-01-01T00:00:00Z");

export async function writeSample(sample: Sample, path: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "MINE make-review-samples";
  workbook.lastModifiedBy = "MINE make-review-samples";
  workbook.created = WHEN;
  workbook.modified = WHEN;
  for (const sheet of sample.sheets) {
    const worksheet = workbook.addWorksheet(sheet.name);
    sheet.widths.forEach((width, column) => (worksheet.getColumn(column + 1).width = width));
    sheet.rows.forEach((cells, row) => {
      cells.forEach((cell, column) => {
        if (!cell) return;
        const target = worksheet.getCell(row + 1, column + 1);
        if (cell.f !== undefined) {
          target.value = cell.v === null ? { formula: cell.f } : { formula: cell.f, result: cell.v };
        } else if (cell.v !== null) target.value = cell.v;
        if (cell.fmt) target.numFmt = cell.fmt;
        if (row === 0 && column === 0) target.font = { bold: true, size: 13 };
        if (row >= 2 && row <= 3 && typeof cell.v === "string" && cell.f === undefined && isHeader(sheet, row)) {
          target.font = { bold: true };
          target.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
        }
      });
    });
    for (const range of sheet.merges) worksheet.mergeCells(range);
  }
  await workbook.xlsx.writeFile(path);
}

function isHeader(sheet: { rows: readonly (readonly unknown[])[] }, row: number): boolean {
  // the header rows are the text-only rows right under the title
  return sheet.rows[row].every((cell) => cell === null || typeof (cell as { v: unknown }).v === "string");
}

export async function makeSamples(dir: string): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const good = join(dir, "review-good.xlsx");
  const bad = join(dir, "review-bad.xlsx");
  await writeSample(goodSample(), good);
  await writeSample(badSample(), bad);
  return [good, bad];
}

if (require.main === module) {
  const dir = resolve(process.argv[2] ?? join(projectRoot(), "assets", "samples"));
  makeSamples(dir).then(
    (files) => files.forEach((file) => console.log(`wrote ${file}`)),
    (error: unknown) => {
      console.error(error);
      process.exit(2);
    },
  );
}
