// Writing to the workbook. Outside Excel: with a complete evaluation (two experts, every vote in), only the missing
// Excel disables writing, and the page says so. In the mock Excel (officeMock.ts): the evaluation written portable
// holds no =MINE.* formula anywhere, its weights are the pane's, and the foot of the sheet lists each range kept as a
// value with the formula that computed it.
import { expect, flow, screenshot, test, VERSION } from "./fixtures";
import type { MockBook } from "./officeMock";
import { useOfficeMock } from "./officeMock";
import { addSecondExpert, enterVotes, numberAt, openTab, textOf } from "./steps";

type BookWindow = { __book: MockBook };

flow("workbook", (taskpane) => {
  test.beforeAll(async () => {
    await addSecondExpert(taskpane.page);
    await enterVotes(taskpane.page);
  });

  test("outside Excel the workbook page disables writing and re-opening and says why", async () => {
    const { page } = taskpane;
    await openTab(page, "write");
    await page.getByTestId("write-panel").waitFor();
    const note = await textOf(page, "write-note");
    expect(note, `note: "${note}"`).toContain("需要在 Excel 或 WPS 表格中");
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

flow(
  "workbook, portable",
  (taskpane) => {
    test.beforeAll(async () => {
      await useOfficeMock(taskpane.page);
      await taskpane.load();
      await enterVotes(taskpane.page);
    });

    test("the evaluation written portable has no =MINE.* formula, the pane's weights, and says which cells are values", async () => {
      const { page } = taskpane;
      await openTab(page, "weights");
      await page.getByTestId("matrix-select").selectOption("categories");
      const weights = [
        await numberAt(page, "weight-0"),
        await numberAt(page, "weight-1"),
        await numberAt(page, "weight-2"),
      ];
      await openTab(page, "write");
      await page.getByTestId("formula-mode-portable").check();
      await expect(page.getByTestId("write-panel")).toContainText("写为本加载项算出的值");
      await page.setViewportSize({ width: 350, height: 900 });
      await screenshot(page, "write-portable-zh");
      await page.getByTestId("write").click();
      await expect(page.getByTestId("write-status")).toContainText("已写入便携工作表「动态评估」");
      const sheet = await page.evaluate(() =>
        (window as unknown as BookWindow).__book.sheets.find((s) => s.name === "动态评估"),
      );
      expect(sheet, "no sheet 动态评估 was written").toBeDefined();
      const cells = Object.entries(sheet!.cells);
      const mine = cells.filter(([, c]) => c.formula?.toUpperCase().includes("MINE."));
      expect(
        mine.map(([a]) => a),
        "cells still calling =MINE.*",
      ).toEqual([]);
      expect(
        cells.some(([, c]) => c.formula !== undefined),
        "no native formula was written",
      ).toBe(true);
      // the foot lists the category matrix's weights first: its range holds the pane's weights
      const listed = cells
        .map(([, c]) => String(c.value))
        .find((v) => /^[A-Z]+\d+:[A-Z]+\d+：=MINE\.AHP_WEIGHTS\(/.test(v));
      expect(listed, "the foot of the sheet does not list the weights kept as values").toBeDefined();
      const [, column, first] = /^([A-Z]+)(\d+):/.exec(listed!)!;
      const held = [0, 1, 2].map((i) => sheet!.cells[`${column}${Number(first) + i}`]?.value);
      held.forEach((v, i) => expect(Number(v)).toBeCloseTo(weights[i], 4));
      const heading = cells.find(([, c]) => String(c.value).startsWith("便携：下列单元格原为 =MINE.* 公式"));
      expect(heading, "the note heading is missing").toBeDefined();
    });
  },
  { load: false },
);
