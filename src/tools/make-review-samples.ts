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
  const wb = new ExcelJS.Workbook();
  wb.creator = "MINE make-review-samples";
  wb.lastModifiedBy = "MINE make-review-samples";
  wb.created = WHEN;
  wb.modified = WHEN;
  for (const sheet of sample.sheets) {
    const ws = wb.addWorksheet(sheet.name);
    sheet.widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
    sheet.rows.forEach((row, r) => {
      row.forEach((cell, c) => {
        if (!cell) return;
        const target = ws.getCell(r + 1, c + 1);
        if (cell.f !== undefined) {
          target.value = cell.v === null ? { formula: cell.f } : { formula: cell.f, result: cell.v };
        } else if (cell.v !== null) target.value = cell.v;
        if (cell.fmt) target.numFmt = cell.fmt;
        if (r === 0 && c === 0) target.font = { bold: true, size: 13 };
        if (r >= 2 && r <= 3 && typeof cell.v === "string" && cell.f === undefined && isHeader(sheet, r)) {
          target.font = { bold: true };
          target.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
        }
      });
    });
    for (const m of sheet.merges) ws.mergeCells(m);
  }
  await wb.xlsx.writeFile(path);
}

function isHeader(sheet: { rows: readonly (readonly unknown[])[] }, r: number): boolean {
  // the header rows are the text-only rows right under the title
  return sheet.rows[r].every((c) => c === null || typeof (c as { v: unknown }).v === "string");
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
    (files) => files.forEach((f) => console.log(`wrote ${f}`)),
    (error: unknown) => {
      console.error(error);
      process.exit(2);
    },
  );
}
