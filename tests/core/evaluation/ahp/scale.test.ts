import fc from "fast-check";
import { SAATY_SCALE, SCALE_VALUES, describeJudgement, snapToScale } from "../../../../src/core/evaluation/ahp";
import { errorOf } from "../../../support/errors";

describe("Saaty's 1–9 scale", () => {
  it("labels 1, 3, 5, 7, 9 in Chinese and English, and 2, 4, 6, 8 as intermediate (相邻中间值)", () => {
    const label = (v: number) => SAATY_SCALE.find((e) => e.value === v)!;
    expect([1, 3, 5, 7, 9].map((v) => label(v).zh)).toEqual([
      "同等重要",
      "稍微重要",
      "明显重要",
      "强烈重要",
      "极端重要",
    ]);
    expect([1, 3, 5, 7, 9].map((v) => label(v).en)).toEqual([
      "equal importance",
      "moderate importance",
      "strong importance",
      "very strong importance",
      "extreme importance",
    ]);
    for (const v of [2, 4, 6, 8]) {
      expect(label(v).zh).toContain("相邻中间值");
      expect(label(v).en).toContain("intermediate");
    }
  });

  it("has the 17 values 1/9 … 1/2, 1, 2 … 9, ascending", () => {
    expect(SCALE_VALUES).toHaveLength(17);
    expect(SCALE_VALUES[0]).toBe(1 / 9);
    expect(SCALE_VALUES[8]).toBe(1);
    expect(SCALE_VALUES[16]).toBe(9);
    expect([...SCALE_VALUES].sort((p, q) => p - q)).toEqual(SCALE_VALUES);
  });

  it("describes reciprocals as the column criterion's importance", () => {
    expect(describeJudgement(5)).toEqual({ zh: "行因素比列因素明显重要", en: "row over column: strong importance" });
    expect(describeJudgement(1 / 5)).toEqual({
      zh: "列因素比行因素明显重要",
      en: "column over row: strong importance",
    });
    expect(describeJudgement(1).zh).toBe("同等重要");
  });
});

describe("snapToScale", () => {
  it("snaps in log space: 1.13 → 1, 1.5 → 2 (√2 ≈ 1.414 is the boundary), 0.3 → 1/3, 0.0525 → 1/9, 20 → 9", () => {
    expect([1.13, 1.4, 1.5, 0.3, 0.0525, 20].map(snapToScale)).toEqual([1, 1, 2, 1 / 3, 1 / 9, 9]);
    expect(snapToScale(Math.sqrt(12) - 1e-9)).toBe(3);
    expect(snapToScale(Math.sqrt(12) + 1e-9)).toBe(4);
  });

  it("returns a scale value nearest in log space, fixes scale values, and commutes with 1/x (property)", () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-3, max: 1e3, noNaN: true }), (x) => {
        const s = snapToScale(x);
        expect(SCALE_VALUES).toContain(s);
        const distance = Math.abs(Math.log(x / s));
        for (const v of SCALE_VALUES) expect(distance).toBeLessThanOrEqual(Math.abs(Math.log(x / v)) + 1e-12);
        expect(snapToScale(1 / x)).toBeCloseTo(1 / s, 12);
      }),
    );
    for (const v of SCALE_VALUES) expect(snapToScale(v)).toBe(v);
  });

  it("refuses zero, negative and non-finite ratios (#VALUE!)", () => {
    for (const x of [0, -2, NaN, Infinity]) expect(errorOf(() => snapToScale(x)).kind).toBe("value");
  });
});
