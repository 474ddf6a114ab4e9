/**
 * Words users type are data, never keys into the review's own objects (issue 9 §7): a mineral, a method, a
 * condition or a unit named like a property every JavaScript object has ("constructor", "__proto__", "toString")
 * is reviewed like any unknown word — found where it is, said to have no minimum — and never crashes the review.
 */
import { reviewWorkbook } from "../../../src/core/review/review";
import { TestCell, sheet } from "./helpers";

const NAMES = ["constructor", "__proto__", "toString", "hasOwnProperty", "valueOf", "prototype"];

const RES_HEAD: TestCell[] = ["矿体/块段", "资源量类型", "矿种", "矿产类别", "矿石量(万t)"];
const UTIL_HEAD: TestCell[] = ["矿种", "矿产类别", "开采回采率", "选矿回收率", "综合回收率", "是否利用", "保护措施"];
const SUMMARY_HEAD: TestCell[] = ["指标", "矿种", "开采方式", "条件", "设计值", "最低指标", "出处", "是否达标"];

describe.each(NAMES)("a word typed as %s", (name) => {
  it("as a mineral: a co-product missing from the utilisation table is found, a rate has no minimum", () => {
    const r = reviewWorkbook([
      sheet("资源", [RES_HEAD, ["Ⅰ", "控制资源量", "铁", "主矿产", 100], ["Ⅰ", "控制资源量", name, "伴生矿产", 5]]),
      sheet("利用", [UTIL_HEAD, ["铁", "主矿产", 0.8, 0.9, 0.72, "是", ""]]),
      sheet("三率", [SUMMARY_HEAD, ["综合利用率", name, "", "", 0.72, "", "", ""]]),
    ]);
    // the summary lacks the other two rates (flagged once, at its first row)
    expect(r.findings.map((f) => `${f.sheet}!${f.cell} ${f.rule}`)).toEqual([
      "资源!C3 utilization.missing",
      "三率!A2 sanlv.explicit",
    ]);
    expect(r.findings[0].stated).toBe(name);
    expect(r.facts.rates[0]).toMatchObject({ mineral: name, minimumFrom: "none" });
    expect(r.checks.find((c) => c.rule === "sanlv.minimum")?.status).toBe("skipped");
  });

  it("as a mineral listed in both tables: matched to itself, not to anything an object inherits", () => {
    const r = reviewWorkbook([
      sheet("资源", [RES_HEAD, ["Ⅰ", "控制资源量", name, "共生矿产", 5]]),
      sheet("利用", [UTIL_HEAD, [name, "共生矿产", 0.8, 0.9, 0.72, "是", ""]]),
    ]);
    expect(r.findings).toEqual([]);
    expect(r.checks.find((c) => c.rule === "utilization.missing")?.status).toBe("pass");
  });

  it("as a method, a condition or a unit: read as words, with no minimum found and nothing crashing", () => {
    const r = reviewWorkbook([
      sheet("三率", [SUMMARY_HEAD, ["开采回采率", "铁", name, name, 0.9, "", "", ""]]),
      sheet("采区", [
        ["采区/矿块", `动用资源量(${name})`, `损失量/${name}`, "采出纯矿石量", "开采回采率"],
        ["A", 100, 10, 90, 0.9],
      ]),
    ]);
    expect(r.findings.map((f) => f.rule)).toEqual(["sanlv.explicit"]); // the two other rates are missing
    expect(r.facts.rates[0].minimumFrom).toBe("none");
    expect(r.checks.find((c) => c.rule === "derived.blocks.recovery")?.status).toBe("pass");
  });
});
