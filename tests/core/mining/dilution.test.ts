import fc from "fast-check";
import { gradeDilution, wasteRatio } from "../../../src/core/mining/dilution";
import { casesFor } from "../../support/fixtures";
import { kindOf } from "../../support/errors";
import { amount } from "../../support/arbitraries";

describe("gradeDilution", () => {
  it.each(casesFor("DILUTION"))("$id: $source", ({ args, expected, tolerance }) => {
    expect(Math.abs(gradeDilution(args[0] as number, args[1] as number) - expected)).toBeLessThanOrEqual(tolerance);
  });

  it("returns negative dilution (负贫化) as is when the mined grade is higher", () => {
    expect(gradeDilution(20, 22)).toBeCloseTo(-0.1, 12);
  });

  it("refuses a zero geological grade", () => {
    expect(kindOf(() => gradeDilution(0, 1))).toBe("div0");
  });
});

describe("wasteRatio", () => {
  it.each(casesFor("WASTE_RATIO"))("$id: $source", ({ args, expected, tolerance }) => {
    const [c, ct, cy] = args as number[];
    expect(Math.abs(wasteRatio(c, ct, cy) - expected)).toBeLessThanOrEqual(tolerance);
  });

  it("equals the grade dilution when the waste carries no metal (property)", () => {
    fc.assert(
      fc.property(amount(0.01, 100), amount(0, 1), (c, s) => {
        expect(wasteRatio(c, c * s, 0)).toBeCloseTo(gradeDilution(c, c * s), 12);
      }),
    );
  });

  it("refuses a mined grade outside [C_y, C]", () => {
    expect(kindOf(() => wasteRatio(31, 35, 7))).toBe("num");
    expect(kindOf(() => wasteRatio(31, 5, 7))).toBe("num");
  });
});
