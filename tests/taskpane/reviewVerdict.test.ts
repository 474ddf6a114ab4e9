/**
 * The review's verdict as the pane shows it (ReviewSummary): the third verdict, cannot be decided, with its own
 * intent and the checks that need a manual check, in the UI language; the words come from the review's pairs and
 * the pane's catalogue.
 */
import { reviewWorkbook } from "../../src/core/review/review";
import { cellView, rangeHolds, verdictView } from "../../src/taskpane/components/reviewVerdict";
import { stringsFor } from "../../src/taskpane/strings";
import { badSample, goodSample } from "../../src/tools/review-samples";
import { sampleSheets } from "../core/review/samples";
import { sheet } from "../core/review/helpers";

const good = reviewWorkbook(sampleSheets(goodSample(), true));
const bad = reviewWorkbook(sampleSheets(badSample(), true));

describe("verdictView", () => {
  it("shows a plan it cannot decide as a warning, with the check to do by hand, in either language", () => {
    const zh = verdictView(good, "zh");
    expect(zh.intent).toBe("warning");
    expect(zh.text).toMatch(/^无法判定\(须人工核对\)：没有不通过项，但 1 项检查未查或未全部核对/);
    expect(zh.manual).toHaveLength(1);
    // where and why in words; the rule's id only for the tooltip, never in the Chinese text
    expect(zh.manual[0].text).toMatch(/^三率指标汇总与达标判定表!A3:H6：综合利用率 铁：/);
    expect(zh.manual[0].rule).toBe("sanlv.minimum");
    const en = verdictView(good, "en");
    expect(en.text).toMatch(/^CANNOT BE DECIDED \(needs a manual check\): nothing fails, but 1 check\(s\)/);
    expect(en.manual[0].text).toMatch(/^三率指标汇总与达标判定表!A3:H6: 综合利用率 铁: /);
  });

  it("shows a failing plan as an error, and still what it could not check", () => {
    const view = verdictView(bad, "zh");
    expect(view.intent).toBe("error");
    expect(view.text).toMatch(/^不通过：9 项不通过/);
    expect(view.manual).toHaveLength(1);
  });

  it("shows a pass as a success, with nothing to check by hand", () => {
    const rows = [
      ["采区/矿块", "动用资源量(万t)", "损失量(万t)", "采出纯矿石量(万t)", "开采回采率"],
      ["A", 100, 10, 90, 0.9],
    ];
    const summary = [
      ["指标", "矿种", "开采方式", "条件", "设计值", "最低指标", "出处", "是否达标"],
      ["开采回采率", "铁", "地下", "稳固 倾斜", 0.9, 0.81, "2013年第21号", "是"],
      ["选矿回收率", "铁", "", "磁铁矿 细粒", 0.91, 0.9, "2013年第21号", "是"],
      ["综合利用率", "铁", "", "", "不涉及", "", "", ""],
    ];
    const passing = reviewWorkbook([sheet("采区", rows), sheet("三率", summary)]);
    expect(verdictView(passing, "zh")).toEqual({
      intent: "success",
      text: expect.stringMatching(/^通过：\d+ 项检查通过，1 项提示$/) as unknown,
      manual: [],
    });
  });

  it("heads the list with the pane's words, in both languages", () => {
    expect(stringsFor("zh").review.manualChecks(1)).toBe("须人工核对(1)：复核未能完成的检查");
    expect(stringsFor("en").review.manualChecks(1)).toBe("Needs a manual check (1): checks the review could not do");
  });

  it("finds what the review says about one cell: its findings and its table", () => {
    expect([rangeHolds("A3:H12", "E12"), rangeHolds("A3:H12", "I12"), rangeHolds("B2", "$B$2")]).toEqual([
      true,
      false,
      true,
    ]);
    const at = bad.findings.find((f) => f.cell !== "")!;
    const view = cellView(bad, at.sheet, at.cell.toLowerCase());
    expect(view.findings.map((f) => f.finding)).toContain(at);
    expect(view.table?.sheet).toBe(at.sheet);
    expect(cellView(bad, at.sheet, "ZZ999")).toEqual({ findings: [], table: undefined });
  });
});
