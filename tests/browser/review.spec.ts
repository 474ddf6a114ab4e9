// The review (复核), outside Excel: the page says reading and writing need Excel; every button is disabled.
import { expect, flow, screenshot, test } from "./fixtures";
import { openTab, textOf } from "./steps";

const BUTTONS = {
  "review-workbook": "复核整个工作簿",
  "review-selection": "复核所选区域",
  "review-write-report": "写入复核报告",
  "review-write-opinion": "生成专家审查意见书草稿",
  "review-highlight": "标出问题单元格",
};

flow("review", (taskpane) => {
  test("the review (复核) page renders; outside Excel it says reading and writing need Excel, buttons disabled", async () => {
    const { page } = taskpane;
    await openTab(page, "review");
    await page.getByTestId("review-panel").waitFor();
    const tab = await textOf(page, "tab-review");
    expect(tab, `the tab reads "${tab}"`).toContain("复核");
    const note = await textOf(page, "review-note");
    expect(note, `note: "${note}"`).toContain("需要在 Excel 或 WPS 表格中");
    for (const [id, label] of Object.entries(BUTTONS)) {
      const text = await textOf(page, id);
      expect(text, `${id} reads "${text}", expected ${label}`).toContain(label);
      await expect(page.getByTestId(id), `${id} is enabled outside Excel`).toBeDisabled();
    }
    await expect(page.getByTestId("review-summary"), "a review summary shows before any review ran").toHaveCount(0);
    await screenshot(page, "review");
  });
});
