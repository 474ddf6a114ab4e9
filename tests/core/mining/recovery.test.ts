import fc from "fast-check";
import {
  designRecovery,
  lossRate,
  metalRecovery,
  miningRecovery,
  recoveryByGrade,
  weightedRecovery,
} from "../../../src/core/mining/recovery";
import { casesFor, flat } from "../../support/fixtures";
import { errorOf, kindOf } from "../../support/errors";
import { amount } from "../../support/arbitraries";

const positiveTonnes = amount(1e-3, 1e7);
const fraction = amount(0, 1);

describe("miningRecovery", () => {
  it.each(casesFor("RECOVERY"))("$id: $source", ({ args, expected, tolerance }) => {
    expect(Math.abs(miningRecovery(args[0] as number, args[1] as number) - expected)).toBeLessThanOrEqual(tolerance);
  });

  it("refuses extracted > consumed (#NUM!) and a zero denominator (#DIV/0!)", () => {
    expect(kindOf(() => miningRecovery(101, 100))).toBe("num");
    expect(kindOf(() => miningRecovery(0, 0))).toBe("div0");
    expect(kindOf(() => miningRecovery(-1, 100))).toBe("value");
  });

  it("accepts extracted = consumed up to floating-point rounding", () => {
    expect(miningRecovery(0.1 + 0.2, 0.3)).toBe(1);
  });

  it("recovery + loss rate = 1 when loss = consumed − extracted (property)", () => {
    fc.assert(
      fc.property(positiveTonnes, fraction, (consumed, share) => {
        const extracted = consumed * share;
        const loss = consumed - extracted;
        expect(miningRecovery(extracted, consumed) + lossRate(loss, consumed)).toBeCloseTo(1, 12);
      }),
    );
  });
});

describe("lossRate", () => {
  it.each(casesFor("LOSS_RATE"))("$id: $source", ({ args, expected, tolerance }) => {
    expect(Math.abs(lossRate(args[0] as number, args[1] as number) - expected)).toBeLessThanOrEqual(tolerance);
  });
});

describe("designRecovery", () => {
  it.each(casesFor("DESIGN_RECOVERY"))("$id: $source", ({ args, expected, tolerance }) => {
    expect(Math.abs(designRecovery(args[0] as number, flat(args[1])) - expected)).toBeLessThanOrEqual(tolerance);
  });

  it("deducts every itemised loss: adding a loss item never raises the rate (property)", () => {
    fc.assert(
      fc.property(positiveTonnes, fc.array(fraction, { maxLength: 6 }), fraction, (usable, shares, extra) => {
        const losses = shares.map((s) => (s * usable) / 10);
        const before = designRecovery(usable, losses);
        const after = designRecovery(usable, [...losses, (extra * usable) / 10]);
        expect(after).toBeLessThanOrEqual(before + 1e-12);
      }),
    );
  });

  it("refuses losses that exceed the usable resources", () => {
    expect(errorOf(() => designRecovery(100, [60, 50])).en).toBe(
      "design_losses 110 exceeds usable_resources 100, which is impossible",
    );
  });
});

describe("weightedRecovery", () => {
  it.each(casesFor("WEIGHTED_RECOVERY"))("$id: $source", ({ args, expected, tolerance }) => {
    expect(Math.abs(weightedRecovery(flat(args[0]), flat(args[1])) - expected)).toBeLessThanOrEqual(tolerance);
  });

  it("is not the simple mean the Zhejiang review rejects", () => {
    expect(weightedRecovery([0.9, 0.7], [100, 300])).not.toBeCloseTo((0.9 + 0.7) / 2, 6);
  });

  const blocks = fc.array(fc.tuple(positiveTonnes, fraction), { minLength: 1, maxLength: 40 });

  it("lies between the smallest and the largest block rate (property)", () => {
    fc.assert(
      fc.property(blocks, (bs) => {
        const rates = bs.map(([, r]) => r);
        const k = weightedRecovery(
          rates,
          bs.map(([q]) => q),
        );
        expect(k).toBeGreaterThanOrEqual(Math.min(...rates) - 1e-12);
        expect(k).toBeLessThanOrEqual(Math.max(...rates) + 1e-12);
      }),
    );
  });

  it("equals Σ extracted ÷ Σ consumed when weighted by consumed (property)", () => {
    fc.assert(
      fc.property(blocks, (bs) => {
        const consumed = bs.map(([q]) => q);
        const extracted = bs.map(([q, share]) => q * share);
        const rates = bs.map((_, i) => miningRecovery(extracted[i], consumed[i]));
        const total = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
        expect(weightedRecovery(rates, consumed)).toBeCloseTo(total(extracted) / total(consumed), 10);
      }),
    );
  });

  it("does not depend on the order of the blocks (property)", () => {
    fc.assert(
      fc.property(blocks, (bs) => {
        const reversed = [...bs].reverse();
        expect(
          weightedRecovery(
            bs.map((b) => b[1]),
            bs.map((b) => b[0]),
          ),
        ).toBeCloseTo(
          weightedRecovery(
            reversed.map((b) => b[1]),
            reversed.map((b) => b[0]),
          ),
          12,
        );
      }),
    );
  });

  it("names the bad item when called directly with a percent number", () => {
    const error = errorOf(() => weightedRecovery([0.9, 92], [1, 1]));
    expect(error.en).toContain("rates row 2 is 92: rates are fractions: type 92% or 0.92");
  });

  it("refuses lists of different lengths, zero total weight and NaN", () => {
    expect(kindOf(() => weightedRecovery([0.9], [1, 2]))).toBe("value");
    expect(kindOf(() => weightedRecovery([0.9, 0.8], [0, 0]))).toBe("div0");
    expect(kindOf(() => weightedRecovery([Number.NaN], [1]))).toBe("value");
    expect(kindOf(() => weightedRecovery([0.9], [Infinity]))).toBe("value");
  });
});

describe("recoveryByGrade and metalRecovery", () => {
  it.each(casesFor("RECOVERY_BY_GRADE"))("$id: $source", ({ args, expected, tolerance }) => {
    const [q, t, c, ct, cy] = args as number[];
    expect(Math.abs(recoveryByGrade(q, t, c, ct, cy) - expected)).toBeLessThanOrEqual(tolerance);
  });

  it.each(casesFor("METAL_RECOVERY"))("$id: $source", ({ args, expected, tolerance }) => {
    const [q, t, c, ct] = args as number[];
    expect(Math.abs(metalRecovery(q, t, c, ct) - expected)).toBeLessThanOrEqual(tolerance);
  });

  it("agree with the tonnage form when the waste is weighed: T′ = T·(1 − r) (property)", () => {
    // Mix ore of grade C with waste of grade C_y: T′ ore + Y waste mined out of Q consumed.
    const grades = fc.tuple(amount(1, 60), amount(0, 0.99));
    fc.assert(
      fc.property(positiveTonnes, fraction, fraction, grades, (q, share, wasteShare, [c, cyShare]) => {
        const cy = c * cyShare;
        const pureOre = q * share;
        const waste = pureOre * wasteShare;
        const minedOre = pureOre + waste;
        // Subnormal tonnages (≈1e-323) lose the last bits of the mixed grade, putting it an ulp below C_y.
        fc.pre(pureOre > 1e-9 * q);
        const minedGrade = (pureOre * c + waste * cy) / minedOre;
        expect(recoveryByGrade(q, minedOre, c, minedGrade, cy)).toBeCloseTo(pureOre / q, 9);
        expect(metalRecovery(q, minedOre, c, minedGrade)).toBeGreaterThanOrEqual(pureOre / q - 1e-9);
      }),
    );
  });

  it("refuses ore mined richer than the block: outside the grade method, RECOVERY is named (issue 9 §7)", () => {
    // (100, 80, 1.0, 1.1, 0) used to give 80 × 1.1 ÷ 100 = 0.88, a recovery the grades cannot show.
    const error = errorOf(() => recoveryByGrade(100, 80, 1.0, 1.1, 0));
    expect(error.kind).toBe("num");
    expect(error.zh).toContain("RECOVERY(采出纯矿石量, 动用资源储量)");
    expect(recoveryByGrade(100, 80, 1.0, 1.0, 0)).toBeCloseTo(0.8, 12); // equal grades: no dilution, still inside
  });

  it("refuses a waste grade not below the ore grade and results above 100%", () => {
    expect(kindOf(() => recoveryByGrade(100, 90, 31, 25, 31))).toBe("num");
    expect(kindOf(() => recoveryByGrade(100, 150, 31, 30, 7))).toBe("num");
    expect(kindOf(() => metalRecovery(100, 90, 0, 0))).toBe("div0");
  });

  it("returns a metal recovery above 100% as computed: mineralised waste can carry metal not in Q", () => {
    expect(metalRecovery(100, 110, 30, 28)).toBeCloseTo(1.0267, 4);
  });
});
