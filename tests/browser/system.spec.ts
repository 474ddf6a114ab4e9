// Editing the indicator system: Table 1 hints, renaming, adding and removing indicators and categories, as the
// weights page's judgement matrices see them.
import { expect, flow, screenshot, test } from "./fixtures";
import { matrixLabels, openTab, textOf } from "./steps";

flow("indicator system", (taskpane) => {
  test("indicator system: Table 1 hints, rename, add and remove an indicator, seen in the weights matrix", async () => {
    const { page } = taskpane;
    await openTab(page, "system");
    await page.getByTestId("system-panel").waitFor();
    await expect(page.getByTestId("category-name-0"), "category 1 is not 资源类").toHaveValue("资源类");
    await expect(page.getByTestId("indicator-name-0-0"), "indicator 1.1 is not 储量动态变化").toHaveValue(
      "储量动态变化",
    );
    const hint = await textOf(page, "indicator-hint-0-0");
    expect(hint, `Table 1 hint of 储量动态变化: "${hint}"`).toContain("年度新增储量");
    expect(hint, `Table 1 hint of 储量动态变化: "${hint}"`).toContain("反映资源存量");
    await screenshot(page, "system");

    // Rename: the hint goes (the name no longer says it is the Table 1 indicator) and the matrix shows the new name.
    await page.getByTestId("indicator-name-0-0").fill("储量变化(自定)");
    await page.getByTestId("indicator-hint-0-0").waitFor({ state: "detached" });
    await page.getByTestId("add-indicator-0").click();
    await page.getByTestId("indicator-name-0-3").fill("测试指标");
    await openTab(page, "weights");
    await page.getByTestId("matrix-select").selectOption("0");
    await page.getByTestId("judgement-0-3").waitFor();
    const labels = await matrixLabels(page);
    expect(labels, `资源类 matrix labels: ${JSON.stringify(labels)}`).toEqual([
      "储量变化(自定)",
      "开采强度",
      "综合利用率",
      "测试指标",
    ]);
    // The new indicator starts equal to the others: 1 against each.
    await expect(page.getByTestId("judgement-0-3"), "the new indicator's judgement is not 1").toHaveValue("1");

    await openTab(page, "system");
    await page.getByTestId("remove-indicator-0-3").click();
    await page.getByTestId("indicator-name-0-0").fill("储量动态变化");
    await page.getByTestId("indicator-hint-0-0").waitFor();
    await openTab(page, "weights");
    await page.getByTestId("judgement-matrix").waitFor();
    await expect(page.getByTestId("judgement-0-3"), "the removed indicator is still in the matrix").toHaveCount(0);
    expect(await matrixLabels(page), "资源类 matrix does not have 3 indicators again").toHaveLength(3);
  });

  test("indicator system: add and remove a category; the last indicator of a category cannot go", async () => {
    const { page } = taskpane;
    await openTab(page, "system");
    await page.getByTestId("add-category").click();
    await page.getByTestId("category-3").waitFor();
    await expect(
      page.getByTestId("remove-indicator-3-0"),
      "the only indicator of a category can be removed",
    ).toBeDisabled();
    await openTab(page, "weights");
    await page.getByTestId("matrix-select").selectOption("categories");
    await page.getByTestId("judgement-2-3").waitFor();
    await openTab(page, "system");
    await page.getByTestId("remove-category-3").click();
    await page.getByTestId("category-3").waitFor({ state: "detached" });
    await openTab(page, "weights");
    await page.getByTestId("judgement-matrix").waitFor();
    await expect(page.getByTestId("judgement-2-3"), "the removed category is still in the category matrix").toHaveCount(
      0,
    );
  });
});
