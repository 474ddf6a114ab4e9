// Data in from the workbook (issue 10 §1), against the browser's mock Excel (officeMock.ts): a judgement matrix and
// a vote table filled from the selection with a preview, a bad selection named by its cell, pasted cells, grade
// scores from a selected row, and the expert questionnaires written, refused while one has a blank cell, read back
// with each expert's CR and imported.
// Screenshots of the pane at 350 px in Chinese and English.
import type { Page } from "@playwright/test";
import { expect, flow, screenshot, test } from "./fixtures";
import type { MockBook } from "./officeMock";
import { useOfficeMock } from "./officeMock";
import { numberAt, openTab, textOf, VOTES } from "./steps";

type BookWindow = { __book: MockBook };

const seed = (page: Page, sheet: string, cells: Record<string, string | number>, select?: string) =>
  page.evaluate(
    ({ sheet, cells, select }) => {
      const book = (window as unknown as BookWindow).__book;
      book.set(sheet, cells);
      if (select) book.select(sheet, select);
    },
    { sheet, cells, select },
  );

const cellOf = (page: Page, sheet: string, address: string) =>
  page.evaluate(({ sheet, address }) => (window as unknown as BookWindow).__book.get(sheet, address), {
    sheet,
    address,
  });

/** The BPMSG sample (weights 0.279 / 0.072 / 0.649, CR 0.0559) with its labels, as an engineer has it in A1:D4. */
const BPMSG: Record<string, string | number> = {
  B1: "资源类",
  C1: "环境类",
  D1: "社会类",
  A2: "资源类",
  B2: 1,
  C2: 5,
  D2: 1 / 3, // =1/3: Excel reports its value
  A3: "环境类",
  C3: 1,
  D3: "1/7",
  A4: "社会类",
  D4: 1,
};

/** Votes of every indicator (steps.ts VOTES) with a header row, in F1:J10. */
function voteTable(): Record<string, string | number> {
  const cells: Record<string, string | number> = { F1: "指标", G1: "优", H1: "良", I1: "中", J1: "差" };
  VOTES.flat().forEach((row, r) => {
    cells[`F${r + 2}`] = `指标${r + 1}`;
    row.forEach((v, j) => (cells[`${"GHIJ"[j]}${r + 2}`] = v));
  });
  return cells;
}

/** A questionnaire's answers (default system: 3 × 3 indicators, all nine voted): judgements and one vote per row. */
function answers(categoryJudgement: string): Record<string, string | number> {
  const cells: Record<string, string | number> = { C12: categoryJudgement, D12: "1/3", D13: "1/7" };
  for (const row of [18, 24, 30]) Object.assign(cells, { [`C${row}`]: "2", [`D${row}`]: "4", [`D${row + 1}`]: "2" });
  for (let r = 0; r < 9; r++) cells[`${"CDEF"[r % 4]}${37 + r}`] = 1;
  return cells;
}

flow(
  "data in",
  (taskpane) => {
    test.beforeAll(async () => {
      await useOfficeMock(taskpane.page);
      await taskpane.load();
    });

    test("a judgement matrix is filled from the selection, after a preview that says what was read", async () => {
      const { page } = taskpane;
      await seed(page, "判断", BPMSG, "A1:D4");
      await openTab(page, "weights");
      await page.getByTestId("matrix-from-selection").click();
      const preview = await textOf(page, "matrix-preview");
      expect(preview, `preview: ${preview}`).toContain("来自 判断!A1:D4");
      const notes = await textOf(page, "matrix-notes");
      expect(notes).toContain("读取了上三角");
      expect(notes).toContain("首行与首列为标题");
      // Nothing changes before "fill in".
      expect(await numberAt(page, "weight-0")).toBeCloseTo(0.4, 4);
      await page.getByTestId("matrix-apply").click();
      await page.waitForFunction(() => document.querySelector("[data-testid=weight-0]")!.textContent === "0.2790");
      expect(await numberAt(page, "weight-2")).toBeCloseTo(0.6491, 3);
      expect(await textOf(page, "cr")).toContain("0.0559");
      await expect(page.getByTestId("judgement-0-2")).toHaveValue("1/3");
    });

    test("a bad selection shows the first wrong cell; a 2×2 selection for the 3×3 matrix names both sizes", async () => {
      const { page } = taskpane;
      await seed(page, "判断", { D3: "abc" }, "B2:D4");
      await page.getByTestId("matrix-from-selection").click();
      await expect(page.getByTestId("matrix-data-error")).toHaveText("D3：“abc” 不是数字");
      await seed(page, "判断", { D3: "1/7", C3: 4 }, "B2:D4");
      await page.getByTestId("matrix-from-selection").click();
      await expect(page.getByTestId("matrix-data-error")).toHaveText("对角线应为 1，现为 4".replace(/^/, "C3："));
      await seed(page, "判断", { B3: 0.25, C3: 1 }, "B2:D4");
      await page.getByTestId("matrix-from-selection").click();
      await expect(page.getByTestId("matrix-data-error")).toHaveText("B3：0.25 不是 C2(5)的倒数，应为 1/5 或留空");
      await seed(page, "判断", {}, "B2:C3");
      await page.getByTestId("matrix-from-selection").click();
      await expect(page.getByTestId("matrix-data-error")).toContainText("所选为 2×2，此判断矩阵为 3×3");
    });

    test("a vote table is filled from the selection and gives the verdict", async () => {
      const { page } = taskpane;
      await seed(page, "投票", voteTable(), "F1:J10");
      await openTab(page, "fuzzy");
      await page.getByTestId("votes-all-from-selection").click();
      const table = await textOf(page, "votes-all-table");
      expect(table, `preview: ${table}`).toContain("← 指标1");
      await expect(page.getByTestId("votes-all-notes")).toContainText("首行为标题");
      await page.getByTestId("votes-all-apply").click();
      await page.getByTestId("verdict").waitFor();
      await expect(page.getByTestId("vote-2-1-2")).toHaveValue(String(VOTES[2][1][2]));
    });

    test("pasted cells are read as Excel copies them, and a wrong one is named by its place", async () => {
      const { page } = taskpane;
      await page.getByTestId("votes-0-paste").click();
      await page.getByTestId("votes-0-paste-text").fill("5\t3\t2\t0\n2\t５\t2\t1\n4\t4\t1.5\t1\n");
      await expect(page.getByTestId("votes-0-data-error")).toHaveText("粘贴内容第 3 行第 3 列：票数应为整数，现为 1.5");
      await page.getByTestId("votes-0-paste-text").fill("5\t3\t2\t0\n2\t５\t2\t1\n4\t4\t1\t1\n");
      await page.getByTestId("votes-0-apply").click();
      await expect(page.getByTestId("vote-0-1-1")).toHaveValue("5");
    });

    test("grade scores are filled from a selected row with its header; a text cell is named", async () => {
      const { page } = taskpane;
      await page.getByTestId("use-scores").check();
      await seed(
        page,
        "分值",
        { A1: "优", B1: "良", C1: "中", D1: "差", A2: 95, B2: 85, C2: "七十五", D2: 60 },
        "A1:D2",
      );
      await page.getByTestId("scores-from-selection").click();
      await expect(page.getByTestId("scores-data-error")).toHaveText("C2：“七十五” 不是数字");
      await seed(page, "分值", { C2: 75 }, "A1:D2");
      await page.getByTestId("scores-from-selection").click();
      await expect(page.getByTestId("scores-table")).toContainText("95");
      await page.getByTestId("scores-apply").click();
      await expect(page.getByTestId("score-0")).toHaveValue("95");
      await expect(page.getByTestId("score-3")).toHaveValue("60");
    });

    test("questionnaires: one sheet per expert, never overwritten without asking", async () => {
      const { page } = taskpane;
      await openTab(page, "weights");
      await page.getByTestId("add-expert").click();
      await page.getByTestId("questionnaire-generate").click();
      await expect(page.getByTestId("questionnaire-status")).toContainText("已生成问卷：问卷-专家1、问卷-专家2");
      expect(await cellOf(page, "问卷-专家2", "A1")).toBe("MINE 专家问卷 | MINE expert questionnaire");
      expect(await cellOf(page, "问卷-专家2", "B3")).toBe("专家2");
      expect(await cellOf(page, "问卷-专家1", "G11")).toBe("同等重要");
      expect(String(await cellOf(page, "问卷-专家1", "B13"))).toMatch(/^=IF\(C12="",""/);
      const validations = await page.evaluate(
        () => (window as unknown as BookWindow).__book.sheets.find((s) => s.name === "问卷-专家1")!.validations,
      );
      expect(validations, "list validations on the upper triangles, the weight and the votes").toBeGreaterThan(8);
      // Writing again finds the sheets filled: the pane asks, and cancelling leaves them as they are.
      await seed(page, "问卷-专家1", { C12: "5" });
      await page.getByTestId("questionnaire-generate").click();
      for (const sheet of ["问卷-专家1", "问卷-专家2"]) {
        await expect(page.getByTestId("overwrite-dialog")).toContainText(`工作表「${sheet}」`);
        await page.getByTestId("overwrite-cancel").click();
      }
      await page.getByTestId("overwrite-dialog").waitFor({ state: "detached" });
      expect(await cellOf(page, "问卷-专家1", "C12")).toBe("5");
    });

    test("questionnaires read back: a blank cell is named by sheet!cell and blocks the import; fixed, each expert's CR is shown", async () => {
      const { page } = taskpane;
      await seed(page, "问卷-专家1", answers("5"));
      await seed(page, "问卷-专家2", { ...answers("3"), D13: "" });
      await page.getByTestId("questionnaire-read").click();
      await expect(page.getByTestId("questionnaire-problems-1")).toHaveText(
        "'问卷-专家2'!D13：为空：上三角(对角线右上方)的每个判断都须填写",
      );
      await expect(page.getByTestId("questionnaire-import"), "importing with a problem left").toHaveCount(0);
      await expect(page.getByTestId("questionnaire-import-valid")).toContainText("只导入没有问题的 1 份(略去 1 份)");
      await page.setViewportSize({ width: 350, height: 900 });
      await screenshot(page, "datain-questionnaires-zh");

      await seed(page, "问卷-专家2", { D13: "1/7" });
      await page.getByTestId("questionnaire-read").click();
      await expect(page.getByTestId("questionnaire-cr-0-0")).toHaveText("CR = 0.0559 ✗");
      await expect(page.getByTestId("questionnaire-cr-1-1")).toHaveText("CR = 0.0000 ✓");
      await page.getByTestId("questionnaire-import").click();
      await expect(page.getByTestId("questionnaire-status")).toHaveText("已导入 2 位专家的判断与投票。");
      await expect(page.getByTestId("cr-0-0")).toContainText("✗");
      await expect(page.getByTestId("cr-0-1")).toContainText("✓");
      await expect(page.getByTestId("expert-select").locator("option")).toHaveCount(2);
    });

    test("at 350 px the previews and the questionnaire panel fit, in Chinese and English", async () => {
      const { page } = taskpane;
      await page.setViewportSize({ width: 350, height: 900 });
      await seed(page, "判断", { ...BPMSG, B3: "", C3: 1 }, "A1:D4");
      await page.getByTestId("matrix-select").selectOption("categories");
      await page.getByTestId("matrix-from-selection").click();
      await page.getByTestId("matrix-preview").waitFor();
      const overflow = await page.evaluate(() => {
        const main = document.querySelector("main")!;
        return main.scrollWidth - main.clientWidth;
      });
      expect(overflow, `the weights page scrolls sideways by ${overflow} px at 350 px`).toBeLessThanOrEqual(0);
      await screenshot(page, "datain-weights-zh");
      await page.locator("#language").click();
      await expect(page.getByTestId("tab-weights")).toHaveText("Weights");
      await page.getByTestId("matrix-from-selection").click();
      await expect(page.getByTestId("matrix-preview")).toContainText("Preview: fills");
      await screenshot(page, "datain-weights-en");
      await openTab(page, "fuzzy");
      await page.getByTestId("votes-0-paste").click();
      await page.getByTestId("votes-0-paste-text").fill("1\t2\nx\t3\n");
      await expect(page.getByTestId("votes-0-data-error")).toContainText("the selection is 2×2");
      await screenshot(page, "datain-fuzzy-en");
    });
  },
  { load: false },
);
