/**
 * .xlsx files for the headless review, through exceljs (Node only; src/core never sees it): a worksheet read
 * into the {@link SheetGrid} the review takes, an annotated copy written, a {@link SheetPlan} written as a sheet.
 *
 * Reading, as Excel shows a sheet:
 * - a formula cell: its saved result is the stated value, "=" + its formula the formula (shared formulas
 *   translated to their own cell); a formula saved without a result is listed (the review warns about one
 *   inside a table). exceljs reads a saved empty-text result ("") as no result, so such a cell is listed too;
 * - rich text → its plain text; a hyperlink → its text; an error → its text ("#N/A"); a date → YYYY-MM-DD;
 * - a merged range: every cell it covers reads as the value of its top-left cell (so a class or block written
 *   once for several rows, or a heading over several columns, is read where it applies).
 */
import ExcelJS from "exceljs";
import { Finding } from "../core/review/record";
import { ReviewSheet } from "../core/review/review";
import { SheetGrid, SheetPlan } from "../core/workbook/sheetPlan";

export interface ReadWorkbook {
  readonly sheets: ReviewSheet[];
  /** Formula cells saved without a result. */
  readonly uncached: { sheet: string; cell: string }[];
}

type Plain = { value: unknown; formula?: string; uncached?: boolean };

function isoDate(d: Date): string {
  return Number.isNaN(d.getTime()) ? "" : d.toISOString().slice(0, 10);
}

function plainValue(v: unknown): unknown {
  if (v === null || v === undefined) return "";
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof Date) return isoDate(v);
  const o = v as { richText?: { text: string }[]; text?: unknown; error?: unknown };
  if (Array.isArray(o.richText)) return o.richText.map((r) => r.text).join("");
  if (typeof o.error === "string") return o.error;
  if (typeof o.text === "string") return o.text;
  if (o.text && typeof o.text === "object") return plainValue(o.text);
  return String(v);
}

function plainCell(cell: ExcelJS.Cell): Plain {
  const source = cell.isMerged && cell.master !== cell ? cell.master : cell;
  const v = source.value as unknown;
  const formulaValue = v as { formula?: string; sharedFormula?: string; result?: unknown } | null;
  if (
    formulaValue &&
    typeof formulaValue === "object" &&
    ("formula" in formulaValue || "sharedFormula" in formulaValue)
  ) {
    const text = source.formula || formulaValue.formula || "";
    // `cell.value` drops a falsy result (0, "", FALSE) in exceljs 4.4; `cell.result` keeps it
    const result: unknown = (source as unknown as { result: unknown }).result;
    const uncached = result === undefined;
    // a merged slave reads as the master's value, not as a second copy of its formula
    if (source !== cell) return { value: plainValue(result) };
    return { value: plainValue(result), ...(text ? { formula: `=${text}` } : {}), ...(uncached ? { uncached } : {}) };
  }
  return { value: plainValue(v) };
}

/** A worksheet as the review reads it, with the formula cells saved without a result. */
export function sheetGrid(ws: ExcelJS.Worksheet): { grid: SheetGrid; uncached: string[] } {
  const values: unknown[][] = [];
  const formulas: unknown[][] = [];
  const uncached: string[] = [];
  const ensure = (r: number, c: number) => {
    while (values.length <= r) {
      values.push([]);
      formulas.push([]);
    }
    while (values[r].length <= c) {
      values[r].push("");
      formulas[r].push("");
    }
  };
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const p = plainCell(cell);
      if (p.value === "" && !p.formula) return;
      const r = rowNumber - 1;
      const c = colNumber - 1;
      ensure(r, c);
      values[r][c] = p.value;
      formulas[r][c] = p.formula ?? p.value;
      if (p.uncached) uncached.push(cell.address);
    });
  });
  // merged ranges: every covered cell reads as the top-left value (exceljs may not visit empty slaves)
  for (const range of ws.model.merges ?? []) {
    const [a, b] = range.split(":");
    const tl = ws.getCell(a);
    const br = ws.getCell(b ?? a);
    const p = plainCell(tl);
    if (p.value === "") continue;
    for (let r = Number(tl.row); r <= Number(br.row); r++) {
      for (let c = Number(tl.col); c <= Number(br.col); c++) {
        ensure(r - 1, c - 1);
        if (values[r - 1][c - 1] === "") {
          values[r - 1][c - 1] = p.value;
          formulas[r - 1][c - 1] = p.value;
        }
      }
    }
  }
  return { grid: { values, formulas }, uncached };
}

/** Reads an .xlsx file (throws what exceljs throws for a file it cannot read). */
export async function readWorkbookFile(path: string): Promise<ReadWorkbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const sheets: ReviewSheet[] = [];
  const uncached: { sheet: string; cell: string }[] = [];
  wb.eachSheet((ws) => {
    const { grid, uncached: u } = sheetGrid(ws);
    sheets.push({ name: ws.name, grid });
    for (const cell of u) uncached.push({ sheet: ws.name, cell });
  });
  return { sheets, uncached };
}

const FILL = { fail: "FFFFC7CE", warn: "FFFFEB9C" } as const;
const INPUT_FILL = "FFFFF2CC";
const LABEL_FILL = "FFE7E6E6";

/** A sheet name not yet in the workbook: `name`, else `name (2)`, … (Excel's 31-character limit kept). */
function freeName(wb: ExcelJS.Workbook, name: string): string {
  const base = name.slice(0, 31);
  if (!wb.getWorksheet(base)) return base;
  for (let i = 2; ; i++) {
    const candidate = `${base.slice(0, 31 - ` (${i})`.length)} (${i})`;
    if (!wb.getWorksheet(candidate)) return candidate;
  }
}

/** Writes a SheetPlan into a new worksheet (named as planned, or with a number when taken). */
export function writePlan(wb: ExcelJS.Workbook, plan: SheetPlan): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(freeName(wb, plan.sheetName));
  for (const w of plan.columnWidths) ws.getColumn(w.column + 1).width = w.width;
  for (const p of plan.cells) {
    const cell = ws.getCell(p.row + 1, p.column + 1);
    if (p.formula !== undefined) cell.value = { formula: p.formula.replace(/^=/, "") };
    else if (p.value !== undefined) cell.value = p.value;
    if (p.numberFormat) cell.numFmt = p.numberFormat;
    switch (p.role) {
      case "title":
        cell.font = { bold: true, size: 14 };
        break;
      case "heading":
        cell.font = { bold: true, size: 12 };
        break;
      case "label":
        cell.font = { bold: true };
        cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: LABEL_FILL } };
        break;
      case "input":
        cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: INPUT_FILL } };
        cell.border = { bottom: { style: "thin" } };
        break;
      default:
        cell.alignment = { wrapText: false, vertical: "top" };
    }
  }
  return ws;
}

/** The note a flagged cell gets in the annotated copy. */
export function findingNote(f: Finding, lang: "zh" | "en", values: string): string {
  const zh = lang === "zh";
  const lines = [`[${f.rule}] ${zh ? f.zh : f.en}`, values];
  if (f.note) lines.push(zh ? f.note.zh : f.note.en);
  lines.push(`${zh ? "依据" : "source"}: ${zh ? f.source.zh : f.source.en}`);
  return lines.join("\n");
}

/**
 * Copies `input` to `out` with every flagged cell filled (red: fails, yellow: warnings) and noted, and the
 * planned sheets added. The input file is only read.
 */
export async function writeAnnotated(
  input: string,
  out: string,
  findings: readonly Finding[],
  plans: readonly SheetPlan[],
  note: (f: Finding) => string,
): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(input);
  const notes = new Map<string, { f: Finding; text: string[] }>();
  for (const f of findings) {
    if (!f.cell) continue;
    const key = `${f.sheet}\u0000${f.cell}`;
    const entry = notes.get(key) ?? { f, text: [] };
    if (f.severity === "fail") entry.f = f;
    entry.text.push(note(f));
    notes.set(key, entry);
  }
  for (const [key, { f, text }] of notes) {
    const ws = wb.getWorksheet(key.split("\u0000")[0]);
    if (!ws) continue;
    const cell = ws.getCell(f.cell);
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: FILL[f.severity] } };
    cell.note = text.join("\n\n");
  }
  for (const plan of plans) writePlan(wb, plan);
  await wb.xlsx.writeFile(out);
}
