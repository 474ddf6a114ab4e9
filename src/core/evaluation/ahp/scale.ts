/**
 * Saaty's 1–9 scale of pairwise judgements with its verbal labels (Chinese textbook wording and Saaty's English),
 * and snapping a ratio to the nearest judgement a user could type.
 */
import { Message, fail } from "../../errors";
import { messages } from "../../messages";

export interface ScaleEntry {
  readonly value: number;
  /** Row criterion over column criterion, as the label reads for values ≥ 1. */
  readonly zh: string;
  readonly en: string;
}

/** The integer judgements 1…9; a reciprocal 1/k says the column criterion is k over the row one. */
export const SAATY_SCALE: readonly ScaleEntry[] = [
  { value: 1, zh: "同等重要", en: "equal importance" },
  { value: 2, zh: "介于同等与稍微重要之间(相邻中间值)", en: "intermediate (equal to moderate)" },
  { value: 3, zh: "稍微重要", en: "moderate importance" },
  { value: 4, zh: "介于稍微与明显重要之间(相邻中间值)", en: "intermediate (moderate to strong)" },
  { value: 5, zh: "明显重要", en: "strong importance" },
  { value: 6, zh: "介于明显与强烈重要之间(相邻中间值)", en: "intermediate (strong to very strong)" },
  { value: 7, zh: "强烈重要", en: "very strong importance" },
  { value: 8, zh: "介于强烈与极端重要之间(相邻中间值)", en: "intermediate (very strong to extreme)" },
  { value: 9, zh: "极端重要", en: "extreme importance" },
];

/** Every value a judgement can take on the scale, ascending: 1/9, 1/8, …, 1/2, 1, 2, …, 9. */
export const SCALE_VALUES: readonly number[] = [
  ...SAATY_SCALE.slice(1)
    .map((e) => 1 / e.value)
    .reverse(),
  ...SAATY_SCALE.map((e) => e.value),
];

/** k ≥ 1 snapped to 1…9 in log space: the boundary between k and k+1 is their geometric mean √(k(k+1)). */
function snapAboveOne(x: number): number {
  for (let k = 1; k < 9; k++) {
    // Ties (x exactly on a boundary) go to k, the judgement nearer 1: the more moderate claim.
    if (x * x <= k * (k + 1)) return k;
  }
  return 9;
}

/**
 * The value of {1/9, …, 1/2, 1, 2, …, 9} nearest to x in log space, so that 1.13 snaps to 1 and 0.3 to 1/3;
 * ratios beyond 9 (or below 1/9) go to the end of the scale. Snapping 1/x gives the reciprocal of snapping x.
 */
export function snapToScale(x: number): number {
  if (!(x > 0 && x < Infinity)) fail("value", messages.notOnScale(x));
  return x >= 1 ? snapAboveOne(x) : 1 / snapAboveOne(1 / x);
}

/** The verbal meaning of a judgement on the scale, e.g. 1/5 → 列因素比行因素明显重要. Off-scale values are snapped. */
export function describeJudgement(x: number): Message {
  const snapped = snapToScale(x);
  const k = snapped >= 1 ? snapped : Math.round(1 / snapped);
  const entry = SAATY_SCALE[k - 1];
  if (k === 1) return { zh: entry.zh, en: entry.en };
  return snapped >= 1
    ? { zh: `行因素比列因素${entry.zh}`, en: `row over column: ${entry.en}` }
    : { zh: `列因素比行因素${entry.zh}`, en: `column over row: ${entry.en}` };
}
