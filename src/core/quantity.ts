/**
 * What kind of number each input is, and the one place where a single value is checked against its kind.
 */
import { Label, fail } from "./errors";
import { CellPosition, messages } from "./messages";

/**
 * - `tonnage`: ore, metal or reserve quantity in any consistent unit (t, kt, 万t); never negative
 * - `grade`: a grade in any unit (%, g/t) consistent within one formula; never negative
 * - `rate`: a fraction 0…1 (95% is 0.95); 95 is refused with a message that says how to type it
 * - `change`: a signed quantity such as 勘查增减 or 重算增减
 */
export type QuantityKind = "tonnage" | "grade" | "rate" | "change";

export interface Quantity extends Label {
  readonly kind: QuantityKind;
  /** Admissible values are those in [lower, upper]; NaN and ±Infinity fall outside every interval. */
  readonly lower: number;
  readonly upper: number;
}

/**
 * The magnitudes the engine computes with. The product or quotient of any two stays a normal double, so no formula
 * overflows to ±Infinity or underflows to 0 unnoticed; no mining quantity, in any unit, comes near either end.
 * Anything beyond (1e308, 1e-320) is refused with `#NUM!`.
 */
export const LARGEST_MAGNITUDE = 1e150;
export const SMALLEST_MAGNITUDE = 1e-150;

/** The closed interval of admissible values of each kind (a non-zero value also needs ≥ SMALLEST_MAGNITUDE). */
const BOUNDS: Record<QuantityKind, readonly [lower: number, upper: number]> = {
  tonnage: [0, LARGEST_MAGNITUDE],
  grade: [0, LARGEST_MAGNITUDE],
  rate: [0, 1],
  change: [-LARGEST_MAGNITUDE, LARGEST_MAGNITUDE],
};

/** Zero, or a magnitude the engine can compute with (plain comparisons: this runs once per cell). */
export function isComputable(value: number): boolean {
  return value === 0 || value >= SMALLEST_MAGNITUDE || value <= -SMALLEST_MAGNITUDE;
}

function quantity(kind: QuantityKind, zh: string, en: string): Quantity {
  return { zh, en, kind, lower: BOUNDS[kind][0], upper: BOUNDS[kind][1] };
}

export const tonnage = (zh: string, en: string): Quantity => quantity("tonnage", zh, en);
export const grade = (zh: string, en: string): Quantity => quantity("grade", zh, en);
export const rate = (zh: string, en: string): Quantity => quantity("rate", zh, en);
export const change = (zh: string, en: string): Quantity => quantity("change", zh, en);

/** Whether `value` is admissible for `quantity` (plain property reads: this runs once per cell). */
export function isAdmissible(value: number, quantity: Quantity): boolean {
  return value >= quantity.lower && value <= quantity.upper && isComputable(value);
}

/**
 * Returns `value` when it is admissible for `quantity`, otherwise throws the error that says why: `#VALUE!` for
 * what is not a number of its kind (negative, a rate typed as 95), `#NUM!` for a magnitude beyond computing.
 */
export function checkQuantity(value: number, quantity: Quantity, position?: CellPosition): number {
  if (isAdmissible(value, quantity)) return value;
  if (!Number.isFinite(value)) fail("value", messages.notFinite(quantity, position));
  if (value < 0 && quantity.lower === 0) fail("value", messages.negative(quantity, value, position));
  if (quantity.kind === "rate" && value > 1) fail("value", messages.rateAboveOne(quantity, value, position));
  return fail("num", messages.beyondComputable(quantity, value, SMALLEST_MAGNITUDE, LARGEST_MAGNITUDE, position));
}

/**
 * A result as a cell may show it: every number finite and, unless 0, a normal double (never NaN, ±Infinity or a
 * value that lost its digits to underflow), else `#NUM!`. Text, booleans and ranges of numbers pass through.
 */
export function checkResult<T>(result: T): T {
  if (typeof result === "number") {
    if (!isRepresentable(result)) fail("num", messages.resultBeyondComputable(result));
  } else if (Array.isArray(result)) {
    for (const row of result as unknown[]) {
      if (!Array.isArray(row)) continue;
      for (const cell of row as unknown[]) {
        if (typeof cell === "number" && !isRepresentable(cell)) fail("num", messages.resultBeyondComputable(cell));
      }
    }
  }
  return result;
}

/** Finite and, unless 0, a normal double. */
function isRepresentable(value: number): boolean {
  return Number.isFinite(value) && (value === 0 || Math.abs(value) >= MIN_NORMAL);
}

/** The smallest normal double: below it a value keeps fewer than 53 bits. */
const MIN_NORMAL = 2.2250738585072014e-308;

/** Σ values, each checked against `quantity`; the position named in an error is the item's 1-based index. */
export function checkedSum(values: ArrayLike<number>, quantity: Quantity): number {
  let total = 0;
  for (let i = 0; i < values.length; i++) {
    total += checkQuantity(values[i], quantity, itemPosition(i));
  }
  return total;
}

/** Position of the i-th (0-based) item of a list, named as a row. */
export function itemPosition(index: number): CellPosition {
  return { row: index + 1, column: 1, vector: "column" };
}

/** Relative tolerance for comparing sums of user inputs, so 0.1 + 0.2 does not "exceed" 0.3. */
const ROUNDING = 1e-12;

/** `part > whole` beyond floating-point rounding. */
export function exceedsBeyondRounding(part: number, whole: number): boolean {
  return part - whole > ROUNDING * Math.max(Math.abs(part), Math.abs(whole));
}

/**
 * A result that must not be negative: refused (`#NUM!`) when below zero beyond rounding relative to `scale`
 * (the largest term that went into it), clamped to 0 when only rounding made it negative.
 */
export function nonNegativeResult(value: number, scale: number, label: Label): number {
  if (value < -ROUNDING * Math.abs(scale)) fail("num", messages.negativeResult(label, value));
  return Math.max(0, value);
}

/**
 * A result that is a share of a whole (a recovery): refused (`#NUM!`) when above 100% beyond rounding, which only
 * inconsistent inputs can give; clamped to 1 when only rounding put it above.
 */
export function atMostWhole(value: number, label: Label): number {
  if (exceedsBeyondRounding(value, 1)) fail("num", messages.resultAboveOne(label, value));
  return Math.min(1, value);
}
