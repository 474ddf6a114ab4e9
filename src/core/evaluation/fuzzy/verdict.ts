/**
 * Turning B into a verdict (evaluation.md §3.4): the grade of maximum membership (最大隶属度原则), with ties and
 * close calls reported rather than hidden, and the weighted-average score Σ bⱼᵏ sⱼ / Σ bⱼᵏ.
 *
 * The validity index α = (mβ − 1)/(2γ(m − 1)) often quoted for the max-membership verdict is deliberately absent:
 * evaluation.md marks its formula [recall, verify]. `margin` and `weak` carry the same warning without it.
 */
import { fail } from "../../errors";
import { itemPosition } from "../../quantity";
import { checkCount, checkFinite, checkNonNegativeVector } from "./checks";
import { FUZZY } from "../../parameters";
import { messages } from "../../messages";

export interface Verdict {
  /** 0-based index of the winning grade; the first (best) of tied grades. */
  index: number;
  /** Every grade whose normalised membership is within `tieTolerance` of the maximum. */
  indices: number[];
  /** The winning grade's label, or the tied labels joined with "、" (design.md §3.6 FUZZY_GRADE). */
  grade: string;
  tied: boolean;
  /** The top two normalised memberships differ by less than `weakMargin`: the verdict hangs on a small difference. */
  weak: boolean;
  /** Largest minus second-largest normalised membership (0 when tied). */
  margin: number;
  /** B / Σ B. */
  normalised: number[];
}

export interface VerdictOptions {
  /** Normalised memberships this close to the maximum count as tied (default 1e-9: rounding only). */
  tieTolerance?: number;
  /** A margin below this, as a share of Σ B, makes the verdict weak (default 0.05). */
  weakMargin?: number;
}

export const DEFAULT_TIE_TOLERANCE = 1e-9;
export const DEFAULT_WEAK_MARGIN = 0.05;

function option(value: number | undefined, fallback: number, label: { zh: string; en: string }): number {
  if (value === undefined) return fallback;
  checkFinite(value, label);
  if (value < 0 || value > 1) fail("value", messages.outOfRange(label, value, messages.ranges.between0And1));
  return value;
}

/**
 * The grade of maximum membership of `b` (any operator's B; compared after normalisation). `grades` are the labels
 * of the grades, one per entry of `b` (`#VALUE!` otherwise); Σ B = 0 is `#DIV/0!`.
 */
export function maximumMembership(
  b: readonly number[],
  grades: readonly string[],
  options: VerdictOptions = {},
): Verdict {
  const tieTolerance = option(options.tieTolerance, DEFAULT_TIE_TOLERANCE, FUZZY.tieTolerance);
  const weakMargin = option(options.weakMargin, DEFAULT_WEAK_MARGIN, FUZZY.weakMargin);
  const sum = checkNonNegativeVector(b, FUZZY.b, 2);
  if (grades.length !== b.length) {
    fail("value", messages.lengthMismatch(FUZZY.b, b.length, FUZZY.grades, grades.length));
  }
  grades.forEach((g, j) => {
    if (typeof g !== "string" || g.trim() === "") fail("value", messages.blankName(FUZZY.grades, itemPosition(j)));
  });
  if (sum === 0) fail("div0", messages.zeroSum(FUZZY.b));

  const normalised = b.map((v) => v / sum);
  const top = normalised.reduce((best, v) => (v > best ? v : best), -Infinity); // no spread: B may be long
  const indices = normalised.flatMap((v, j) => (top - v <= tieTolerance ? [j] : []));
  const sorted = [...normalised].sort((x, y) => y - x);
  const margin = indices.length > 1 ? 0 : sorted[0] - sorted[1];
  return {
    index: indices[0],
    indices,
    grade: indices.map((j) => grades[j]).join("、"),
    tied: indices.length > 1,
    weak: margin < weakMargin,
    margin,
    normalised,
  };
}

/**
 * Weighted-average score S = Σ bⱼᵏ·sⱼ / Σ bⱼᵏ with grade scores sⱼ (e.g. 95/85/75/65/55 or 5…1) and k > 0
 * (1 or 2 in use; larger k leans towards the grade of maximum membership). Σ bⱼᵏ = 0 is `#DIV/0!`.
 */
export function fuzzyScore(b: readonly number[], scores: readonly number[], k = 1): number {
  checkFinite(k, FUZZY.exponent);
  if (!(k > 0)) fail("value", messages.outOfRange(FUZZY.exponent, k, messages.ranges.positive));
  checkNonNegativeVector(b, FUZZY.b);
  checkCount(scores.length, FUZZY.scores, 1, messages.units.items);
  if (scores.length !== b.length) {
    fail("value", messages.lengthMismatch(FUZZY.b, b.length, FUZZY.scores, scores.length));
  }
  let weighted = 0;
  let total = 0;
  for (let j = 0; j < b.length; j++) {
    const w = b[j] ** k;
    weighted += w * checkFinite(scores[j], FUZZY.scores, itemPosition(j));
    total += w;
  }
  if (total === 0) fail("div0", messages.zeroSum(FUZZY.b));
  return weighted / total;
}
