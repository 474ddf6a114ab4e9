/**
 * Priority weights of a judgement matrix by the three methods in use (evaluation.md §2.1):
 * - EVM, the principal (Perron) eigenvector A·w = λmax·w, Σw = 1: Saaty, AHP-OS, ahpy, Expert Choice;
 * - RGMM (方根法), wᵢ ∝ (Πⱼ aᵢⱼ)^(1/n): SPSSAU option, pyDecision 'g';
 * - AN (和积法), wᵢ = (1/n) Σⱼ aᵢⱼ / Σₖ aₖⱼ: SPSSAU default, pyDecision 'm', npm `ahp`.
 * λmax is always the true eigenvalue (from EVM), whatever the weight method: tools that take mean((Aw)ᵢ/wᵢ) with
 * approximate weights print a CR that depends on the method (Saaty's house: 0.169 true, 0.161 with RGMM).
 */
import { Label, fail } from "../../errors";
import { itemPosition } from "../../quantity";
import { parseChoice } from "./choice";
import { asRange } from "../../cells";
import { FlatMatrix, Matrix, flatJudgements, toRows } from "./matrix";
import { AHP_LABELS, ahpMessages } from "./messages";

// Module-level aliases of the globals used per cell or per iteration: in a Node vm context (jest, the bundle test)
// every global lookup goes through the context's interceptor and costs ~0.2 µs, more than a whole matrix row.
const { abs, exp, log } = Math;
const INFINITY = Infinity;
const Floats = Float64Array;

export type WeightMethod = "EVM" | "RGMM" | "AN";

export const WEIGHT_METHODS: Readonly<Record<WeightMethod, { readonly zh: string; readonly en: string }>> = {
  EVM: { zh: "特征向量法", en: "principal eigenvector" },
  RGMM: { zh: "方根法(几何平均)", en: "row geometric mean" },
  AN: { zh: "和积法(列归一化平均)", en: "normalised column mean" },
};

const METHOD_ALIASES: Readonly<Record<string, WeightMethod>> = {
  EVM: "EVM",
  RGMM: "RGMM",
  AN: "AN",
  特征向量法: "EVM",
  方根法: "RGMM",
  和积法: "AN",
};

/** `EVM`, `RGMM` or `AN` (any case) or 特征向量法 / 方根法 / 和积法; blank means EVM; anything else is `#VALUE!`. */
export function parseWeightMethod(text: unknown): WeightMethod {
  return parseChoice(text, AHP_LABELS.method, METHOD_ALIASES, "EVM", ahpMessages.methodChoices);
}

/** Stop when no weight moves by this much in one step (evaluation.md §2.1). */
export const EIGEN_TOLERANCE = 1e-12;
/** Far above what AHP matrices need (all reference cases converge in under 50 steps): a guard, not a budget. */
export const MAX_ITERATIONS = 10_000;

/** RGMM weights of a flat n×n matrix into `out`. Logs, shifted by their largest, so no product over- or underflows. */
export function rgmmInto(cells: Float64Array, n: number, out: Float64Array): void {
  let largest = -INFINITY;
  for (let i = 0; i < n; i++) {
    let logs = 0;
    for (let j = 0; j < n; j++) logs += log(cells[i * n + j]);
    out[i] = logs / n;
    if (out[i] > largest) largest = out[i];
  }
  let sum = 0;
  for (let i = 0; i < n; i++) {
    out[i] = exp(out[i] - largest);
    sum += out[i];
  }
  for (let i = 0; i < n; i++) out[i] /= sum;
}

/** AN weights of a flat n×n matrix into `out`: each column normalised to sum 1, then rows averaged. */
export function anInto(cells: Float64Array, n: number, out: Float64Array): void {
  out.fill(0);
  for (let j = 0; j < n; j++) {
    let column = 0;
    for (let i = 0; i < n; i++) column += cells[i * n + j];
    for (let i = 0; i < n; i++) out[i] += cells[i * n + j] / column;
  }
  for (let i = 0; i < n; i++) out[i] /= n;
}

export interface EigenResult {
  readonly weights: Float64Array;
  readonly lambdaMax: number;
  readonly iterations: number;
}

/**
 * Power iteration on a flat non-negative primitive n×n matrix (a positive reciprocal matrix, or Harker's matrix),
 * from `start` (positive, sum 1; taken over and returned as the weights). Two arrays for the whole loop: `w` and
 * y = A·w. λmax = mean(yᵢ/wᵢ) of the last step, which at convergence is the eigenvalue itself.
 */
export function powerIteration(cells: Float64Array, n: number, start: Float64Array): EigenResult {
  const w = start;
  const y = new Floats(n);
  let change = INFINITY;
  for (let iteration = 1; iteration <= MAX_ITERATIONS; iteration++) {
    let total = 0;
    for (let i = 0; i < n; i++) {
      let s = 0;
      const row = i * n;
      for (let j = 0; j < n; j++) s += cells[row + j] * w[j];
      y[i] = s;
      total += s;
    }
    const scale = 1 / total;
    change = 0;
    for (let i = 0; i < n; i++) {
      const d = abs(y[i] * scale - w[i]);
      if (d > change) change = d;
    }
    if (change < EIGEN_TOLERANCE) {
      // The ratios only once, at convergence, where each (A·w)ᵢ/wᵢ is λmax to ~1e-12.
      let ratios = 0;
      for (let i = 0; i < n; i++) {
        ratios += y[i] / w[i];
        w[i] = y[i] * scale;
      }
      return { weights: w, lambdaMax: ratios / n, iterations: iteration };
    }
    for (let i = 0; i < n; i++) w[i] = y[i] * scale;
  }
  return fail("num", ahpMessages.notConverged(MAX_ITERATIONS, change));
}

/** EVM of a checked flat matrix, started from its RGMM vector (already close, so few steps are needed). */
export function eigenOf(m: FlatMatrix): EigenResult {
  const start = new Floats(m.n);
  rgmmInto(m.cells, m.n, start);
  return powerIteration(m.cells, m.n, start);
}

/** Weights of a checked flat matrix by `method`. */
export function weightsOf(m: FlatMatrix, method: WeightMethod): Float64Array {
  switch (method) {
    case "EVM":
      return eigenOf(m).weights;
    case "RGMM": {
      const out = new Floats(m.n);
      rgmmInto(m.cells, m.n, out);
      return out;
    }
    case "AN": {
      const out = new Floats(m.n);
      anInto(m.cells, m.n, out);
      return out;
    }
    default:
      return fail("value", ahpMessages.unknownChoice(AHP_LABELS.method, String(method), ahpMessages.methodChoices));
  }
}

/** Principal eigenvector (weights summing to 1), the true λmax, and the number of power-iteration steps taken. */
export function principalEigen(a: Matrix, label?: Label): { weights: number[]; lambdaMax: number; iterations: number } {
  const { weights, lambdaMax, iterations } = eigenOf(flatJudgements(a, label));
  return { weights: Array.from(weights), lambdaMax, iterations };
}

/** A judgement-matrix range read and checked once, with its EVM weights and true λmax (what the adapters reuse). */
export interface SolvedJudgements {
  readonly a: number[][];
  readonly weights: number[];
  readonly lambdaMax: number;
}

/** Reads a range as {@link readJudgementMatrix} does and solves it, checking every cell once. */
export function solveJudgementMatrix(value: unknown, label?: Label): SolvedJudgements {
  const flat = flatJudgements(asRange(value), label);
  const { weights, lambdaMax } = eigenOf(flat);
  return { a: toRows(flat.cells, flat.n), weights: Array.from(weights), lambdaMax };
}

/** Weights of a judgement matrix by `method` (EVM by default), summing to 1. */
export function ahpWeights(a: Matrix, method: WeightMethod = "EVM", label?: Label): number[] {
  return Array.from(weightsOf(flatJudgements(a, label), method));
}

/** The true λmax (EVM), whatever weight method the caller shows. */
export function lambdaMax(a: Matrix, label?: Label): number {
  return eigenOf(flatJudgements(a, label)).lambdaMax;
}

const WEIGHTS: Label = { zh: "权重", en: "weights" };

/**
 * mean((A·w)ᵢ / wᵢ) for given weights: the λ estimate SPSSAU, pyDecision and npm `ahp` print with RGMM or AN weights.
 * Equals λmax only for the EVM weights; offered to reproduce (and explain) those tools' numbers, not as a CR input.
 */
export function lambdaEstimate(a: Matrix, weights: readonly number[], label?: Label): number {
  const { n, cells } = flatJudgements(a, label);
  if (weights.length !== n) fail("value", ahpMessages.weightCountMismatch(weights.length, n));
  weights.forEach((w, i) => {
    if (!(w > 0 && w < INFINITY)) fail("value", ahpMessages.weightNotPositive(WEIGHTS, w, itemPosition(i)));
  });
  let ratios = 0;
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let j = 0; j < n; j++) s += cells[i * n + j] * weights[j];
    ratios += s / weights[i];
  }
  return ratios / n;
}
