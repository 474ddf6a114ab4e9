import fc from "fast-check";
import {
  Direction,
  membershipFromVotes,
  parseDirection,
  ridgeMembership,
  trapezoidalMembership,
  triangularMembership,
} from "../../../../src/core/evaluation/fuzzy/membership";
import { errorOf } from "../../../support/errors";

function expectClose(actual: readonly number[], expected: readonly number[], tolerance = 1e-12): void {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((v, j) => expect(Math.abs(v - expected[j])).toBeLessThanOrEqual(tolerance));
}

describe("membershipFromVotes", () => {
  it("turns vote counts into row proportions (Si Shoukui: 10 voters, 1/5/4/0/0 → 0.1/0.5/0.4/0/0)", () => {
    const rows = membershipFromVotes([
      [1, 5, 4, 0, 0],
      [2, 5, 2, 1, 0],
    ]);
    expect(rows).toHaveLength(2);
    expectClose(rows[0], [0.1, 0.5, 0.4, 0, 0]);
    expectClose(rows[1], [0.2, 0.5, 0.2, 0.1, 0]);
  });

  it("leaves proportions that already sum to 1 as they are, and rescales ones that do not", () => {
    expectClose(membershipFromVotes([[0.2, 0.3, 0.5]])[0], [0.2, 0.3, 0.5]);
    expectClose(membershipFromVotes([[0.2, 0.2, 0.4]])[0], [0.25, 0.25, 0.5]);
  });

  it("every row sums to 1 (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.integer({ min: 0, max: 30 }), { minLength: 4, maxLength: 4 }), { minLength: 1 }),
        (counts) => {
          fc.pre(counts.every((row) => row.some((n) => n > 0)));
          for (const row of membershipFromVotes(counts)) {
            expect(Math.abs(row.reduce((s, x) => s + x, 0) - 1)).toBeLessThan(1e-12);
          }
        },
      ),
    );
  });

  it.each<[string, number[][], string]>([
    ["a negative count", [[1, -2, 3]], "votes row 1, column 2 is -2: it cannot be negative"],
    [
      "an all-zero row",
      [
        [1, 2],
        [0, 0],
      ],
      "votes row 2 is all zero",
    ],
    ["ragged rows", [[1, 2], [3]], "votes row 2 has 1 columns but row 1 has 2"],
    ["no rows", [], "votes is empty"],
    ["a NaN", [[1, NaN]], "votes row 1, column 2 is not a finite number"],
  ])("refuses %s with #VALUE! naming it", (_, counts, message) => {
    const error = errorOf(() => membershipFromVotes(counts));
    expect(error.kind).toBe("value");
    expect(error.en).toContain(message);
  });
});

describe("parseDirection", () => {
  it.each<[unknown, Direction]>([
    ["benefit", "benefit"],
    ["Benefit", "benefit"],
    ["COST", "cost"],
    ["正向", "benefit"],
    ["负向", "cost"],
    ["效益型", "benefit"],
    ["成本型", "cost"],
    ["越大越好", "benefit"],
    ["越小越好", "cost"],
    ["max", "benefit"],
    ["min", "cost"],
    [" cost ", "cost"],
    [undefined, "benefit"],
    [null, "benefit"],
    ["", "benefit"],
  ])("reads %p as %s", (text, expected) => {
    expect(parseDirection(text)).toBe(expected);
  });

  it.each(["中间型", "up", 1, "constructor"])("refuses %p with #VALUE! listing the choices", (text) => {
    const error = errorOf(() => parseDirection(text));
    expect(error.kind).toBe("value");
    expect(error.en).toContain(`direction "${String(text)}" is not recognised`);
    expect(error.en).toContain("benefit");
    expect(error.en).toContain("cost");
    expect(error.zh).toContain("越小越好");
  });
});

describe("triangularMembership", () => {
  const benefit = [90, 80, 70, 60];
  it.each<[number, number[]]>([
    [95, [1, 0, 0, 0]],
    [90, [1, 0, 0, 0]],
    [85, [0.5, 0.5, 0, 0]],
    [80, [0, 1, 0, 0]],
    [72.5, [0, 0.25, 0.75, 0]],
    [62.5, [0, 0, 0.25, 0.75]],
    [60, [0, 0, 0, 1]],
    [10, [0, 0, 0, 1]],
  ])("benefit, break points 90/80/70/60: %p → %p", (value, expected) => {
    expectClose(triangularMembership(value, benefit), expected);
  });

  it.each<[number, number[]]>([
    [5, [1, 0, 0]],
    [15, [0.5, 0.5, 0]],
    [20, [0, 1, 0]],
    [27.5, [0, 0.25, 0.75]],
    [40, [0, 0, 1]],
  ])("cost, break points 10/20/30: %p → %p", (value, expected) => {
    expectClose(triangularMembership(value, [10, 20, 30], "cost"), expected);
  });

  it("benefit is the default direction", () => {
    expect(triangularMembership(85, benefit)).toEqual(triangularMembership(85, benefit, "benefit"));
  });

  it.each<[string, () => unknown, "num" | "value", string]>([
    [
      "increasing break points for a benefit indicator",
      () => triangularMembership(5, [1, 2, 3]),
      "num",
      "must be strictly decreasing (s₁ > s₂ > …), best grade first; got 1, 2, 3",
    ],
    [
      "decreasing break points for a cost indicator",
      () => triangularMembership(5, [3, 2, 1], "cost"),
      "num",
      "must be strictly increasing (s₁ < s₂ < …), best grade first; got 3, 2, 1",
    ],
    ["repeated break points", () => triangularMembership(5, [3, 2, 2]), "num", "strictly decreasing"],
    ["a single grade", () => triangularMembership(5, [3]), "value", "thresholds has 1 items: at least 2 are needed"],
    ["no break points", () => triangularMembership(5, []), "value", "thresholds is empty"],
    ["a NaN value", () => triangularMembership(NaN, [3, 2]), "value", "value is not a finite number"],
    ["a NaN break point", () => triangularMembership(1, [3, NaN]), "value", "thresholds row 2 is not a finite number"],
    ["an unknown direction", () => triangularMembership(1, [3, 2], "up" as Direction), "value", 'direction "up"'],
  ])("refuses %s", (_, action, kind, message) => {
    const error = errorOf(action);
    expect(error.kind).toBe(kind);
    expect(error.en).toContain(message);
  });

  it("says the required order in Chinese too", () => {
    expect(errorOf(() => triangularMembership(5, [1, 2, 3])).zh).toContain("正向(效益型)指标须按最优等级在前严格递减");
  });

  // Strictly decreasing break points (benefit order) and a value around and beyond them.
  const benefitCase = fc
    .uniqueArray(fc.integer({ min: -10_000, max: 10_000 }), { minLength: 2, maxLength: 7 })
    .chain((points) => {
      const s = [...points].sort((x, y) => y - x).map((p) => p / 8);
      const span = s[0] - s[s.length - 1];
      return fc.record({
        s: fc.constant(s),
        x: fc.double({ min: s[s.length - 1] - span, max: s[0] + span, noNaN: true }),
      });
    });

  it("rows are non-negative, sum to 1, and have at most two non-zero entries, adjacent (property)", () => {
    fc.assert(
      fc.property(benefitCase, ({ s, x }) => {
        const mu = triangularMembership(x, s);
        mu.forEach((v) => expect(v >= 0 && v <= 1).toBe(true));
        expect(Math.abs(mu.reduce((t, v) => t + v, 0) - 1)).toBeLessThan(1e-12);
        const nonZero = mu.flatMap((v, j) => (v > 0 ? [j] : []));
        expect(nonZero.length).toBeGreaterThanOrEqual(1);
        expect(nonZero.length).toBeLessThanOrEqual(2);
        if (nonZero.length === 2) expect(nonZero[1] - nonZero[0]).toBe(1);
      }),
    );
  });

  it("reaches exactly 1 at each break point, for both directions (property)", () => {
    fc.assert(
      fc.property(benefitCase, ({ s }) => {
        const cost = s.map((v) => -v); // strictly increasing
        s.forEach((point, j) => {
          const mu = triangularMembership(point, s);
          expect(mu[j]).toBe(1);
          expect(mu.filter((v) => v !== 0)).toEqual([1]);
          expect(triangularMembership(cost[j], cost, "cost")[j]).toBe(1);
        });
      }),
    );
  });

  it("a better value never moves the row towards worse grades (property)", () => {
    fc.assert(
      fc.property(benefitCase, fc.double({ min: 0, max: 100, noNaN: true }), ({ s, x }, step) => {
        const expectedGrade = (mu: number[]) => mu.reduce((t, v, j) => t + v * j, 0);
        expect(expectedGrade(triangularMembership(x + step, s))).toBeLessThanOrEqual(
          expectedGrade(triangularMembership(x, s)) + 1e-12,
        );
      }),
    );
  });

  it("benefit and cost mirror each other: cost(x, s) = benefit(−x, −s) = benefit(x, s reversed) reversed (property)", () => {
    fc.assert(
      fc.property(benefitCase, ({ s, x }) => {
        const increasing = [...s].reverse(); // cost order: best (smallest) first
        const cost = triangularMembership(x, increasing, "cost");
        expectClose(
          cost,
          triangularMembership(
            -x,
            increasing.map((v) => -v),
            "benefit",
          ),
        );
        expectClose(cost, triangularMembership(x, s, "benefit").reverse());
      }),
    );
  });
});

describe("trapezoidalMembership", () => {
  it.each<[number, number]>([
    [-5, 0],
    [0, 0],
    [5, 0.5],
    [10, 1],
    [15, 1],
    [20, 1],
    [27.5, 0.25],
    [30, 0],
    [40, 0],
  ])("(0, 10, 20, 30) at %p is %p", (x, expected) => {
    expect(trapezoidalMembership(x, 0, 10, 20, 30)).toBeCloseTo(expected, 12);
  });

  it("a = b and c = d give vertical edges (a crisp interval)", () => {
    expect(trapezoidalMembership(9.999, 10, 10, 20, 20)).toBe(0);
    expect(trapezoidalMembership(10, 10, 10, 20, 20)).toBe(1);
    expect(trapezoidalMembership(20, 10, 10, 20, 20)).toBe(1);
    expect(trapezoidalMembership(20.001, 10, 10, 20, 20)).toBe(0);
  });

  it("is continuous and within [0, 1] (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 4, maxLength: 4 }),
        fc.double({ min: -2000, max: 2000, noNaN: true }),
        (params, x) => {
          const [a, b, c, d] = [...params].sort((p, q) => p - q);
          const mu = trapezoidalMembership(x, a, b, c, d);
          expect(mu >= 0 && mu <= 1).toBe(true);
          if (a < b && c < d) expect(Math.abs(trapezoidalMembership(x + 1e-7, a, b, c, d) - mu)).toBeLessThan(1e-6);
        },
      ),
      { examples: [[[0, 10, 20, 30], 0]] },
    );
  });

  it("refuses parameters out of order with #NUM! saying a ≤ b ≤ c ≤ d", () => {
    const error = errorOf(() => trapezoidalMembership(5, 0, 20, 10, 30));
    expect(error.kind).toBe("num");
    expect(error.en).toBe("trapezoidal membership needs a ≤ b ≤ c ≤ d; got 0, 20, 10, 30");
    expect(errorOf(() => trapezoidalMembership(5, 0, 1, Infinity, 3)).en).toContain("a, b, c, d row 3");
  });
});

describe("ridgeMembership", () => {
  it("benefit (偏大型): 0 at a1, ½ at the midpoint, 1 at a2, ½ + ½ sin(…) between", () => {
    expect(ridgeMembership(-1, 0, 10)).toBe(0);
    expect(ridgeMembership(0, 0, 10)).toBe(0);
    expect(ridgeMembership(5, 0, 10)).toBeCloseTo(0.5, 15);
    expect(ridgeMembership(2.5, 0, 10)).toBeCloseTo(0.5 - 0.5 * Math.SQRT1_2, 12);
    expect(ridgeMembership(10, 0, 10)).toBe(1);
    expect(ridgeMembership(11, 0, 10)).toBe(1);
  });

  it("cost (偏小型) is one minus benefit, with the same a1 < a2", () => {
    expect(ridgeMembership(2.5, 0, 10, "cost")).toBeCloseTo(0.5 + 0.5 * Math.SQRT1_2, 12);
    expect(ridgeMembership(-1, 0, 10, "cost")).toBe(1);
    expect(ridgeMembership(11, 0, 10, "cost")).toBe(0);
  });

  it("benefit is non-decreasing, within [0, 1], and cost + benefit = 1 (property)", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -100, max: 100, noNaN: true }),
        fc.double({ min: 0.01, max: 100, noNaN: true }),
        fc.double({ min: -300, max: 300, noNaN: true }),
        fc.double({ min: 0, max: 10, noNaN: true }),
        (a1, width, x, step) => {
          const a2 = a1 + width;
          const mu = ridgeMembership(x, a1, a2);
          expect(mu >= 0 && mu <= 1).toBe(true);
          expect(ridgeMembership(x + step, a1, a2)).toBeGreaterThanOrEqual(mu - 1e-12);
          expect(ridgeMembership(x, a1, a2, "cost") + mu).toBeCloseTo(1, 12);
        },
      ),
    );
  });

  it("refuses a1 ≥ a2 with #NUM!", () => {
    const error = errorOf(() => ridgeMembership(5, 10, 10));
    expect(error.kind).toBe("num");
    expect(error.en).toBe("ridge membership needs a1 < a2; got 10, 10");
    expect(errorOf(() => ridgeMembership(5, 10, 0, "cost")).kind).toBe("num");
  });
});
