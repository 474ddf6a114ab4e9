/**
 * =MINE.* functions for the indicator-system evaluation (design.md §3.6): AHP weights, λmax and CR, fuzzy
 * comprehensive evaluation, membership from measured values, entropy weights. Vectors may be a row or a column;
 * functions that return vectors spill (weights as a column, B and memberships as a row).
 */
import { asRange } from "../core/cells";
import * as ahp from "../core/evaluation/ahp";
import { entropyWeights as entropy } from "../core/evaluation/entropy";
import * as fuzzy from "../core/evaluation/fuzzy";
import { FUNCTIONS } from "./catalogue";
import { excelRun } from "./excel";

const column = (values: readonly number[]): number[][] => values.map((v) => [v]);
const row = (values: readonly number[]): number[][] => [Array.from(values)];

/** A judgement matrix read, checked and solved (EVM weights and the true λmax), with the cells it came from. */
interface SolvedMatrix extends ahp.SolvedJudgements {
  readonly cells: readonly (readonly unknown[])[];
}

let lastSolved: SolvedMatrix | undefined;

function sameCells(a: readonly (readonly unknown[])[], b: readonly (readonly unknown[])[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    if (a[i].length !== b[i].length) return false;
    for (let j = 0; j < a[i].length; j++) if (a[i][j] !== b[i][j]) return false;
  }
  return true;
}

/**
 * A workbook usually asks AHP_WEIGHTS, AHP_LAMBDA and AHP_CR of the same range in turn, so the last matrix is
 * solved once and reused while its cells are unchanged (compared value by value: Excel passes fresh arrays).
 */
function solve(matrix: unknown): SolvedMatrix {
  if (lastSolved && Array.isArray(matrix) && sameCells(lastSolved.cells, matrix)) return lastSolved;
  const { a, weights, lambdaMax } = ahp.solveJudgementMatrix(matrix);
  lastSolved = { a, weights, lambdaMax, cells: asRange(matrix).map((r) => r.slice()) };
  return lastSolved;
}

/**
 * AHP weights of a pairwise judgement matrix A: principal eigenvector of A·w = λmax·w (EVM, power iteration to 1e-12, Saaty), row geometric mean (RGMM, 方根法) or normalised column mean (AN, 和积法). Spills a column summing to 1.
 * @customfunction AHP_WEIGHTS
 * @param matrix Square, positive, reciprocal judgement matrix on Saaty's 1–9 scale (row i over column j); type 1/3 as =1/3; a blank lower triangle is filled from the upper one.
 * @param [method] EVM (default), RGMM or AN.
 * @returns The weights as a column.
 * @helpurl https://localhost:3000/help.html#ahp_weights
 */
export function ahpWeights(matrix: unknown[][], method?: unknown): number[][] {
  return excelRun(FUNCTIONS.AHP_WEIGHTS, [matrix, method], (cells, methodWord) => {
    const chosen = ahp.parseWeightMethod(methodWord);
    const solved = solve(cells);
    return column(chosen === "EVM" ? solved.weights : ahp.ahpWeights(solved.a, chosen));
  });
}

/**
 * True principal eigenvalue λmax of a judgement matrix (power iteration, Saaty's eigenvector method); CI = (λmax − n) ÷ (n − 1).
 * @customfunction AHP_LAMBDA
 * @param matrix Square, positive, reciprocal judgement matrix on Saaty's 1–9 scale.
 * @returns λmax (equals n for a perfectly consistent matrix).
 * @helpurl https://localhost:3000/help.html#ahp_lambda
 */
export function ahpLambda(matrix: unknown[][]): number {
  return excelRun(FUNCTIONS.AHP_LAMBDA, [matrix], (cells) => solve(cells).lambdaMax);
}

/**
 * Consistency ratio CR = CI ÷ RI(n), CI = (λmax − n) ÷ (n − 1) with the true λmax; RI from the chosen table (Saaty 1980 by default). CR ≤ 0.10 (0.05 for n = 3, 0.08 for n = 4) is acceptable.
 * @customfunction AHP_CR
 * @param matrix Square, positive, reciprocal judgement matrix on Saaty's 1–9 scale.
 * @param [ri_table] Random-index table: SAATY1980 (default), SAATY2005, DD1991, CN1000 or ALONSO.
 * @returns The consistency ratio (0 for n ≤ 2).
 * @helpurl https://localhost:3000/help.html#ahp_cr
 */
export function ahpCr(matrix: unknown[][], ri_table?: unknown): number {
  return excelRun(FUNCTIONS.AHP_CR, [matrix, ri_table], (cells, tableWord) => {
    const table = ahp.parseRiTable(tableWord);
    const { a, lambdaMax } = solve(cells);
    return ahp.consistencyOfLambda(a.length, lambdaMax, table).cr;
  });
}

/**
 * Fuzzy comprehensive evaluation B = A ∘ R with the chosen operator (M(·,+) weighted average by default; M(∧,∨), M(·,∨), M(∧,⊕), M(·,⊕)). Spills B as a row.
 * @customfunction FUZZY_EVAL
 * @param weights Factor weights A (one per row of membership), fractions summing to 1.
 * @param membership Membership matrix R: one row per factor, one column per grade, values 0–1.
 * @param [operator] M(·,+) (default), M(∧,∨), M(·,∨), M(∧,⊕), M(·,⊕), or WEIGHTED, MINMAX, PRODMAX, MINSUM, PRODSUM.
 * @returns The evaluation vector B as a row.
 * @helpurl https://localhost:3000/help.html#fuzzy_eval
 */
export function fuzzyEval(weights: unknown[][], membership: unknown[][], operator?: unknown): number[][] {
  return excelRun(FUNCTIONS.FUZZY_EVAL, [weights, membership, operator], (a, r, operatorWord) =>
    row(fuzzy.compose(a, r, fuzzy.parseOperator(operatorWord))),
  );
}

/**
 * Grade by the maximum-membership principle (最大隶属度原则): the grade j with bⱼ = max(B); tied maxima return the tied grades joined with 、.
 * @customfunction FUZZY_GRADE
 * @param b Evaluation vector B (one value per grade).
 * @param grades Grade names (评语集), e.g. 优, 良, 中, 差, in the order of b.
 * @returns The grade name.
 * @helpurl https://localhost:3000/help.html#fuzzy_grade
 */
export function fuzzyGrade(b: unknown[][], grades: unknown[][]): string {
  return excelRun(FUNCTIONS.FUZZY_GRADE, [b, grades], (vector, names) => fuzzy.maximumMembership(vector, names).grade);
}

/**
 * Weighted-average score of an evaluation vector: Σ bⱼ·sⱼ ÷ Σ bⱼ (加权平均原则).
 * @customfunction FUZZY_SCORE
 * @param b Evaluation vector B (one value per grade).
 * @param scores Score of each grade, e.g. 95, 85, 75, 65, in the order of b.
 * @returns The score.
 * @helpurl https://localhost:3000/help.html#fuzzy_score
 */
export function fuzzyScore(b: unknown[][], scores: unknown[][]): number {
  return excelRun(FUNCTIONS.FUZZY_SCORE, [b, scores], fuzzy.fuzzyScore);
}

/**
 * Membership of a measured value x in each grade by adjacent-grade triangular functions (三角形/半梯形隶属函数): 1 at a grade's break point sⱼ, μ = (x − sⱼ₊₁) ÷ (sⱼ − sⱼ₊₁) between adjacent break points, so the row sums to 1. Spills a row.
 * @customfunction MEMBERSHIP
 * @param value The measured value of the indicator.
 * @param thresholds One break point per grade, best grade first (decreasing for benefit, increasing for cost).
 * @param [direction] benefit (larger is better, default) or cost (smaller is better).
 * @returns Membership in each grade as a row.
 * @helpurl https://localhost:3000/help.html#membership
 */
export function membership(value: unknown, thresholds: unknown[][], direction?: unknown): number[][] {
  return excelRun(FUNCTIONS.MEMBERSHIP, [value, thresholds, direction], (x, breakpoints, directionWord) =>
    row(fuzzy.triangularMembership(x, breakpoints, fuzzy.parseDirection(directionWord))),
  );
}

/**
 * Entropy weights (熵值法): min-max normalisation by direction, pᵢⱼ = xᵢⱼ ÷ Σᵢ xᵢⱼ, eⱼ = −Σ pᵢⱼ ln pᵢⱼ ÷ ln m with 0·ln 0 = 0, w = (1 − e) ÷ Σ(1 − e). Spills a column.
 * @customfunction ENTROPY_WEIGHTS
 * @param data One row per mine or year, one column per indicator.
 * @param [directions] benefit or cost: one for all indicators, or one per column; default benefit.
 * @returns One weight per indicator, as a column.
 * @helpurl https://localhost:3000/help.html#entropy_weights
 */
export function entropyWeights(data: unknown[][], directions?: unknown[][]): number[][] {
  return excelRun(FUNCTIONS.ENTROPY_WEIGHTS, [data, directions], (table, words) => {
    const given = words.map((word) => fuzzy.parseDirection(word));
    const perColumn = given.length === 1 ? Array<fuzzy.Direction>(table[0].length).fill(given[0]) : given;
    return column(entropy(table, perColumn.length === 0 ? undefined : perColumn));
  });
}
