import fc from "fast-check";
import {
  aggregateJudgements,
  aggregatePriorities,
  ahpWeights,
  consistency,
  perExpertConsistency,
  validateJudgementMatrix,
} from "../../../../src/core/evaluation/ahp";
import { errorOf } from "../../../support/errors";
import { reciprocalMatrix } from "./arbitraries";
import { GROUP_CASE, matrixOf, maxDiff } from "./shelf";

const g = GROUP_CASE;
const experts = g.expert_matrices.map(matrixOf);
const tolerance = g.tolerance.weights;

describe(`${g.id} (${g.source.citation})`, () => {
  const aij = aggregateJudgements(experts, g.expert_weights);

  it("AIJ first row is the element-wise geometric mean (1, 3.4641, 4.5826, 4.5826)", () => {
    expect(maxDiff(aij[0], g.computed.AIJ_matrix_first_row)).toBeLessThanOrEqual(1e-6);
  });

  it(`AIJ then EVM gives 0.5754, 0.19, 0.1124, 0.1222 (±${tolerance})`, () => {
    expect(maxDiff(ahpWeights(aij, "EVM"), g.computed.AIJ_then_eigenvector)).toBeLessThanOrEqual(tolerance);
  });

  it(`AIJ then RGMM equals the geometric AIP of the experts' RGMM weights (±${tolerance}; exactly, to 1e-12)`, () => {
    const aip = aggregatePriorities(
      experts.map((a) => ahpWeights(a, "RGMM")),
      g.expert_weights,
    );
    expect(maxDiff(ahpWeights(aij, "RGMM"), g.computed.AIJ_then_RGMM)).toBeLessThanOrEqual(tolerance);
    expect(maxDiff(aip, g.computed.AIP_geometric_of_RGMM)).toBeLessThanOrEqual(tolerance);
    expect(maxDiff(aip, ahpWeights(aij, "RGMM"))).toBeLessThanOrEqual(1e-12);
  });

  it("equal weights are the default", () => {
    expect(aggregateJudgements(experts)).toEqual(aij);
  });

  it("reports each expert's consistency with the chosen RI table", () => {
    const each = perExpertConsistency(experts, "SAATY2005");
    expect(each.map((c) => c.cr)).toEqual(experts.map((a) => consistency(a, "SAATY2005").cr));
    // The two experts are the shelf's leader and car criteria matrices: CR 0.0444 and 0.0746 with Saaty 2005.
    expect(each[0].cr).toBeCloseTo(0.0444, 4);
    expect(each[1].cr).toBeCloseTo(0.0746, 4);
  });
});

describe("AIJ and AIP (properties)", () => {
  const group = fc
    .integer({ min: 2, max: 6 })
    .chain((n) =>
      fc.tuple(
        fc.array(reciprocalMatrix(n, n), { minLength: 1, maxLength: 5 }),
        fc.array(fc.double({ min: 0.01, max: 10, noNaN: true }), { minLength: 5, maxLength: 5 }),
      ),
    );

  it("AIJ is a valid reciprocal matrix and, with RGMM, equals weighted geometric AIP for any expert weights", () => {
    fc.assert(
      fc.property(group, ([matrices, rawWeights]) => {
        const weights = rawWeights.slice(0, matrices.length);
        const aij = aggregateJudgements(matrices, weights);
        expect(() => validateJudgementMatrix(aij)).not.toThrow();
        const aip = aggregatePriorities(
          matrices.map((a) => ahpWeights(a, "RGMM")),
          weights,
        );
        expect(maxDiff(ahpWeights(aij, "RGMM"), aip)).toBeLessThanOrEqual(1e-12);
      }),
    );
  });

  it("one expert, or identical experts, give that expert's matrix; scaling the expert weights changes nothing", () => {
    fc.assert(
      fc.property(reciprocalMatrix(1, 6), fc.double({ min: 0.1, max: 100, noNaN: true }), (a, s) => {
        expect(maxDiff(aggregateJudgements([a]).flat(), a.flat())).toBeLessThanOrEqual(1e-12);
        expect(maxDiff(aggregateJudgements([a, a, a], [1, 2, 3]).flat(), a.flat())).toBeLessThanOrEqual(1e-12);
        const b = a.map((row) => row.map((v) => 1 / v));
        const scaled = aggregateJudgements([a, b], [s, 2 * s]).flat();
        expect(maxDiff(scaled, aggregateJudgements([a, b], [1, 2]).flat())).toBeLessThanOrEqual(1e-12);
      }),
    );
  });

  it("arithmetic AIP is the weighted mean of the priorities, summing to 1", () => {
    const aip = aggregatePriorities(
      [
        [0.5, 0.3, 0.2],
        [0.2, 0.2, 0.6],
      ],
      [3, 1],
      "arithmetic",
    );
    expect(maxDiff(aip, [0.425, 0.275, 0.3])).toBeLessThanOrEqual(1e-15);
  });

  it("an expert with weight 0 takes no part", () => {
    expect(
      aggregatePriorities(
        [
          [0.5, 0.5],
          [0, 1],
        ],
        [1, 0],
      ),
    ).toEqual([0.5, 0.5]);
  });
});

describe("group errors", () => {
  const a3 = [
    [1, 2, 3],
    [0.5, 1, 2],
    [1 / 3, 0.5, 1],
  ];

  it("refuses matrices of different sizes, naming the expert (#VALUE!)", () => {
    const error = errorOf(() =>
      aggregateJudgements([
        a3,
        [
          [1, 2],
          [0.5, 1],
        ],
      ]),
    );
    expect(error.kind).toBe("value");
    expect(error.en).toBe(
      "the matrix of expert 2 is 2 × 2 but that of expert 1 is 3 × 3: all experts must compare the same criteria",
    );
  });

  it("names the expert whose matrix has a bad cell", () => {
    const bad = a3.map((row) => [...row]);
    bad[2][0] = 0.33;
    const error = errorOf(() => aggregateJudgements([a3, bad]));
    expect(error.zh).toContain("第 2 位专家的判断矩阵(matrix of expert 2)第 3 行第 1 列 为 0.33");
    expect(error.en).toContain("matrix of expert 2 row 3, column 1 is 0.33");
  });

  it("refuses negative or non-finite expert weights (#VALUE!), an all-zero set (#DIV/0!), and a count mismatch", () => {
    expect(errorOf(() => aggregateJudgements([a3, a3], [1, -1])).en).toBe(
      "expert weights row 2 is -1: it cannot be negative",
    );
    expect(errorOf(() => aggregateJudgements([a3, a3], [1, NaN])).kind).toBe("value");
    const zero = errorOf(() => aggregateJudgements([a3, a3], [0, 0]));
    expect(zero.kind).toBe("div0");
    expect(zero.en).toBe("expert weights sum to zero and cannot be normalised: at least one must be above 0");
    expect(errorOf(() => aggregateJudgements([a3, a3], [1])).en).toBe(
      "expert weights has 1 items but there are 2 experts: one weight per expert",
    );
    expect(errorOf(() => aggregateJudgements([])).kind).toBe("value");
  });

  it("refuses priorities of different lengths or negative, and all-zero priorities", () => {
    expect(errorOf(() => aggregatePriorities([[0.5, 0.5], [1]])).kind).toBe("value");
    expect(errorOf(() => aggregatePriorities([[1.5, -0.5]])).en).toContain("cannot be negative");
    expect(errorOf(() => aggregatePriorities([[0, 0]])).kind).toBe("div0");
    expect(errorOf(() => aggregatePriorities([])).kind).toBe("value");
  });
});
