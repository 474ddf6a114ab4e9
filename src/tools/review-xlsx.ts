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
 *
 * {@link readWorkbookFile} reads a file's sheets from their XML, each streamed (xlsx-results.ts), into these grids
 * directly, restating exceljs's cell parser so that the grid is the one {@link sheetGrid} makes of exceljs's
 * worksheet (the tests compare them); exceljs's whole workbook is no longer built to review a file.
 */
import type ExcelJS from "exceljs";
import { readFile } from "fs/promises";
import { Finding } from "../core/review/record";
import { ReviewSheet } from "../core/review/review";
import { Language, pick } from "../core/text";
import { CellError, CellValue } from "../core/workbook/evaluate";
import { SheetGrid, SheetPlan, columnName } from "../core/workbook/sheetPlan";
import { loadExcelJS } from "./exceljs";
import { FlaggedCell, annotateXlsx } from "./xlsx-annotate";
import { savedFormula } from "./xlsx-formulas";
import {
  HeldResult,
  RawCell,
  XlsxPackage,
  addressIndex,
  dateStyles,
  resultOf,
  scanSheet,
  sharedStrings,
  stringItemText,
} from "./xlsx-results";

export interface ReadWorkbook {
  readonly sheets: ReviewSheet[];
  /** Formula cells saved without a result. */
  readonly uncached: { sheet: string; cell: string }[];
  /**
   * The .xlsx package the sheets were read from (none for a Word document): the annotated copy starts from it
   * instead of reading the file a second time and holding two copies of its bytes while it writes.
   */
  readonly package?: XlsxPackage;
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

/** A date as exceljs reads a serial number: days since 1899-12-30 (1904-01-01 in a 1904 workbook), to the ms. */
function excelDate(serial: unknown, date1904: boolean): Date {
  return new Date(Math.round((Number(serial) - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000));
}

/** The five entities exceljs decodes a second time in a `t="str"` value (its xmlDecode). */
function decodeAgain(text: string): string {
  return text.replace(/&([a-z]*);/g, (whole) => XML_DECODE.get(whole) ?? whole);
}
const XML_DECODE: ReadonlyMap<string, string> = new Map([
  ["&lt;", "<"],
  ["&gt;", ">"],
  ["&amp;", "&"],
  ["&apos;", "'"],
  ["&quot;", '"'],
]);

/**
 * A text of its own: a long string cut from a piece of the sheet's XML keeps the whole piece alive (V8 slices and
 * joins strings by reference), so a text kept in the grid is copied out of it.
 */
function own<T>(value: T): T {
  if (typeof value !== "string" || value.length < 13) return value;
  return ` ${value}`.slice(1) as T;
}

/** What a workbook's cells need from the rest of the package. */
interface Package {
  readonly strings: readonly string[];
  readonly dates: readonly boolean[];
  readonly date1904: boolean;
}

/**
 * A cell read from the sheet's XML as {@link plainCell} reads the cell exceljs makes of it (the same value, formula
 * and result rules: exceljs's cell parser restated), so both readers give one grid. `formulas`: the text of each
 * shared formula's master, by its `si`, with its address.
 */
function streamedCell(
  raw: RawCell,
  pkg: Package,
  masters: Map<string, { text: string; row: number; column: number }>,
): Plain {
  const { type } = raw;
  const isDate = raw.style > 0 && pkg.dates[raw.style] === true;
  if (raw.formula !== undefined && (raw.formula || raw.formulaKind)) {
    let text = raw.formula;
    if (raw.formulaKind === "shared") {
      if (raw.formulaMaster) masters.set(raw.formulaShared ?? "", { text, row: raw.row, column: raw.column });
      else {
        const master = masters.get(raw.formulaShared ?? "");
        // a clone names its master by `si`; without one read before it, exceljs has no formula for it either
        if (!master) return { value: "[object Object]" };
        text = slideFormula(master.text, master, raw);
      }
    }
    const saved = raw.value;
    let result: unknown;
    if (saved === undefined) result = undefined;
    else if (saved === "")
      result = resultOf(type, ""); // what the file holds for an empty <v/> (xlsx-results.ts)
    else {
      if (type === "str") result = decodeAgain(saved);
      else if (type === "b") result = parseInt(saved, 10) !== 0;
      else if (type === "e") result = saved;
      else result = parseFloat(saved);
      if (isDate) result = excelDate(result, pkg.date1904);
    }
    const value = own(plainValue(result));
    // an object literal for each case, without spreading: every formula cell of a sheet passes here
    if (!text) return result === undefined ? { value, uncached: true } : { value };
    const formula = own(`=${text}`);
    return result === undefined ? { value, formula, uncached: true } : { value, formula };
  }
  // an inline string's text stands where a <v> would (exceljs reads both into the cell's value)
  const saved = raw.inline !== undefined && raw.value === undefined ? stringItemText(raw.inline, false) : raw.value;
  if (saved === undefined || saved === "") return { value: "" };
  switch (type) {
    case "s":
      return { value: pkg.strings[parseInt(saved, 10)] ?? "" };
    case "str":
      return { value: own(decodeAgain(saved)) };
    case "inlineStr":
      return { value: own(saved) };
    case "b":
      return { value: parseInt(saved, 10) !== 0 };
    case "e":
      return { value: own(saved) };
    default: {
      const number = parseFloat(saved);
      return { value: isDate ? plainValue(excelDate(number, pkg.date1904)) : number };
    }
  }
}

/** A shared formula moved from its master to another cell, as exceljs translates it (its slideFormula). */
function slideFormula(
  formula: string,
  from: { row: number; column: number },
  to: { row: number; column: number },
): string {
  return formula.replace(
    /(([a-z_\-0-9]*)!)?([a-z0-9_$]{2,})([(])?/gi,
    (whole: string, sheet: string | undefined, _name: string, part: string, paren: string | undefined) => {
      if (paren) return whole;
      const match = /^([$])?([a-z]+)([$])?([1-9][0-9]*)$/i.exec(part);
      if (!match) return whole;
      const letters = match[2].toUpperCase();
      if (letters.length > 3 || (letters.length === 3 && letters > "XFD")) return whole;
      let column = 0;
      for (const letter of letters) column = column * 26 + letter.charCodeAt(0) - 64;
      let row = parseInt(match[4], 10);
      if (!match[1]) column += to.column - from.column;
      if (!match[3]) row += to.row - from.row;
      return `${sheet ?? ""}${match[1] ?? ""}${columnName(column - 1)}${match[3] ?? ""}${row}`;
    },
  );
}

/**
 * Reads an .xlsx file into the grids the review reads, sheet by sheet from the package's XML, each sheet streamed
 * (throws what jszip, the zip reader exceljs uses, throws for a file that is not a package). The cells read as
 * {@link sheetGrid} reads them from exceljs's worksheet (see the top of this file), without building exceljs's
 * workbook: a 200,000-row plan reads in a fraction of the memory and time.
 */
export async function readWorkbookFile(path: string): Promise<ReadWorkbook> {
  const pkg = await XlsxPackage.open(await readFile(path));
  const { sheets: parts, date1904 } = await pkg.worksheets();
  const context: Package = { strings: await sharedStrings(pkg), dates: await dateStyles(pkg), date1904 };
  const sheets: ReviewSheet[] = [];
  const uncached: { sheet: string; cell: string }[] = [];
  for (const { name, part } of parts) {
    const values: unknown[][] = [];
    const formulas: unknown[][] = [];
    const unsaved: { row: number; column: number }[] = [];
    const masters = new Map<string, { text: string; row: number; column: number }>();
    const set = (row: number, column: number, value: unknown, formula: unknown) => {
      while (values.length <= row) {
        values.push([]);
        formulas.push([]);
      }
      const values_ = values[row];
      const formulas_ = formulas[row];
      while (values_.length < column) {
        values_.push("");
        formulas_.push("");
      }
      values_[column] = value;
      formulas_[column] = formula;
    };
    const merges = await scanSheet(pkg.pieces(part), (raw) => {
      const plain = streamedCell(raw, context, masters);
      if (plain.value === "" && !plain.formula) return;
      set(raw.row, raw.column, plain.value, plain.formula ?? plain.value);
      if (plain.uncached) unsaved.push({ row: raw.row, column: raw.column });
    });
    // merged ranges: every covered cell reads as the top-left value, whatever the file holds there (exceljs
    // replaces a covered cell by the merge); a covered cell is never listed as saved without a result
    const covered = new Set<string>();
    for (const range of merges) {
      const [from, to] = range.split(":");
      const topLeft = addressIndex(from);
      const bottomRight = addressIndex(to ?? from);
      if (!topLeft || !bottomRight) continue;
      const value = values[topLeft.row]?.[topLeft.column] ?? "";
      for (let row = topLeft.row; row <= bottomRight.row; row++) {
        for (let column = topLeft.column; column <= bottomRight.column; column++) {
          if (row === topLeft.row && column === topLeft.column) continue;
          covered.add(`${row},${column}`);
          if (value !== "") set(row, column, value, value);
          else if (values[row] && column < values[row].length) {
            values[row][column] = "";
            formulas[row][column] = "";
          }
        }
      }
    }
    if (merges.length > 0) trimGrid(values, formulas);
    // rows grown cell by cell hold spare capacity: copied to their length, a 200,000-row sheet takes half the memory
    for (let row = 0; row < values.length; row++) {
      values[row] = values[row].slice();
      formulas[row] = formulas[row].slice();
    }
    sheets.push({ name, grid: { values, formulas } });
    for (const { row, column } of unsaved) {
      if (!covered.has(`${row},${column}`)) uncached.push({ sheet: name, cell: `${columnName(column)}${row + 1}` });
    }
  }
  return { sheets, uncached, package: pkg };
}

/** Drops the empty cells a cleared merge left at the ends of rows, and the empty rows at the end. */
function trimGrid(values: unknown[][], formulas: unknown[][]): void {
  for (let row = 0; row < values.length; row++) {
    const cells = values[row];
    let length = cells.length;
    while (length > 0 && cells[length - 1] === "" && formulas[row][length - 1] === "") length--;
    cells.length = length;
    formulas[row].length = length;
  }
  let rows = values.length;
  while (rows > 0 && values[rows - 1].length === 0) rows--;
  values.length = rows;
  formulas.length = rows;
}

const FILL = { fail: "FFFFC7CE", warn: "FFFFEB9C" } as const;
const INPUT_FILL = "FFFFF2CC";
const LABEL_FILL = "FFE7E6E6";

/**
 * A sheet name not yet in the workbook nor among `taken`: `name`, else `name (2)`, … (Excel's 31-character limit
 * kept; names compared as Excel compares them, case aside).
 */
function freeName(workbook: ExcelJS.Workbook, name: string, taken: readonly string[] = []): string {
  const names = new Set([...workbook.worksheets.map((sheet) => sheet.name), ...taken].map((n) => n.toLowerCase()));
  const base = name.slice(0, 31);
  if (!names.has(base.toLowerCase())) return base;
  for (let copy = 2; ; copy++) {
    const candidate = `${base.slice(0, 31 - ` (${copy})`.length)} (${copy})`;
    if (!names.has(candidate.toLowerCase())) return candidate;
  }
}

/** A formula's result as exceljs saves it: an error as its code, an empty result as empty text. */
export function savedResult(value: CellValue): ExcelJS.CellFormulaValue["result"] {
  if (value instanceof CellError) return { error: value.code as ExcelJS.CellErrorValue["error"] };
  return value ?? "";
}

/**
 * Writes a SheetPlan into a new worksheet (named as planned, or with a number when taken in the workbook or among
 * `taken`). `results`, by A1 address: each formula's value saved with it, so the file shows it before any
 * recalculation (a portable sheet); without them formulas are saved without results, for Excel to compute on opening.
 */
export function writePlan(
  workbook: ExcelJS.Workbook,
  plan: SheetPlan,
  results?: ReadonlyMap<string, CellValue>,
  taken: readonly string[] = [],
): ExcelJS.Worksheet {
  const worksheet = workbook.addWorksheet(freeName(workbook, plan.sheetName, taken));
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
 * Copies `input` (an .xlsx file, or the package it was read into: {@link ReadWorkbook.package}) to `out` with every
 * flagged cell filled (red: fails, yellow: warnings) and noted, and the planned sheets added after the workbook's own
 * (named apart from its sheets). The input file is only read. One note
 * per cell: the texts of its findings, a blank line apart, the cell filled as its most severe finding. The copy is
 * the input's package rewritten (xlsx-annotate.ts), streamed; the planned sheets are written by {@link writePlan} into
 * a scratch workbook, from which they are taken.
 */
export async function writeAnnotated(
  input: string | XlsxPackage,
  out: string,
  findings: readonly Finding[],
  plans: readonly SheetPlan[],
  note: (finding: Finding) => string,
): Promise<void> {
  const notes = new Map<string, { finding: Finding; text: string[] }>();
  for (const finding of findings) {
    if (!finding.cell) continue;
    const key = `${finding.sheet}\u0000${finding.cell}`;
    const entry = notes.get(key) ?? { finding, text: [] };
    if (finding.severity === "fail") entry.finding = finding;
    entry.text.push(note(finding));
    notes.set(key, entry);
  }
  const cells: FlaggedCell[] = [...notes.values()].map(({ finding, text }) => ({
    sheet: finding.sheet,
    cell: finding.cell,
    fill: FILL[finding.severity],
    text: text.join("\n\n"),
  }));
  const pkg = typeof input === "string" ? await XlsxPackage.open(await readFile(input)) : input;
  await annotateXlsx(pkg, out, cells, async (taken) => {
    const scratch = new (await loadExcelJS()).Workbook();
    for (const plan of plans) writePlan(scratch, plan, undefined, taken);
    return Buffer.from(await scratch.xlsx.writeBuffer());
  });
}
