import fc from "fast-check";
import { combinedRecovery, utilizationRate } from "../../../src/core/utilization/utilization";
import { casesFor, flat } from "../../support/fixtures";
import { errorOf, kindOf } from "../../support/errors";
import { amount } from "../../support/arbitraries";

const fraction = amount(0, 1);

describe("combinedRecovery", () => {
  it.each(casesFor("COMBINED_RECOVERY"))("$id: $source", ({ args, expected, tolerance }) => {
    expect(Math.abs(combinedRecovery(args[0] as number, args[1] as number) - expected)).toBeLessThanOrEqual(tolerance);
  });

  it("refuses a rate typed as a percent number", () => {
    expect(errorOf(() => combinedRecovery(93, 0.8)).zh).toContain("请输入 93% 或 0.93");
  });
});

describe("utilizationRate", () => {
  it.each(casesFor("UTILIZATION"))("$id: $source", ({ args, expected, tolerance }) => {
    expect(Math.abs(utilizationRate(flat(args[0]), flat(args[1])) - expected)).toBeLessThanOrEqual(tolerance);
  });

  const minerals = fc.array(fc.tuple(fraction, fraction), { minLength: 1, maxLength: 12 });

  it("of one mineral is its combined recovery, and an unused mineral lowers it (property)", () => {
    fc.assert(
      fc.property(minerals, fraction, fraction, (ms, m, p) => {
        expect(utilizationRate([m], [p])).toBeCloseTo(combinedRecovery(m, p), 12);
        const before = utilizationRate(
          ms.map((x) => x[0]),
          ms.map((x) => x[1]),
        );
        const withUnused = utilizationRate([...ms.map((x) => x[0]), 0], [...ms.map((x) => x[1]), 0]);
        expect(withUnused).toBeLessThanOrEqual(before + 1e-12);
      }),
    );
  });

  it("refuses an empty list and lists of different lengths", () => {
    expect(errorOf(() => utilizationRate([], [])).zh).toContain("未利用的矿种填 0");
    expect(kindOf(() => utilizationRate([0.9], [0.8, 0.7]))).toBe("value");
  });
});
