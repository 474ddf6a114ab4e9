import fc from "fast-check";
import { compose } from "../../../../src/core/evaluation/fuzzy/operators";
import { fuzzyScore, maximumMembership } from "../../../../src/core/evaluation/fuzzy/verdict";
import { errorOf } from "../../../support/errors";
import { CLOTHING, SISHOUKUI, SISHOUKUI_2LEVEL, expectClose } from "./cases";

describe("maximumMembership", () => {
  it("fce-spssau-clothing under M(·,+): 一般, clear (margin 0.07 ≥ 0.05)", () => {
    const verdict = maximumMembership(CLOTHING.published.B, CLOTHING.grades);
    expect(verdict).toMatchObject({ index: 2, indices: [2], grade: "一般", tied: false, weak: false });
    expect(verdict.margin).toBeCloseTo(0.07, 12);
    expectClose(verdict.normalised, CLOTHING.published.B, 1e-12);
  });

  it("fce-spssau-clothing under M(∧,∨): 很欢迎, but weak (0.318 vs 0.273 of Σ B)", () => {
    const b = compose(CLOTHING.A, CLOTHING.R, "M(∧,∨)");
    const verdict = maximumMembership(b, CLOTHING.grades);
    expect(verdict).toMatchObject({ index: 0, grade: "很欢迎", tied: false, weak: true });
    expect(verdict.margin).toBeCloseTo(0.35 / 1.1 - 0.3 / 1.1, 12);
    expectClose(verdict.normalised, CLOTHING.computed_other_operators.min_max.B_norm, 1e-6);
  });

  it("compares after normalising, so the verdict is the same for B and k·B", () => {
    const b = compose(CLOTHING.A, CLOTHING.R, "M(∧,⊕)");
    expect(maximumMembership(b, CLOTHING.grades)).toEqual(
      maximumMembership(
        b.map((v) => v / 2),
        CLOTHING.grades,
      ),
    );
  });

  it("fce-sishoukui-2level category 1: the 0.39/0.39 tie gives 优秀、良好 (evaluation.md §3.4)", () => {
    const [category1] = SISHOUKUI_2LEVEL.categories;
    const b = compose(category1.weights, category1.membership);
    expectClose(b, SISHOUKUI_2LEVEL.computed.category_results_weighted[0], 1e-12);
    const verdict = maximumMembership(b, SISHOUKUI_2LEVEL.grades);
    expect(verdict).toMatchObject({
      index: 0,
      indices: [0, 1],
      grade: "优秀、良好",
      tied: true,
      weak: true,
      margin: 0,
    });
  });

  it("counts values within tieTolerance of the maximum as tied, and only those", () => {
    const grades = ["优", "良", "中"];
    expect(maximumMembership([0.5, 0.49, 0.01], grades).tied).toBe(false);
    expect(maximumMembership([0.5, 0.49, 0.01], grades, { tieTolerance: 0.02 })).toMatchObject({
      grade: "优、良",
      indices: [0, 1],
      tied: true,
    });
  });

  it("weakMargin sets when a verdict is weak", () => {
    const b = [0.45, 0.35, 0.2];
    const grades = ["优", "良", "中"];
    expect(maximumMembership(b, grades).weak).toBe(false);
    expect(maximumMembership(b, grades, { weakMargin: 0.15 }).weak).toBe(true);
  });

  it("picks a grade whose membership is the maximum, lists every maximum, and margin ≥ 0 (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 2, maxLength: 7 }), (counts) => {
        fc.pre(counts.some((n) => n > 0));
        const grades = counts.map((_, j) => `G${j + 1}`);
        const verdict = maximumMembership(counts, grades);
        const top = Math.max(...counts);
        expect(verdict.indices).toEqual(counts.flatMap((n, j) => (n === top ? [j] : [])));
        expect(verdict.index).toBe(verdict.indices[0]);
        expect(verdict.grade).toBe(verdict.indices.map((j) => grades[j]).join("、"));
        expect(verdict.tied).toBe(verdict.indices.length > 1);
        expect(verdict.margin).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it.each<[string, () => unknown, "value" | "div0", string]>([
    [
      "grades that do not match B",
      () => maximumMembership([0.5, 0.5], ["优", "良", "中"]),
      "value",
      "b has 2 items but grades has 3",
    ],
    ["a zero B", () => maximumMembership([0, 0], ["优", "良"]), "div0", "b sums to zero"],
    ["a negative entry", () => maximumMembership([0.5, -0.5], ["优", "良"]), "value", "b row 2 is -0.5"],
    ["a single grade", () => maximumMembership([1], ["优"]), "value", "b has 1 items: at least 2 are needed"],
    ["a blank grade label", () => maximumMembership([0.5, 0.5], ["优", " "]), "value", "grades row 2 is blank"],
    [
      "a weak margin above 1",
      () => maximumMembership([0.5, 0.5], ["优", "良"], { weakMargin: 5 }),
      "value",
      "weakMargin is 5: it must be between 0 and 1",
    ],
    [
      "a negative tie tolerance",
      () => maximumMembership([0.5, 0.5], ["优", "良"], { tieTolerance: -1 }),
      "value",
      "tieTolerance is -1",
    ],
  ])("refuses %s", (_, action, kind, message) => {
    const error = errorOf(action);
    expect(error.kind).toBe(kind);
    expect(error.en).toContain(message);
  });

  it("finds the top of 500 000 grades without spreading them as arguments (issue 9 §7)", () => {
    const b = Array.from({ length: 500_000 }, (_, j) => (j === 321_987 ? 0.9 : 0.1));
    const grades = b.map((_, j) => `g${j}`);
    expect(maximumMembership(b, grades).grade).toBe("g321987");
  });
});

describe("fuzzyScore", () => {
  const B = SISHOUKUI.published.B;
  it("fce-sishoukui-1level: 3.86 on the 5–1 scale", () => {
    expect(fuzzyScore(B, [5, 4, 3, 2, 1])).toBeCloseTo(
      SISHOUKUI.computed.weighted_average_score_grade_scores_5_4_3_2_1,
      9,
    );
  });

  it("fce-sishoukui-1level: 83.6 on the 95–55 scale", () => {
    expect(fuzzyScore(B, [95, 85, 75, 65, 55])).toBeCloseTo(
      SISHOUKUI.computed.weighted_average_score_grade_scores_95_85_75_65_55,
      9,
    );
  });

  it("k = 2 weights by bⱼ²: Σ bⱼ² sⱼ / Σ bⱼ²", () => {
    expect(fuzzyScore([0.6, 0.4], [10, 0], 2)).toBeCloseTo(3.6 / 0.52, 12);
    expect(fuzzyScore([0.6, 0.4], [10, 0])).toBeCloseTo(6, 12);
  });

  it("lies between the lowest and highest grade score, and larger k leans to the top grade (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 100 })), {
          minLength: 2,
          maxLength: 6,
        }),
        (pairs) => {
          const b = pairs.map(([v]) => v);
          const s = pairs.map(([, score]) => score);
          fc.pre(b.some((v) => v > 1e-3));
          const score = fuzzyScore(b, s);
          expect(score).toBeGreaterThanOrEqual(Math.min(...s) - 1e-9);
          expect(score).toBeLessThanOrEqual(Math.max(...s) + 1e-9);
        },
      ),
    );
    // With one clear maximum, k → ∞ gives the score of its grade.
    expect(fuzzyScore([0.2, 0.5, 0.3], [5, 3, 1], 200)).toBeCloseTo(3, 6);
  });

  it.each<[string, () => unknown, "value" | "div0", string]>([
    ["lengths that differ", () => fuzzyScore([0.5, 0.5], [1, 2, 3]), "value", "b has 2 items but scores has 3"],
    ["a zero B", () => fuzzyScore([0, 0], [1, 2]), "div0", "b sums to zero"],
    ["k = 0", () => fuzzyScore([0.5, 0.5], [1, 2], 0), "value", "k is 0: it must be positive"],
    ["a NaN score", () => fuzzyScore([0.5, 0.5], [1, NaN]), "value", "scores row 2 is not a finite number"],
  ])("refuses %s", (_, action, kind, message) => {
    const error = errorOf(action);
    expect(error.kind).toBe(kind);
    expect(error.en).toContain(message);
  });
});
