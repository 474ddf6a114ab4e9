/**
 * .xlsx files for the headless review, through exceljs (Node only; src/core never sees it): a worksheet read
 * into the {@link SheetGrid} the review takes, an annotated copy written, a {@link SheetPlan} written as a sheet.
 *
 * Reading, as Excel shows a sheet:
 * - a formula cell: its saved result is the stated value, "=" + its formula the formula (shared formulas
 *   translated to their own cell); a formula saved without a result is listed (the review says which cells of a
 *   table have no value, and does not check what needs them). The result is read from `cell.result`, which keeps
 *   a saved 0 or FALSE (`cell.value` drops them, exceljs issue #2943); a result exceljs does not report — an empty
 *   text `<v/>`, what Excel saves for =IF(…,"",…) — is read from the file itself (xlsx-results.ts), so only a
 *   formula with no `<v>` at all is listed;
 * - rich text → its plain text; a hyperlink → its text; an error → its text ("#N/A"); a date → YYYY-MM-DD;
 * - a merged range: every cell it covers reads as the value of its top-left cell (so a class or block written
 *   once for several rows, or a heading over several columns, is read where it applies).
 */
import ExcelJS from "exceljs";
import { readFile } from "fs/promises";
import { Finding } from "../core/review/record";
import { ReviewSheet } from "../core/review/review";
import { Language, pick } from "../core/text";
import { CellError, CellValue } from "../core/workbook/evaluate";
import { SheetGrid, SheetPlan } from "../core/workbook/sheetPlan";
import { savedFormula } from "./xlsx-formulas";
import { HeldResult, HeldResults, heldResults } from "./xlsx-results";

export interface ReadWorkbook {
  readonly sheets: ReviewSheet[];
  /** Formula cells saved without a result. */
  readonly uncached: { sheet: string; cell: string }[];
}

type Plain = { value: unknown; formula?: string; uncached?: boolean };

function isoDate(d: Date): string {
  return Number.isNaN(d.getTime()) ? "" : d.toISOString().slice(0, 10);
}

function plainValue(value: unknown): unknown {
  if (value === null || value === undefined) return "";
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) return isoDate(value);
  const rich = value as { richText?: { text: string }[]; text?: unknown; error?: unknown };
  if (Array.isArray(rich.richText)) return rich.richText.map((run) => run.text).join("");
  if (typeof rich.error === "string") return rich.error;
  if (typeof rich.text === "string") return rich.text;
  if (rich.text && typeof rich.text === "object") return plainValue(rich.text);
  return Object.prototype.toString.call(value); // a value exceljs does not document: "[object Object]"
}

/**
 * A cell as the review reads it. `held`: the results the file holds for the sheet's formula cells that exceljs
 * reports without one (see xlsx-results.ts), by address.
 */
function plainCell(cell: ExcelJS.Cell, held: ReadonlyMap<string, HeldResult>): Plain {
  const source = cell.isMerged && cell.master !== cell ? cell.master : cell;
  const value = source.value as unknown;
  const formulaValue = value as { formula?: string; sharedFormula?: string; result?: unknown } | null;
  if (
    formulaValue &&
    typeof formulaValue === "object" &&
    ("formula" in formulaValue || "sharedFormula" in formulaValue)
  ) {
    const text = source.formula || formulaValue.formula || "";
    // `cell.value` drops a falsy result (0, "", FALSE) in exceljs 4.4; `cell.result` keeps 0 and FALSE, and the
    // file itself an empty text exceljs reads as no result
    const reported: unknown = (source as unknown as { result: unknown }).result;
    const result = reported === undefined ? held.get(source.address) : reported;
    const uncached = result === undefined;
    // a merged slave reads as the master's value, not as a second copy of its formula
    if (source !== cell) return { value: plainValue(result) };
    return { value: plainValue(result), ...(text ? { formula: `=${text}` } : {}), ...(uncached ? { uncached } : {}) };
  }
  return { value: plainValue(value) };
}

/**
 * A worksheet as the review reads it, with the formula cells saved without a result. `held`: what the file holds
 * for formula cells exceljs reports without a result (by address; see {@link heldResults}).
 */
export function sheetGrid(
  worksheet: ExcelJS.Worksheet,
  held: ReadonlyMap<string, HeldResult> = new Map(),
): { grid: SheetGrid; uncached: string[] } {
  const values: unknown[][] = [];
  const formulas: unknown[][] = [];
  const uncached: string[] = [];
  const ensure = (row: number, column: number) => {
    while (values.length <= row) {
      values.push([]);
      formulas.push([]);
    }
    while (values[row].length <= column) {
      values[row].push("");
      formulas[row].push("");
    }
  };
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const plain = plainCell(cell, held);
      if (plain.value === "" && !plain.formula) return;
      const row = rowNumber - 1;
      const column = colNumber - 1;
      ensure(row, column);
      values[row][column] = plain.value;
      formulas[row][column] = plain.formula ?? plain.value;
      if (plain.uncached) uncached.push(cell.address);
    });
  });
  // merged ranges: every covered cell reads as the top-left value (exceljs may not visit empty slaves)
  for (const range of worksheet.model.merges ?? []) {
    const [from, to] = range.split(":");
    const topLeft = worksheet.getCell(from);
    const bottomRight = worksheet.getCell(to ?? from);
    const { value } = plainCell(topLeft, held);
    if (value === "") continue;
    for (let row = Number(topLeft.row) - 1; row < Number(bottomRight.row); row++) {
      for (let column = Number(topLeft.col) - 1; column < Number(bottomRight.col); column++) {
        ensure(row, column);
        if (values[row][column] === "") {
          values[row][column] = value;
          formulas[row][column] = value;
        }
      }
    }
  }
  return { grid: { values, formulas }, uncached };
}

/**
 * Reads an .xlsx file (throws what exceljs throws for a file it cannot read). A sheet with formula cells exceljs
 * reports without a result is read again with what the file holds for them.
 */
export async function readWorkbookFile(path: string): Promise<ReadWorkbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const worksheets: ExcelJS.Worksheet[] = [];
  workbook.eachSheet((worksheet) => worksheets.push(worksheet));
  const first = worksheets.map((worksheet) => ({ worksheet, ...sheetGrid(worksheet) }));
  const unreported = first.filter((read) => read.uncached.length > 0).map((read) => read.worksheet.name);
  const held: HeldResults = unreported.length > 0 ? await heldResults(await readFile(path), unreported) : new Map();
  const sheets: ReviewSheet[] = [];
  const uncached: { sheet: string; cell: string }[] = [];
  for (const read of first) {
    const { name } = read.worksheet;
    const sheetHeld = held.get(name);
    const { grid, uncached: cells } = sheetHeld ? sheetGrid(read.worksheet, sheetHeld) : read;
    sheets.push({ name, grid });
    for (const cell of cells) uncached.push({ sheet: name, cell });
  }
  return { sheets, uncached };
}

const FILL = { fail: "FFFFC7CE", warn: "FFFFEB9C" } as const;
const INPUT_FILL = "FFFFF2CC";
const LABEL_FILL = "FFE7E6E6";

/** A sheet name not yet in the workbook: `name`, else `name (2)`, … (Excel's 31-character limit kept). */
function freeName(workbook: ExcelJS.Workbook, name: string): string {
  const base = name.slice(0, 31);
  if (!workbook.getWorksheet(base)) return base;
  for (let copy = 2; ; copy++) {
    const candidate = `${base.slice(0, 31 - ` (${copy})`.length)} (${copy})`;
    if (!workbook.getWorksheet(candidate)) return candidate;
  }
}

/** A formula's result as exceljs saves it: an error as its code, an empty result as empty text. */
export function savedResult(value: CellValue): ExcelJS.CellFormulaValue["result"] {
  if (value instanceof CellError) return { error: value.code as ExcelJS.CellErrorValue["error"] };
  return value ?? "";
}

/**
 * Writes a SheetPlan into a new worksheet (named as planned, or with a number when taken). `results`, by A1 address:
 * each formula's value saved with it, so the file shows it before any recalculation (a portable sheet); without
 * them formulas are saved without results, for Excel to compute on opening.
 */
export function writePlan(
  workbook: ExcelJS.Workbook,
  plan: SheetPlan,
  results?: ReadonlyMap<string, CellValue>,
): ExcelJS.Worksheet {
  const worksheet = workbook.addWorksheet(freeName(workbook, plan.sheetName));
  for (const { column, width } of plan.columnWidths) worksheet.getColumn(column + 1).width = width;
  for (const planned of plan.cells) {
    const cell = worksheet.getCell(planned.row + 1, planned.column + 1);
    if (planned.formula !== undefined) {
      const formula = savedFormula(planned.formula);
      const result = results?.get(cell.address);
      cell.value = result === undefined ? { formula } : { formula, result: savedResult(result) };
    } else if (planned.value !== undefined) cell.value = planned.value;
    if (planned.numberFormat) cell.numFmt = planned.numberFormat;
    switch (planned.role) {
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
  return worksheet;
}

/** The note a flagged cell gets in the annotated copy: the rule, the values, what is wrong, the source. */
export function findingNote(finding: Finding, language: Language, values: string): string {
  const lines = [`[${finding.rule}] ${pick(finding, language)}`, values];
  if (finding.note) lines.push(pick(finding.note, language));
  lines.push(`${pick({ zh: "依据", en: "source" }, language)}: ${pick(finding.source, language)}`);
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
  note: (finding: Finding) => string,
): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(input);
  // one note per cell, filled as its most severe finding
  const notes = new Map<string, { finding: Finding; text: string[] }>();
  for (const finding of findings) {
    if (!finding.cell) continue;
    const key = `${finding.sheet}\u0000${finding.cell}`;
    const entry = notes.get(key) ?? { finding, text: [] };
    if (finding.severity === "fail") entry.finding = finding;
    entry.text.push(note(finding));
    notes.set(key, entry);
  }
  for (const [key, { finding, text }] of notes) {
    const worksheet = workbook.getWorksheet(key.split("\u0000")[0]);
    if (!worksheet) continue;
    const cell = worksheet.getCell(finding.cell);
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: FILL[finding.severity] } };
    cell.note = text.join("\n\n");
  }
  for (const plan of plans) writePlan(workbook, plan);
  await workbook.xlsx.writeFile(out);
}
