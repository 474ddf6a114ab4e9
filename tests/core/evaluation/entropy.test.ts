import fc from "fast-check";
import { combineWeights, entropyAnalysis, entropyWeights } from "../../../src/core/evaluation/entropy";
import { Direction, parseDirection } from "../../../src/core/evaluation/fuzzy/membership";
import ahp from "../../fixtures/ahp-public.json";
import { errorOf } from "../../support/errors";

interface EntropyCase {
  id: string;
  X: number[][];
  types: string[];
  computed: {
    minmax_textbook_SPSSAU_style: number[];
    entropy_e_minmax: number[];
    "pyDecision_entropy_method(sum-normalise, cost=1/x)": number[];
  };
  tolerance: { weights: number };
}

const CASE = (ahp.entropy_cases as EntropyCase[]).find((c) => c.id === "entropy-5x3-two-normalisations")!;
const directions = CASE.types.map(parseDirection); // "max"/"min" → benefit/cost

function expectClose(actual: readonly number[], expected: readonly number[], tolerance: number): void {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((v, j) => expect(Math.abs(v - expected[j])).toBeLessThanOrEqual(tolerance));
}

const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0);

describe("entropyWeights: entropy-5x3-two-normalisations", () => {
  it("reads the fixture's max/max/min as benefit/benefit/cost", () => {
    expect(directions).toEqual(["benefit", "benefit", "cost"]);
  });

  it("matches the min-max (SPSSAU) weights [0.3533, 0.3362, 0.3104] and entropies [0.82, 0.8287, 0.8418]", () => {
    const analysis = entropyAnalysis(CASE.X, directions);
    expectClose(analysis.weights, CASE.computed.minmax_textbook_SPSSAU_style, CASE.tolerance.weights);
    expectClose(analysis.entropy, CASE.computed.entropy_e_minmax, CASE.tolerance.weights);
    expect(entropyWeights(CASE.X, directions)).toEqual(analysis.weights);
  });

  it("is not pyDecision's variant (sum-normalise, 1/x for cost): criterion 2 gets 0.336, not 0.180", () => {
    const w = entropyWeights(CASE.X, directions);
    const pyDecision = CASE.computed["pyDecision_entropy_method(sum-normalise, cost=1/x)"];
    expect(Math.abs(w[1] - pyDecision[1])).toBeGreaterThan(0.1);
  });

  it("shows its steps: min-max columns span [0, 1], proportions sum to 1 per column, d = 1 − e", () => {
    const a = entropyAnalysis(CASE.X, directions);
    expect(a.normalised.map((row) => row[0])).toEqual([2 / 3, 1 / 3, 1, 0, 5 / 6]);
    expect(a.normalised.map((row) => row[2])).toEqual([0.5, 5 / 6, 0, 1, 2 / 3]); // cost: (max − x)/(max − min)
    for (let j = 0; j < 3; j++) expect(sum(a.proportions.map((row) => row[j]))).toBeCloseTo(1, 14);
    a.divergence.forEach((d, j) => expect(d).toBeCloseTo(1 - a.entropy[j], 15));
    expect(a.constant).toEqual([false, false, false]);
  });

  it("benefit is the default for every column", () => {
    expect(entropyWeights(CASE.X)).toEqual(entropyWeights(CASE.X, ["benefit", "benefit", "benefit"]));
    expect(entropyWeights(CASE.X)).not.toEqual(entropyWeights(CASE.X, directions));
  });
});

describe("entropyWeights: constant columns", () => {
  const withConstant = CASE.X.map((row) => [row[0], 7, row[1], row[2]]);

  it("gives a constant column weight 0 and leaves the others' weights as they were", () => {
    const a = entropyAnalysis(withConstant, ["benefit", "cost", "benefit", "cost"]);
    expect(a.constant).toEqual([false, true, false, false]);
    expect(a.weights[1]).toBe(0);
    expect(a.entropy[1]).toBe(1);
    expect(a.proportions.map((row) => row[1])).toEqual([0.2, 0.2, 0.2, 0.2, 0.2]);
    const without = entropyWeights(CASE.X, directions);
    expectClose([a.weights[0], a.weights[2], a.weights[3]], without, 1e-15);
  });

  it("refuses data where every column is constant with #DIV/0!", () => {
    const error = errorOf(() =>
      entropyWeights([
        [1, 5],
        [1, 5],
        [1, 5],
      ]),
    );
    expect(error.kind).toBe("div0");
    expect(error.en).toBe(
      "every indicator in data has the same value for all alternatives: the entropy method has nothing to weigh",
    );
  });
});

// m alternatives × n indicators of moderate integers (no catastrophic cancellation), with directions.
const table = fc
  .record({ m: fc.integer({ min: 2, max: 8 }), n: fc.integer({ min: 1, max: 5 }) })
  .chain(({ m, n }) =>
    fc.record({
      data: fc.array(fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: n, maxLength: n }), {
        minLength: m,
        maxLength: m,
      }),
      directions: fc.array(fc.constantFrom<Direction>("benefit", "cost"), { minLength: n, maxLength: n }),
      column: fc.integer({ min: 0, max: n - 1 }),
      factor: fc.double({ min: 1e-3, max: 1e3, noNaN: true }),
    }),
  )
  .filter(({ data }) => data[0].some((_, j) => data.some((row) => row[j] !== data[0][j])));

describe("entropyWeights: properties", () => {
  it("weights are ≥ 0 and sum to 1; entropies lie in [0, 1]", () => {
    fc.assert(
      fc.property(table, ({ data, directions }) => {
        const a = entropyAnalysis(data, directions);
        a.weights.forEach((w) => expect(w).toBeGreaterThanOrEqual(0));
        expect(Math.abs(sum(a.weights) - 1)).toBeLessThan(1e-12);
        a.entropy.forEach((e) => expect(e >= 0 && e <= 1).toBe(true));
      }),
    );
  });

  it("are invariant to scaling a column by a positive factor", () => {
    fc.assert(
      fc.property(table, ({ data, directions, column, factor }) => {
        const scaled = data.map((row) => row.map((x, j) => (j === column ? x * factor : x)));
        expectClose(entropyWeights(scaled, directions), entropyWeights(data, directions), 1e-9);
      }),
    );
  });

  it("are invariant to the order of the alternatives", () => {
    fc.assert(
      fc.property(table, ({ data, directions }) => {
        expectClose(entropyWeights([...data].reverse(), directions), entropyWeights(data, directions), 1e-12);
      }),
    );
  });

  it("a cost column weighs the same as the negated column read as benefit", () => {
    fc.assert(
      fc.property(table, ({ data, directions, column }) => {
        const flipped = data.map((row) => row.map((x, j) => (j === column ? -x : x)));
        const flippedDirections = directions.map((d, j) => (j === column ? (d === "benefit" ? "cost" : "benefit") : d));
        expectClose(entropyWeights(flipped, flippedDirections), entropyWeights(data, directions), 1e-12);
      }),
    );
  });
});

describe("entropyWeights: errors", () => {
  it.each<[string, () => unknown, string]>([
    [
      "a single alternative",
      () => entropyWeights([[1, 2, 3]]),
      "data has 1 alternatives (rows): at least 2 are needed",
    ],
    ["no data", () => entropyWeights([]), "data is empty"],
    ["ragged rows", () => entropyWeights([[1, 2], [3]]), "data row 2 has 1 columns but row 1 has 2"],
    [
      "a NaN",
      () =>
        entropyWeights([
          [1, 2],
          [3, NaN],
        ]),
      "data row 2, column 2 is not a finite number",
    ],
    [
      "directions that do not match the columns",
      () => entropyWeights(CASE.X, ["benefit", "cost"]),
      "directions has 2 items but data has 3",
    ],
    [
      "an unknown direction",
      () => entropyWeights(CASE.X, ["benefit", "cost", "sideways" as Direction]),
      'direction "sideways" is not recognised',
    ],
  ])("refuses %s with #VALUE!", (_, action, message) => {
    const error = errorOf(action);
    expect(error.kind).toBe("value");
    expect(error.en).toContain(message);
  });
});

describe("combineWeights", () => {
  const subjective = [0.5, 0.3, 0.2];
  const objective = [0.2, 0.3, 0.5];

  it("linear: α·w_s + (1 − α)·w_o", () => {
    expectClose(combineWeights(subjective, objective, { kind: "linear", alpha: 0.5 }), [0.35, 0.3, 0.35], 1e-15);
    expect(combineWeights(subjective, objective, { kind: "linear", alpha: 1 })).toEqual(subjective);
    expect(combineWeights(subjective, objective, { kind: "linear", alpha: 0 })).toEqual(objective);
  });

  it("multiplicative: sᵢ·oᵢ / Σ sⱼ·oⱼ", () => {
    expectClose(
      combineWeights(subjective, objective, { kind: "multiplicative" }),
      [0.1 / 0.29, 0.09 / 0.29, 0.1 / 0.29],
      1e-15,
    );
  });

  it("multiplicative is scale-free, so unnormalised vectors give the same result", () => {
    expectClose(
      combineWeights([5, 3, 2], [0.4, 0.6, 1], { kind: "multiplicative" }),
      combineWeights(subjective, objective, { kind: "multiplicative" }),
      1e-15,
    );
  });

  const pair = fc.integer({ min: 1, max: 8 }).chain((n) =>
    fc.record({
      s: fc.array(fc.double({ min: 0.01, max: 1, noNaN: true }), { minLength: n, maxLength: n }),
      o: fc.array(fc.double({ min: 0.01, max: 1, noNaN: true }), { minLength: n, maxLength: n }),
      alpha: fc.double({ min: 0, max: 1, noNaN: true }),
    }),
  );
  const unit = (xs: number[]) => xs.map((x) => x / sum(xs));

  it("both forms give weights that sum to 1; linear lies between the two inputs (property)", () => {
    fc.assert(
      fc.property(pair, ({ s, o, alpha }) => {
        const [ws, wo] = [unit(s), unit(o)];
        const linear = combineWeights(ws, wo, { kind: "linear", alpha });
        const product = combineWeights(ws, wo, { kind: "multiplicative" });
        expect(Math.abs(sum(linear) - 1)).toBeLessThan(1e-12);
        expect(Math.abs(sum(product) - 1)).toBeLessThan(1e-12);
        linear.forEach((w, i) => {
          expect(w).toBeGreaterThanOrEqual(Math.min(ws[i], wo[i]) - 1e-15);
          expect(w).toBeLessThanOrEqual(Math.max(ws[i], wo[i]) + 1e-15);
        });
      }),
    );
  });

  it.each<[string, () => unknown, "value" | "div0", string]>([
    [
      "α outside [0, 1]",
      () => combineWeights(subjective, objective, { kind: "linear", alpha: 1.5 }),
      "value",
      "alpha is 1.5: it must be between 0 and 1",
    ],
    [
      "linear with weights that do not sum to 1",
      () => combineWeights([0.5, 0.3, 0.1], objective, { kind: "linear", alpha: 0.5 }),
      "value",
      "subjective sum to 0.9: they must sum to 1",
    ],
    [
      "lengths that differ",
      () => combineWeights([0.5, 0.5], objective, { kind: "multiplicative" }),
      "value",
      "subjective has 2 items but objective has 3",
    ],
    [
      "a negative weight",
      () => combineWeights(subjective, [0.5, 0.6, -0.1], { kind: "multiplicative" }),
      "value",
      "objective row 3 is -0.1: it cannot be negative",
    ],
    [
      "all-zero weights",
      () => combineWeights([0, 0, 0], objective, { kind: "multiplicative" }),
      "value",
      "subjective are all zero",
    ],
    [
      "multiplicative with no indicator positive in both",
      () => combineWeights([1, 0], [0, 1], { kind: "multiplicative" }),
      "div0",
      "no indicator has both subjective and objective positive",
    ],
  ])("refuses %s", (_, action, kind, message) => {
    const error = errorOf(action);
    expect(error.kind).toBe(kind);
    expect(error.en).toContain(message);
  });
});
