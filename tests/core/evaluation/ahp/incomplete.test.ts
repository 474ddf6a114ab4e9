import fc from "fast-check";
import {
  ahpWeights,
  harkerCompletion,
  lambdaMax,
  readIncompleteMatrix,
  validateJudgementMatrix,
} from "../../../../src/core/evaluation/ahp";
import { errorOf } from "../../../support/errors";
import { reciprocalMatrix } from "./arbitraries";
import { INCOMPLETE_CASE, fraction, maxDiff } from "./shelf";

const c = INCOMPLETE_CASE;
const given = c.matrix.map((row) => row.map(fraction));
const labels = c.labels as ("a" | "b" | "c" | "d")[];

describe(`harkerCompletion: ${c.id} (${c.source.citation})`, () => {
  const result = harkerCompletion(given);

  it(`weights equal computed_harker1987 (±${c.tolerance.weights})`, () => {
    const expected = labels.map((l) => c.computed_harker1987.weights[l]);
    expect(maxDiff(result.weights, expected)).toBeLessThanOrEqual(c.tolerance.weights);
  });

  it(`the implied a_cd is 0.7212 (±${c.tolerance.a_cd}), not Bozóki's 0.7303 that ahpy prints`, () => {
    expect(result.missing).toEqual([[2, 3]]);
    expect(Math.abs(result.completed[2][3] - c.computed_harker1987.implied_a_cd)).toBeLessThanOrEqual(c.tolerance.a_cd);
    expect(Math.abs(result.completed[2][3] - c.published["missing_(c,d)"].completed_a_cd)).toBeGreaterThan(0.005);
    expect(result.completed[3][2]).toBeCloseTo(1 / result.completed[2][3], 14);
  });

  it("λmax of Harker's matrix is 4.0924 (±1e-4, double precision) and equals λmax of the completed matrix", () => {
    expect(Math.abs(result.lambdaMax - c.computed_harker1987.lambda_max_of_harker_matrix)).toBeLessThanOrEqual(1e-4);
    expect(lambdaMax(result.completed)).toBeCloseTo(result.lambdaMax, 10);
  });

  it("keeps the given judgements and completes to a valid reciprocal matrix whose EVM weights are Harker's", () => {
    given.forEach((row, i) => row.forEach((v, j) => v !== null && expect(result.completed[i][j]).toBe(v)));
    expect(() => validateJudgementMatrix(result.completed)).not.toThrow();
    expect(maxDiff(ahpWeights(result.completed), result.weights)).toBeLessThanOrEqual(1e-10);
  });

  it("takes NaN and undefined for missing, like null", () => {
    const withNaN = given.map((row) => row.map((v) => (v === null ? NaN : v)));
    expect(harkerCompletion(withNaN).weights).toEqual(result.weights);
  });
});

describe("harkerCompletion (properties)", () => {
  it("is EVM when nothing is missing", () => {
    fc.assert(
      fc.property(reciprocalMatrix(1, 8), (a) => {
        const h = harkerCompletion(a);
        expect(h.missing).toEqual([]);
        expect(maxDiff(h.weights, ahpWeights(a))).toBeLessThanOrEqual(1e-10);
      }),
    );
  });

  it("recovers the weights exactly when the given judgements are consistent, whatever is missing (connected)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0.05, max: 1, noNaN: true }), { minLength: 3, maxLength: 8 }),
        fc.array(fc.boolean(), { minLength: 28, maxLength: 28 }),
        (raw, drop) => {
          const n = raw.length;
          const sum = raw.reduce((s, v) => s + v, 0);
          const w = raw.map((v) => v / sum);
          let k = 0;
          // Keep the chain (i, i+1) so the graph stays connected; drop other pairs at random.
          const a = w.map((wi, i) => w.map((wj, j) => (i === j ? 1 : wi / wj)) as (number | null)[]);
          for (let i = 0; i < n; i++)
            for (let j = i + 2; j < n; j++)
              if (drop[k++]) {
                a[i][j] = null;
                a[j][i] = null;
              }
          expect(maxDiff(harkerCompletion(a).weights, w)).toBeLessThanOrEqual(1e-9);
        },
      ),
    );
  });
});

describe("harkerCompletion errors", () => {
  it("refuses a comparison graph that is not connected, naming the criteria cut off (#VALUE!)", () => {
    const split = [
      [1, 2, null, null],
      [0.5, 1, null, null],
      [null, null, 1, 3],
      [null, null, 1 / 3, 1],
    ];
    const error = errorOf(() => harkerCompletion(split));
    expect(error.kind).toBe("value");
    expect(error.zh).toContain("判断矩阵(matrix) 中第 3、4 项与第 1 项之间没有任何直接或间接的比较");
    expect(error.en).toContain("criteria 3 and 4 are not compared with criterion 1, directly or through others");
    const lone = errorOf(() =>
      harkerCompletion([
        [1, 2, null],
        [0.5, 1, null],
        [null, null, 1],
      ]),
    );
    expect(lone.kind).toBe("value");
    expect(lone.zh).toContain("中第 3 项与第 1 项之间");
    expect(lone.en).toBe(
      "in matrix, criterion 3 is not compared with criterion 1, directly or through others, so the weights are undetermined: add at least one judgement linking them",
    );
  });

  it("checks the given judgements as in a complete matrix, naming the cell", () => {
    expect(
      errorOf(() =>
        harkerCompletion([
          [1, 0.33, null],
          [3, 1, 2],
          [null, 0.5, 1],
        ]),
      ).en,
    ).toContain("type =1/3");
    expect(
      errorOf(() =>
        harkerCompletion([
          [null, 2],
          [0.5, 1],
        ]),
      ).en,
    ).toContain("row 1, column 1 is blank");
    expect(
      errorOf(() =>
        harkerCompletion([
          [1, 0],
          [null, 1],
        ]),
      ).en,
    ).toContain("row 1, column 2 is 0");
    expect(errorOf(() => harkerCompletion([[1, 2, 3]])).kind).toBe("value");
  });
});

describe("readIncompleteMatrix", () => {
  it("reads blank pairs as missing and completes one-sided pairs with the reciprocal", () => {
    expect(
      readIncompleteMatrix([
        [1, 4, ""],
        [null, 1, 2],
        [undefined, null, 1],
      ]),
    ).toEqual([
      [1, 4, null],
      [0.25, 1, 2],
      [null, 0.5, 1],
    ]);
  });

  it("refuses text, naming the cell (#VALUE!)", () => {
    expect(
      errorOf(() =>
        readIncompleteMatrix([
          [1, "n/a"],
          [null, 1],
        ]),
      ).en,
    ).toBe('matrix row 1, column 2 is not a number ("n/a"): type a number');
  });
});
