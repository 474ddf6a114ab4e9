/**
 * Cells brought in from the workbook, before they mean anything: a selection's values (with where it starts) or
 * text pasted from Excel (tab-separated rows, as Excel copies them), and one cell read as a number the way an
 * engineer writes it: `3`, `1/3`, `=1/3`, full-width `１／３`, `45%` where a percentage makes sense, `1,234.5`.
 * Anything else is a {@link MineError} naming the cell. Pure: no Excel, no DOM.
 */
import { display, isBlank } from "../../cells";
import { MineError } from "../../errors";
import { messages } from "../../messages";
import { Bilingual } from "../../text";
import { cellAddress } from "../../workbook/sheetPlan";

/** A block of cells to read: rows of values, and where its first cell is in a sheet (null for pasted text). */
export interface SourceGrid {
  readonly values: readonly (readonly unknown[])[];
  /** The sheet and 0-based position of the first cell; null when the cells were pasted. */
  readonly origin: { readonly sheet: string; readonly row: number; readonly column: number } | null;
  /** Name cells as `sheet!B4` (questionnaires) rather than `B4` (a selection the user just made). */
  readonly withSheet?: boolean;
  /** Rows and columns of labels left out before this grid (pasted text names its cells from the text's first). */
  readonly offset?: { readonly rows: number; readonly columns: number };
  /** The values are the source's columns read as rows (a list written across): names swap back. */
  readonly transposed?: boolean;
}

/** Quotes a sheet name for a reference when it needs it: `'My sheet'!B4`. */
function sheetPrefix(sheet: string): string {
  return /^[A-Za-z_\u3400-\u9fff][\w.\u3400-\u9fff]*$/.test(sheet) ? `${sheet}!` : `'${sheet.replace(/'/g, "''")}'!`;
}

/** How a message names cell (r, c) of the grid (0-based): B4, 问卷!B4, or its row and column in pasted text. */
export function cellName(grid: SourceGrid, r: number, c: number): Bilingual {
  const row = r + (grid.offset?.rows ?? 0);
  const column = c + (grid.offset?.columns ?? 0);
  const [dr, dc] = grid.transposed ? [column, row] : [row, column];
  if (grid.origin === null) return messages.pastedCell(dr + 1, dc + 1);
  const address = cellAddress(grid.origin.row + dr, grid.origin.column + dc);
  const name = grid.withSheet ? sheetPrefix(grid.origin.sheet) + address : address;
  return { zh: name, en: name };
}

/** Throws the problem at cell (r, c) of the grid. */
export function failAt(grid: SourceGrid, r: number, c: number, problem: Bilingual): never {
  throw new MineError("value", messages.atCell(cellName(grid, r, c), problem));
}

/** The cell at (r, c), "" beyond a short row. */
export function cellAt(grid: SourceGrid, r: number, c: number): unknown {
  return grid.values[r]?.[c] ?? "";
}

/** Rows × columns of a grid (the widest row). */
export function sizeOf(grid: SourceGrid): { rows: number; columns: number } {
  return { rows: grid.values.length, columns: grid.values.reduce((w, row) => Math.max(w, row.length), 0) };
}

/**
 * Text as Excel puts it on the clipboard: rows ended by a newline (CRLF on Windows), cells separated by tabs, a cell
 * holding a tab, newline or quote written in double quotes with inner quotes doubled. One trailing newline ends the
 * last row; blank lines inside are blank rows. Short rows are padded with "" to the widest.
 */
export function parsePastedText(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let i = 0;
  const endCell = () => {
    row.push(cell);
    cell = "";
  };
  const endRow = () => {
    endCell();
    rows.push(row);
    row = [];
  };
  while (i < text.length) {
    const ch = text[i];
    if (ch === '"' && cell === "") {
      // A quoted cell: up to the closing quote not followed by another.
      const close = quotedEnd(text, i + 1);
      if (close !== -1) {
        cell = text.slice(i + 1, close).replace(/""/g, '"');
        i = close + 1;
        continue;
      }
    }
    if (ch === "\t") endCell();
    else if (ch === "\r" || ch === "\n") {
      endRow();
      if (ch === "\r" && text[i + 1] === "\n") i++;
    } else cell += ch;
    i++;
  }
  if (cell !== "" || row.length > 0) endRow();
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  return rows.map((r) => [...r, ...Array<string>(width - r.length).fill("")]);
}

/** Index of the quote closing a quoted cell that opens before `from`, if it ends the cell; -1 otherwise. */
function quotedEnd(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    if (text[i] !== '"') continue;
    if (text[i + 1] === '"') {
      i++;
      continue;
    }
    const next = text[i + 1];
    return next === undefined || next === "\t" || next === "\r" || next === "\n" ? i : -1;
  }
  return -1;
}

/** Pasted text as a grid to read. */
export function pastedGrid(text: string): SourceGrid {
  return { values: parsePastedText(text), origin: null };
}

/** Full-width forms (０-９, ／, ．, ％, －, ＋, ，, ＝, the ideographic space) and the minus sign as ASCII. */
export function halfWidth(text: string): string {
  return text
    .replace(/[\uff01-\uff5e]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, " ")
    .replace(/[\u2212\u2013]/g, "-");
}

/** What a cell holds, read as a number: blank, a number (`percent` when written as one), or not a number. */
export type CellReading =
  | { readonly kind: "blank" }
  | { readonly kind: "number"; readonly value: number; readonly percent: boolean; readonly shown: string }
  | { readonly kind: "text"; readonly shown: string };

const PLAIN = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const THOUSANDS = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;
const FRACTION = /^([+-]?\d+(?:\.\d+)?)\s*\/\s*(\d+(?:\.\d+)?)$/;

function plainNumber(t: string): number | null {
  if (PLAIN.test(t)) return Number(t);
  if (THOUSANDS.test(t)) return Number(t.replace(/,/g, ""));
  const fraction = FRACTION.exec(t);
  if (fraction) {
    const denominator = Number(fraction[2]);
    return denominator === 0 ? null : Number(fraction[1]) / denominator;
  }
  return null;
}

/** One cell as a number, as written: see the module's note. Numbers from Excel are taken as they are. */
export function readCell(raw: unknown): CellReading {
  if (isBlank(raw)) return { kind: "blank" };
  if (typeof raw === "number") {
    return Number.isFinite(raw)
      ? { kind: "number", value: raw, percent: false, shown: display(raw) }
      : { kind: "text", shown: display(raw) };
  }
  if (typeof raw !== "string") return { kind: "text", shown: display(raw) };
  const shown = display(raw.trim());
  const t = halfWidth(raw).trim().replace(/^=\s*/, "").replace(/\s+/g, " ");
  if (t === "") return { kind: "blank" };
  if (t.endsWith("%")) {
    const value = plainNumber(t.slice(0, -1).trim());
    return value === null ? { kind: "text", shown } : { kind: "number", value: value / 100, percent: true, shown };
  }
  const value = plainNumber(t);
  return value === null || !Number.isFinite(value)
    ? { kind: "text", shown }
    : { kind: "number", value, percent: false, shown };
}

/** Whether a cell is a label (text that is not a number), for telling a header row or column from data. */
export function isLabel(raw: unknown): boolean {
  return readCell(raw).kind === "text";
}
