/**
 * Entropy weights (熵值法) and their combination with subjective (AHP) weights, evaluation.md §2.8.
 *
 * The SPSSAU / Chinese textbook recipe, rows = alternatives (mines, years), columns = indicators:
 *   1. min-max normalise: benefit (x − min)/(max − min), cost (max − x)/(max − min);
 *   2. pᵢⱼ = xᵢⱼ / Σᵢ xᵢⱼ;
 *   3. eⱼ = −(1/ln m) Σᵢ pᵢⱼ ln pᵢⱼ, with 0·ln 0 = 0;
 *   4. dⱼ = 1 − eⱼ, wⱼ = dⱼ / Σ d.
 * Other normalisations (pyDecision's sum-normalise with 1/x for cost) give very different weights (fixture
 * entropy-5x3-two-normalisations); this is the SPSSAU / textbook one that evaluation.md §2.8 and §6.7 recommend.
 *
 * A constant column (max = min) is 0/0 in step 1. It tells the alternatives apart not at all, so we take its
 * normalised values as equal: pᵢⱼ = 1/m, eⱼ = 1, dⱼ = 0, weight 0 ("no information, no weight"). This is a
 * choice, not a limit: min-max stretches any spread, however small, to [0, 1], so a nearly constant column still
 * counts fully; the references are silent on the exactly constant case.
 * When every column is constant Σ d = 0 and there is nothing to weigh: `#DIV/0!`.
 */
import { Label, fail } from "../errors";
import { checkCount, checkFinite, checkNonNegativeVector, checkRectangular, checkSumsToOne } from "./fuzzy/checks";
import { Direction, checkDirection } from "./fuzzy/membership";
import { ASSESSMENT_INPUTS, FUZZY } from "../parameters";
import { cellPosition, messages } from "../messages";

export interface EntropyAnalysis {
  /** Min-max normalised data (a constant column is all 1: equal, so pᵢⱼ = 1/m). */
  normalised: number[][];
  /** pᵢⱼ, each column summing to 1. */
  proportions: number[][];
  /** eⱼ per indicator, in [0, 1]. */
  entropy: number[];
  /** dⱼ = 1 − eⱼ (差异系数). */
  divergence: number[];
  /** wⱼ = dⱼ / Σ d. */
  weights: number[];
  /** Indicators whose column is constant, and so carry weight 0. */
  constant: boolean[];
}

/**
 * Every step of the entropy method, for a calculation trace. `directions` has one entry per indicator (column);
 * omitted means all benefit. Needs m ≥ 2 alternatives (ln m is the denominator) and finite data.
 */
export function entropyAnalysis(
  data: readonly (readonly number[])[],
  directions?: readonly Direction[],
): EntropyAnalysis {
  const label = FUZZY.data;
  const n = checkRectangular(data, label);
  const m = data.length;
  checkCount(m, label, 2, messages.units.alternatives);
  if (directions !== undefined && directions.length !== n) {
    fail("value", messages.lengthMismatch(FUZZY.directions, directions.length, label, n));
  }
  const dirs = directions ?? new Array<Direction>(n).fill("benefit");
  dirs.forEach(checkDirection);
  data.forEach((row, i) => row.forEach((x, j) => checkFinite(x, label, cellPosition(i, j))));

  const normalised = data.map(() => new Array<number>(n).fill(0));
  const proportions = data.map(() => new Array<number>(n).fill(0));
  const entropy = new Array<number>(n).fill(1);
  const constant = new Array<boolean>(n).fill(false);
  const lnM = Math.log(m);

  for (let j = 0; j < n; j++) {
    let min = Infinity;
    let max = -Infinity;
    for (let i = 0; i < m; i++) {
      min = Math.min(min, data[i][j]);
      max = Math.max(max, data[i][j]);
    }
    if (max === min) {
      constant[j] = true;
      for (let i = 0; i < m; i++) {
        normalised[i][j] = 1;
        proportions[i][j] = 1 / m;
      }
      continue;
    }
    const range = max - min;
    let total = 0;
    for (let i = 0; i < m; i++) {
      const x = data[i][j];
      normalised[i][j] = dirs[j] === "benefit" ? (x - min) / range : (max - x) / range;
      total += normalised[i][j];
    }
    // total > 0: a non-constant column normalises to values spanning [0, 1].
    let sum = 0;
    for (let i = 0; i < m; i++) {
      const p = normalised[i][j] / total;
      proportions[i][j] = p;
      if (p > 0) sum += p * Math.log(p);
    }
    entropy[j] = Math.min(1, Math.max(0, -sum / lnM));
  }

  const divergence = entropy.map((e) => 1 - e);
  const total = divergence.reduce((s, d) => s + d, 0);
  if (total === 0) fail("div0", messages.allConstant(label));
  const weights = divergence.map((d) => d / total);
  return { normalised, proportions, entropy, divergence, weights, constant };
}

/** Entropy weights wⱼ of the indicators (columns of `data`); see {@link entropyAnalysis}. */
export function entropyWeights(data: readonly (readonly number[])[], directions?: readonly Direction[]): number[] {
  return entropyAnalysis(data, directions).weights;
}

export type CombineMode = { kind: "linear"; alpha: number } | { kind: "multiplicative" };

function checkWeightVector(weights: readonly number[], label: Label): number {
  const sum = checkNonNegativeVector(weights, label);
  if (sum === 0) fail("value", messages.allZero(label));
  return sum;
}

/**
 * Combined weights of a subjective (AHP) and an objective (entropy) vector over the same indicators:
 * - linear: w = α·w_subjective + (1 − α)·w_objective, α in [0, 1]; both vectors must sum to 1 (within 1e-9),
 *   else the result would not;
 * - multiplicative: wᵢ = sᵢ·oᵢ / Σⱼ sⱼ·oⱼ; scale-free, so the vectors need only be non-negative and not all zero;
 *   no indicator positive in both is `#DIV/0!`.
 */
export function combineWeights(
  subjective: readonly number[],
  objective: readonly number[],
  mode: CombineMode,
): number[] {
  const s = ASSESSMENT_INPUTS.subjective;
  const o = ASSESSMENT_INPUTS.objective;
  const sumS = checkWeightVector(subjective, s);
  const sumO = checkWeightVector(objective, o);
  if (subjective.length !== objective.length) {
    fail("value", messages.lengthMismatch(s, subjective.length, o, objective.length));
  }
  if (mode.kind === "linear") {
    const alpha = checkFinite(mode.alpha, ASSESSMENT_INPUTS.alpha);
    if (alpha < 0 || alpha > 1) {
      fail("value", messages.outOfRange(ASSESSMENT_INPUTS.alpha, alpha, messages.ranges.between0And1));
    }
    checkSumsToOne(sumS, s);
    checkSumsToOne(sumO, o);
    return subjective.map((w, i) => alpha * w + (1 - alpha) * objective[i]);
  }
  if (mode.kind !== "multiplicative") {
    fail(
      "value",
      messages.unknownChoice(
        ASSESSMENT_INPUTS.combination,
        String((mode as { kind: unknown }).kind),
        messages.combinationChoices,
      ),
    );
  }
  const products = subjective.map((w, i) => w * objective[i]);
  const total = products.reduce((sum, p) => sum + p, 0);
  if (total === 0) fail("div0", messages.noOverlap(s, o));
  return products.map((p) => p / total);
}
