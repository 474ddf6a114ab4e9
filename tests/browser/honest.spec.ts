// Results that never look better than they are (issue 11 §2), in the mock Excel (officeMock.ts): missing votes and a
// failing CR are said before writing and in the written status, never a plain 已写入; the fuzzy verdict carries the
// CR warning; the consistency doctor flags a suggestion that reverses a judgement, and applying it can be undone;
// deleting a category, an expert or a grade can be undone; re-opening over unsaved edits asks; a new expert starts
// with every judgement 1, a copy only on request; refused input is explained at its field.
import { expect, flow, screenshot, test } from "./fixtures";
import { useOfficeMock } from "./officeMock";
import { enterVotes, openTab } from "./steps";

flow(
  "honest results",
  (taskpane) => {
    test.beforeAll(async () => {
      await useOfficeMock(taskpane.page);
      await taskpane.load();
    });

    test("missing votes are named before writing and in the status; cancelling writes nothing", async () => {
      const { page } = taskpane;
      await openTab(page, "write");
      await page.getByTestId("write").click();
      await expect(page.getByTestId("ask-dialog")).toContainText("9 个指标的隶属度输入不完整");
      await page.getByTestId("ask-cancel").click();
      await expect(page.getByTestId("write-status")).toHaveCount(0);
      await page.getByTestId("write").click();
      await page.getByTestId("ask-confirm").click();
      const status = page.getByTestId("write-status");
      await expect(status).toContainText("已写入");
      await expect(status).toContainText("9 个指标的隶属度输入不完整，模糊评价无法计算：资源类 / 储量动态变化");
    });

    test("a failing CR is shown beside the verdict, asked about before writing and repeated once written", async () => {
      const { page } = taskpane;
      await enterVotes(page);
      await openTab(page, "weights");
      await page.getByTestId("matrix-select").selectOption("categories");
      // resources ≻ environment ≻ society ≻ resources: a cycle
      await page.getByTestId("judgement-0-1").selectOption("5");
      await page.getByTestId("judgement-1-2").selectOption("5");
      await page.getByTestId("judgement-0-2").selectOption("1/5");
      await expect(page.getByTestId("cr-badge")).toContainText("不可接受");
      await openTab(page, "fuzzy");
      await expect(page.getByTestId("verdict-warning")).toContainText("1 个判断矩阵未通过一致性检验");
      await expect(page.getByTestId("verdict-warning")).toContainText("类别层判断矩阵 CR = ");
      await page.setViewportSize({ width: 350, height: 900 });
      await screenshot(page, "honest-verdict-zh");
      await openTab(page, "write");
      await page.getByTestId("write").click();
      await expect(page.getByTestId("ask-dialog")).toContainText("未通过一致性检验");
      await page.getByTestId("ask-confirm").click();
      const status = page.getByTestId("write-status");
      await expect(status).toContainText("注意：1 个判断矩阵未通过一致性检验");
    });

    test("the doctor flags a reversal, shows the judgement it replaces, and applying it can be undone", async () => {
      const { page } = taskpane;
      await openTab(page, "weights");
      // 0 ≻ 1 strongly, 1 ≻ 2, yet 2 ≻ 0 slightly: made consistent, a₀₂ = 1/2 would become 2
      await page.getByTestId("judgement-0-1").selectOption("7");
      await page.getByTestId("judgement-1-2").selectOption("3");
      await page.getByTestId("judgement-0-2").selectOption("1/2");
      await expect(page.getByTestId("doctor")).toBeVisible();
      const reversal = page.locator("[data-testid^=reverses-]").first();
      await expect(reversal).toHaveText("方向反转");
      const id = (await reversal.getAttribute("data-testid"))!.replace("reverses-", "");
      await expect(page.getByTestId(`advice-${id}`)).toContainText("原判断：");
      const [row, column] = id.split("-");
      const before = await page.getByTestId(`judgement-${row}-${column}`).inputValue();
      await page.getByTestId(`apply-${id}`).click();
      await expect(page.getByTestId("undo-bar")).toContainText(`判断 ${before} 改为`);
      await page.getByTestId("undo").click();
      await expect(page.getByTestId(`judgement-${row}-${column}`)).toHaveValue(before);
      await expect(page.getByTestId("undo-bar")).toHaveCount(0);
      const cycles = await page.locator("text=逻辑矛盾(循环)").textContent();
      expect(cycles, "the cycle is not named back to where it starts").toMatch(/(\S+) ≻ \S+ ≻ \S+ ≻ \1/);
    });

    test("a new expert starts with every judgement 1; a copy is asked for; removing one can be undone", async () => {
      const { page } = taskpane;
      await page.getByTestId("add-expert").click();
      await expect(page.getByTestId("expert-name")).toHaveValue("专家2");
      for (const id of ["judgement-0-1", "judgement-0-2", "judgement-1-2"]) {
        await expect(page.getByTestId(id)).toHaveValue("1");
      }
      await page.getByTestId("expert-select").selectOption("0");
      await page.getByTestId("copy-expert").click();
      await expect(page.getByTestId("expert-name")).toHaveValue("专家1(副本)");
      await expect(page.getByTestId("judgement-0-1")).toHaveValue("7");
      await page.getByTestId("remove-expert").click();
      await expect(page.getByTestId("undo-bar")).toContainText("已删除专家「专家1(副本)」");
      await page.getByTestId("undo").click();
      await expect(page.getByTestId("expert-select").locator("option")).toHaveCount(3);
    });

    test("refused input is explained at its field: a zero expert weight, a blank or repeated name, a bad vote", async () => {
      const { page } = taskpane;
      await openTab(page, "fuzzy");
      await page.getByTestId("vote-0-0-0").fill("-1");
      await expect(page.getByText("票数不能为负，现为 -1")).toBeVisible();
      await page.getByTestId("vote-0-0-0").fill("1.5");
      await expect(page.getByText("票数应为整数，现为 1.5")).toBeVisible();
      await page.getByTestId("vote-0-0-0").fill("3");
      await expect(page.getByText("票数应为整数")).toHaveCount(0);
      await expect(page.getByTestId("vote-0-0-0")).toHaveValue("3");
      await openTab(page, "weights");
      await page.getByTestId("expert-weight").fill("0");
      await expect(page.getByText("专家权重须为正数，现为 0；仍按原权重计算")).toBeVisible();
      await page.getByTestId("expert-weight").fill("2");
      await expect(page.getByText("专家权重须为正数")).toHaveCount(0);
      await openTab(page, "system");
      await page.getByTestId("category-name-1").fill("资源类");
      await expect(page.getByText("与另一项重名：“资源类”").first()).toBeVisible();
      await page.getByTestId("category-name-1").fill("");
      await expect(page.getByText("名称不能为空")).toBeVisible();
      await page.getByTestId("category-name-1").fill("环境类");
    });

    test("deleting a category or a grade can be undone", async () => {
      const { page } = taskpane;
      await page.getByTestId("remove-category-2").click();
      await expect(page.getByTestId("undo-bar")).toContainText("已删除类别「社会类」");
      await page.getByTestId("undo").click();
      await expect(page.getByTestId("category-name-2")).toHaveValue("社会类");
      await openTab(page, "fuzzy");
      await page.getByTestId("remove-grade-3").click();
      await expect(page.getByTestId("undo-bar")).toContainText("已删除等级「差」");
      await page.getByTestId("undo").click();
      await expect(page.getByTestId("grade-name-3")).toHaveValue("差");
    });

    test("re-opening a sheet over edits not yet written asks, and can be undone", async () => {
      const { page } = taskpane;
      await openTab(page, "write");
      await page.getByTestId("refresh-sheets").click();
      await page.getByTestId("reopen-0").click();
      await expect(page.getByTestId("ask-dialog")).toContainText("尚未写入工作簿的修改");
      await page.getByTestId("ask-cancel").click();
      await expect(page.getByTestId("undo-bar")).toHaveCount(0);
      await page.getByTestId("reopen-0").click();
      await page.getByTestId("ask-confirm").click();
      await expect(page.getByTestId("undo-bar")).toContainText("重新打开");
    });
  },
  { load: false },
);
