/**
 * A drafter's plan (tests/fixtures/drafter-plans.ts) written as a Word document's body, as plans reach reviewers:
 * each sheet's table as a `w:tbl`, the single-cell lines over it (title, "单位：万t") and under it (a "注：…" note) as
 * paragraphs, merged ranges as `w:gridSpan`/`w:vMerge`, and every cell as the text Excel shows for it (a formula's
 * saved result, "0.0%" cells as "82.3%"): Word keeps no formulas and no number formats.
 */
import type { DrafterPlan, DrafterSheet } from "../fixtures/drafter-plans";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

export const paragraph = (text: string): string =>
  `<w:p><w:r><w:t xml:space="preserve">${escape(text)}</w:t></w:r></w:p>`;

/** "B3" as 0-based row and column. */
function position(address: string): [number, number] {
  const [, letters, digits] = /^([A-Z]+)(\d+)$/.exec(address) ?? ["", "A", "1"];
  let column = 0;
  for (const letter of letters) column = column * 26 + letter.charCodeAt(0) - 64;
  return [Number(digits) - 1, column - 1];
}

const addressOf = (row: number, column: number) => `${String.fromCharCode(65 + column)}${row + 1}`;

/** What Excel shows for a value: a "0.0%" cell as a percentage, a number to ten significant digits. */
function shown(value: unknown, format: string | undefined): string {
  if (typeof value === "number") {
    return format === "0.0%" ? `${(value * 100).toFixed(1)}%` : String(Number(value.toPrecision(10)));
  }
  return typeof value === "string" ? value : "";
}

type Merge = { span: number; vMerge?: "restart" | "continue" } | "covered";

/** One sheet as paragraphs and a table; `values` as the .xlsx reader read the sheet (formula results, by row). */
function sheetBody(sheet: DrafterSheet, values: readonly (readonly unknown[])[]): string {
  const { rows } = sheet;
  const filled = (row: number) => rows[row].flatMap((cell, column) => (cell === null || cell === "" ? [] : [column]));
  const line = (row: number) => filled(row).every((column) => column === 0);
  let first = 0;
  while (first < rows.length && line(first)) first++;
  let last = rows.length - 1;
  while (last > first && line(last)) last--;
  const merges = new Map<string, Merge>();
  for (const range of sheet.merges ?? []) {
    const [from, to = from] = range.split(":");
    const [top, left] = position(from);
    const [bottom, right] = position(to);
    if (top < first) continue; // a title merged over the table is a paragraph
    for (let row = top; row <= bottom; row++) {
      for (let column = left + 1; column <= right; column++) merges.set(`${row},${column}`, "covered");
      const vMerge = bottom > top ? (row === top ? "restart" : "continue") : undefined;
      merges.set(`${row},${left}`, { span: right - left + 1, ...(vMerge ? { vMerge } : {}) });
    }
  }
  const width = Math.max(...rows.slice(first, last + 1).map((row) => row.length));
  const trs: string[] = [];
  for (let row = first; row <= last; row++) {
    const tcs: string[] = [];
    for (let column = 0; column < width; column++) {
      const merge = merges.get(`${row},${column}`);
      if (merge === "covered") continue;
      const properties = merge
        ? (merge.span > 1 ? `<w:gridSpan w:val="${merge.span}"/>` : "") +
          (merge.vMerge === "restart" ? '<w:vMerge w:val="restart"/>' : merge.vMerge ? "<w:vMerge/>" : "")
        : "";
      const text =
        merge?.vMerge === "continue" ? "" : shown(values[row]?.[column], sheet.formats?.[addressOf(row, column)]);
      tcs.push(`<w:tc><w:tcPr>${properties}</w:tcPr>${paragraph(text)}</w:tc>`);
    }
    trs.push(`<w:tr>${tcs.join("")}</w:tr>`);
  }
  const grid = Array.from({ length: width }, () => '<w:gridCol w:w="1200"/>').join("");
  const lines = (from: number, to: number) =>
    rows
      .slice(from, to)
      .map((_, offset) => from + offset)
      .filter((row) => filled(row).length > 0)
      .map((row) => paragraph(shown(values[row]?.[0], undefined)));
  return [
    ...lines(0, first),
    `<w:tbl><w:tblGrid>${grid}</w:tblGrid>${trs.join("")}</w:tbl>`,
    ...lines(last + 1, rows.length),
  ].join("");
}

/** The plan's document.xml: its sheets in order, an empty paragraph between them. */
export function drafterDocumentXml(plan: DrafterPlan, values: readonly (readonly (readonly unknown[])[])[]): string {
  const body = plan.sheets.map((sheet, index) => sheetBody(sheet, values[index])).join(paragraph(""));
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`;
}
