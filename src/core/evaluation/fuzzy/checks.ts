/**
 * Checks shared by the fuzzy and entropy modules: vectors and matrices of numbers as the adapters hand them over,
 * each refused with the position of the first bad entry. Vector items are named as rows (`第 3 行` / `row 3`), as
 * elsewhere in the core; a weight's row is also the row of its factor in the membership matrix.
 */
import { Label, fail } from "../../errors";
import { itemPosition } from "../../quantity";
import { cellPosition, CellPosition, messages } from "../../messages";

/** Absolute tolerance on Σ weights = 1 (evaluation.md: weights are not renormalised silently). */
export const SUM_TOLERANCE = 1e-9;

/** A finite number, or `#VALUE!` naming where it is. */
export function checkFinite(value: number, label: Label, position?: CellPosition): number {
  if (typeof value !== "number" || !Number.isFinite(value)) fail("value", messages.notFinite(label, position));
  return value;
}

/** A finite number ≥ 0. */
export function checkNonNegative(value: number, label: Label, position?: CellPosition): number {
  checkFinite(value, label, position);
  if (value < 0) fail("value", messages.negative(label, value, position));
  return value;
}

/** At least `minimum` items (an empty list gets its own message). */
export function checkCount(count: number, label: Label, minimum: number, unit: { zh: string; en: string }): void {
  if (count === 0) fail("value", messages.empty(label));
  if (count < minimum) fail("value", messages.tooFew(label, count, minimum, unit));
}

/** Every item finite and ≥ 0, at least one item; returns Σ. */
export function checkNonNegativeVector(values: readonly number[], label: Label, minimum = 1): number {
  checkCount(values.length, label, minimum, messages.units.items);
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += checkNonNegative(values[i], label, itemPosition(i));
  return sum;
}

/**
 * A fuzzy weight vector A: each aᵢ in [0, 1] (A is a fuzzy subset of the factors; 25 for 25% is refused with the
 * hint), not all zero. Returns Σ A.
 */
export function checkFuzzyWeights(weights: readonly number[], label: Label): number {
  checkCount(weights.length, label, 1, messages.units.items);
  let sum = 0;
  for (let i = 0; i < weights.length; i++) {
    const a = checkNonNegative(weights[i], label, itemPosition(i));
    if (a > 1) fail("value", messages.aboveOne(label, a, itemPosition(i)));
    sum += a;
  }
  if (sum === 0) fail("value", messages.allZero(label));
  return sum;
}

/** Σ = 1 within {@link SUM_TOLERANCE}, or `#VALUE!` saying what they sum to. */
export function checkSumsToOne(sum: number, label: Label): void {
  if (Math.abs(sum - 1) > SUM_TOLERANCE) fail("value", messages.weightsSum(label, sum));
}

/** Rows of equal length, at least one row and one column; returns the number of columns. */
export function checkRectangular(rows: readonly (readonly number[])[], label: Label): number {
  checkCount(rows.length, label, 1, messages.units.rows);
  const columns = rows[0].length;
  if (columns === 0) fail("value", messages.empty(label));
  for (let i = 1; i < rows.length; i++) {
    if (rows[i].length !== columns) fail("value", messages.ragged(label, i + 1, rows[i].length, columns));
  }
  return columns;
}

/**
 * A membership matrix R (rows = factors, columns = grades): rectangular, every rᵢⱼ in [0, 1], no all-zero row.
 * Rows need not sum to 1 (trapezoidal or ridge memberships need not). Returns the number of grades.
 */
export function checkMembership(membership: readonly (readonly number[])[], label: Label): number {
  const columns = checkRectangular(membership, label);
  for (let i = 0; i < membership.length; i++) {
    const row = membership[i];
    let any = false;
    for (let j = 0; j < columns; j++) {
      const r = checkNonNegative(row[j], label, cellPosition(i, j));
      if (r > 1) fail("value", messages.membershipAboveOne(label, r, cellPosition(i, j)));
      if (r > 0) any = true;
    }
    if (!any) fail("value", messages.zeroRow(label, i + 1));
  }
  return columns;
}
