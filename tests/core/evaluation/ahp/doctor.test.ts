import fc from "fast-check";
import {
  consistency,
  inconsistentJudgements,
  ordinalCycles,
  snapToScale,
  withJudgement,
} from "../../../../src/core/evaluation/ahp";
import { errorOf } from "../../../support/errors";
import { consistentMatrix, reciprocalMatrix, weightVector } from "./arbitraries";
import { ahpCase, matrixOf } from "./shelf";

const houseCase = ahpCase("ahp-8x8-saaty-house-inconsistent");
const revisedCase = ahpCase("ahp-8x8-saaty-house-a37-revised");
const house = matrixOf(houseCase.matrix);

describe("inconsistentJudgements (Saaty 2003 ε rule, as AHP-OS applies it)", () => {
  const advice = inconsistentJudgements(house);
  const worst = advice[0];

  it(`finds a₃₇ = 6 worst on Saaty's house matrix, ε ≈ 5.32, consistent value ≈ 1.13 (${houseCase.id}, notes; Saaty 2003)`, () => {
    expect(advice).toHaveLength(3);
    expect([worst.row, worst.column, worst.value]).toEqual([2, 6, 6]);
    // The shelf prints ε and w₃/w₇ to 2 decimals: ±0.005.
    expect(Math.abs(worst.epsilon - 5.32)).toBeLessThanOrEqual(0.005);
    expect(Math.abs(worst.consistentValue - 1.13)).toBeLessThanOrEqual(0.005);
    expect(worst.suggestedValue).toBe(snapToScale(worst.consistentValue));
    expect(worst.suggestedValue).toBe(1);
  });

  it("ranks by max(ε, 1/ε), worst first, rows before columns", () => {
    const folded = advice.map((a) => Math.max(a.epsilon, 1 / a.epsilon));
    expect(folded).toEqual([...folded].sort((p, q) => q - p));
    for (const a of advice) expect(a.row).toBeLessThan(a.column);
    // a₁₃ = 3 (ε 3.26) and a₁₇ = 1/3 (1/ε 3.11) come next.
    expect(advice.slice(1).map((a) => [a.row, a.column])).toEqual([
      [0, 2],
      [0, 6],
    ]);
  });

  it(`the original CR is 0.169 (${houseCase.id}, published, ±${houseCase.tolerance.CR})`, () => {
    expect(Math.abs(consistency(house).cr - (houseCase.published.CR as number))).toBeLessThanOrEqual(
      houseCase.tolerance.CR,
    );
  });

  it(`revising a₃₇ to 1/2 gives CR 0.0822 (${revisedCase.id}, computed_exact, ±${revisedCase.tolerance.CR})`, () => {
    const revised = withJudgement(house, worst.row, worst.column, 1 / 2);
    expect(revised).toEqual(matrixOf(revisedCase.matrix));
    const expected = revisedCase.computed_exact["CR_by_RI_table(eigen_lambda)"].saaty1980;
    expect(Math.abs(consistency(revised).cr - expected)).toBeLessThanOrEqual(revisedCase.tolerance.CR);
  });

  it("crAfter is the CR of the matrix with only the suggested value changed (the snapped 1 gives 0.088 here)", () => {
    for (const a of advice) {
      expect(a.crAfter).toBeCloseTo(consistency(withJudgement(house, a.row, a.column, a.suggestedValue)).cr, 12);
    }
    expect(worst.crAfter).toBeLessThan(0.1);
    expect(worst.crAfter).toBeGreaterThan(0.08);
  });

  it("uses the chosen RI table for crAfter", () => {
    const dd = inconsistentJudgements(house, 1, "DD1991")[0];
    expect(dd.crAfter).toBeCloseTo(consistency(withJudgement(house, 2, 6, 1), "DD1991").cr, 12);
  });

  it("gives no advice on a consistent matrix, and at most k items", () => {
    fc.assert(
      fc.property(weightVector(1, 9), (w) => {
        expect(inconsistentJudgements(consistentMatrix(w))).toEqual([]);
      }),
    );
    fc.assert(
      fc.property(reciprocalMatrix(1, 8), fc.integer({ min: 0, max: 30 }), (a, k) => {
        expect(inconsistentJudgements(a, k).length).toBeLessThanOrEqual(Math.min(k, (a.length * (a.length - 1)) / 2));
      }),
    );
  });

  it("refuses a k that is not a whole number ≥ 0 (#VALUE!)", () => {
    for (const k of [-1, 1.5, NaN]) expect(errorOf(() => inconsistentJudgements(house, k)).kind).toBe("value");
    expect(errorOf(() => inconsistentJudgements(house, -1)).en).toBe("k is -1: it must be a whole number, 0 or more");
  });
});

describe("ordinalCycles", () => {
  it("finds the cycle 1 ≻ 3 ≻ 7 ≻ 1 in Saaty's house matrix (a₁₃ = 3, a₃₇ = 6, a₇₁ = 3), and none after revising a₃₇", () => {
    expect(ordinalCycles(house)).toEqual([[0, 2, 6]]);
    expect(ordinalCycles(matrixOf(revisedCase.matrix))).toEqual([]);
  });

  it("lists each cycle once, from its smallest index, in either direction", () => {
    const cycle = [
      [1, 2, 1 / 2],
      [1 / 2, 1, 2],
      [2, 1 / 2, 1],
    ];
    expect(ordinalCycles(cycle)).toEqual([[0, 1, 2]]);
    expect(ordinalCycles(cycle.map((row, i) => row.map((_, j) => cycle[j][i])))).toEqual([[0, 2, 1]]);
  });

  it("ignores ties (aᵢⱼ = 1 is no preference) and finds none in a consistent matrix", () => {
    expect(
      ordinalCycles([
        [1, 1, 1],
        [1, 1, 1],
        [1, 1, 1],
      ]),
    ).toEqual([]);
    fc.assert(fc.property(weightVector(3, 9), (w) => expect(ordinalCycles(consistentMatrix(w))).toEqual([])));
  });

  it("every reported triple is a cycle, and the count matches a brute-force search (property)", () => {
    fc.assert(
      fc.property(reciprocalMatrix(3, 7), (a) => {
        const n = a.length;
        const found = new Set<string>();
        for (let i = 0; i < n; i++)
          for (let j = 0; j < n; j++)
            for (let k = 0; k < n; k++)
              if (i !== j && j !== k && i !== k && a[i][j] > 1 && a[j][k] > 1 && a[k][i] > 1) {
                found.add([i, j, k].sort().join());
              }
        const cycles = ordinalCycles(a);
        expect(cycles.length).toBe(found.size);
        for (const [i, j, k] of cycles) {
          expect(a[i][j] > 1 && a[j][k] > 1 && a[k][i] > 1).toBe(true);
          expect(i).toBeLessThan(Math.min(j, k));
        }
      }),
    );
  });
});
