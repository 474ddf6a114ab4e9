import fc from "fast-check";
import {
  WeightMethod,
  ahpWeights,
  consistency,
  lambdaEstimate,
  lambdaMax,
  parseWeightMethod,
  principalEigen,
  readJudgementMatrix,
  solveJudgementMatrix,
} from "../../../../src/core/evaluation/ahp";
import { powerIteration } from "../../../../src/core/evaluation/ahp/weights";
import { errorOf } from "../../../support/errors";
import { consistentMatrix, permutation, reciprocalMatrix, weightVector } from "./arbitraries";
import { ahpCase, matrixOf, maxDiff } from "./shelf";

const METHODS: WeightMethod[] = ["EVM", "RGMM", "AN"];
const house = matrixOf(ahpCase("ahp-8x8-saaty-house-inconsistent").matrix);

describe("weights (evaluation.md §4.2 properties)", () => {
  it("a consistent matrix aᵢⱼ = wᵢ/wⱼ gives λmax = n, CR = 0 and EVM = RGMM = AN = w", () => {
    fc.assert(
      fc.property(weightVector(1, 12), (w) => {
        const a = consistentMatrix(w);
        expect(Math.abs(lambdaMax(a) - w.length)).toBeLessThanOrEqual(1e-9);
        expect(consistency(a).cr).toBeLessThanOrEqual(1e-9);
        for (const method of METHODS) expect(maxDiff(ahpWeights(a, method), w)).toBeLessThanOrEqual(1e-9);
      }),
    );
  });

  it("permuting the criteria permutes the weights, by every method", () => {
    fc.assert(
      fc.property(
        reciprocalMatrix(2, 9).chain((a) => fc.tuple(fc.constant(a), permutation(a.length))),
        ([a, p]) => {
          const permuted = p.map((pi) => p.map((pj) => a[pi][pj]));
          for (const method of METHODS) {
            const w = ahpWeights(a, method);
            expect(
              maxDiff(
                ahpWeights(permuted, method),
                p.map((pi) => w[pi]),
              ),
            ).toBeLessThanOrEqual(1e-9);
          }
        },
      ),
    );
  });

  it("RGMM of the transpose is ∝ 1/w exactly, so the order is reversed (not asserted for EVM: Johnson et al. 1979)", () => {
    fc.assert(
      fc.property(reciprocalMatrix(2, 9), (a) => {
        const w = ahpWeights(a, "RGMM");
        const transposed = a.map((row, i) => row.map((_, j) => a[j][i]));
        const wt = ahpWeights(transposed, "RGMM");
        const inverse = w.map((v) => 1 / v);
        const sum = inverse.reduce((s, v) => s + v, 0);
        expect(
          maxDiff(
            wt,
            inverse.map((v) => v / sum),
          ),
        ).toBeLessThanOrEqual(1e-12);
        for (let i = 0; i < w.length; i++) {
          for (let j = 0; j < w.length; j++) if (w[i] > w[j] * (1 + 1e-9)) expect(wt[i]).toBeLessThan(wt[j]);
        }
      }),
    );
  });

  it("for n = 3, EVM = RGMM exactly", () => {
    fc.assert(
      fc.property(reciprocalMatrix(3, 3), (a) => {
        expect(maxDiff(ahpWeights(a, "EVM"), ahpWeights(a, "RGMM"))).toBeLessThanOrEqual(1e-12);
      }),
    );
  });

  it("EVM solves A·w = λmax·w with λmax ≥ n, positive weights summing to 1", () => {
    fc.assert(
      fc.property(reciprocalMatrix(1, 12), (a) => {
        const n = a.length;
        const { weights: w, lambdaMax: lambda } = principalEigen(a);
        expect(lambda).toBeGreaterThanOrEqual(n - 1e-9);
        expect(Math.abs(w.reduce((s, v) => s + v, 0) - 1)).toBeLessThanOrEqual(1e-12);
        a.forEach((row, i) => {
          expect(w[i]).toBeGreaterThan(0);
          const aw = row.reduce((s, v, j) => s + v * w[j], 0);
          expect(Math.abs(aw - lambda * w[i])).toBeLessThanOrEqual(1e-9 * lambda * w[i]);
        });
      }),
    );
  });

  it("λmax is the EVM eigenvalue whatever the weight method: the RGMM estimate differs on the house matrix", () => {
    // Saaty's house: true λmax 9.6689 (CR 0.169); mean((Aw)ᵢ/wᵢ) with RGMM weights is 9.5932 (pyDecision's 0.161).
    expect(lambdaMax(house)).toBeCloseTo(9.668887, 5);
    expect(lambdaEstimate(house, ahpWeights(house, "RGMM"))).toBeCloseTo(9.593203, 5);
  });

  it("refuses a 65 536-row column as not square before allocating anything (issue 9 §7)", () => {
    const column = Array.from({ length: 65_536 }, () => [1]);
    const error = errorOf(() => solveJudgementMatrix(column));
    expect([error.kind, error.en]).toEqual(["value", expect.stringContaining("must be square")]);
  });

  it("gives weight 1 to a 1×1 matrix", () => {
    for (const method of METHODS) expect(ahpWeights([[1]], method)).toEqual([1]);
    expect(principalEigen([[1]])).toEqual({ weights: [1], lambdaMax: 1, iterations: 1 });
  });

  it("refuses an invalid matrix before computing (#VALUE!)", () => {
    expect(
      errorOf(() =>
        ahpWeights([
          [1, 0.33],
          [3, 1],
        ]),
      ).en,
    ).toContain("type =1/3");
    expect(errorOf(() => lambdaMax([[1, 2, 3]])).kind).toBe("value");
    expect(
      errorOf(() =>
        principalEigen([
          [1, -2],
          [-0.5, 1],
        ]),
      ).kind,
    ).toBe("value");
  });

  it("refuses λ estimates with weights of the wrong length or not positive", () => {
    expect(
      errorOf(() =>
        lambdaEstimate(
          [
            [1, 2],
            [0.5, 1],
          ],
          [1],
        ),
      ).kind,
    ).toBe("value");
    expect(
      errorOf(() =>
        lambdaEstimate(
          [
            [1, 2],
            [0.5, 1],
          ],
          [1, 0],
        ),
      ).en,
    ).toContain("row 2 is 0");
  });

  it("reports #NUM! when plain power iteration cannot converge (a matrix that is not primitive)", () => {
    const swap = Float64Array.from([0, 1, 1, 0]);
    const error = errorOf(() => powerIteration(swap, 2, Float64Array.from([0.9, 0.1]), false));
    expect(error.kind).toBe("num");
    expect(error.en).toContain("did not converge in 10000 steps");
    // (σI − A)⁻¹ is positive for every irreducible A, periodic or not: the shifted steps find its Perron vector.
    const shifted = powerIteration(swap, 2, Float64Array.from([0.9, 0.1]));
    expect(maxDiff(Array.from(shifted.weights), [0.5, 0.5])).toBeLessThanOrEqual(1e-12);
    expect(shifted.lambdaMax).toBeCloseTo(1, 12);
  });
});

describe("parseWeightMethod", () => {
  it("reads EVM, RGMM, AN in any case and the Chinese names", () => {
    expect(["evm", " Rgmm ", "AN", "特征向量法", "方根法", "和积法"].map(parseWeightMethod)).toEqual([
      "EVM",
      "RGMM",
      "AN",
      "EVM",
      "RGMM",
      "AN",
    ]);
    expect(parseWeightMethod([["rgmm"]])).toBe("RGMM");
  });

  it("takes a blank as the default EVM", () => {
    expect(parseWeightMethod(undefined)).toBe("EVM");
    expect(parseWeightMethod("")).toBe("EVM");
  });

  it("refuses anything else with #VALUE! listing the choices", () => {
    const error = errorOf(() => parseWeightMethod("eigen"));
    expect(error.kind).toBe("value");
    expect(error.zh).toBe("权重方法(method) “eigen” 无法识别：可选 EVM(特征向量法，默认)、RGMM(方根法)、AN(和积法)");
    expect(error.en).toContain('method "eigen" is not recognised: choose EVM');
    expect(error.en).toContain("RGMM");
    expect(errorOf(() => parseWeightMethod(1)).kind).toBe("value");
    expect(errorOf(() => parseWeightMethod([["EVM", "AN"]])).en).toContain("single value");
  });
});

describe("speed", () => {
  /** Median µs per call of `action`, in batches, after warm-up. */
  function medianMicros(action: () => number, samples = 400, batch = 50): number {
    let sink = 0;
    for (let i = 0; i < 5000; i++) sink += action();
    const times: number[] = [];
    for (let s = 0; s < samples; s++) {
      const start = process.hrtime.bigint();
      for (let i = 0; i < batch; i++) sink += action();
      times.push(Number(process.hrtime.bigint() - start) / batch / 1000);
    }
    expect(Number.isFinite(sink)).toBe(true);
    return times.sort((p, q) => p - q)[Math.floor(samples / 2)];
  }

  it("computes EVM weights + CR of the 8×8 house matrix in well under 50 µs (median after warm-up)", () => {
    const micros = medianMicros(() => ahpWeights(house, "EVM")[0] + consistency(house).cr);
    expect(micros).toBeLessThan(50);
  });
});

describe("solveJudgementMatrix", () => {
  it("reads, checks and solves a range in one pass, as readJudgementMatrix + principalEigen do", () => {
    const range = [
      [1, 5, 1 / 3],
      [null, 1, 1 / 7],
      ["", null, 1],
    ];
    const solved = solveJudgementMatrix(range);
    const a = readJudgementMatrix(range);
    expect(solved.a).toEqual(a);
    expect(solved.weights).toEqual(principalEigen(a).weights);
    expect(solved.lambdaMax).toBe(principalEigen(a).lambdaMax);
    expect(() =>
      solveJudgementMatrix([
        [1, 3],
        [0.33, 1],
      ]),
    ).toThrow(/=1\/3/);
  });
});
