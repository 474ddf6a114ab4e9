import { planReviewOpinion, planReviewReport } from "../../../src/core/review/plans";
import { OPINION_MARKER, REVIEW_MARKER, ReviewSheet, reviewWorkbook } from "../../../src/core/review/review";
import { reportText } from "../../../src/core/review/text";
import { SheetPlan, rangeAddress } from "../../../src/core/workbook/sheetPlan";
import { badSample, goodSample } from "../../../src/tools/review-samples";
import { sheet } from "./helpers";
import { sampleSheets } from "./samples";

const bad = reviewWorkbook(sampleSheets(badSample()));
const good = reviewWorkbook(sampleSheets(goodSample()));

/** A plan as the grid Excel would report after writing it. */
function asGrid(plan: SheetPlan): ReviewSheet {
  const rows = plan.extent.row + plan.extent.rows;
  const columns = plan.extent.column + plan.extent.columns;
  const values: unknown[][] = Array.from({ length: rows }, () => Array<unknown>(columns).fill(""));
  for (const c of plan.cells) values[c.row][c.column] = c.value ?? "";
  return { name: plan.sheetName, grid: { values, formulas: values } };
}

function texts(plan: SheetPlan): string[] {
  return plan.cells.filter((c) => typeof c.value === "string").map((c) => c.value as string);
}

function checkShape(plan: SheetPlan): void {
  const seen = new Set<string>();
  for (const c of plan.cells) {
    expect((c.value === undefined) !== (c.formula === undefined)).toBe(true);
    const key = `${c.row},${c.column}`;
    expect(seen.has(key)).toBe(false);
    seen.add(key);
    expect(c.row).toBeGreaterThanOrEqual(plan.extent.row);
    expect(c.row).toBeLessThan(plan.extent.row + plan.extent.rows);
    expect(c.column).toBeLessThan(plan.extent.column + plan.extent.columns);
  }
  expect(plan.cells.find((c) => c.row === 0 && c.column === 0)?.value).toMatch(
    new RegExp(`^${plan.marker.replace(/[|]/g, "\\|")}`),
  );
}

describe("planReviewReport", () => {
  it("lists the verdict, every finding with its cell, values and rule, the checks run and the tables", () => {
    const plan = planReviewReport(bad, { source: "review-bad.xlsx", date: "2026-11-23" });
    checkShape(plan);
    expect(plan.marker).toBe(REVIEW_MARKER);
    expect(plan.sheetName).toBe("复核报告");
    const t = texts(plan);
    // the check of iron's utilisation minimum could not be done: counted, not "0 项未查" (issue 9 §4)
    expect(t).toContain("不通过：9 项不通过，0 项提示；36 项检查通过，1 项未查或未全部核对");
    for (const f of bad.findings) {
      expect(t).toContain(f.rule);
      expect(t).toContain(f.cell);
    }
    const stated = plan.cells.find((c) => c.value === 0.88);
    expect(stated?.numberFormat).toBe("0.00%");
    expect(t).toContain("sanlv.consistent");
  });

  it("speaks English with lang en and says when nothing was found, and what could not be decided", () => {
    const plan = planReviewReport(good, { lang: "en" });
    checkShape(plan);
    expect(plan.sheetName).toBe("Review");
    expect(texts(plan)).toContain("none");
    expect(texts(plan)).toContain(
      "CANNOT BE DECIDED (needs a manual check): nothing fails, but 1 check(s) not run, or not everywhere; 44 checks passed, 0 warning(s)",
    );
    expect(texts(plan)).toContain("not everywhere"); // sanlv.minimum's status
  });
});

describe("planReviewOpinion (附件 七)", () => {
  const plan = planReviewOpinion(bad, bad.facts, { mine: "示例铁矿" });
  const t = texts(plan);

  it("has the notice's sections in order, with the conclusion left to the expert group", () => {
    checkShape(plan);
    expect(plan.marker).toBe(OPINION_MARKER);
    const headings = [
      "前言",
      "一、矿业权基本情况。",
      "二、资源储量利用的合理性意见。",
      "三、开采区域的合规性、合理性意见。",
      "四、矿产资源开采与综合利用意见。明确“三率”指标。",
      "五、说明与建议。",
      "六、审查结论：通过□ 不通过□",
      "审查专家组名单",
    ];
    const rows = headings.map((h) => plan.cells.find((c) => c.value === h && c.role === "heading")?.row ?? -1);
    expect(rows.every((r) => r >= 0)).toBe(true);
    expect([...rows].sort((a, b) => a - b)).toEqual(rows);
    // under 六 a note and an empty cell to fill: no verdict is written
    const six = rows[6];
    expect(plan.cells.filter((c) => c.row > six && c.row <= six + 2).map((c) => [c.role, c.value])).toEqual([
      ["note", "(由专家组填写，本工具不作结论)"],
      ["input", ""],
    ]);
    expect(t).toContain("专家组组长(签名)：");
    const list = plan.cells.filter((c) => c.row > rows[7] + 1 && c.role === "input");
    expect(list).toHaveLength(25);
  });

  it("fills the three rates from the workbook, with the recomputed value and the minimum", () => {
    const recovery = plan.cells.find((c) => c.value === "开采回采率");
    const row = plan.cells.filter((c) => c.row === recovery?.row);
    expect(row.map((c) => c.value)).toEqual([
      "开采回采率",
      "铁",
      bad.facts.rates[0].stated,
      bad.facts.rates[0].recomputed,
      0.81,
      "达到",
      expect.stringContaining("2013年第21号"),
    ]);
    expect(t).toContain("方案确定的“三率”指标：开采回采率 83.76%，选矿回收率 88%，综合利用率(未明确)。");
    expect(t).toContain("示例铁矿");
    expect(t.some((x) => x.includes("低于最低指标"))).toBe(true);
    expect(t.some((x) => x.startsWith("复核：资源储量表!E12"))).toBe(true);
  });

  it("is skipped when the review reads it back, as is the report", () => {
    const again = reviewWorkbook([...sampleSheets(badSample()), asGrid(plan), asGrid(planReviewReport(bad))]);
    expect(again.findings).toEqual(bad.findings);
    expect(again.skippedSheets.map((s) => s.name)).toEqual(["专家审查意见书", "复核报告"]);
  });
});

describe("reportText", () => {
  it("prints each finding with its cell, values, note, formula and source, and the verdict", () => {
    const text = reportText(bad, { source: "review-bad.xlsx" });
    expect(text).toContain("✗ 5. 采区(矿块)开采回采率计算表!G8  [recovery.weighted]");
    expect(text).toContain("填报 83.7554%，复核 83.4602%");
    expect(text).toContain("公式 =AVERAGE(G4:G7)");
    expect(text).toContain("结论: 不通过");
    expect(text).toContain("检查项：45 项(36 项通过，1 项未查或未全部核对，0 项无可核对)");
    const en = reportText(good, { lang: "en" });
    expect(en).toContain("Findings: none");
    expect(en).toContain("Verdict: CANNOT BE DECIDED (needs a manual check)");
    expect(en).toContain("  partly  sanlv.minimum");
    expect(en).toContain(
      "Not run, or not everywhere:\n  - sanlv.minimum  三率指标汇总与达标判定表!A3:H6: 综合利用率 铁: ",
    );
    expect(rangeAddress({ row: 0, column: 0, rows: 1, columns: 1 })).toBe("A1");
  });
});

describe("the third verdict in the draft opinion (issue 9 §4)", () => {
  const goodOpinion = texts(planReviewOpinion(good, good.facts));

  it("gives, under 五, the spot-check's verdict and each check it could not do, for a manual check", () => {
    expect(goodOpinion).toContain(
      "复核结论(供参考，不代替审查结论)：无法判定(须人工核对)：没有不通过项，但 1 项检查未查或未全部核对；44 项检查通过，0 项提示",
    );
    expect(goodOpinion).toContain("须人工核对(复核未能完成以下检查，故无法判定)：");
    expect(
      goodOpinion.some((x) => x.startsWith("- sanlv.minimum 三率指标汇总与达标判定表!A3:H6：综合利用率 铁：")),
    ).toBe(true);
    expect(goodOpinion).toContain("无法判定(须人工核对)"); // the utilisation row of the rates table
    expect(goodOpinion).not.toContain("无国家最低指标，未判定");
  });

  it("says fail for a failing plan, and still lists what could not be checked", () => {
    const badOpinion = texts(planReviewOpinion(bad, bad.facts, { lang: "en" }));
    expect(
      badOpinion.some((x) => x.startsWith("The spot-check's verdict (for reference, not the conclusion): FAIL")),
    ).toBe(true);
    expect(badOpinion).toContain("Needs a manual check (the spot-check could not do these):");
  });

  it("lists nothing to check by hand when every check was done", () => {
    // an iron mine without co- or by-products: every rate has its built-in minimum or is stated as not applying
    const passing = reviewWorkbook([
      sheet("采区", [
        ["采区/矿块", "动用资源量(万t)", "损失量(万t)", "采出纯矿石量(万t)", "开采回采率"],
        ["A", 100, 10, 90, 0.9],
      ]),
      sheet("三率", [
        ["指标", "矿种", "开采方式", "条件", "设计值", "最低指标", "出处", "是否达标"],
        ["开采回采率", "铁", "地下", "稳固 倾斜", 0.9, 0.81, "2013年第21号", "是"],
        ["选矿回收率", "铁", "", "磁铁矿 细粒", 0.91, 0.9, "2013年第21号", "是"],
        ["综合利用率", "铁", "", "", "不涉及", "", "", ""],
      ]),
    ]);
    expect(passing.verdict).toBe("pass");
    const t = texts(planReviewOpinion(passing, passing.facts));
    expect(t.some((x) => /^复核结论\(供参考，不代替审查结论\)：通过：\d+ 项检查通过，1 项提示/.test(x))).toBe(true);
    expect(t.some((x) => x.startsWith("须人工核对"))).toBe(false);
  });
});
