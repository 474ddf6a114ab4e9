/**
 * Reading and checking pairwise judgement matrices (判断矩阵): square, every judgement a finite positive number,
 * diagonal 1 and reciprocal (aᵢⱼ·aⱼᵢ = 1) within a relative 1e-9 (design.md §3.6), so `=1/3` passes and 0.33 typed
 * for it is refused with a message naming the cell and saying what to type. A lower triangle left blank is filled
 * with the reciprocals of the upper one; a blank in the upper triangle or on the diagonal is refused.
 */
import { Range, asRange, display as displayCell, isBlank } from "../../cells";
import { Label, fail } from "../../errors";
import { AHP } from "../../parameters";
import { cellPosition, messages, show } from "../../messages";

// Module-level aliases of the globals used per cell or per iteration: in a Node vm context (jest, the bundle test)
// every global lookup goes through the context's interceptor and costs ~0.2 µs, more than a whole matrix row.
const { abs, round } = Math;
const INFINITY = Infinity;
const Floats = Float64Array;

/** A judgement matrix: aᵢⱼ = importance of criterion i (row) over criterion j (column), Saaty 1–9. */
export type Matrix = readonly (readonly number[])[];

/** Relative tolerance of the diagonal and reciprocity checks (design.md §3.6). */
export const RECIPROCAL_TOLERANCE = 1e-9;

/** A checked judgement matrix held row by row in one array, as the computations read it. */
export interface FlatMatrix {
  readonly n: number;
  readonly cells: Float64Array;
}

/** Side of a square range, or the `#VALUE!` that names its shape. */
export function squareSide(range: Range, label: Label): number {
  const n = range.length;
  if (n === 0 || range[0].length === 0) fail("value", messages.emptyMatrix(label));
  for (let r = 0; r < n; r++) {
    if (range[r].length !== n) fail("value", messages.notSquare(label, n, range[r].length));
  }
  return n;
}

/** A given judgement (not blank): a finite positive number, or the `#VALUE!` naming its cell. */
export function judgementValue(cell: unknown, label: Label, row: number, column: number): number {
  if (typeof cell === "number") {
    if (cell > 0 && cell < INFINITY) return cell;
    const position = cellPosition(row, column);
    if (!Number.isFinite(cell)) fail("value", messages.notFinite(label, position));
    fail("value", messages.notPositive(label, cell, position));
  }
  return fail("value", messages.notANumber(label, displayCell(cell), cellPosition(row, column)));
}

/** Refuses a diagonal judgement other than 1 (beyond the tolerance), naming the cell. */
export function checkDiagonal(value: number, label: Label, i: number): void {
  if (abs(value - 1) > RECIPROCAL_TOLERANCE) fail("value", messages.diagonalNotOne(label, value, cellPosition(i, i)));
}

/** An integer k ≥ 1 or its reciprocal 1/k (to rounding): a judgement the user most likely typed on purpose. */
function onIntegerScale(x: number): boolean {
  const k = round(x);
  if (k >= 1 && abs(x - k) <= RECIPROCAL_TOLERANCE * k) return true;
  const m = round(1 / x);
  return m >= 1 && abs(1 / x - m) <= RECIPROCAL_TOLERANCE * m;
}

/** How to type the reciprocal of `trusted` in a cell: `=1/3` for 3, `3` for 1/3. */
function reciprocalFormula(trusted: number): string {
  const k = round(trusted);
  if (k >= 1 && abs(trusted - k) <= RECIPROCAL_TOLERANCE * k) return k === 1 ? "1" : `=1/${k}`;
  const m = round(1 / trusted);
  if (m >= 1 && abs(1 / trusted - m) <= RECIPROCAL_TOLERANCE * m) return String(m);
  return `=1/${show(trusted)}`;
}

/**
 * Refuses aᵢⱼ·aⱼᵢ ≠ 1 beyond the tolerance (i < j: `upper` is aᵢⱼ, `lower` is aⱼᵢ). The message names the cell that
 * looks mistyped: of 3 and 0.33 it is 0.33 (3 is on the scale, 0.33 is not the reciprocal of anything on it);
 * when both or neither look deliberate, the lower cell, whose value follows from the upper one.
 */
export function checkReciprocal(upper: number, lower: number, label: Label, i: number, j: number): void {
  if (abs(upper * lower - 1) <= RECIPROCAL_TOLERANCE) return;
  const blameUpper = onIntegerScale(lower) && !onIntegerScale(upper);
  const named = blameUpper ? cellPosition(i, j) : cellPosition(j, i);
  const other = blameUpper ? cellPosition(j, i) : cellPosition(i, j);
  const [namedValue, trusted] = blameUpper ? [upper, lower] : [lower, upper];
  fail("value", messages.notReciprocal(label, named, namedValue, other, trusted, reciprocalFormula(trusted)));
}

/**
 * The one check of every judgement matrix, in reading order so the first bad cell a user would meet is the one
 * named. Blank cells are accepted only in the lower triangle, where the upper counterpart (read earlier, and so
 * already checked) gives the reciprocal. `into` (n² long) receives the cells instead of a new array, for callers
 * that reuse one buffer.
 */
export function flatJudgements(range: Range, label: Label = AHP.matrix, into?: Float64Array): FlatMatrix {
  const n = squareSide(range, label);
  const cells = into ?? new Floats(n * n);
  for (let r = 0; r < n; r++) {
    const row = range[r];
    for (let c = 0; c < n; c++) {
      const cell = row[c];
      // The usual cell inline (a positive finite number, 1 on the diagonal, the reciprocal of its upper
      // counterpart below it); anything else goes through checkedCell, which applies the same rules one by one.
      if (typeof cell === "number" && cell > 0 && cell < INFINITY) {
        if (r < c) {
          cells[r * n + c] = cell;
          continue;
        }
        if (r > c ? abs(cells[c * n + r] * cell - 1) <= RECIPROCAL_TOLERANCE : abs(cell - 1) <= RECIPROCAL_TOLERANCE) {
          cells[r * n + c] = cell;
          continue;
        }
      }
      cells[r * n + c] = checkedCell(cells, n, cell, label, r, c);
    }
  }
  return { n, cells };
}

/** One cell of {@link flatJudgements} by the rules in full: its value, or the `#VALUE!` that names it. */
function checkedCell(cells: Float64Array, n: number, cell: unknown, label: Label, r: number, c: number): number {
  if (isBlank(cell)) {
    if (r > c) return 1 / cells[c * n + r];
    fail("value", messages.blank(label, cellPosition(r, c), r === c ? messages.diagonalHint : messages.upperHint));
  }
  const value = judgementValue(cell, label, r, c);
  if (r === c) checkDiagonal(value, label, r);
  else if (r > c) checkReciprocal(cells[c * n + r], value, label, c, r);
  return value;
}

/** A Float64Array as a plain array, by a loop: `Array.from` goes through the iterator, >10× slower in V8 at n = 8. */
export function toList(values: Float64Array): number[] {
  const list: number[] = [];
  for (let i = 0; i < values.length; i++) list.push(values[i]);
  return list;
}

/** Rows of a flat n×n matrix as plain arrays. */
export function toRows(cells: ArrayLike<number>, n: number): number[][] {
  const rows: number[][] = [];
  for (let i = 0; i < n; i++) {
    const row: number[] = [];
    for (let j = 0; j < n; j++) row.push(cells[i * n + j]);
    rows.push(row);
  }
  return rows;
}

/**
 * A judgement matrix from a spreadsheet range (rows of cells; see `asRange`): checked as described above, with a
 * blank lower triangle filled from the upper one. A 1×1 range is allowed (its weight is 1).
 */
export function readJudgementMatrix(value: unknown, label: Label = AHP.matrix): number[][] {
  const { n, cells } = flatJudgements(asRange(value), label);
  return toRows(cells, n);
}

/** The same checks on a matrix of numbers (for core callers); throws the `#VALUE!` naming the first bad cell. */
export function validateJudgementMatrix(a: Matrix, label: Label = AHP.matrix): void {
  flatJudgements(a, label);
}

/**
 * A copy of `a` with judgement aᵢⱼ replaced by `value` and aⱼᵢ by its reciprocal (0-based), e.g. to see what a
 * suggested revision does to the weights and CR.
 */
export function withJudgement(a: Matrix, row: number, column: number, value: number): number[][] {
  const { n, cells } = flatJudgements(a);
  if (!(Number.isInteger(row) && Number.isInteger(column) && row >= 0 && column >= 0 && row < n && column < n)) {
    fail("value", messages.internal(`cell (${row}, ${column}) outside a ${n} × ${n} matrix`));
  }
  judgementValue(value, AHP.matrix, row, column);
  if (row === column) checkDiagonal(value, AHP.matrix, row);
  cells[row * n + column] = value;
  cells[column * n + row] = 1 / value;
  return toRows(cells, n);
}
