import { synthesizeHierarchy } from "../../../src/core/evaluation/ahp";
import { DEFAULT_GRADES, SAMPLE_JUDGEMENTS, TABLE1 } from "../../../src/core/evaluation/indicators";

describe("TABLE1 (T/XZBX 0088—2025 表1)", () => {
  it("has the three categories and nine first-level indicators of the standard, in its order", () => {
    expect(TABLE1.map((c) => c.name.zh)).toEqual(["资源类", "环境类", "社会类"]);
    expect(TABLE1.flatMap((c) => c.indicators.map((i) => i.name.zh))).toEqual([
      "储量动态变化",
      "开采强度",
      "综合利用率",
      "生态破坏程度",
      "水土环境影响",
      "能源消耗强度",
      "经济贡献",
      "就业贡献",
      "社会责任履行",
    ]);
  });

  it("orders every default boundary as its direction requires (优 first)", () => {
    for (const item of TABLE1.flatMap((c) => c.indicators.flatMap((i) => i.measured))) {
      if (!item.boundaries) continue;
      const [b1, b2, b3] = item.boundaries;
      if (item.direction === "benefit") expect(b1 > b2 && b2 > b3).toBe(true);
      else expect(b1 < b2 && b2 < b3).toBe(true);
    }
  });

  it("flags every measured item with a basis and a confidence mark", () => {
    for (const item of TABLE1.flatMap((c) => c.indicators.flatMap((i) => i.measured))) {
      expect(item.basis.zh.length).toBeGreaterThan(10);
      expect(item.basis.en.length).toBeGreaterThan(10);
      expect(["✅", "🔶", "❓"]).toContain(item.confidence);
    }
  });

  it("uses the four default grades 优/良/中/差", () => {
    expect(DEFAULT_GRADES.map((g) => g.zh)).toEqual(["优", "良", "中", "差"]);
  });
});

describe("SAMPLE_JUDGEMENTS", () => {
  it("give the global weights printed in indicator-thresholds.md §4 (illustrative defaults, ±5e-5)", () => {
    const hierarchy = synthesizeHierarchy({
      top: SAMPLE_JUDGEMENTS.categories,
      children: [
        SAMPLE_JUDGEMENTS.indicators.resource,
        SAMPLE_JUDGEMENTS.indicators.environment,
        SAMPLE_JUDGEMENTS.indicators.social,
      ],
    });
    const printed = [0.0654, 0.1188, 0.2158, 0.16, 0.16, 0.08, 0.08, 0.04, 0.08];
    hierarchy.global.forEach((w, i) => expect(Math.abs(w - printed[i])).toBeLessThanOrEqual(5e-5));
    expect(hierarchy.topConsistency.cr).toBeCloseTo(0, 12);
  });
});
