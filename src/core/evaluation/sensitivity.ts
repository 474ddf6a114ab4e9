/**
 * How robust a two-level AHP + fuzzy evaluation is (evaluation.md §6 item 9): one-at-a-time weight changes and a
 * Monte-Carlo perturbation of the judgements, each reporting how often the verdict or the ranking changes.
 */
import { Matrix, ahpWeights } from "./ahp";
import { FlatMatrix } from "./ahp/matrix";
import { eigenOf } from "./ahp/weights";
import { DEFAULT_OPERATOR, FuzzyOperator, Verdict, maximumMembership, twoLevelEvaluation } from "./fuzzy";

/** Category matrix, one indicator matrix per category, and each category's membership rows (indicator × grade). */
export interface EvaluationModel {
  readonly categoryMatrix: Matrix;
  readonly indicatorMatrices: readonly Matrix[];
  readonly membership: readonly (readonly (readonly number[])[])[];
  readonly grades: readonly string[];
  readonly operator?: FuzzyOperator;
}

export interface ModelResult {
  readonly categoryWeights: number[];
  readonly localWeights: number[][];
  /** Indicator weights in the whole system, category by category (sum 1). */
  readonly globalWeights: number[];
  readonly b: number[];
  readonly verdict: Verdict;
}

function resultOf(model: EvaluationModel, categoryWeights: number[], localWeights: number[][]): ModelResult {
  const { overall } = twoLevelEvaluation(
    categoryWeights,
    localWeights.map((weights, k) => ({ weights, membership: model.membership[k] })),
    model.operator,
  );
  return {
    categoryWeights,
    localWeights,
    globalWeights: localWeights.flatMap((local, k) => local.map((w) => w * categoryWeights[k])),
    b: overall,
    verdict: maximumMembership(overall, model.grades),
  };
}

/** The evaluation with EVM weights from every matrix. */
export function evaluateModel(model: EvaluationModel): ModelResult {
  return resultOf(
    model,
    ahpWeights(model.categoryMatrix),
    model.indicatorMatrices.map((a) => ahpWeights(a)),
  );
}

export interface OneAtATimeRow {
  readonly category: number;
  readonly indicator: number;
  /** +1 when the indicator's local weight was raised, −1 when lowered. */
  readonly sign: 1 | -1;
  readonly grade: string;
  readonly changed: boolean;
  readonly b: number[];
}

/**
 * Raises and lowers each indicator's local weight by `relativeChange` (10 % by default), rescaling the other
 * indicators of its category proportionally so the block still sums to 1, and re-evaluates.
 */
export function oneAtATime(model: EvaluationModel, relativeChange = 0.1): OneAtATimeRow[] {
  const base = evaluateModel(model);
  const rows: OneAtATimeRow[] = [];
  base.localWeights.forEach((local, k) => {
    local.forEach((w, i) => {
      for (const sign of [1, -1] as const) {
        const changedWeight = Math.min(1, Math.max(0, w * (1 + sign * relativeChange)));
        const rest = 1 - w;
        const scale = rest > 0 ? (1 - changedWeight) / rest : 0;
        const perturbed = local.map((x, j) => (j === i ? changedWeight : x * scale));
        const localWeights = base.localWeights.map((l, kk) => (kk === k ? perturbed : l));
        const result = resultOf(model, base.categoryWeights, localWeights);
        rows.push({
          category: k,
          indicator: i,
          sign,
          grade: result.verdict.grade,
          changed: result.verdict.grade !== base.verdict.grade,
          b: result.b,
        });
      }
    });
  });
  return rows;
}

export interface MonteCarloOptions {
  /** Number of perturbed evaluations. */
  readonly draws?: number;
  /** Each judgement is multiplied by spread^u, u uniform in [−1, 1] (1.5 by default: about half a scale step at 2–3). */
  readonly spread?: number;
  /** Seed of the generator, so a run can be repeated exactly. */
  readonly seed?: number;
}

export interface MonteCarloSummary {
  readonly draws: number;
  readonly baselineGrade: string;
  /** How many draws gave each verdict. */
  readonly gradeCounts: Record<string, number>;
  /** Share of draws whose verdict differs from the baseline. */
  readonly verdictChangeRate: number;
  /**
   * Share of draws in which two indicators whose baseline global weights differ swap order. Indicators tied in the
   * baseline (equal judgements give equal weights) may come out either way without counting as a change.
   */
  readonly rankingChangeRate: number;
  /** Share of draws in which the most important indicator is one that was not (jointly) most important. */
  readonly topIndicatorChangeRate: number;
}

/** mulberry32: small, fast and repeatable; quality is ample for perturbing judgements. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Baseline weights closer than this (relative to the larger) are tied: rounding, not a judgement. */
const TIE = 1e-9;

/** The pairs (i, j) with baseline weight i strictly above j: the order a ranking change must break. */
function strictPairs(weights: readonly number[]): Int32Array {
  const pairs: number[] = [];
  weights.forEach((wi, i) =>
    weights.forEach((wj, j) => {
      if (wi - wj > TIE * Math.max(wi, wj)) pairs.push(i, j);
    }),
  );
  return Int32Array.from(pairs);
}

function indexOfLargest(values: readonly number[]): number {
  let best = 0;
  for (let i = 1; i < values.length; i++) if (values[i] > values[best]) best = i;
  return best;
}

function flatten(a: Matrix): FlatMatrix {
  const n = a.length;
  const cells = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) cells[i * n + j] = a[i][j];
  return { n, cells };
}

/**
 * Writes into `out` the judgements of `base` with each upper-triangle judgement multiplied by spread^u and the
 * lower triangle kept reciprocal: positive and reciprocal by construction, so it needs no re-checking.
 */
function perturbInto(base: FlatMatrix, out: FlatMatrix, spread: number, random: () => number): FlatMatrix {
  const { n } = base;
  for (let i = 0; i < n; i++) {
    out.cells[i * n + i] = 1;
    for (let j = i + 1; j < n; j++) {
      const value = base.cells[i * n + j] * spread ** (2 * random() - 1);
      out.cells[i * n + j] = value;
      out.cells[j * n + i] = 1 / value;
    }
  }
  return out;
}

/** Index of the largest b, or −1 when the top two are within the verdict's tie tolerance (then ask the verdict). */
function clearLeader(b: readonly number[]): number {
  let best = 0;
  let second = -1;
  for (let j = 1; j < b.length; j++) {
    if (b[j] > b[best]) {
      second = best;
      best = j;
    } else if (second < 0 || b[j] > b[second]) second = j;
  }
  const total = b.reduce((x, y) => x + y, 0);
  return second >= 0 && (b[best] - b[second]) / total <= 1e-9 ? -1 : best;
}

/** Perturbs every judgement of every matrix at random and counts how often the verdict and ranking move. */
export function monteCarlo(model: EvaluationModel, options: MonteCarloOptions = {}): MonteCarloSummary {
  const steps = monteCarloSteps(model, options, Infinity);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * {@link monteCarlo} in steps, for a caller that must stay responsive (the taskpane yields to the browser between
 * steps and shows the progress): yields the number of draws done after every `chunk` draws, and returns the same
 * summary as {@link monteCarlo} with the same options (the draws and their order are the same).
 */
export function* monteCarloSteps(
  model: EvaluationModel,
  options: MonteCarloOptions = {},
  chunk = 100,
): Generator<number, MonteCarloSummary, void> {
  const { draws = 10_000, spread = 1.5, seed = 1 } = options;
  const random = generator(seed);
  const base = evaluateModel(model);
  const ordered = strictPairs(base.globalWeights);
  const top = base.globalWeights.reduce((best, w) => (w > best ? w : best), -Infinity);
  const jointlyTop = base.globalWeights.map((w) => top - w <= TIE * top);
  const matrices = [model.categoryMatrix, ...model.indicatorMatrices].map(flatten);
  const scratch = matrices.map((m) => ({ n: m.n, cells: new Float64Array(m.cells.length) }));
  // Under M(·,+) the two-level B is linear, so it equals Σ (global weight × membership row): computed directly.
  // Other operators go through the full two-level evaluation.
  const linear = (model.operator ?? DEFAULT_OPERATOR) === "M(·,+)";
  const rows = model.membership.flat();
  const grades = model.grades.length;
  const b = new Array<number>(grades).fill(0);
  const gradeCounts: Record<string, number> = {};
  let verdictChanges = 0;
  let rankingChanges = 0;
  let topChanges = 0;
  for (let d = 0; d < draws; d++) {
    const [categoryWeights, ...localWeights] = matrices.map((m, k) =>
      Array.from(eigenOf(perturbInto(m, scratch[k], spread, random)).weights),
    );
    const globalWeights = localWeights.flatMap((local, k) => local.map((w) => w * categoryWeights[k]));
    let grade: string;
    if (linear) {
      b.fill(0);
      globalWeights.forEach((w, i) => {
        for (let j = 0; j < grades; j++) b[j] += w * rows[i][j];
      });
      const leader = clearLeader(b);
      grade = leader >= 0 ? model.grades[leader] : maximumMembership(b, model.grades).grade;
    } else {
      grade = resultOf(model, categoryWeights, localWeights).verdict.grade;
    }
    gradeCounts[grade] = (gradeCounts[grade] ?? 0) + 1;
    if (grade !== base.verdict.grade) verdictChanges++;
    for (let p = 0; p < ordered.length; p += 2) {
      if (globalWeights[ordered[p]] < globalWeights[ordered[p + 1]]) {
        rankingChanges++;
        break;
      }
    }
    if (!jointlyTop[indexOfLargest(globalWeights)]) topChanges++;
    if ((d + 1) % chunk === 0 && d + 1 < draws) yield d + 1;
  }
  return {
    draws,
    baselineGrade: base.verdict.grade,
    gradeCounts,
    verdictChangeRate: draws ? verdictChanges / draws : 0,
    rankingChangeRate: draws ? rankingChanges / draws : 0,
    topIndicatorChangeRate: draws ? topChanges / draws : 0,
  };
}
