/**
 * The EVM path against the textbook power iteration it replaced (RGMM start, one row at a time, w ← A·w / Σ(A·w)
 * until no weight moves by EIGEN_TOLERANCE). The faster path starts from the row sums above n = 3, multiplies two
 * rows and two columns at a time, reuses its working vectors, and switches to the shifted inverse iteration when the
 * plain steps converge slowly: its plain steps must be the textbook's, and with the shift it must land on the same
 * eigenvector in fewer steps. Also: the inline cell check of flatJudgements against the rule-by-rule one.
 */
import fc from "fast-check";
import {
  EIGEN_TOLERANCE,
  consistency,
  principalEigen,
  solveJudgementMatrix,
} from "../../../../src/core/evaluation/ahp";
import { Range } from "../../../../src/core/cells";
import { fail } from "../../../../src/core/errors";
import {
  checkDiagonal,
  checkReciprocal,
  flatJudgements,
  judgementValue,
  squareSide,
} from "../../../../src/core/evaluation/ahp/matrix";
import { eigenOf, powerIteration } from "../../../../src/core/evaluation/ahp/weights";
import { errorOf } from "../../../support/errors";
import { consistentMatrix, reciprocalMatrix, weightVector } from "./arbitraries";
import { AHP_CASES, matrixOf, maxDiff } from "./shelf";
import { cellPosition, messages } from "../../../../src/core/messages";
import { AHP } from "../../../../src/core/parameters";

interface Eigen {
  weights: number[];
  lambdaMax: number;
  iterations: number;
}

const rgmm = (a: number[][]): number[] => {
  const logs = a.map((row) => row.reduce((s, v) => s + Math.log(v), 0) / a.length);
  const top = Math.max(...logs);
  return logs.map((l) => Math.exp(l - top));
};
const rowSums = (a: number[][]): number[] => a.map((row) => row.reduce((s, v) => s + v, 0));
const normalised = (v: number[]): number[] => {
  const sum = v.reduce((s, x) => s + x, 0);
  return v.map((x) => x / sum);
};

/** The textbook power iteration, stopping at the first step that moves no weight by `tolerance`. */
function textbookPower(a: number[][], start: number[] = rgmm(a), tolerance: number = EIGEN_TOLERANCE): Eigen {
  const n = a.length;
  let w = normalised(start);
  for (let iterations = 1; iterations <= 100_000; iterations++) {
    const y = a.map((row) => row.reduce((s, v, j) => s + v * w[j], 0));
    const total = y.reduce((s, v) => s + v, 0);
    const next = y.map((v) => v / total);
    if (maxDiff(next, w) < tolerance) {
      return { weights: next, lambdaMax: y.reduce((s, v, i) => s + v / w[i], 0) / n, iterations };
    }
    w = next;
  }
  throw new Error("the reference iteration did not converge");
}

/** The eigenvector to rounding: the same iteration continued until no weight moves by 1e-15. */
const exactEigen = (a: number[][]): Eigen => textbookPower(a, rgmm(a), 1e-15);

/** powerIteration from the start eigenOf takes (RGMM up to n = 3, the row sums above), with or without the shift. */
function ours(a: number[][], shift: boolean): Eigen {
  const { n, cells } = flatJudgements(a);
  const result = powerIteration(cells, n, Float64Array.from(normalised(n <= 3 ? rgmm(a) : rowSums(a))), shift);
  return { ...result, weights: Array.from(result.weights) };
}

/** Judgements around a consistent matrix, each upper one off by a factor of up to e^±0.5 (CR mostly below 0.1). */
const nearConsistent = (minN: number, maxN: number): fc.Arbitrary<number[][]> =>
  weightVector(minN, maxN).chain((w) =>
    fc
      .array(fc.double({ min: -0.5, max: 0.5, noNaN: true }), {
        minLength: (w.length * (w.length - 1)) / 2,
        maxLength: (w.length * (w.length - 1)) / 2,
      })
      .map((noise) => {
        const a = consistentMatrix(w);
        let k = 0;
        for (let i = 0; i < w.length; i++) {
          for (let j = i + 1; j < w.length; j++) {
            a[i][j] *= Math.exp(noise[k++]);
            a[j][i] = 1 / a[i][j];
          }
        }
        return a;
      }),
  );

/** Without the shift: the textbook steps from the same start, so only the rounding of the sums differs. */
function expectTextbookSteps(a: number[][]): void {
  const plain = ours(a, false);
  const reference = textbookPower(a, a.length <= 3 ? rgmm(a) : rowSums(a));
  expect(maxDiff(plain.weights, reference.weights)).toBeLessThanOrEqual(EIGEN_TOLERANCE);
  expect(Math.abs(plain.lambdaMax - reference.lambdaMax)).toBeLessThanOrEqual(1e-11 * reference.lambdaMax);
  // A move within rounding of the tolerance could stop one of the two a step later.
  expect(Math.abs(plain.iterations - reference.iterations)).toBeLessThanOrEqual(1);
}

describe("EVM against the textbook power iteration", () => {
  const cases = AHP_CASES.map((c) => [c.id, matrixOf(c.matrix)] as const);

  it.each(cases)("%s: the textbook's weights to 1e-12, and within 1e-12 of the exact eigenvector", (_id, a) => {
    const eigen = principalEigen(a);
    const exact = exactEigen(a);
    expect(maxDiff(eigen.weights, textbookPower(a).weights)).toBeLessThanOrEqual(EIGEN_TOLERANCE);
    expect(maxDiff(eigen.weights, exact.weights)).toBeLessThanOrEqual(EIGEN_TOLERANCE);
    expect(Math.abs(eigen.lambdaMax - exact.lambdaMax)).toBeLessThanOrEqual(1e-11);
    expect(eigen).toEqual(ours(a, true));
    expectTextbookSteps(a);
  });

  it("shifts on Saaty's house matrices, reaching the eigenvector in under half the plain steps", () => {
    for (const id of ["ahp-8x8-saaty-house-inconsistent", "ahp-8x8-saaty-house-a37-revised"]) {
      const a = cases.find(([caseId]) => caseId === id)![1];
      const shifted = ours(a, true);
      const plain = ours(a, false);
      expect(shifted.iterations).toBeLessThan(plain.iterations / 2);
      expect(maxDiff(shifted.weights, plain.weights)).toBeLessThanOrEqual(EIGEN_TOLERANCE);
      // The solves go on to rounding, so the shifted result is the closer one.
      expect(maxDiff(shifted.weights, exactEigen(a).weights)).toBeLessThanOrEqual(EIGEN_TOLERANCE / 10);
    }
  });

  it("converges with the shift where plain steps run out (judgements far outside 1–9, |λ₂/λmax| ≈ 1)", () => {
    const upper = [1, 1, 1, 35, 21178, 366, 1, 1, 15507, 46];
    const n = 5;
    const a = Array.from({ length: n }, () => new Array<number>(n).fill(1));
    let k = 0;
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        a[i][j] = upper[k++];
        a[j][i] = 1 / a[i][j];
      }
    }
    expect(errorOf(() => ours(a, false)).en).toContain("did not converge in 10000 steps");
    const eigen = principalEigen(a);
    expect(eigen.iterations).toBeLessThan(100);
    // Collatz–Wielandt: the ratios (A·w)ᵢ/wᵢ bracket λmax, and meet only at the eigenvector.
    const ratios = a.map((row, i) => row.reduce((s, v, j) => s + v * eigen.weights[j], 0) / eigen.weights[i]);
    expect(Math.max(...ratios) - Math.min(...ratios)).toBeLessThanOrEqual(1e-12 * eigen.lambdaMax);
  });

  it("without the shift, takes the textbook steps from the same start (property: 1–9 and near-consistent)", () => {
    fc.assert(fc.property(reciprocalMatrix(1, 12), expectTextbookSteps));
    fc.assert(fc.property(nearConsistent(2, 15), expectTextbookSteps));
  });

  it("lands as close to the exact eigenvector as the textbook iteration from RGMM does (property)", () => {
    // EIGEN_TOLERANCE bounds the last move, not the distance left, which is about move·ρ/(1 − ρ) with
    // ρ = |λ₂/λmax|: iterations from different starts, or shifted, stop at different points on either side, so
    // each is compared with the eigenvector, not with the other. Largest distances seen (20 000–50 000 matrices):
    // 7.7e-13 near consistency, 1.4e-12 on arbitrary 1–9 judgements (ρ up to ~0.8); the bounds leave room for more.
    const closeEnough = (bound: number) => (a: number[][]) => {
      const exact = exactEigen(a);
      const eigen = principalEigen(a);
      expect(maxDiff(eigen.weights, exact.weights)).toBeLessThanOrEqual(bound);
      expect(maxDiff(textbookPower(a).weights, exact.weights)).toBeLessThanOrEqual(bound);
      expect(Math.abs(eigen.lambdaMax - exact.lambdaMax)).toBeLessThanOrEqual(1e-10 * a.length);
    };
    fc.assert(fc.property(nearConsistent(2, 15), closeEnough(3 * EIGEN_TOLERANCE)));
    fc.assert(fc.property(reciprocalMatrix(1, 12), closeEnough(10 * EIGEN_TOLERANCE)));
  });

  it("gives weights that later calls do not overwrite (the working vectors are shared, the results are not)", () => {
    const house = cases.find(([id]) => id === "ahp-8x8-saaty-house-inconsistent")![1];
    const transposed = house.map((row) => row.map((v) => 1 / v));
    const first = eigenOf(flatJudgements(house));
    const kept = Array.from(first.weights);
    const solved = solveJudgementMatrix(house);
    const keptSolved = [...solved.weights];
    // A larger matrix makes the shared vectors grow; a same-sized one reuses them.
    const big = Array.from({ length: 20 }, (_, i) => Array.from({ length: 20 }, (_, j) => 2 ** ((j - i) / 7)));
    eigenOf(flatJudgements(big));
    solveJudgementMatrix(big);
    eigenOf(flatJudgements(transposed));
    solveJudgementMatrix(transposed);
    expect(Array.from(first.weights)).toEqual(kept);
    expect(solved.weights).toEqual(keptSolved);
    expect(solved.a).toEqual(house);
  });

  it("keeps CR exactly 0 for consistent matrices, where λmax differs from n only by rounding (property)", () => {
    fc.assert(
      fc.property(weightVector(3, 15), (w) => {
        expect(consistency(consistentMatrix(w), "ALONSO").cr).toBe(0);
      }),
    );
    for (let n = 3; n <= 40; n++) {
      expect(
        consistency(
          Array.from({ length: n }, () => new Array<number>(n).fill(1)),
          "ALONSO",
        ).cr,
      ).toBe(0);
    }
  });
});

/** flatJudgements as it was before its inline check: every cell through the rules one by one. */
function ruleByRule(range: Range): Float64Array {
  const label = AHP.matrix;
  const n = squareSide(range, label);
  const cells = new Float64Array(n * n);
  for (let r = 0; r < n; r++) {
    for (let c = 0; c < n; c++) {
      const cell = range[r][c];
      if (cell === null || cell === undefined || cell === "") {
        if (r > c) {
          cells[r * n + c] = 1 / cells[c * n + r];
          continue;
        }
        fail("value", messages.blank(label, cellPosition(r, c), r === c ? messages.diagonalHint : messages.upperHint));
      }
      const value = judgementValue(cell, label, r, c);
      if (r === c) checkDiagonal(value, label, r);
      else if (r > c) checkReciprocal(cells[c * n + r], value, label, c, r);
      cells[r * n + c] = value;
    }
  }
  return cells;
}

/** The cells, or the message of the error that refused them. */
function outcome(read: () => ArrayLike<number>): number[] | string {
  try {
    return Array.from(read());
  } catch (error) {
    return (error as Error).message;
  }
}

describe("flatJudgements", () => {
  const odd = fc.constantFrom<unknown>(
    null,
    "",
    undefined,
    "3",
    true,
    0,
    -2,
    NaN,
    Infinity,
    -Infinity,
    0.33,
    1 + 2e-9,
    1 + 5e-10,
    3 * (1 + 2e-9),
    1e-300,
    1e300,
  );

  it("accepts and refuses exactly what the rule-by-rule check does, with the same message (property)", () => {
    fc.assert(
      fc.property(
        reciprocalMatrix(1, 8).chain((a) =>
          fc.tuple(
            fc.constant(a),
            fc.array(fc.tuple(fc.nat(a.length - 1), fc.nat(a.length - 1), odd), { maxLength: 3 }),
          ),
        ),
        ([a, changes]) => {
          const range: unknown[][] = a.map((row) => [...row]);
          for (const [r, c, value] of changes) range[r][c] = value;
          const expected = outcome(() => ruleByRule(range));
          expect(outcome(() => flatJudgements(range).cells)).toEqual(expected);
          const into = new Float64Array(a.length * a.length);
          expect(outcome(() => flatJudgements(range, undefined, into).cells)).toEqual(expected);
        },
      ),
      { numRuns: 500 },
    );
  });
});
