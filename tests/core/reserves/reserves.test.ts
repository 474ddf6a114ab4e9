import fc from "fast-check";
import { designRecovery } from "../../../src/core/mining/recovery";
import {
  closingReserves,
  miningIntensity,
  recoverableReserves,
  serviceLife,
  usableResources,
} from "../../../src/core/reserves/reserves";
import { casesFor, flat } from "../../support/fixtures";
import { errorOf, kindOf } from "../../support/errors";
import { amount } from "../../support/arbitraries";

const tonnes = amount(0, 1e7);
const fraction = amount(0, 1);
const within = (actual: number, expected: number, tolerance: number) =>
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(tolerance);

describe("usableResources", () => {
  it.each(casesFor("USABLE_RESOURCES"))("$id: $source", ({ args, expected, tolerance }) => {
    const [retained, overlaid, inferred, factor] = args as [number, unknown, number?, number?];
    within(usableResources(retained, flat(overlaid), inferred, factor), expected, tolerance);
  });

  it("refuses deductions larger than the retained resources and inferred > retained", () => {
    expect(kindOf(() => usableResources(1000, [1200]))).toBe("num");
    expect(kindOf(() => usableResources(1000, [0], 1200, 0.8))).toBe("num");
    expect(kindOf(() => usableResources(1000, [0], 200, 80))).toBe("value");
  });

  it("deducts an inferred tonnage that is also overlaid once (附件 六.5): inferred ≤ retained − overlaid", () => {
    // 推断 200, of which 30 overlaid: overlaid 50 leaves the denominator, the factor discounts the other 170 only
    expect(usableResources(1000, [50], 170, 0.8)).toBeCloseTo(916, 9);
    expect(usableResources(1000, [900], 100, 0.8)).toBeCloseTo(80, 9);
    expect(kindOf(() => usableResources(1000, [900], 200, 0.8))).toBe("num");
    expect(errorOf(() => usableResources(1000, [900], 200, 0.8)).zh).toContain("只填未压覆的推断资源量");
  });

  it("deducts only the overlaid resources with the defaults (附件 六.5, 六.9)", () => {
    fc.assert(
      fc.property(tonnes, fraction, (retained, o) => {
        expect(usableResources(retained, [retained * o])).toBeCloseTo(retained - retained * o, 6);
      }),
    );
  });

  it("never exceeds the retained resources and grows with the factor (property)", () => {
    fc.assert(
      fc.property(tonnes, fraction, fraction, fraction, fraction, (retained, o, i, k1, k2) => {
        const inferred = retained * i;
        const overlaid = retained * o * (1 - i);
        const low = usableResources(retained, [overlaid], inferred, Math.min(k1, k2));
        const high = usableResources(retained, [overlaid], inferred, Math.max(k1, k2));
        expect(high).toBeLessThanOrEqual(retained * (1 + 1e-12));
        expect(low).toBeLessThanOrEqual(high + 1e-9 * Math.max(1, retained));
      }),
    );
  });
});

describe("recoverableReserves", () => {
  it.each(casesFor("RECOVERABLE_RESERVES"))("$id: $source", ({ args, expected, tolerance }) => {
    within(recoverableReserves(args[0] as number, flat(args[1])), expected, tolerance);
  });

  it("is what the design recovery applies to: recoverable = usable × design recovery (property)", () => {
    fc.assert(
      fc.property(amount(1, 1e7), fc.array(fraction, { maxLength: 5 }), (usable, shares) => {
        const losses = shares.map((s) => (s * usable) / 5);
        expect(recoverableReserves(usable, losses)).toBeCloseTo(usable * designRecovery(usable, losses), 6);
      }),
    );
  });

  it("accepts losses that sum to the usable resources up to rounding", () => {
    expect(recoverableReserves(0.3, [0.1, 0.2])).toBe(0);
  });
});

describe("serviceLife", () => {
  /** A fixture's optional arguments: Excel passes an omitted one as null, the engine's default takes undefined. */
  const optional = (value: unknown) => (value === null ? undefined : (value as number | undefined));

  it.each(casesFor("SERVICE_LIFE"))("$id: $source", ({ args, expected, tolerance }) => {
    const [reserves, output, ...rest] = args as [number, number, ...unknown[]];
    const [dilution, factor, years] = [0, 1, 2].map((i) => optional(rest[i]));
    within(serviceLife(reserves, output, dilution, factor, years), expected, tolerance);
  });

  it("refuses zero output and a dilution of 100%", () => {
    expect(kindOf(() => serviceLife(100, 0))).toBe("div0");
    expect(errorOf(() => serviceLife(100, 10, 1)).en).toContain("annual_output × (1 − dilution) is zero");
  });

  it("takes the reserve factor K from 1 to 2 only, and never with a dilution (no source applies both)", () => {
    expect(serviceLife(100, 10, 0, 1)).toBe(10);
    expect(serviceLife(100, 10, 0, 2)).toBe(5);
    expect(kindOf(() => serviceLife(100, 10, 0, 0.9))).toBe("value");
    expect(errorOf(() => serviceLife(100, 10, 0, 0.9)).zh).toContain("须不小于 1");
    expect(kindOf(() => serviceLife(100, 10, 0, -1.4))).toBe("value");
    expect(kindOf(() => serviceLife(100, 10, 0, 140))).toBe("value");
    expect(errorOf(() => serviceLife(100, 10, 0, 140)).zh).toContain("请输入 1.4");
    expect(errorOf(() => serviceLife(100, 10, 0, 3)).zh).not.toContain("请输入");
    expect(errorOf(() => serviceLife(100, 10, 0, 3)).en).toContain("1.1 to 1.5");
    expect(kindOf(() => serviceLife(100, 10, 0.05, 1.4))).toBe("value");
    expect(errorOf(() => serviceLife(100, 10, 0.05, 1.4)).zh).toContain("只填其一");
    // K = 1 is no factor at all, so a dilution goes with it
    expect(serviceLife(100, 10, 0.5, 1)).toBe(20);
  });

  it("refuses a negative construction period", () => {
    expect(kindOf(() => serviceLife(100, 10, 0, 1, -1))).toBe("value");
    expect(errorOf(() => serviceLife(100, 10, 0, 1, -1)).zh).toContain("基建期(construction_years)");
  });

  const life = amount(1e-3, 1e7);
  const factor = amount(1, 2);

  it("keeps the formula it had when the new arguments are omitted (property)", () => {
    fc.assert(
      fc.property(tonnes, life, amount(0, 0.99), (reserves, output, dilution) => {
        const before = reserves / (output * (1 - dilution));
        expect(serviceLife(reserves, output, dilution)).toBeCloseTo(before, 9);
        expect(serviceLife(reserves, output, dilution, 1, 0)).toBe(serviceLife(reserves, output, dilution));
      }),
    );
  });

  it("shortens as K grows, and T × A × K gives back the reserves (property)", () => {
    fc.assert(
      fc.property(tonnes, life, factor, factor, (reserves, output, k1, k2) => {
        const [low, high] = [Math.min(k1, k2), Math.max(k1, k2)];
        expect(serviceLife(reserves, output, 0, high)).toBeLessThanOrEqual(serviceLife(reserves, output, 0, low));
        expect(serviceLife(reserves, output, 0, high) * output * high).toBeCloseTo(reserves, 6);
      }),
    );
  });

  it("adds the construction period as it is, whatever the reserves (property)", () => {
    fc.assert(
      fc.property(tonnes, life, factor, amount(0, 10), (reserves, output, k, years) => {
        const production = serviceLife(reserves, output, 0, k);
        // exact but for the rounding of one addition: half an ulp of the sum (a long life absorbs a tiny period)
        const sum = serviceLife(reserves, output, 0, k, years);
        expect(Math.abs(sum - production - years)).toBeLessThanOrEqual(1e-9 + Math.abs(sum) * Number.EPSILON);
      }),
    );
  });
});

describe("miningIntensity", () => {
  it.each(casesFor("MINING_INTENSITY"))("$id: $source", ({ args, expected, tolerance }) => {
    within(miningIntensity(args[0] as number, args[1] as number), expected, tolerance);
  });

  it("refuses zero retained reserves", () => {
    expect(kindOf(() => miningIntensity(50, 0))).toBe("div0");
  });
});

describe("closingReserves", () => {
  it.each(casesFor("CLOSING_RESERVES"))("$id: $source", ({ args, expected, tolerance }) => {
    const [opening, mined, lost, exploration, reestimation] = args as [number, number, number, number?, number?];
    within(closingReserves(opening, mined, lost, exploration, reestimation), expected, tolerance);
  });

  it("balances the ledger: closing + mined + lost = opening + changes (property)", () => {
    const change = amount(-1e5, 1e5);
    fc.assert(
      fc.property(tonnes, fraction, fraction, change, change, (opening, m, l, e, r) => {
        const mined = (opening * m) / 2;
        const lost = (opening * l) / 2;
        fc.pre(opening - mined - lost + e + r > 1e-6 * Math.max(1, opening, Math.abs(e), Math.abs(r)));
        const closing = closingReserves(opening, mined, lost, e, r);
        expect(closing + mined + lost).toBeCloseTo(opening + e + r, 4);
      }),
    );
  });

  it("refuses a negative closing balance and a negative quantity mined", () => {
    expect(kindOf(() => closingReserves(100, 80, 30))).toBe("num");
    expect(kindOf(() => closingReserves(100, -80, 30))).toBe("value");
  });
});
