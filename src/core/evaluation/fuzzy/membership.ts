/**
 * Membership (隶属度): from expert votes, and from a measured indicator value by the functions of evaluation.md §3.3.
 *
 * For graded mine indicators the adjacent-grade piecewise-linear form (三角形+半梯形) is the one in use
 * (indicator-thresholds.md §0): one break point per grade, best grade first; a value belongs to at most two
 * adjacent grades and its memberships sum to 1, so the row can go straight into a membership matrix.
 */
import { fail } from "../../errors";
import { isBlank, entryFor } from "../../cells";
import { itemPosition } from "../../quantity";
import { checkCount, checkFinite, checkNonNegative, checkRectangular } from "./checks";
import { ASSESSMENT_INPUTS, FUZZY } from "../../parameters";
import { cellPosition, DirectionWords, messages } from "../../messages";

/** benefit: larger is better (正向, 效益型); cost: smaller is better (负向, 成本型). */
export type Direction = "benefit" | "cost";

export const DIRECTION_WORDS: Record<Direction, DirectionWords> = messages.directionWords;

// Lower-cased spellings. max/min are how SPSSAU and our fixtures write the type of an indicator.
const DIRECTION_SPELLINGS: Record<string, Direction> = {
  benefit: "benefit",
  max: "benefit",
  positive: "benefit",
  正向: "benefit",
  正: "benefit",
  效益型: "benefit",
  效益: "benefit",
  越大越好: "benefit",
  极大型: "benefit",
  cost: "cost",
  min: "cost",
  negative: "cost",
  负向: "cost",
  负: "cost",
  成本型: "cost",
  成本: "cost",
  越小越好: "cost",
  极小型: "cost",
};

/** A direction as typed in a cell; blank is benefit; anything else is `#VALUE!` listing the choices. */
export function parseDirection(text: unknown): Direction {
  if (isBlank(text)) return "benefit";
  if (typeof text === "string") {
    const key = text.trim().toLowerCase();
    if (key === "") return "benefit";
    const direction = entryFor(DIRECTION_SPELLINGS, key);
    if (direction) return direction;
  }
  return fail("value", messages.unknownChoice(FUZZY.direction, String(text).trim(), messages.directionChoices));
}

/** Guards a {@link Direction} passed from untyped code. */
export function checkDirection(direction: Direction): Direction {
  if (direction !== "benefit" && direction !== "cost") {
    fail("value", messages.unknownChoice(FUZZY.direction, String(direction), messages.directionChoices));
  }
  return direction;
}

/**
 * Row proportions of expert vote counts (or of proportions that do not quite sum to 1): rᵢⱼ = nᵢⱼ / Σⱼ nᵢⱼ.
 * Negative counts and all-zero rows are `#VALUE!` naming the cell or row.
 */
export function membershipFromVotes(counts: readonly (readonly number[])[]): number[][] {
  const label = ASSESSMENT_INPUTS.votes;
  const columns = checkRectangular(counts, label);
  return counts.map((row, i) => {
    let total = 0;
    for (let j = 0; j < columns; j++) total += checkNonNegative(row[j], label, cellPosition(i, j));
    if (total === 0) fail("value", messages.zeroVotesRow(label, i + 1));
    return row.map((n) => n / total);
  });
}

/**
 * Adjacent-grade piecewise-linear membership of `value` over m ≥ 2 grades (三角形 for middle grades, 半梯形 for the
 * first and last). `breakpoints` has one point per grade, best grade first: strictly decreasing for a benefit
 * indicator, strictly increasing for a cost one (else `#NUM!` saying which order). Grade 1 is 1 at and beyond s₁,
 * grade m at and beyond s_m; between sⱼ and sⱼ₊₁ the value is shared linearly by grades j and j + 1.
 */
export function triangularMembership(
  value: number,
  breakpoints: readonly number[],
  direction: Direction = "benefit",
): number[] {
  const label = FUZZY.thresholds;
  checkFinite(value, FUZZY.value);
  checkDirection(direction);
  const m = breakpoints.length;
  checkCount(m, label, 2, messages.units.items);
  for (let j = 0; j < m; j++) checkFinite(breakpoints[j], label, itemPosition(j));
  // A cost indicator is a benefit indicator in −x: one construction serves both and they mirror exactly.
  const sign = direction === "benefit" ? 1 : -1;
  const s = breakpoints.map((v) => sign * v);
  for (let j = 0; j + 1 < m; j++) {
    if (!(s[j] > s[j + 1])) fail("num", messages.thresholdOrder(label, DIRECTION_WORDS[direction], breakpoints));
  }

  const x = sign * value;
  const mu = new Array<number>(m).fill(0);
  if (x >= s[0]) {
    mu[0] = 1;
    return mu;
  }
  for (let j = 0; j + 1 < m; j++) {
    if (x >= s[j + 1]) {
      // s[j] > x ≥ s[j+1]: at x = s[j+1] grade j + 1 is exactly 1.
      const t = (x - s[j + 1]) / (s[j] - s[j + 1]);
      mu[j] = t;
      mu[j + 1] = 1 - t;
      return mu;
    }
  }
  mu[m - 1] = 1;
  return mu;
}

/**
 * Trapezoidal membership (梯形): 0 up to a, rising (x − a)/(b − a) on (a, b), 1 on [b, c], falling (d − x)/(d − c)
 * on (c, d), 0 from d on. Needs a ≤ b ≤ c ≤ d (`#NUM!` otherwise); a = b or c = d gives a vertical edge.
 */
export function trapezoidalMembership(value: number, a: number, b: number, c: number, d: number): number {
  const label = ASSESSMENT_INPUTS.trapezoid;
  checkFinite(value, FUZZY.value);
  [a, b, c, d].forEach((v, i) => checkFinite(v, label, itemPosition(i)));
  if (!(a <= b && b <= c && c <= d)) fail("num", messages.trapezoidOrder([a, b, c, d]));
  const x = value;
  if (x < b) return x <= a ? 0 : (x - a) / (b - a);
  if (x <= c) return 1;
  return x >= d ? 0 : (d - x) / (d - c);
}

/**
 * Ridge membership (岭形). Benefit (偏大型): 0 for x ≤ a1, ½ + ½·sin[π/(a2 − a1)·(x − (a1 + a2)/2)] on (a1, a2],
 * 1 beyond a2; cost (偏小型) is 1 minus that, with the same a1 < a2 (`#NUM!` otherwise).
 */
export function ridgeMembership(value: number, a1: number, a2: number, direction: Direction = "benefit"): number {
  const label = ASSESSMENT_INPUTS.ridge;
  checkFinite(value, FUZZY.value);
  checkFinite(a1, label, itemPosition(0));
  checkFinite(a2, label, itemPosition(1));
  checkDirection(direction);
  if (!(a1 < a2)) fail("num", messages.ridgeOrder([a1, a2]));
  const x = value;
  const rising =
    x <= a1
      ? 0
      : x > a2
        ? 1
        : Math.min(1, Math.max(0, 0.5 + 0.5 * Math.sin((Math.PI / (a2 - a1)) * (x - (a1 + a2) / 2))));
  return direction === "benefit" ? rising : 1 - rising;
}
