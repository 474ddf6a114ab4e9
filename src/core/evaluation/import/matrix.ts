/**
 * A judgement matrix brought in from a selection or pasted text: the full n×n matrix, or only its upper triangle
 * (diagonal 1, the lower triangle blank or the reciprocals), optionally with a row and a column of labels. Every
 * judgement above the diagonal must be on Saaty's scale (1/9, 1/8, …, 1/2, 1, 2, …, 9); a cell below it may be blank
 * or the reciprocal of its counterpart. The first wrong cell in reading order is named; the size must be the
 * matrix's (a 3×3 selection for a 4×4 matrix is refused, naming both, never cut or padded).
 */
import { Message, MineError } from "../../errors";
import { messages, show } from "../../messages";
import { SCALE_VALUES } from "../ahp";
import { SourceGrid, cellAt, cellName, failAt, isLabel, readCell, sizeOf } from "./cells";

/**
 * Relative tolerance of a typed judgement against the scale value it stands for and of a reciprocal against its
 * counterpart: 0.5 %, so the 3-decimal figures Excel shows and copies (0.333, 0.143, 0.167) are read as 1/3, 1/7, 1/6,
 * while 0.33 or 0.14 are refused. Scale values are at least 12 % apart (1/9 and 1/8), so no figure is near two.
 */
export const IMPORT_TOLERANCE = 5e-3;

/** How much of the matrix was read: every cell, or the upper triangle with the lower blank or partly filled. */
export type MatrixForm = "full" | "upper" | "mixed";

export interface ImportedMatrix {
  readonly matrix: number[][];
  readonly form: MatrixForm;
  /** What the reader did that the user should know: labels skipped, figures read as scale values. */
  readonly notes: Message[];
}

/** The scale value `x` stands for (within {@link IMPORT_TOLERANCE}), or null. */
export function scaleValueOf(x: number): number | null {
  for (const s of SCALE_VALUES) if (Math.abs(x / s - 1) <= IMPORT_TOLERANCE) return s;
  return null;
}

/** A judgement as a user types it: 3, or 1/3. */
export function judgementText(value: number): string {
  return value >= 1 ? show(value) : `1/${show(Math.round(1 / value))}`;
}

/**
 * The labels-free block of a grid that should hold rows × columns numbers: the grid itself when it has that size,
 * or the grid without a first row and column of labels when it has one row and one column more and those are text.
 * Null when neither.
 */
function withoutLabels(grid: SourceGrid, n: number): { grid: SourceGrid; labelled: boolean } | null {
  const { rows, columns } = sizeOf(grid);
  if (rows === n && columns === n) return { grid, labelled: false };
  if (rows !== n + 1 || columns !== n + 1) return null;
  for (let k = 1; k <= n; k++) {
    if (!isLabel(cellAt(grid, 0, k)) || !isLabel(cellAt(grid, k, 0))) return null;
  }
  return { grid: shifted(grid, 1, 1), labelled: true };
}

/** The grid from (rows, columns) on; its cells keep their names. */
export function shifted(grid: SourceGrid, rows: number, columns: number): SourceGrid {
  return {
    ...grid,
    values: grid.values.slice(rows).map((row) => row.slice(columns)),
    offset: { rows: (grid.offset?.rows ?? 0) + rows, columns: (grid.offset?.columns ?? 0) + columns },
  };
}

/** Reads an n×n judgement matrix from `grid`; throws a MineError naming the first wrong cell. */
export function importMatrix(source: SourceGrid, n: number): ImportedMatrix {
  const size = sizeOf(source);
  if (size.rows === 0 || size.columns === 0) throw failSize(size.rows, size.columns, n);
  const block = withoutLabels(source, n);
  if (block === null) throw failSize(size.rows, size.columns, n);
  const grid = block.grid;
  const a: number[][] = Array.from({ length: n }, () => Array<number>(n).fill(1));
  let lowerBlank = 0;
  let snapped = 0;
  for (let r = 0; r < n; r++) {
    for (let c = 0; c < n; c++) {
      const reading = readCell(cellAt(grid, r, c));
      if (reading.kind === "text") failAt(grid, r, c, messages.importNotANumber(reading.shown));
      if (r === c) {
        if (reading.kind === "blank") failAt(grid, r, c, messages.importDiagonalBlank);
        if (reading.percent || Math.abs(reading.value - 1) > 1e-9)
          failAt(grid, r, c, messages.importDiagonal(reading.shown));
        continue;
      }
      if (r < c) {
        if (reading.kind === "blank") failAt(grid, r, c, messages.importUpperBlank);
        a[r][c] = judgement(grid, r, c, reading.value, reading.percent, reading.shown);
        if (Math.abs(a[r][c] - reading.value) > 1e-9 * a[r][c]) snapped++;
        a[c][r] = 1 / a[r][c];
        continue;
      }
      // Below the diagonal: blank, or the reciprocal of the judgement above it (read in an earlier row).
      if (reading.kind === "blank") {
        lowerBlank++;
        continue;
      }
      const upper = a[c][r];
      if (reading.percent || Math.abs(reading.value * upper - 1) > IMPORT_TOLERANCE) {
        const other = cellName(grid, c, r);
        failAt(
          grid,
          r,
          c,
          messages.importNotReciprocal(reading.shown, other.zh, judgementText(upper), judgementText(1 / upper)),
        );
      }
    }
  }
  const lowerCells = (n * (n - 1)) / 2;
  const form: MatrixForm = lowerBlank === 0 ? "full" : lowerBlank === lowerCells ? "upper" : "mixed";
  const notes: Message[] = [];
  if (block.labelled) notes.push(messages.importLabels);
  if (snapped > 0) notes.push(messages.importSnapped(snapped));
  return { matrix: a, form, notes };
}

function failSize(rows: number, columns: number, n: number): MineError {
  return new MineError("value", messages.importMatrixSize(rows, columns, n));
}

/** A judgement above the diagonal: on the scale (a figure within the tolerance is read as the scale value). */
function judgement(grid: SourceGrid, r: number, c: number, value: number, percent: boolean, shown: string): number {
  if (percent) failAt(grid, r, c, messages.importPercentNotHere(shown));
  const low = SCALE_VALUES[0] * (1 - IMPORT_TOLERANCE);
  const high = SCALE_VALUES[SCALE_VALUES.length - 1] * (1 + IMPORT_TOLERANCE);
  if (!(value >= low && value <= high)) {
    // A date serial (1/3 typed into a General cell becomes 3 January) is a large whole number.
    failAt(
      grid,
      r,
      c,
      Number.isInteger(value) && value > 366 ? messages.importMaybeDate(value) : messages.importOffScale(value),
    );
  }
  const s = scaleValueOf(value);
  if (s === null) failAt(grid, r, c, messages.importNotOnScale(value));
  return s;
}

/** The message of the form read, for the preview. */
export function formMessage(form: MatrixForm): Message {
  return form === "full"
    ? messages.importFormFull
    : form === "upper"
      ? messages.importFormUpper
      : messages.importFormMixed;
}
