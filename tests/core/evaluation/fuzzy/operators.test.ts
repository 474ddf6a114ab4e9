import fc from "fast-check";
import {
  FUZZY_OPERATORS,
  FuzzyOperator,
  OPERATOR_INFO,
  compose,
  normalise,
  parseOperator,
} from "../../../../src/core/evaluation/fuzzy/operators";
import { maximumMembership } from "../../../../src/core/evaluation/fuzzy/verdict";
import { errorOf } from "../../../support/errors";
import { CLOTHING as clothing, SISHOUKUI as sishoukui, expectClose } from "./cases";

/** The fixture's names for the operators other than M(·,+). */
const FIXTURE_OPERATORS: Record<keyof typeof clothing.computed_other_operators, FuzzyOperator> = {
  min_max: "M(∧,∨)",
  prod_max: "M(·,∨)",
  min_bsum: "M(∧,⊕)",
  prod_bsum: "M(·,⊕)",
};

describe("parseOperator", () => {
  it.each([
    ["M(·,+)", "M(·,+)"],
    ["M(∧,∨)", "M(∧,∨)"],
    ["M(·,∨)", "M(·,∨)"],
    ["M(∧,⊕)", "M(∧,⊕)"],
    ["M(·,⊕)", "M(·,⊕)"],
    ["weighted", "M(·,+)"],
    ["MinMax", "M(∧,∨)"],
    ["PRODMAX", "M(·,∨)"],
    ["minsum", "M(∧,⊕)"],
    ["ProdSum", "M(·,⊕)"],
    ["M(*,+)", "M(·,+)"],
    ["m(.,+)", "M(·,+)"],
    ["M(^,v)", "M(∧,∨)"],
    ["M(min,max)", "M(∧,∨)"],
    ["M(*,v)", "M(·,∨)"],
    ["M(^,(+))", "M(∧,⊕)"],
    ["M(∧,+)", "M(∧,⊕)"], // SPSSAU's name for the bounded min-sum
    ["M(*,(+))", "M(·,⊕)"],
    ["M(・,+)", "M(·,+)"], // katakana middle dot, as Chinese input methods type it
    [" M ( · , + ) ", "M(·,+)"],
    ["M（·，+）", "M(·,+)"], // full-width brackets and comma,
    ["加权平均型", "M(·,+)"],
    ["主因素决定型", "M(∧,∨)"],
  ])("reads %s as %s", (text, expected) => {
    expect(parseOperator(text)).toBe(expected);
  });

  it.each([undefined, null, "", "   "])("takes blank (%p) as the default M(·,+)", (text) => {
    expect(parseOperator(text)).toBe("M(·,+)");
  });

  it.each(["AVERAGE", "M(+,·)", "M(·,-)", 3, true])("refuses %p with #VALUE! listing the choices", (text) => {
    const error = errorOf(() => parseOperator(text));
    expect(error.kind).toBe("value");
    expect(error.en).toContain(`operator "${String(text)}" is not recognised`);
    for (const op of FUZZY_OPERATORS) {
      expect(error.en).toContain(op);
      expect(error.en).toContain(OPERATOR_INFO[op].ascii);
    }
    expect(error.zh).toContain("合成算子(operator)");
  });

  it("round-trips every operator and its ASCII alias", () => {
    for (const op of FUZZY_OPERATORS) {
      expect(parseOperator(op)).toBe(op);
      expect(parseOperator(OPERATOR_INFO[op].ascii)).toBe(op);
      expect(parseOperator(OPERATOR_INFO[op].zh)).toBe(op);
    }
  });

  it.each(["constructor", "M(constructor,constructor)", "M(__proto__,+)", "M(·,toString)"])(
    "refuses %s: only its own spellings name an operator (issue 9 §7)",
    (text) => expect(errorOf(() => parseOperator(text)).kind).toBe("value"),
  );
});

describe("compose: fce-spssau-clothing", () => {
  it("M(·,+) reproduces the published B [0.205, 0.32, 0.39, 0.085] → 一般", () => {
    const b = compose(clothing.A, clothing.R, "M(·,+)");
    expectClose(b, clothing.published.B, clothing.tolerance.B);
    expect(maximumMembership(b, clothing.grades).grade).toBe(clothing.published.grade_max_membership);
  });

  it("the default operator is M(·,+)", () => {
    expect(compose(clothing.A, clothing.R)).toEqual(compose(clothing.A, clothing.R, "M(·,+)"));
  });

  it.each(Object.entries(clothing.computed_other_operators))(
    "%s gives the computed B, B_norm and grade",
    (key, case_) => {
      const op = FIXTURE_OPERATORS[key as keyof typeof FIXTURE_OPERATORS];
      const b = compose(clothing.A, clothing.R, op);
      expectClose(b, case_.B, clothing.tolerance.B);
      expectClose(normalise(b), case_.B_norm, 1e-6); // printed to 6 decimals
      expect(maximumMembership(b, clothing.grades).grade).toBe(case_.grade);
    },
  );

  it("the verdict flips with the operator: 一般, 很欢迎, 欢迎", () => {
    const grade = (op: FuzzyOperator) => maximumMembership(compose(clothing.A, clothing.R, op), clothing.grades).grade;
    expect(grade("M(·,+)")).toBe("一般");
    expect(grade("M(∧,∨)")).toBe("很欢迎");
    expect(grade("M(∧,⊕)")).toBe("欢迎");
  });
});

describe("compose: fce-sishoukui-1level", () => {
  it("M(·,+) reproduces the published B [0.175, 0.53, 0.275, 0.02, 0] → 良好", () => {
    const b = compose(sishoukui.A, sishoukui.R);
    expectClose(b, sishoukui.published.B, sishoukui.tolerance.B);
    expect(maximumMembership(b, sishoukui.grades).grade).toBe(sishoukui.published.grade_max_membership);
  });
});

describe("compose: operators by hand", () => {
  const A = [0.6, 0.4];
  const R = [
    [0.5, 0.5],
    [1, 0],
  ];
  it.each<[FuzzyOperator, number[]]>([
    ["M(·,+)", [0.7, 0.3]],
    ["M(∧,∨)", [0.5, 0.5]],
    ["M(·,∨)", [0.4, 0.3]],
    ["M(∧,⊕)", [0.9, 0.5]],
    ["M(·,⊕)", [0.7, 0.3]],
  ])("%s", (op, expected) => {
    expectClose(compose(A, R, op), expected, 1e-15);
  });

  it("bounded sums cap at 1 where the plain sum would pass it", () => {
    const b = compose([0.9, 0.9], [[1], [1]], "M(∧,⊕)");
    expect(b).toEqual([1]);
    expect(compose([0.9, 0.9], [[1], [1]], "M(·,⊕)")).toEqual([1]);
  });

  it("the max/min operators accept weights that do not sum to 1", () => {
    expect(compose([0.9, 0.9], [[1], [1]], "M(∧,∨)")).toEqual([0.9]);
  });
});

// Row-stochastic memberships and weights summing to 1, n factors × m grades.
const weightsAndMembership = fc
  .record({ n: fc.integer({ min: 1, max: 8 }), m: fc.integer({ min: 1, max: 6 }) })
  .chain(({ n, m }) =>
    fc.record({
      a: fc.array(fc.double({ min: 0.01, max: 1, noNaN: true }), { minLength: n, maxLength: n }),
      r: fc.array(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: m, maxLength: m }), {
        minLength: n,
        maxLength: n,
      }),
      bump: fc.integer({ min: 0, max: m - 1 }),
    }),
  )
  .map(({ a, r, bump }) => {
    const total = a.reduce((s, x) => s + x, 0);
    const rows = r.map((row) => {
      const withMass = row.map((x, j) => (j === bump ? x + 0.01 : x));
      const rowTotal = withMass.reduce((s, x) => s + x, 0);
      return withMass.map((x) => x / rowTotal);
    });
    return { weights: a.map((x) => x / total), membership: rows };
  });

describe("compose: properties", () => {
  it("M(·,+) with Σ A = 1 and row-stochastic R gives Σ B = 1", () => {
    fc.assert(
      fc.property(weightsAndMembership, ({ weights, membership }) => {
        const b = compose(weights, membership, "M(·,+)");
        expect(Math.abs(b.reduce((s, x) => s + x, 0) - 1)).toBeLessThan(1e-9);
      }),
    );
  });

  it("M(·,⊕) equals M(·,+) when Σ A = 1", () => {
    fc.assert(
      fc.property(weightsAndMembership, ({ weights, membership }) => {
        expectClose(compose(weights, membership, "M(·,⊕)"), compose(weights, membership, "M(·,+)"), 1e-15);
      }),
    );
  });

  it("max never exceeds the (bounded) sum: M(∧,∨) ≤ M(∧,⊕) and M(·,∨) ≤ M(·,+); every bⱼ in [0, 1]", () => {
    fc.assert(
      fc.property(weightsAndMembership, ({ weights, membership }) => {
        const minMax = compose(weights, membership, "M(∧,∨)");
        const minSum = compose(weights, membership, "M(∧,⊕)");
        const prodMax = compose(weights, membership, "M(·,∨)");
        const prodSum = compose(weights, membership, "M(·,+)");
        minMax.forEach((v, j) => expect(v).toBeLessThanOrEqual(minSum[j]));
        prodMax.forEach((v, j) => expect(v).toBeLessThanOrEqual(prodSum[j] + 1e-15));
        for (const b of [minMax, minSum, prodMax, prodSum]) b.forEach((v) => expect(v >= 0 && v <= 1).toBe(true));
      }),
    );
  });

  it("normalise gives shares summing to 1 in the same proportions", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 10, noNaN: true }), { minLength: 1, maxLength: 8 }), (b) => {
        fc.pre(b.some((x) => x > 0));
        const shares = normalise(b);
        expect(Math.abs(shares.reduce((s, x) => s + x, 0) - 1)).toBeLessThan(1e-12);
        const total = b.reduce((s, x) => s + x, 0);
        shares.forEach((v, j) => expect(v * total).toBeCloseTo(b[j], 10));
      }),
    );
  });
});

describe("compose: errors", () => {
  const R = [
    [0.2, 0.8],
    [0.5, 0.5],
  ];

  it("refuses weights that do not sum to 1 under M(·,+), saying what they sum to", () => {
    const error = errorOf(() => compose([0.5, 0.4], R, "M(·,+)"));
    expect(error.kind).toBe("value");
    expect(error.en).toContain("weights sum to 0.9: they must sum to 1");
    expect(error.zh).toContain("权重(weights) 之和为 0.9，须为 1");
  });

  it("accepts Σ A = 1 up to 1e-9 and refuses beyond", () => {
    expect(() => compose([0.5, 0.5 + 5e-10], R)).not.toThrow();
    expect(errorOf(() => compose([0.5, 0.5 + 2e-9], R)).kind).toBe("value");
  });

  it("does not renormalise silently: the same weights are fine under the other operators", () => {
    expect(() => compose([0.5, 0.4], R, "M(∧,∨)")).not.toThrow();
  });

  it.each<[string, () => unknown, string]>([
    ["a negative weight", () => compose([0.5, -0.1], R, "M(∧,∨)"), "weights row 2 is -0.1: it cannot be negative"],
    [
      "a weight typed as a percentage",
      () => compose([25, 75], R, "M(∧,∨)"),
      "weights row 1 is 25: it must lie between 0 and 1: if it is a percentage, type 25% or 0.25",
    ],
    ["a NaN weight", () => compose([NaN, 1], R), "weights row 1 is not a finite number"],
    ["all-zero weights", () => compose([0, 0], R, "M(∧,∨)"), "weights are all zero"],
    ["no weights", () => compose([], []), "weights is empty"],
    ["a row count that differs", () => compose([0.5, 0.5], [[1, 0]]), "weights has 2 items but membership has 1 rows"],
    ["ragged rows", () => compose([0.5, 0.5], [[1, 0], [1]]), "membership row 2 has 1 columns but row 1 has 2"],
    [
      "a membership above 1",
      () =>
        compose(
          [0.5, 0.5],
          [
            [3, 0],
            [1, 0],
          ],
        ),
      "membership row 1, column 1 is 3",
    ],
    [
      "a negative membership",
      () =>
        compose(
          [0.5, 0.5],
          [
            [1, 0],
            [-0.5, 1],
          ],
        ),
      "membership row 2, column 1 is -0.5",
    ],
    [
      "an all-zero row",
      () =>
        compose(
          [0.5, 0.5],
          [
            [1, 0],
            [0, 0],
          ],
        ),
      "membership row 2 is all zero",
    ],
    ["no grades", () => compose([1], [[]]), "membership is empty"],
    ["an unknown operator", () => compose([1], [[1]], "M(+,+)" as FuzzyOperator), 'operator "M(+,+)"'],
  ])("refuses %s with #VALUE!", (_, action, message) => {
    const error = errorOf(action);
    expect(error.kind).toBe("value");
    expect(error.en).toContain(message);
    expect(error.zh.length).toBeGreaterThan(0);
    expect(error.message).toBe(`${error.zh} | ${error.en}`);
  });

  it("says how to turn votes into memberships when an entry is above 1", () => {
    expect(errorOf(() => compose([1], [[3, 2]])).zh).toContain("请先把每行除以该行总票数");
  });

  it("normalise: Σ B = 0 is #DIV/0!, a negative entry #VALUE!", () => {
    const zero = errorOf(() => normalise([0, 0, 0]));
    expect(zero.kind).toBe("div0");
    expect(zero.en).toBe("b sums to zero, which is the denominator");
    const negative = errorOf(() => normalise([0.5, -0.1]));
    expect(negative.kind).toBe("value");
    expect(negative.en).toContain("b row 2 is -0.1");
  });
});
