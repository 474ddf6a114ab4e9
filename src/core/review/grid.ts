/**
 * Cells of a {@link SheetGrid} as the spot-check reads them: where a cell is, what it shows, the formula behind
 * it, and what a number typed by hand can be trusted to (its rounding).
 */
import { SheetGrid, cellAddress, rangeAddress } from "../workbook/sheetPlan";

export interface GridCell {
  readonly row: number;
  readonly column: number;
  /** A1 address. */
  readonly address: string;
  /** What the cell shows: a number, text, boolean, or "" when blank; errors as their text ("#N/A"). */
  readonly value: unknown;
  /** The formula ("=…") when the cell holds one. */
  readonly formula?: string;
}

export function gridCell(grid: SheetGrid, row: number, column: number): GridCell {
  const raw = grid.values[row]?.[column];
  const written = grid.formulas[row]?.[column];
  const formula = typeof written === "string" && written.startsWith("=") && written.length > 1 ? written : undefined;
  return new Cell(row, column, raw === undefined || raw === null ? "" : raw, formula);
}

/**
 * A {@link GridCell} whose address is written out when first asked for: a table of 200,000 rows reads every cell
 * of its columns, and names only the few it flags.
 */
class Cell implements GridCell {
  private written: string | undefined;
  declare readonly formula?: string;

  constructor(
    readonly row: number,
    readonly column: number,
    readonly value: unknown,
    formula: string | undefined,
  ) {
    if (formula) this.formula = formula;
  }

  get address(): string {
    return (this.written ??= cellAddress(this.row, this.column));
  }
}

export function rowCount(grid: SheetGrid): number {
  return Math.max(grid.values.length, grid.formulas.length);
}

export function columnCount(grid: SheetGrid, row: number): number {
  return Math.max(grid.values[row]?.length ?? 0, grid.formulas[row]?.length ?? 0);
}

/** Spreadsheet error values as Excel shows them. */
const ERROR_VALUES = new Set([
  "#N/A",
  "#VALUE!",
  "#REF!",
  "#DIV/0!",
  "#NUM!",
  "#NAME?",
  "#NULL!",
  "#SPILL!",
  "#CALC!",
  "#GETTING_DATA",
  "#BUSY!",
]);

export function isErrorValue(value: unknown): boolean {
  return typeof value === "string" && ERROR_VALUES.has(value.trim().toUpperCase());
}

/** Dashes and slashes drafters type for "nothing here". */
const PLACEHOLDERS = new Set(["-", "—", "–", "－", "/", "／", "——", "--", "…"]);

/** Blank as a drafter means it: empty, spaces only, or a dash placeholder. */
export function isBlankValue(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value !== "string") return false;
  const text = value.trim();
  return text === "" || PLACEHOLDERS.has(text);
}

/** A cell's content as text (numbers as JavaScript prints them, booleans as TRUE/FALSE, rich text as its text). */
export function textOf(value: unknown): string {
  switch (typeof value) {
    case "string":
      return value.trim();
    case "boolean":
      return value ? "TRUE" : "FALSE";
    case "undefined":
      return "";
    case "object":
      return value === null ? "" : richText(value);
    default:
      return String(value); // a number (a bigint, symbol or function no reader gives)
  }
}

/** A rich value's text (rich text, a hyperlink); any other object as JavaScript names it ("[object Object]"). */
function richText(value: object): string {
  const { text } = value as { text?: unknown };
  return typeof text === "string" ? text.trim() : Object.prototype.toString.call(value);
}

/**
 * How far a number typed by hand may be from the exact value and still be that value rounded to the digits
 * typed: half a unit of its last decimal (0.8235 → 0.00005; 3385 → 0.5). A rate typed as a fraction is taken
 * to be shown at least to whole percent (0.8 typed as 80% → 0.005).
 */
export function typedHalfUnit(value: number, fractionRate: boolean): number {
  if (!Number.isFinite(value)) return 0;
  let decimals = printedDecimals(Math.abs(value));
  if (decimals === undefined) {
    const text = String(Math.abs(value));
    const e = text.indexOf("e"); // JavaScript prints an exponent as e+21, e-7
    const mantissa = e < 0 ? text : text.slice(0, e);
    const dot = mantissa.indexOf(".");
    decimals = dot < 0 ? 0 : mantissa.length - dot - 1;
    if (e >= 0) decimals -= Number(text.slice(e + 1));
  }
  if (fractionRate) decimals = Math.max(decimals, 2);
  return 0.5 * 10 ** -Math.max(decimals, 0);
}

/** Powers of ten, each exact as a double. */
const POWERS = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/**
 * How many digits JavaScript prints after the point of a number ≥ 0 (String(value)), found without printing it;
 * undefined where only printing it tells. String(value) writes the fewest digits that read back as `value` (from
 * 1e-6 to 1e21 without an exponent), so it has `d` decimals for the least `d` such that some number of `d` decimals
 * reads back as `value`: m ÷ 10^d for the integer m nearest value × 10^d. While value × 10^d < 2^50, that product is
 * within 1/4 of m (Math.round finds it), and m ÷ 10^d, both exact, divides to the number "m e-d" reads as.
 */
export function printedDecimals(value: number): number | undefined {
  if (value < 1e21 && Number.isInteger(value)) return 0;
  if (!(value >= 1e-6 && value < 1e15)) return undefined;
  for (let d = 1; d < POWERS.length; d++) {
    const scaled = value * POWERS[d];
    if (scaled >= 2 ** 50) return undefined;
    if (Math.round(scaled) / POWERS[d] === value) return d;
  }
  return undefined;
}

/** Half a unit of the last digit of a number as written in text ("0.2380" → 0.00005: its trailing zero counts). */
export function writtenHalfUnit(digits: string): number {
  const dot = digits.indexOf(".");
  return 0.5 * 10 ** -(dot < 0 ? 0 : digits.length - dot - 1);
}

/**
 * Cells as the fewest rectangles a reader takes in at once: contiguous cells of a column joined into a run, runs
 * over the same rows in neighbouring columns joined into a block ("E4:E7", "E4:G7"), ordered top to bottom and left
 * to right. Duplicates count once.
 */
export function cellRanges(cells: readonly { readonly row: number; readonly column: number }[]): string[] {
  const rowsByColumn = new Map<number, Set<number>>();
  for (const { row, column } of cells) rowsByColumn.set(column, (rowsByColumn.get(column) ?? new Set()).add(row));
  const runs: { column: number; top: number; bottom: number }[] = [];
  for (const [column, rows] of rowsByColumn) {
    const sorted = [...rows].sort((a, b) => a - b);
    let top = sorted[0];
    sorted.forEach((row, index) => {
      if (sorted[index + 1] === row + 1) return;
      runs.push({ column, top, bottom: row });
      top = sorted[index + 1];
    });
  }
  runs.sort((a, b) => a.top - b.top || a.bottom - b.bottom || a.column - b.column);
  const blocks: { row: number; column: number; rows: number; columns: number }[] = [];
  for (const run of runs) {
    const last = blocks[blocks.length - 1];
    const joins = last && last.row === run.top && last.row + last.rows - 1 === run.bottom;
    if (joins && last.column + last.columns === run.column) last.columns++;
    else blocks.push({ row: run.top, column: run.column, rows: run.bottom - run.top + 1, columns: 1 });
  }
  return blocks.sort((a, b) => a.row - b.row || a.column - b.column).map((block) => rangeAddress(block));
}
