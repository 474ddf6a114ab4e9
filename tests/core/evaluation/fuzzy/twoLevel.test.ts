import fc from "fast-check";
import { compose } from "../../../../src/core/evaluation/fuzzy/operators";
import {
  Category,
  globalWeights,
  stackedMembership,
  twoLevelEvaluation,
} from "../../../../src/core/evaluation/fuzzy/twoLevel";
import { maximumMembership } from "../../../../src/core/evaluation/fuzzy/verdict";
import { errorOf } from "../../../support/errors";
import { SISHOUKUI_2LEVEL as CASE, expectClose } from "./cases";

describe("twoLevelEvaluation: fce-sishoukui-2level", () => {
  it("M(·,+) reproduces the printed B [0.288, 0.354, 0.2355, 0.0865, 0.036] → 良好", () => {
    const { categoryResults, overall } = twoLevelEvaluation(CASE.category_weights, CASE.categories);
    expectClose(overall, CASE.published.B, CASE.tolerance.B);
    categoryResults.forEach((bk, k) => expectClose(bk, CASE.computed.category_results_weighted[k], 1e-12));
    expect(maximumMembership(overall, CASE.grades).grade).toBe(CASE.published.grade_max_membership);
  });

  it("M(∧,∨) ends in an exact tie, 优秀、良好 (evaluation.md §3.4)", () => {
    const { overall } = twoLevelEvaluation(CASE.category_weights, CASE.categories, "M(∧,∨)");
    expectClose(overall, CASE.computed.overall_min_max, 1e-15);
    expect(maximumMembership(overall, CASE.grades)).toMatchObject({ grade: "优秀、良好", tied: true });
  });

  it("one level with global weights equals two levels under M(·,+) but not under M(∧,∨)", () => {
    const weights = globalWeights(CASE.category_weights, CASE.categories);
    const membership = stackedMembership(CASE.categories);
    expect(weights).toHaveLength(18);
    expect(weights.slice(0, 4).map((w) => Number(w.toFixed(12)))).toEqual([0.08, 0.12, 0.12, 0.08]);
    expectClose(compose(weights, membership), CASE.published.B, CASE.tolerance.B);
    const minMaxOneLevel = compose(weights, membership, "M(∧,∨)");
    // The global weights are small (≤ 0.12), so min(aᵢ, rᵢⱼ) never reaches the two-level 0.3.
    expect(Math.max(...minMaxOneLevel)).toBeLessThanOrEqual(0.12);
  });
});

// K categories, each with its own local weights (Σ = 1) and row-stochastic memberships over the same m grades.
const positive = fc.double({ min: 0.01, max: 1, noNaN: true });
const normalise = (xs: number[]) => {
  const total = xs.reduce((s, x) => s + x, 0);
  return xs.map((x) => x / total);
};
const hierarchy = fc
  .record({ k: fc.integer({ min: 1, max: 4 }), m: fc.integer({ min: 2, max: 5 }) })
  .chain(({ k, m }) =>
    fc.record({
      categoryWeights: fc.array(positive, { minLength: k, maxLength: k }).map(normalise),
      categories: fc.array(
        fc.integer({ min: 1, max: 5 }).chain((n) =>
          fc.record({
            weights: fc.array(positive, { minLength: n, maxLength: n }).map(normalise),
            membership: fc.array(fc.array(positive, { minLength: m, maxLength: m }).map(normalise), {
              minLength: n,
              maxLength: n,
            }),
          }),
        ),
        { minLength: k, maxLength: k },
      ),
    }),
  );

describe("twoLevelEvaluation: properties", () => {
  it("one-level FCE with global weights equals two-level FCE with local weights under M(·,+)", () => {
    fc.assert(
      fc.property(hierarchy, ({ categoryWeights, categories }) => {
        const { overall } = twoLevelEvaluation(categoryWeights, categories);
        const oneLevel = compose(globalWeights(categoryWeights, categories), stackedMembership(categories));
        expectClose(overall, oneLevel, 1e-12);
      }),
    );
  });

  it("global weights sum to 1 when every level does; the overall B sums to 1", () => {
    fc.assert(
      fc.property(hierarchy, ({ categoryWeights, categories }) => {
        const weights = globalWeights(categoryWeights, categories);
        expect(Math.abs(weights.reduce((s, w) => s + w, 0) - 1)).toBeLessThan(1e-12);
        const { overall } = twoLevelEvaluation(categoryWeights, categories);
        expect(Math.abs(overall.reduce((s, b) => s + b, 0) - 1)).toBeLessThan(1e-9);
      }),
    );
  });

  it("accepts category results that reach 1 through rounding (Σ A = 1 + 1e-10, a crisp row)", () => {
    const categories: Category[] = [
      {
        weights: [0.3, 0.7 + 1e-10],
        membership: [
          [1, 0],
          [1, 0],
        ],
      },
    ];
    const { categoryResults, overall } = twoLevelEvaluation([1], categories);
    expect(categoryResults[0][0]).toBe(1);
    expect(overall).toEqual([1, 0]);
  });
});

describe("twoLevelEvaluation: errors", () => {
  const good: Category = {
    weights: [0.5, 0.5],
    membership: [
      [0.5, 0.5],
      [1, 0],
    ],
  };

  it("names the category whose weights are wrong, keeping the kind", () => {
    const error = errorOf(() => twoLevelEvaluation([0.5, 0.5], [good, { ...good, weights: [0.5, 0.4] }]));
    expect(error.kind).toBe("value");
    expect(error.en).toBe(
      "category 2: weights sum to 0.9: they must sum to 1 (within 1e-9): divide each by their sum; they are not renormalised silently",
    );
    expect(error.zh.startsWith("第 2 类：权重(weights) 之和为 0.9")).toBe(true);
  });

  it("names the category whose membership is wrong", () => {
    const error = errorOf(() =>
      twoLevelEvaluation(
        [0.5, 0.5],
        [
          {
            ...good,
            membership: [
              [0, 0],
              [1, 0],
            ],
          },
          good,
        ],
      ),
    );
    expect(error.en).toBe("category 1: membership row 1 is all zero: each factor must belong to at least one grade");
  });

  it("names the category weights when they are wrong", () => {
    const error = errorOf(() => twoLevelEvaluation([0.6, 0.6], [good, good]));
    expect(error.en).toContain("category weights sum to 1.2");
  });

  it("refuses categories with different grades", () => {
    const error = errorOf(() =>
      twoLevelEvaluation([0.5, 0.5], [good, { weights: [1], membership: [[0.2, 0.3, 0.5]] }]),
    );
    expect(error.kind).toBe("value");
    expect(error.en).toBe("category 2 has 3 grades but category 1 has 2: every category must use the same grades");
  });

  it("refuses a category weight count that differs from the categories, and no categories", () => {
    expect(errorOf(() => twoLevelEvaluation([1], [good, good])).en).toBe(
      "category weights has 1 items but categories has 2: they must correspond one to one",
    );
    expect(errorOf(() => twoLevelEvaluation([], [])).en).toBe("categories is empty");
    expect(errorOf(() => globalWeights([0.5, 0.5], [good])).kind).toBe("value");
    expect(errorOf(() => globalWeights([0.5, -0.5], [good, good])).en).toContain("category weights row 2 is -0.5");
  });
});
