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
import { FlatMatrix, Matrix, flatJudgements, squareSide, toList, toRows } from "./matrix";
import { AHP } from "../../parameters";
import { messages } from "../../messages";
import { FUZZY } from "../../parameters";

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
  return parseChoice(text, AHP.method, METHOD_ALIASES, "EVM", messages.methodChoices);
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

/** Row sums of a flat n×n matrix, normalised to sum 1, into `out`: A·1, one power step from equal weights. */
export function rowSumsInto(cells: Float64Array, n: number, out: Float64Array): void {
  let total = 0;
  for (let i = 0; i < n; i++) {
    let s = 0;
    const row = i * n;
    for (let j = 0; j < n; j++) s += cells[row + j];
    out[i] = s;
    total += s;
  }
  const scale = 1 / total;
  for (let i = 0; i < n; i++) out[i] *= scale;
}

export interface EigenResult {
  readonly weights: Float64Array;
  readonly lambdaMax: number;
  readonly iterations: number;
}

/**
 * y = A·w for a flat n×n matrix; returns Σ yᵢ. Two rows and two columns per pass: a plain row-by-column loop is
 * bound by the chain of additions into one sum and by loop overhead (about 1.6× slower at n = 8 in V8).
 */
function multiplyInto(cells: Float64Array, n: number, w: Float64Array, y: Float64Array): number {
  let total = 0;
  let i = 0;
  for (; i + 1 < n; i += 2) {
    const row = i * n;
    const next = row + n;
    let s = 0;
    let t = 0;
    let j = 0;
    for (; j + 1 < n; j += 2) {
      const wj = w[j];
      const wk = w[j + 1];
      s += cells[row + j] * wj + cells[row + j + 1] * wk;
      t += cells[next + j] * wj + cells[next + j + 1] * wk;
    }
    if (j < n) {
      s += cells[row + j] * w[j];
      t += cells[next + j] * w[j];
    }
    y[i] = s;
    y[i + 1] = t;
    total += s + t;
  }
  if (i < n) {
    const row = i * n;
    let s = 0;
    for (let j = 0; j < n; j++) s += cells[row + j] * w[j];
    y[i] = s;
    total += s;
  }
  return total;
}

/**
 * The power iteration's working vectors and factors, kept between calls: a Float64Array of more than 8 numbers lives
 * outside V8's heap and costs 0.5–1 µs to allocate, as much as several steps. Nothing runs between taking and
 * releasing them (the iteration calls nothing that could call back), so one set is enough.
 */
let products = new Floats(16);
let spare = new Floats(16);
let factors = new Floats(256);

/**
 * LU factors of σI − A into `lu`, without pivoting: L (unit diagonal) below the diagonal, U on and above it with its
 * diagonal stored as reciprocals. For σ > λmax, σI − A is a non-singular M-matrix, whose elimination needs no
 * pivoting and keeps every pivot positive; false if one is not (σ within rounding of λmax).
 */
function factorShifted(cells: Float64Array, n: number, sigma: number, lu: Float64Array): boolean {
  for (let k = 0; k < n * n; k++) lu[k] = -cells[k];
  for (let i = 0; i < n; i++) lu[i * n + i] += sigma;
  for (let k = 0; k < n; k++) {
    const rowK = k * n;
    const pivot = lu[rowK + k];
    if (!(pivot > 0 && pivot < INFINITY)) return false;
    const inverse = 1 / pivot;
    lu[rowK + k] = inverse;
    for (let i = k + 1; i < n; i++) {
      const rowI = i * n;
      const factor = lu[rowI + k] * inverse;
      lu[rowI + k] = factor;
      for (let j = k + 1; j < n; j++) lu[rowI + j] -= factor * lu[rowK + j];
    }
  }
  return true;
}

/** z = (σI − A)⁻¹·x from the factors of {@link factorShifted}; returns Σ zᵢ. */
function solveShifted(lu: Float64Array, n: number, x: Float64Array, z: Float64Array): number {
  for (let i = 0; i < n; i++) {
    const row = i * n;
    let s = x[i];
    for (let j = 0; j < i; j++) s -= lu[row + j] * z[j];
    z[i] = s;
  }
  let total = 0;
  for (let i = n - 1; i >= 0; i--) {
    const row = i * n;
    let s = z[i];
    for (let j = i + 1; j < n; j++) s -= lu[row + j] * z[j];
    const v = s * lu[row + i];
    z[i] = v;
    total += v;
  }
  return total;
}

/** Plain steps taken before each decision whether the shifted inverse iteration is worth its factorisation. */
const PLAIN_STEPS = 5;
/** At most this many solves: each multiplies the error by about (σ − λmax)/|σ − λ₂|, 10⁻²–10⁻⁴ when shifting pays. */
const MAX_SOLVES = 6;

/** What factoring σI − A and a few solves cost, in plain steps: about n/3 for the factors, the rest for the solves. */
const SHIFT_OVERHEAD = 6;

/**
 * Whether the plain steps still to come, at the rate of the last PLAIN_STEPS (whose first and last moves are given),
 * would cost more than shifting. Their number k solves rate^(k/(PLAIN_STEPS − 1)) = EIGEN_TOLERANCE/change, compared
 * here without logarithms (which would cost as much as a step).
 */
function worthShifting(firstChange: number, change: number, n: number): boolean {
  const rate = change / firstChange; // over PLAIN_STEPS − 1 steps
  let slow = 1;
  for (let k = SHIFT_OVERHEAD + n / 3; k > 0; k--) slow *= rate;
  const left = EIGEN_TOLERANCE / change;
  return slow > left * left * left * left; // left^(PLAIN_STEPS − 1)
}

/**
 * Power iteration on a flat non-negative primitive n×n matrix (a positive reciprocal matrix, or Harker's matrix),
 * from `start` (positive, sum 1; taken over and returned as the weights). Each step is w ← A·w / Σ(A·w); it stops at
 * the first step that moves no weight by EIGEN_TOLERANCE or more, and λmax = mean((A·w)ᵢ/wᵢ) of that step, which at
 * convergence is the eigenvalue itself.
 *
 * Where the plain steps show slow convergence (|λ₂/λmax| near 1), the iteration switches for a few steps to the
 * inverse of σI − A, with σ = max (A·w)ᵢ/wᵢ ≥ λmax (Collatz–Wielandt): a positive matrix with the same Perron
 * vector, whose other eigenvalues are at most (σ − λmax)/|σ − λ₂| of its first, so each solve does the work of
 * many steps. What it gives is accepted only by the test above, on a plain step of A, so the stopping rule and the
 * λmax formula are unchanged: the shift gets there in fewer steps, and closer. `iterations` counts steps and solves;
 * `shift` false keeps to plain steps (to compare the two).
 */
export function powerIteration(cells: Float64Array, n: number, start: Float64Array, shift = true): EigenResult {
  if (products.length < n) {
    products = new Floats(n);
    spare = new Floats(n);
  }
  const y = products;
  // The normalised step goes into `next`, which then swaps roles with `w`: one pass normalises, measures the move
  // and stores, and w is still there for the ratios at convergence.
  let w: Float64Array = start;
  let next: Float64Array = spare;
  let change = INFINITY;
  // Plain steps are watched in windows of PLAIN_STEPS: the first step's move and the last's give the rate.
  let windowStep = 0;
  let windowChange = INFINITY;
  for (let iteration = 1; iteration <= MAX_ITERATIONS; iteration++) {
    const scale = 1 / multiplyInto(cells, n, w, y);
    change = 0;
    for (let i = 0; i < n; i++) {
      const v = y[i] * scale;
      const d = abs(v - w[i]);
      if (d > change) change = d;
      next[i] = v;
    }
    if (change < EIGEN_TOLERANCE) {
      // The ratios only once, at convergence, where each (A·w)ᵢ/wᵢ is λmax to ~1e-12.
      let ratios = 0;
      for (let i = 0; i < n; i++) ratios += y[i] / w[i];
      if (next !== start) for (let i = 0; i < n; i++) start[i] = next[i];
      return { weights: start, lambdaMax: ratios / n, iterations: iteration };
    }
    windowStep++;
    if (windowStep === 1) windowChange = change;
    else if (windowStep === PLAIN_STEPS && shift && worthShifting(windowChange, change, n)) {
      windowStep = 0;
      let sigma = 0;
      for (let i = 0; i < n; i++) {
        const ratio = y[i] / w[i];
        if (ratio > sigma) sigma = ratio;
      }
      if (factors.length < n * n) factors = new Floats(n * n);
      if (factorShifted(cells, n, sigma, factors)) {
        // `x` is the latest positive iterate (this step's to begin with), `z` the solve's output (w is done with).
        let x = next;
        let z = w;
        let lastMove = 0;
        for (let solve = 0; solve < MAX_SOLVES; solve++) {
          const solveScale = 1 / solveShifted(factors, n, x, z);
          let move = 0;
          let positive = true;
          for (let i = 0; i < n; i++) {
            const v = z[i] * solveScale;
            if (!(v > 0 && v < INFINITY)) positive = false;
            const d = abs(v - x[i]);
            if (d > move) move = d;
            z[i] = v;
          }
          // In exact arithmetic every iterate is positive; one that is not is rounding, and x is kept.
          if (!positive) break;
          iteration++;
          const last = x;
          x = z;
          z = last;
          // Each solve shrinks the error by about move/lastMove: stop once what is left is well inside the tolerance.
          if (move === 0 || (solve > 0 && move * move < lastMove * (EIGEN_TOLERANCE / 10))) break;
          lastMove = move;
        }
        w = x;
        next = z;
        continue;
      }
    }
    if (windowStep === PLAIN_STEPS) windowStep = 0;
    const last = w;
    w = next;
    next = last;
  }
  return fail("num", messages.notConverged(MAX_ITERATIONS, change));
}

/**
 * EVM of a checked flat matrix. The iteration starts from the RGMM vector for n ≤ 3, where it is the eigenvector
 * itself (so one step confirms it), and from the row sums above: RGMM is then only about one step closer (tested
 * on random matrices of n = 4…15) and costs n² logarithms, the time of several steps.
 */
export function eigenOf(m: FlatMatrix): EigenResult {
  const start = new Floats(m.n);
  if (m.n <= 3) rgmmInto(m.cells, m.n, start);
  else rowSumsInto(m.cells, m.n, start);
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
      return fail("value", messages.unknownChoice(AHP.method, String(method), messages.methodChoices));
  }
}

/** Principal eigenvector (weights summing to 1), the true λmax, and the steps taken (see {@link powerIteration}). */
export function principalEigen(a: Matrix, label?: Label): { weights: number[]; lambdaMax: number; iterations: number } {
  const { weights, lambdaMax, iterations } = eigenOf(flatJudgements(a, label));
  return { weights: toList(weights), lambdaMax, iterations };
}

/** A judgement-matrix range read and checked once, with its EVM weights and true λmax (what the adapters reuse). */
export interface SolvedJudgements {
  readonly a: number[][];
  readonly weights: number[];
  readonly lambdaMax: number;
}

/** The cells buffer of {@link solveJudgementMatrix}, kept while n stays the same (see `spare` for why). */
let rangeCells = new Floats(0);

/** Reads a range as {@link readJudgementMatrix} does and solves it, checking every cell once. */
export function solveJudgementMatrix(value: unknown, label?: Label): SolvedJudgements {
  const range = asRange(value);
  // The shape first: a 65 536-row column must be refused as not square, not allocated as a 65 536² matrix.
  const side = squareSide(range, label ?? AHP.matrix);
  const size = side * side;
  if (rangeCells.length !== size) rangeCells = new Floats(size);
  // The flat matrix lives only until the rows are copied out below, so the shared buffer is safe to read into.
  const flat = flatJudgements(range, label, rangeCells);
  const { weights, lambdaMax } = eigenOf(flat);
  return { a: toRows(flat.cells, flat.n), weights: toList(weights), lambdaMax };
}

/** Weights of a judgement matrix by `method` (EVM by default), summing to 1. */
export function ahpWeights(a: Matrix, method: WeightMethod = "EVM", label?: Label): number[] {
  return toList(weightsOf(flatJudgements(a, label), method));
}

/** The true λmax (EVM), whatever weight method the caller shows. */
export function lambdaMax(a: Matrix, label?: Label): number {
  return eigenOf(flatJudgements(a, label)).lambdaMax;
}

/**
 * mean((A·w)ᵢ / wᵢ) for given weights: the λ estimate SPSSAU, pyDecision and npm `ahp` print with RGMM or AN weights.
 * Equals λmax only for the EVM weights; offered to reproduce (and explain) those tools' numbers, not as a CR input.
 */
export function lambdaEstimate(a: Matrix, weights: readonly number[], label?: Label): number {
  const { n, cells } = flatJudgements(a, label);
  if (weights.length !== n) fail("value", messages.weightCountMismatch(weights.length, n));
  weights.forEach((w, i) => {
    if (!(w > 0 && w < INFINITY)) fail("value", messages.weightNotPositive(FUZZY.weights, w, itemPosition(i)));
  });
  let ratios = 0;
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let j = 0; j < n; j++) s += cells[i * n + j] * weights[j];
    ratios += s / weights[i];
  }
  return ratios / n;
}
