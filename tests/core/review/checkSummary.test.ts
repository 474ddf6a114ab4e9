/**
 * 综合利用率 against the national 共伴生 thresholds (issue 9 §2): each threshold is held against the figure it is set on,
 * the 共伴生矿产综合利用率 over the co- and/or by-products only, so a well-recovered main mineral cannot mask an unused
 * by-product. Thresholds: 金 共生 ≥60%, 伴生 ≥40% (国土资源部公告 2012年第29号 ✅); 磷 共伴生 ≥45% (2012-12-28 公告 ✅).
 * Recoveries are illustrative round numbers, not from a plan.
 */
import { coMineralScopeOf } from "../../../src/core/review/indicators";
import { ReviewReport, ReviewSheet, reviewWorkbook } from "../../../src/core/review/review";
import { TestCell, f, sheet } from "./helpers";

const where = (r: ReviewReport): string[] => r.findings.map((x) => `${x.sheet}!${x.cell} ${x.rule}`);

const UTIL_HEAD: TestCell[] = ["矿种", "矿产类别", "开采回采率", "选矿回收率", "综合回收率", "是否利用", "保护措施"];
const SUMMARY_HEAD: TestCell[] = ["指标", "矿种", "开采方式", "条件", "设计值", "最低指标", "出处", "是否达标"];

/**
 * A gold mine: 金 (main) 95% × 95% = 90.25%; 银 (伴生) 90% × 40% = 36%; 硫 (伴生) approved, not used, 0.
 * All-minerals mean (90.25 + 36 + 0) / 3 = 42.083% ≥ 40%; by-products only (36 + 0) / 2 = 18% < 40%.
 */
const sulphurCombined = (row: TestCell[]): number => {
  const cell = row[4];
  return typeof cell === "number" ? cell : ((cell as { v: number } | null)?.v ?? 0);
};

const goldUtilization = (silverProcess = 0.4, sulphur: TestCell[] = ["硫", "伴生", 0, 0, 0, "否", "尾矿单独堆存"]) =>
  sheet("综合利用", [
    UTIL_HEAD,
    ["金", "主矿产", 0.95, 0.95, f("C2*D2", 0.9025), "是", ""],
    ["银", "伴生", 0.9, silverProcess, f("C3*D3", 0.9 * silverProcess), "是", ""],
    sulphur,
    [
      "综合利用率",
      "",
      "",
      "",
      f("MINE.UTILIZATION(C2:C4,D2:D4)", (0.9025 + 0.9 * silverProcess + sulphurCombined(sulphur)) / 3),
    ],
  ]);

function goldSummary(utilization: TestCell, meets: TestCell = "是"): ReviewSheet {
  return sheet("三率", [
    SUMMARY_HEAD,
    ["开采回采率", "金", "露天", "", 0.92, 0.9, "2012年第29号", "是"],
    ["选矿回收率", "金", "", "易处理", 0.9, "", "", ""],
    ["综合利用率", "金", "", "伴生", utilization, 0.4, "2012年第29号", meets],
  ]);
}

describe("a 共伴生 threshold is held against the co-/by-product figure, not the all-minerals mean", () => {
  it("fails a gold plan whose all-minerals mean (42.1%) passes 伴生 ≥40% while its by-products reach 18%, with the clause", () => {
    const r = reviewWorkbook([goldUtilization(), goldSummary(f("综合利用!E5", 0.42083333333333334))]);
    expect(where(r)).toEqual(["三率!E4 sanlv.minimum", "三率!H4 derived.summary.meets", "三率!E4 sanlv.consistent"]);
    const [minimum, , consistent] = r.findings;
    expect(minimum.recomputed).toBe(0.4);
    expect(minimum.note?.zh).toContain("伴生矿产综合利用率 18%");
    expect(minimum.note?.zh).toContain("不计主矿产");
    expect(minimum.note?.zh).toContain("2012年第29号");
    expect(minimum.note?.zh).toContain("填报值 42.0833% 不是该指标所衡量的值");
    expect(minimum.source.zh).toContain("浙自然资规〔2025〕6号");
    expect(consistent.recomputed).toBeCloseTo(0.18, 12);
    expect(consistent.note?.zh).toContain("含主矿产的全矿种平均");
    expect(r.verdict).toBe("fail");
    expect(r.facts.rates[2].meets).toBe(false);
    expect(r.facts.rates[2].recomputed).toBeCloseTo(0.18, 12);
  });

  it("fails the by-product figure even when the plan states it, and passes a plan whose by-products reach 40%", () => {
    const stated = reviewWorkbook([goldUtilization(), goldSummary(0.18, "否")]);
    expect(where(stated)).toEqual(["三率!E4 sanlv.minimum"]);
    // 银 90% × 90% = 81%, 硫 80% × 50% = 40%: by-products (81 + 40) / 2 = 60.5% ≥ 40%
    const good = reviewWorkbook([
      goldUtilization(0.9, ["硫", "伴生", 0.8, 0.5, f("C4*D4", 0.4), "是", ""]),
      goldSummary(0.605),
    ]);
    expect(where(good)).toEqual([]);
    expect(good.facts.rates[2].meets).toBe(true);
    expect(good.facts.rates[2].recomputed).toBeCloseTo(0.605, 12);
  });

  it("holds 磷 共伴生 ≥45% against co- and by-products together, leaving the main mineral out", () => {
    // 磷 85% × 85% (main); 氟 (伴生) 85% × 60% = 51%; 碘 (伴生) unused: co/by (51 + 0) / 2 = 25.5%; all 41.08%
    const util = sheet("综合利用", [
      UTIL_HEAD,
      ["磷", "主矿产", 0.85, 0.85, 0.7225, "是", ""],
      ["氟", "伴生", 0.85, 0.6, 0.51, "是", ""],
      ["碘", "伴生", 0, 0, 0, "否", "随尾矿集中堆存"],
    ]);
    const summary = (value: number) =>
      sheet("三率", [
        SUMMARY_HEAD,
        ["开采回采率", "磷", "地下", "", 0.8, "", "", ""],
        ["选矿回收率", "磷", "", "磷块岩", 0.85, "", "", ""],
        ["综合利用率", "磷", "", "共伴生", value, "", "", ""],
      ]);
    expect(where(reviewWorkbook([util, summary(0.255)]))).toEqual(["三率!E4 sanlv.minimum"]);
    const mean = reviewWorkbook([util, summary((0.7225 + 0.51) / 3)]);
    expect(where(mean)).toEqual(["三率!E4 sanlv.minimum", "三率!E4 sanlv.consistent"]);
    expect(mean.findings[0].note?.zh).toContain("共伴生矿产综合利用率 25.5%");
  });

  it("reads which figure a class names; 尾矿 and 废石 are other quantities", () => {
    expect(coMineralScopeOf("共伴生")).toBe("coAndAssociated");
    expect(coMineralScopeOf("共生")).toBe("co");
    expect(coMineralScopeOf("伴生 待核实")).toBe("associated");
    expect(coMineralScopeOf("尾矿")).toBeUndefined();
  });
});
