// Writing to the workbook, outside Excel: with a complete evaluation (two experts, every vote in), only the missing
// Excel disables writing, and the page says so.
import { expect, flow, screenshot, test, VERSION } from "./fixtures";
import { addSecondExpert, enterVotes, textOf } from "./steps";

flow("workbook", (taskpane) => {
  test.beforeAll(async () => {
    await addSecondExpert(taskpane.page);
    await enterVotes(taskpane.page);
  });

  test("outside Excel the workbook page disables writing and re-opening and says why", async () => {
    const { page } = taskpane;
    await page.getByTestId("tab-write").click();
    await page.getByTestId("write-panel").waitFor();
    const note = await textOf(page, "write-note");
    expect(note, `note: "${note}"`).toContain("需要在 Excel 中运行");
    for (const id of ["write", "refresh-sheets", "sheet-name", "years", "write-years"]) {
      await expect(page.getByTestId(id), `${id} is enabled outside Excel`).toBeDisabled();
    }
    const years = await textOf(page, "years-writer");
    expect(years, `the multi-year section is missing: "${years.slice(0, 80)}"`).toContain("多年度动态评估表");
    await expect(page.getByTestId("sheet-name"), "the sheet name does not default to 动态评估").toHaveValue("动态评估");
    const panel = await textOf(page, "write-panel");
    expect(panel, `the page does not show version ${VERSION}`).toContain(`加载项版本 ${VERSION}`);
    await screenshot(page, "write");
  });
});
