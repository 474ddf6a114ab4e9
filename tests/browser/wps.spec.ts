// The pane in WPS 表格: the WPS build's page (dist-wps/pane/, no office.js) over the fake WPS of
// tests/support/etStub.ts, installed before any script. It finds the `wps` global, writes portable by default and
// says what WPS does not get (charts), writes and reads the workbook through the ET object model only (Value2 and
// Formula: the fake throws on Range.Value), and reviews a plan typed into it. Nothing here ran in a real WPS.
import type { Page } from "@playwright/test";
import { EtBook, installEtStub } from "../support/etStub";
import { expect, flow, screenshot, test } from "./fixtures";
import { enterVotes, numberAt, openTab } from "./steps";

type EtWindow = { __et: EtBook };

/** What `read` finds in the fake WPS's workbook (it runs in the page: it must not refer to anything outside it). */
const book = <T>(page: Page, read: (book: EtBook) => T): Promise<T> =>
  page.evaluate<T>(`(${read.toString()})(window.__et)`);

/** A blocks table whose total rate is a simple mean (87.50%) where the weighted mean is 86.25%. */
const BLOCKS: Record<string, string | number> = {
  A1: "采区/矿块",
  B1: "动用资源量(万t)",
  C1: "损失量(万t)",
  D1: "采出纯矿石量(万t)",
  E1: "开采回采率",
  A2: "一采区",
  B2: 100,
  C2: 10,
  D2: 90,
  E2: 0.9,
  A3: "二采区",
  B3: 300,
  C3: 45,
  D3: 255,
  E3: 0.85,
  A4: "合计",
  B4: 400,
  C4: 55,
  D4: 345,
  E4: 0.875,
};

flow(
  "WPS 表格",
  (taskpane) => {
    test.beforeAll(async () => {
      await taskpane.page.addInitScript(installEtStub, {});
      await taskpane.load();
    });

    test("the pane loads in WPS without office.js, says where it runs, and writes portable by default", async () => {
      const { page } = taskpane;
      const status = (await page.locator("#status").textContent()) ?? "";
      expect(status, `status: ${status}`).toContain("已在 WPS 表格中运行");
      expect(status).toContain("12.1.0.20540");
      expect(await page.evaluate(() => typeof (window as unknown as { Office?: unknown }).Office)).toBe("undefined");
      await openTab(page, "templates");
      await expect(page.getByTestId("formula-mode-portable")).toBeChecked();
      await expect(page.getByTestId("formula-mode-wps")).toContainText("图表不写入");
      await expect(page.getByTestId("templates-note")).toHaveCount(0);
    });

    test("a template is inserted into a new sheet through Value2 and Formula, with no =MINE.* call", async () => {
      const { page } = taskpane;
      await page.getByTestId("insert-blocks").click();
      await expect(page.getByTestId("templates-status")).toContainText("已插入");
      const written = await book(page, (b) => ({
        names: b.sheets.map((s) => s.name),
        valueWrites: b.valueWrites,
        mine: b.sheets.flatMap((s) => Object.values(s.cells)).filter((c) => /MINE\./i.test(c.formula ?? "")).length,
        formulas: b.sheets.flatMap((s) => Object.values(s.cells)).filter((c) => c.formula).length,
      }));
      expect(written.names).toHaveLength(2);
      expect(written.valueWrites).toBe(0);
      expect(written.formulas).toBeGreaterThan(0);
      expect(written.mine).toBe(0);
    });

    test("the evaluation sheet is written portable, and the status says its charts were not", async () => {
      const { page } = taskpane;
      await enterVotes(page);
      await openTab(page, "write");
      await expect(page.getByTestId("formula-mode-portable")).toBeChecked();
      await page.setViewportSize({ width: 350, height: 900 });
      await screenshot(page, "wps-write-zh");
      await page.getByTestId("write").click();
      const status = page.getByTestId("write-status");
      await expect(status).toContainText("已写入便携工作表");
      await expect(status).toContainText("个图表");
      await expect(status).toContainText("插入→图表");
      await screenshot(page, "wps-written-zh");
      const sheet = await book(page, (b) => {
        const s = b.sheets[b.sheets.length - 1];
        return { name: s.name, active: b.active, cells: Object.keys(s.cells).length, valueWrites: b.valueWrites };
      });
      expect(sheet.active).toBe(sheet.name);
      expect(sheet.cells).toBeGreaterThan(100);
      expect(sheet.valueWrites).toBe(0);
    });

    test("a judgement matrix is read from the cells selected in WPS", async () => {
      const { page } = taskpane;
      await page.evaluate(() => {
        const et = (window as unknown as EtWindow).__et;
        et.set("判断", { A1: 1, B1: 5, C1: 1 / 3, B2: 1, C2: "1/7", C3: 1 });
        et.select("判断", "A1:C3");
      });
      await openTab(page, "weights");
      await page.getByTestId("matrix-select").selectOption("categories");
      await page.getByTestId("matrix-from-selection").click();
      await expect(page.getByTestId("matrix-preview")).toContainText("判断!A1:C3");
      await page.getByTestId("matrix-apply").click();
      await page.waitForFunction(() => document.querySelector("[data-testid=weight-0]")!.textContent === "0.2790");
      expect(await numberAt(page, "weight-2")).toBeCloseTo(0.6491, 3);
    });

    test("the review reads a plan typed in WPS, flags the simple mean, highlights it and selects it", async () => {
      const { page } = taskpane;
      await page.evaluate((cells) => (window as unknown as EtWindow).__et.set("采区", cells), BLOCKS);
      await openTab(page, "review");
      await page.getByTestId("review-workbook").click();
      await expect(page.getByTestId("review-verdict")).toHaveAttribute("data-verdict", "fail");
      await expect(page.getByTestId("review-findings")).toContainText("采区!E4");
      await page.getByTestId("review-highlight").click();
      await expect(page.getByTestId("review-status")).not.toBeEmpty();
      expect(await book(page, (b) => b.cell("采区", "E4"))).toMatchObject({ value: 0.875, fill: 0xcec7ff });
      const finding = page.locator("[data-testid^=review-finding-cell-]", { hasText: "E4" }).first();
      await finding.click();
      await expect.poll(() => book(page, (b) => b.selection)).toEqual({ sheet: "采区", areas: ["E4"] });
      await screenshot(page, "wps-review-zh");
      // the review outlives a visit to another tab
      await openTab(page, "templates");
      await openTab(page, "review");
      await expect(page.getByTestId("review-findings")).toContainText("采区!E4");
    });

    test("in English the pane says the same, at 350 px", async () => {
      const { page } = taskpane;
      await page.getByRole("button", { name: "English" }).click();
      await expect(page.locator("#status")).toContainText("Running in WPS Spreadsheets");
      await openTab(page, "write");
      await expect(page.getByTestId("formula-mode-wps")).toContainText("Charts are not written");
      await screenshot(page, "wps-write-en");
    });
  },
  { load: false, build: "wps" },
);

flow(
  "WPS 表格 before 12.1.0.20540",
  (taskpane) => {
    test.beforeAll(async () => {
      await taskpane.page.addInitScript(installEtStub, { customFunctions: false });
      await taskpane.load();
    });

    test("the pane says this WPS cannot run =MINE.* in cells, and still writes portable", async () => {
      const { page } = taskpane;
      await expect(page.locator("#status")).toContainText("这个 WPS 没有加载项自定义函数");
      await openTab(page, "templates");
      await expect(page.getByTestId("formula-mode-portable")).toBeChecked();
      await page.getByTestId("insert-summary").click();
      await expect(page.getByTestId("templates-status")).toContainText("已插入");
    });
  },
  { load: false, build: "wps" },
);
