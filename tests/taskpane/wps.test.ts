/**
 * The pane's WPS adapter (src/taskpane/wps.ts) against the fake WPS of tests/support/etStub.ts: every sheet the pane
 * writes reads back as the Excel adapter's does, through Value2 and Formula only; what WPS is not known to do is
 * said; the selection and the workbook are read as Excel's are, whatever an empty cell looks like.
 */
import { defaultAssessment } from "../../src/core/evaluation/assessment";
import { planAssessmentSheet } from "../../src/core/evaluation/assessmentSheet";
import { defaultPanel, panelSubjects } from "../../src/core/evaluation/dynamic";
import { planDynamicSheet } from "../../src/core/evaluation/dynamicSheet";
import { planMeasuresSheet } from "../../src/core/evaluation/measures";
import { planQuestionnaire } from "../../src/core/evaluation/questionnaire/plan";
import { MineError } from "../../src/core/errors";
import { planReviewReport, reviewWorkbook } from "../../src/core/review";
import { ReviewSheet } from "../../src/core/review/review";
import { TEMPLATE_KINDS, planTemplate } from "../../src/core/templates/templates";
import { SheetGrid, SheetPlan, columnName } from "../../src/core/workbook/sheetPlan";
import { excelWorkbook } from "../../src/taskpane/excel";
import { portableEvaluationSheet } from "../../src/taskpane/portableSheet";
import { HIGHLIGHT_FILL, OverwriteRefused, WorkbookAdapter, writePlanAsking } from "../../src/taskpane/workbook";
import { EtApplication, wpsApplication, wpsWorkbook } from "../../src/taskpane/wps";
import { wpsCustomFunctions } from "../../src/taskpane/wpsHost";
import { readWorkbookFile } from "../../src/tools/review-xlsx";
import { FakeWorkbook } from "../support/excelMock";
import { readdirSync } from "fs";
import { join } from "path";
import { EtBook, EtStubOptions, installEtStub } from "../support/etStub";

const root = globalThis as Record<string, unknown>;

afterEach(() => {
  for (const name of ["wps", "Application", "__et", "Excel", "Office"]) delete root[name];
});

/** A fresh fake WPS with one empty sheet, and the adapter over it. */
function wps(options: EtStubOptions = {}): { book: EtBook; adapter: WorkbookAdapter } {
  installEtStub(options);
  const app = wpsApplication();
  if (!app) throw new Error("no WPS application after installing the stub");
  return { book: root.__et as EtBook, adapter: wpsWorkbook(app) };
}

const OPTIONS = { language: "zh" as const, version: "0.3.0", date: "2026-12-05" };

/** Every kind of sheet the pane writes, as it plans them. */
function panePlans(): SheetPlan[] {
  const a = defaultAssessment("zh");
  const live = planAssessmentSheet(a, { ...OPTIONS, sheetName: "评价" });
  const report = reviewWorkbook([]);
  return [
    ...TEMPLATE_KINDS.flatMap((kind) =>
      (["live", "portable"] as const).map((formulas) =>
        planTemplate(kind, { ...OPTIONS, sheetName: `${kind}-${formulas}`, formulas }),
      ),
    ),
    live,
    { ...portableEvaluationSheet(live, "zh").plan, sheetName: "评价便携" },
    planMeasuresSheet({ ...OPTIONS, sheetName: "措施" }),
    planQuestionnaire(a, 0, { ...OPTIONS, sheetName: "问卷" }),
    planDynamicSheet(a, defaultPanel(a, panelSubjects("2022-2024", "zh")), { ...OPTIONS, sheetName: "多年" }),
    planReviewReport(report, { lang: "zh", sheetName: "复核报告", source: "整个工作簿", date: OPTIONS.date }),
  ];
}

/** The formulas grid, and the values of the cells without a formula (neither fake calculates). */
function content(grid: SheetGrid): { formulas: SheetGrid["formulas"]; constants: unknown[][] } {
  return {
    formulas: grid.formulas,
    constants: grid.values.map((row, r) =>
      row.map((v, c) => (String(grid.formulas[r][c]).startsWith("=") ? "(formula)" : v)),
    ),
  };
}

describe("wpsApplication", () => {
  it("is null without a wps global (a browser, or Excel)", () => {
    expect(wpsApplication()).toBeNull();
    expect(wpsApplication({ Application: {} })).toBeNull();
  });

  it("tells a WPS with add-in custom functions from one without (before 12.1.0.20540)", () => {
    expect(wpsCustomFunctions()).toBe(false);
    installEtStub();
    expect(wpsCustomFunctions()).toBe(true);
    installEtStub({ customFunctions: false });
    expect(wpsCustomFunctions()).toBe(false);
    expect(wpsApplication()).not.toBeNull();
  });

  it("is the global Application when WPS defines wps", () => {
    installEtStub();
    expect(wpsApplication()).toBe(root.Application);
    const onlyWps = { wps: { Application: root.Application } };
    expect(wpsApplication(onlyWps)).toBe(root.Application);
    const onlyApplication = { Application: root.Application };
    expect(wpsApplication(onlyApplication)).toBe(root.Application);
    expect(wpsCustomFunctions(onlyApplication)).toBe(true);
  });
});

describe("writing every sheet the pane writes", () => {
  const plans = panePlans();

  it.each(plans.map((plan) => [plan.sheetName, plan] as const))(
    "%s reads back in WPS as it does in Excel, written without Range.Value",
    async (_, plan) => {
      const excel = new FakeWorkbook().install();
      await excelWorkbook.writeSheetPlan(plan, { overwrite: false });
      const inExcel = content(await excelWorkbook.readSheetGrid(plan.sheetName));
      expect(excel.dropped).toBe(0);

      const { book, adapter } = wps();
      const notes = await adapter.writeSheetPlan(plan, { overwrite: false });
      const inWps = content(await adapter.readSheetGrid(plan.sheetName));
      expect(book.valueWrites).toBe(0);

      // a spill is written over its whole area in WPS: its other cells read as part of the array formula
      const spills = plan.cells.filter((c) => c.spill);
      if (spills.length === 0) expect(inWps).toEqual(inExcel);
      else expect(inWps.constants).toEqual(inExcel.constants);
      expect(notes.length > 0).toBe(plan.charts.length > 0 || spills.length > 0);
    },
  );

  it("the portable evaluation sheet, WPS's default, needs no array formula; only its charts are left out", async () => {
    const portable = plans.find((p) => p.sheetName === "评价便携")!;
    const { adapter } = wps();
    const notes = await adapter.writeSheetPlan(portable, { overwrite: false });
    expect(portable.cells.some((c) => c.spill)).toBe(false);
    expect(notes).toHaveLength(1);
    expect(notes[0].zh).toMatch(new RegExp(`未写入 ${portable.charts.length} 个图表`));
    expect(notes[0].en).toMatch(/Insert → Chart/);
  });
});

/** A small plan with a spill, a chart and two validations, as tests/taskpane/excel.test.ts writes in Excel. */
const plan: SheetPlan = {
  sheetName: "评价 Eval",
  marker: "MINE test sheet v1",
  cells: [
    { row: 0, column: 0, role: "title", value: "MINE test sheet v1" },
    { row: 2, column: 0, role: "heading", value: "Indicator" },
    { row: 3, column: 0, role: "label", value: "1/3" },
    { row: 3, column: 1, role: "input", value: 0.4, numberFormat: "0.00" },
    { row: 4, column: 1, role: "input", value: 0.6, numberFormat: "0.00" },
    { row: 5, column: 1, role: "formula", formula: "=SUM(B4:B5)", numberFormat: "0.0000" },
    { row: 6, column: 0, role: "note", value: "Source: test data" },
    {
      row: 2,
      column: 3,
      role: "formula",
      formula: "=MINE.AHP_WEIGHTS(B4:B5)",
      numberFormat: "0.0%",
      spill: { rows: 3, columns: 1 },
    },
  ],
  charts: [
    {
      kind: "bar",
      title: "Weights",
      source: { row: 3, column: 0, rows: 2, columns: 2 },
      seriesBy: "columns",
      placement: { row: 8, column: 0, rows: 10, columns: 5 },
    },
  ],
  validations: [
    { range: { row: 3, column: 1, rows: 2, columns: 1 }, kind: "rate", prompt: "比例，0 到 1" },
    { range: { row: 6, column: 1, rows: 1, columns: 1 }, kind: "list", choices: ["是", "否"], prompt: "选一个" },
  ],
  columnWidths: [{ column: 0, width: 20 }],
  extent: { row: 0, column: 0, rows: 7, columns: 4 },
};

describe("writeSheetPlan in WPS", () => {
  it("adds the sheet after the others, activates it, and keeps convertible text as text", async () => {
    const { book, adapter } = wps();
    await adapter.writeSheetPlan(plan, { overwrite: false });
    expect(book.sheets.map((s) => s.name)).toEqual(["Sheet1", "评价 Eval"]);
    expect(book.active).toBe("评价 Eval");
    expect(book.cell("评价 Eval", "A4")).toMatchObject({ value: "1/3", numberFormat: "@" });
    expect(book.cell("评价 Eval", "B4")).toMatchObject({ value: 0.4, numberFormat: "0.00" });
    expect(book.cell("评价 Eval", "B6")).toMatchObject({ formula: "=SUM(B4:B5)", numberFormat: "0.0000" });
  });

  it("adds the sheet where WPS puts it by default when Add refuses an explicit undefined", async () => {
    const { book, adapter } = wps({ addTakesNoArguments: true });
    book.set("Sheet2", { A1: 1 });
    book.active = "Sheet1";
    await adapter.writeSheetPlan(plan, { overwrite: false });
    expect(book.sheets.map((s) => s.name)).toEqual(["评价 Eval", "Sheet1", "Sheet2"]); // before the active sheet
    expect(book.cell("评价 Eval", "B6")?.formula).toBe("=SUM(B4:B5)");
  });

  it("styles by role in COM's BGR colours, and sets widths in characters", async () => {
    const { book, adapter } = wps();
    await adapter.writeSheetPlan(plan, { overwrite: false });
    const cell = (a: string) => book.cell("评价 Eval", a);
    expect(cell("A1")).toMatchObject({ bold: true, size: 14 });
    expect(cell("A3")).toMatchObject({ bold: true, fill: 0xf7ebdd }); // #DDEBF7
    expect(cell("B4")?.fill).toBe(0xccf2ff); // #FFF2CC
    expect(cell("A7")).toMatchObject({ italic: true, color: 0x7f7f7f });
    expect(book.sheets[1].widths).toEqual({ A: 20 });
  });

  it("writes a spill as an array formula over its area and a chart not at all, and says both", async () => {
    const { book, adapter } = wps();
    const notes = await adapter.writeSheetPlan(plan, { overwrite: false });
    expect(book.cell("评价 Eval", "D3")).toMatchObject({ formula: "=MINE.AHP_WEIGHTS(B4:B5)", array: "D3:D5" });
    expect(book.cell("评价 Eval", "D5")).toMatchObject({ array: "D3:D5", numberFormat: "0.0%" });
    expect(notes.map((n) => n.zh)).toEqual([
      expect.stringContaining("未写入 1 个图表"),
      expect.stringContaining("数组公式写入 D3:D5"),
    ]);
    expect(notes[0].zh).toContain("A4:B5");
  });

  it("adds each validation with its input message, replacing what was there", async () => {
    const { book, adapter } = wps();
    book.set("评价 Eval", { Z1: "outside" }); // an existing sheet with a free footprint
    await adapter.writeSheetPlan(plan, { overwrite: false });
    expect(book.cell("评价 Eval", "B5")?.validation).toEqual({
      type: 2,
      operator: 1,
      formula1: "0",
      formula2: "1",
      message: "比例，0 到 1",
    });
    expect(book.cell("评价 Eval", "B7")?.validation).toMatchObject({ type: 3, formula1: "是,否", message: "选一个" });
    expect(book.cell("评价 Eval", "Z1")?.value).toBe("outside");
  });

  it("skips validations WPS refuses, writes the rest, and names them, overwriting too", async () => {
    const { book, adapter } = wps({ refuseValidation: true });
    const notes = await adapter.writeSheetPlan(plan, { overwrite: false });
    expect(book.cell("评价 Eval", "B6")?.formula).toBe("=SUM(B4:B5)");
    expect(notes.map((n) => n.zh)).toContainEqual(expect.stringContaining("拒绝了 B4:B5、B7 的数据验证"));
    book.set("评价 Eval", { B6: 7 });
    await adapter.writeSheetPlan(plan, { overwrite: true });
    expect(book.cell("评价 Eval", "B6")?.formula).toBe("=SUM(B4:B5)");
  });

  it("refuses to write over content, counting it, and overwrites only when told", async () => {
    const { book, adapter } = wps();
    book.set("评价 Eval", { A1: "old", D5: "=1+1" });
    const asked: number[] = [];
    const confirm = (refused: OverwriteRefused) => (asked.push(refused.occupied), Promise.resolve(false));
    await expect(writePlanAsking(adapter, plan, confirm)).resolves.toBeNull();
    expect(asked).toEqual([2]);
    expect(book.cell("评价 Eval", "A1")?.value).toBe("old");
    await expect(writePlanAsking(adapter, plan, () => Promise.resolve(true))).resolves.toHaveLength(2);
    expect(book.cell("评价 Eval", "A1")?.value).toBe("MINE test sheet v1");
    expect(book.sheets).toHaveLength(2);
  });

  it("refuses list choices with a comma before touching the workbook", async () => {
    const { book, adapter } = wps();
    const bad = { ...plan, validations: [{ ...plan.validations[1], kind: "list" as const, choices: ["a,b"] }] };
    await expect(adapter.writeSheetPlan(bad, { overwrite: false })).rejects.toThrow(/comma/);
    expect(book.sheets).toHaveLength(1);
  });
});

describe("reading in WPS", () => {
  it.each<EtStubOptions["blank"]>([undefined, null, ""])(
    "reads the selection's values as Excel gives them when a blank cell is %p",
    async (blank) => {
      const { book, adapter } = wps({ blank });
      book.set("数据", { B2: 0.95, C2: "铁", B3: true, C3: "#DIV/0!" });
      book.select("数据", "B2:C4");
      await expect(adapter.readSelectionValues()).resolves.toEqual({
        sheet: "数据",
        address: "数据!B2:C4",
        row: 1,
        column: 1,
        values: [
          [0.95, "铁"],
          [true, "#DIV/0!"],
          ["", ""],
        ],
      });
    },
  );

  it("quotes a sheet name that needs it, as Excel's addresses do", async () => {
    const { book, adapter } = wps();
    book.set("Plan 2026", { A1: 1 });
    book.select("Plan 2026", "A1");
    await expect(adapter.readSelectionValues()).resolves.toMatchObject({ address: "'Plan 2026'!A1", values: [[1]] });
  });

  it("refuses whole columns before reading them, several areas, and a chart, each in words", async () => {
    const { book, adapter } = wps();
    book.select("Sheet1", "B:C"); // the stub refuses to walk it: reading would fail with another message
    await expect(adapter.readSelectionValues()).rejects.toThrow(/所选区域 Sheet1!B1:C1048576 有 2097152 个单元格/);
    book.select("Sheet1", "A1:B2", "D4");
    const areas = adapter.readSelectionValues();
    await expect(areas).rejects.toBeInstanceOf(MineError);
    await expect(areas).rejects.toThrow(/2 个不相连的区域/);
    book.selection = "chart";
    await expect(adapter.readSelectionGrid()).rejects.toThrow(/不是单元格/);
  });

  it("reads a sheet from A1 to its last value, not to a cell that only carries a format", async () => {
    const { book, adapter } = wps();
    book.set("表", { B3: 1, C4: "=B3*2", F9: { numberFormat: "0.00" } });
    await expect(adapter.readSheetGrid("表")).resolves.toEqual({
      values: [
        ["", "", ""],
        ["", "", ""],
        ["", 1, ""],
        ["", "", ""],
      ],
      formulas: [
        ["", "", ""],
        ["", "", ""],
        ["", 1, ""],
        ["", "", "=B3*2"],
      ],
    });
    await expect(adapter.readSheetGrid("空")).rejects.toThrow(/工作表“空”不存在/);
    await expect(adapter.readSheetGrid("Sheet1")).resolves.toEqual({ values: [], formulas: [] });
  });

  it("reads every visible sheet in order, finds marked ones, and suggests a free name case-insensitively", async () => {
    const { book, adapter } = wps();
    book.set("A", { A1: "MINE 复核 v1" });
    book.set("Hidden", { A1: "MINE 复核 v1" });
    book.set("B", { A1: "其他" });
    book.hide("Hidden");
    expect((await adapter.readWorkbookGrids()).map((s) => s.name)).toEqual(["Sheet1", "A", "B"]);
    expect(await adapter.findMarkedSheets("MINE 复核")).toEqual([
      { name: "A", marker: "MINE 复核 v1" },
      { name: "Hidden", marker: "MINE 复核 v1" },
    ]);
    expect(await adapter.suggestSheetName("sheet1")).toBe("sheet1 (2)");
    expect(await adapter.occupiedCells("A", { row: 0, column: 0, rows: 2, columns: 2 })).toBe(1);
    expect(await adapter.occupiedCells("nowhere", { row: 0, column: 0, rows: 2, columns: 2 })).toBe(0);
  });

  it("reviews the selected table at the sheet's addresses, highlights the finding and selects it", async () => {
    const { book, adapter } = wps();
    const head = ["采区/矿块", "动用资源量(万t)", "损失量(万t)", "采出纯矿石量(万t)", "开采回采率"];
    const cells: Record<string, string | number> = {};
    head.forEach((h, c) => (cells[`${"BCDEF"[c]}3`] = h));
    [
      ["A", 100, 10],
      ["B", 300, 45],
    ].forEach(([name, used, lost], i) => {
      const r = 4 + i;
      Object.assign(cells, { [`B${r}`]: name, [`C${r}`]: used, [`D${r}`]: lost });
      cells[`E${r}`] = (used as number) - (lost as number);
      cells[`F${r}`] = ((used as number) - (lost as number)) / (used as number);
    });
    Object.assign(cells, { B6: "合计", C6: 400, D6: 55, E6: 345, F6: 0.875 }); // a simple mean, not 86.25%
    book.set("采区", cells);
    book.select("采区", "B3:F6");
    const selected = await adapter.readSelectionGrid();
    expect(selected).toMatchObject({ name: "采区", address: "B3:F6", cells: 20 });
    const report = reviewWorkbook([selected]);
    expect(report.findings.map((f) => `${f.sheet}!${f.cell} ${f.rule}`)).toEqual(["采区!F6 recovery.weighted"]);

    await adapter.highlightCells([
      ...report.findings.map((f) => ({ sheet: f.sheet, address: f.cell, severity: f.severity, note: f.zh })),
      { sheet: "gone", address: "A1", severity: "warn" as const, note: "" },
    ]);
    expect(book.cell("采区", "F6")).toMatchObject({ value: 0.875, fill: 0xcec7ff }); // #FFC7CE
    expect(HIGHLIGHT_FILL.fail).toBe("#FFC7CE");
    await adapter.selectCell("采区", "F6");
    expect(book.selection).toEqual({ sheet: "采区", areas: ["F6"] });
    await expect(adapter.selectCell("gone", "A1")).rejects.toThrow(/工作表“gone”不存在/);
  });

  it("is unavailable without an open workbook, and says so when asked anyway", async () => {
    const app = { ActiveWorkbook: null, Selection: null } as EtApplication;
    const adapter = wpsWorkbook(app);
    expect(adapter.available()).toBe(false);
    await expect(adapter.readWorkbookGrids()).rejects.toThrow(/没有打开的工作簿/);
  });
});

describe("a drafter's workbook as WPS holds it", () => {
  const DIR = join(__dirname, "../fixtures/blind-plans");
  const plans = readdirSync(DIR).filter((file) => file.endsWith(".xlsx"));

  /** The sheets typed into the fake WPS cell by cell: constants as values, formulas with the result they saved. */
  function seed(book: EtBook, sheets: readonly ReviewSheet[]): void {
    book.sheets.length = 0;
    for (const { name, grid } of sheets) {
      const cells: Record<string, string | number | boolean | { formula: string; value: string | number | boolean }> =
        {};
      grid.formulas.forEach((row, r) =>
        row.forEach((formula, c) => {
          const value = grid.values[r][c] as string | number | boolean;
          const address = `${columnName(c)}${r + 1}`;
          if (typeof formula === "string" && formula.startsWith("=")) cells[address] = { formula, value };
          else if (value !== "" && value !== null && value !== undefined) cells[address] = value;
        }),
      );
      book.set(name, cells);
    }
  }

  it.each(plans)("%s is reviewed in WPS as the CLI reviews the file", async (file) => {
    const read = await readWorkbookFile(join(DIR, file));
    const options = { uncachedFormulas: read.uncached };
    const { book, adapter } = wps();
    seed(book, read.sheets);
    const inWps = reviewWorkbook(await adapter.readWorkbookGrids(), options);
    const fromFile = reviewWorkbook(read.sheets, options);
    const summary = (report: typeof inWps) => ({
      verdict: report.verdict,
      tables: report.tables.map((t) => `${t.sheet}!${t.range} ${t.kind}`),
      findings: report.findings.map((f) => `${f.sheet}!${f.cell} ${f.rule} ${f.severity}`),
    });
    expect(summary(inWps)).toEqual(summary(fromFile));
    expect(inWps.tables.length).toBeGreaterThan(0);
  });
});
