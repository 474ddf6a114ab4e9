import { OfficeMockObject } from "office-addin-mock";
import {
  COUNT_COLUMNS,
  MEASURES_MARKER,
  MEASURE_COLUMNS,
  measuresLayout,
  planMeasuresSheet,
} from "../../src/core/evaluation/measures";
import { planReviewOpinion, planReviewReport, reviewWorkbook } from "../../src/core/review";
import { SheetPlan, cellAddress, columnName } from "../../src/core/workbook/sheetPlan";
import {
  excelAvailable,
  excelWorkbook,
  findMarkedSheets,
  highlightCells,
  occupiedCells,
  readSelectionGrid,
  readSheetGrid,
  readWorkbookGrids,
  selectCell,
  suggestSheetName,
  writeSheetPlan,
} from "../../src/taskpane/excel";
import { HIGHLIGHT_FILL, OverwriteRefused, writePlanAsking } from "../../src/taskpane/workbook";
import { FakeSheet, FakeWorkbook } from "../support/excelMock";

const globals = globalThis as { Excel?: unknown; Office?: unknown };

afterEach(() => {
  delete globals.Excel;
  delete globals.Office;
});

const MARKER = "MINE test sheet v1";

/** A1:D7, plus a formula in D3 spilling to D8, below the extent on purpose. */
const plan: SheetPlan = {
  sheetName: "评价 Eval",
  marker: MARKER,
  cells: [
    { row: 0, column: 0, role: "title", value: MARKER },
    { row: 1, column: 0, role: "note", value: "Source: test data" },
    { row: 2, column: 0, role: "heading", value: "Indicator" },
    { row: 2, column: 1, role: "heading", value: "Weight" },
    { row: 3, column: 0, role: "label", value: "Recovery" },
    { row: 3, column: 1, role: "input", value: 0.4, numberFormat: "0.00" },
    { row: 4, column: 0, role: "label", value: "Dilution" },
    { row: 4, column: 1, role: "input", value: 0.6, numberFormat: "0.00" },
    { row: 5, column: 0, role: "label", value: "1/3" },
    { row: 5, column: 1, role: "formula", formula: "=SUM(B4:B5)", numberFormat: "0.0000" },
    { row: 6, column: 0, role: "label", value: "Choice" },
    { row: 6, column: 1, role: "input", value: "yes" },
    {
      row: 2,
      column: 3,
      role: "formula",
      formula: "=SEQUENCE(6)/10",
      numberFormat: "0.0%",
      spill: { rows: 6, columns: 1 },
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
    { range: { row: 3, column: 1, rows: 2, columns: 1 }, kind: "positive", prompt: "Weight, above 0" },
    { range: { row: 6, column: 1, rows: 1, columns: 1 }, kind: "list", choices: ["yes", "no"], prompt: "Pick one" },
  ],
  columnWidths: [{ column: 0, width: 20 }],
  extent: { row: 0, column: 0, rows: 7, columns: 4 },
};
const PLAN_CELLS_WITH_CONTENT = plan.cells.length;

function workbook(): FakeWorkbook {
  return new FakeWorkbook().install();
}

describe("the fake workbook", () => {
  it("refuses to show a property that was not loaded and synced, as Office.js does", async () => {
    const wb = workbook();
    wb.addSheet("S").set("A1", 7);
    const seen: unknown[] = [];
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("S").getRange("A1");
      seen.push(range.values);
      range.load("values");
      seen.push(range.values);
      await context.sync();
      seen.push(range.values);
    });
    expect(seen).toEqual(["Error, property was not loaded", "Error, context.sync() was not called", [[7]]]);
  });

  it("applies writes only at sync and drops what a run leaves queued", async () => {
    const wb = workbook();
    const sheet = wb.addSheet("S");
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("S").getRange("A1:B1").values = [[1, "=A1+1"]];
      expect(sheet.cell("A1")).toBeUndefined();
      await context.sync();
      context.workbook.worksheets.getItem("S").getRange("C1").values = [[3]];
    });
    expect(sheet.cell("A1")?.value).toBe(1);
    expect(sheet.cell("B1")?.formula).toBe("=A1+1");
    expect(sheet.cell("C1")).toBeUndefined();
    expect(wb.dropped).toBe(3); // the sheet lookup, the range and the write
  });
});

describe("writeSheetPlan on a new sheet", () => {
  let wb: FakeWorkbook;
  beforeEach(async () => {
    wb = workbook();
    wb.addSheet("Data").set("A1", "keep");
    await writeSheetPlan(plan, { overwrite: false });
  });

  it("creates the sheet after the others, activates it, in two syncs with nothing left unsynced", () => {
    expect(wb.sheets.map((s) => s.name)).toEqual(["Data", plan.sheetName]);
    expect(wb.activeSheet).toBe(plan.sheetName);
    expect(wb.syncs).toBe(2);
    expect(wb.dropped).toBe(0);
    expect(wb.sheet("Data").cell("A1")?.value).toBe("keep");
  });

  it("writes constants as values and formulas as formulas, with their number formats", () => {
    const s = wb.sheet(plan.sheetName);
    expect(s.cell("A1")).toMatchObject({ value: MARKER });
    expect(s.cell("A1")?.formula).toBeUndefined();
    expect(s.cell("B4")).toMatchObject({ value: 0.4, numberFormat: "0.00" });
    expect(s.cell("B5")).toMatchObject({ value: 0.6, numberFormat: "0.00" });
    expect(s.cell("B6")).toMatchObject({ formula: "=SUM(B4:B5)", numberFormat: "0.0000" });
    expect(s.cell("B7")).toMatchObject({ value: "yes" });
    // A label Excel would read as a date or fraction stays text.
    expect(s.cell("A6")).toMatchObject({ value: "1/3", numberFormat: "@" });
    expect(s.cell("A6")?.formula).toBeUndefined();
  });

  it("sends constants through values and formulas through formulas, a row's run in one write", () => {
    const writes = (property: string) =>
      wb.writes.filter((w) => w.sheet === plan.sheetName && w.property === property).map((w) => w.address);
    expect(writes("formulas").sort()).toEqual(["B6", "D3"]);
    expect(writes("values").sort()).toEqual(["A1", "A2", "A3:B3", "A4:B4", "A5:B5", "A6", "A7:B7"]);
  });

  it("writes only the spill's anchor and formats the whole spill", () => {
    const s = wb.sheet(plan.sheetName);
    expect(s.cell("D3")).toMatchObject({ formula: "=SEQUENCE(6)/10", numberFormat: "0.0%", fill: "#F2F2F2" });
    for (const a of ["D4", "D5", "D6", "D7", "D8"]) {
      expect(s.cell(a)).toMatchObject({ value: "", numberFormat: "0.0%", fill: "#F2F2F2" });
      expect(s.cell(a)?.formula).toBeUndefined();
    }
    expect(s.cell("D9")).toBeUndefined();
  });

  it("formats cells by role", () => {
    const s = wb.sheet(plan.sheetName);
    expect(s.cell("A1")?.font).toMatchObject({ bold: true, size: 14 });
    expect(s.cell("A2")?.font).toMatchObject({ italic: true, color: "#7F7F7F" });
    expect(s.cell("A2")?.font.bold).toBeUndefined();
    for (const a of ["A3", "B3"]) {
      expect(s.cell(a)?.font.bold).toBe(true);
      expect(s.cell(a)?.fill).toMatch(/^#[0-9A-F]{6}$/);
      expect(s.cell(a)?.fill).not.toBe("#FFFFFF");
    }
    expect(s.cell("A4")?.font).toEqual({ bold: true });
    expect(s.cell("A4")?.fill).toBeUndefined();
    for (const a of ["B4", "B5", "B7"]) expect(s.cell(a)?.fill).toBe("#FFF2CC");
    expect(s.cell("B6")?.fill).toBe("#F2F2F2");
    expect(s.cell("B6")?.font).toEqual({});
  });

  it("adds the data validations with their prompts", () => {
    const s = wb.sheet(plan.sheetName);
    for (const a of ["B4", "B5"]) {
      expect(s.cell(a)?.validation).toEqual({
        rule: { decimal: { formula1: 0, operator: "GreaterThan" } },
        prompt: { showPrompt: true, title: "", message: "Weight, above 0" },
      });
    }
    expect(s.cell("B7")?.validation).toEqual({
      rule: { list: { inCellDropDown: true, source: "yes,no" } },
      prompt: { showPrompt: true, title: "", message: "Pick one" },
    });
    expect(s.cell("B6")?.validation).toBeUndefined();
  });

  it("sets column widths in points and adds the chart where planned", () => {
    const s = wb.sheet(plan.sheetName);
    expect(s.columnWidths).toEqual(new Map([[0, (20 * 7 + 5) * 0.75]]));
    expect(s.charts).toHaveLength(1);
    expect(s.charts[0]).toMatchObject({
      type: "BarClustered",
      source: "A4:B5",
      seriesBy: "Columns",
      title: "Weights",
      topLeft: "A9",
      bottomRight: "E18",
    });
    expect(s.charts[0].name).toMatch(/^MINE-[0-9a-f]{8}-chart-1$/);
  });
});

describe("writeSheetPlan's rate validation", () => {
  it("limits a rate to a decimal between 0 and 1 inclusive, with its prompt", async () => {
    const wb = workbook();
    const rated: SheetPlan = {
      ...plan,
      validations: [{ range: { row: 3, column: 1, rows: 2, columns: 1 }, kind: "rate", prompt: "0–1, 95% or 0.95" }],
    };
    await writeSheetPlan(rated, { overwrite: false });
    const s = wb.sheet(plan.sheetName);
    for (const a of ["B4", "B5"]) {
      expect(s.cell(a)?.validation).toEqual({
        rule: { decimal: { formula1: 0, formula2: 1, operator: "Between" } },
        prompt: { showPrompt: true, title: "", message: "0–1, 95% or 0.95" },
      });
    }
    expect(s.cell("B6")?.validation).toBeUndefined();
  });
});

describe("writeSheetPlan's line chart", () => {
  it("adds a planned line chart as an Excel line chart", async () => {
    const wb = workbook();
    const lined: SheetPlan = { ...plan, charts: [{ ...plan.charts[0], kind: "line", title: "Trend" }] };
    await writeSheetPlan(lined, { overwrite: false });
    expect(wb.sheet(plan.sheetName).charts[0]).toMatchObject({ type: "Line", source: "A4:B5", title: "Trend" });
  });
});

describe("writePlanAsking", () => {
  it("writes a free footprint without asking", async () => {
    const wb = workbook();
    const confirm = jest.fn(() => Promise.resolve(true));
    await expect(writePlanAsking(excelWorkbook, plan, confirm)).resolves.toEqual([]);
    expect(confirm).not.toHaveBeenCalled();
    expect(wb.sheet(plan.sheetName).cell("B6")?.formula).toBe("=SUM(B4:B5)");
  });

  it("asks with the count of occupied cells, and leaves them when the user declines", async () => {
    const wb = workbook();
    const s = wb.addSheet(plan.sheetName).set("A1", "old title");
    const confirm = jest.fn((refused: OverwriteRefused) => Promise.resolve(refused.occupied === 1 && false));
    await expect(writePlanAsking(excelWorkbook, plan, confirm)).resolves.toBeNull();
    expect(confirm).toHaveBeenCalledTimes(1);
    expect(s.cell("A1")?.value).toBe("old title");
    expect(s.cell("B6")).toBeUndefined();
  });

  it("overwrites only after a yes", async () => {
    const wb = workbook();
    wb.addSheet(plan.sheetName).set("A1", "old title");
    await expect(writePlanAsking(excelWorkbook, plan, () => Promise.resolve(true))).resolves.toEqual([]);
    expect(wb.sheet(plan.sheetName).cell("A1")?.value).not.toBe("old title");
    expect(wb.sheet(plan.sheetName).cell("B6")?.formula).toBe("=SUM(B4:B5)");
  });
});

describe("writeSheetPlan on an existing sheet", () => {
  it("writes into an empty footprint without asking, keeping cells outside it", async () => {
    const wb = workbook();
    wb.addSheet(plan.sheetName).set("F20", "mine").set("E1", 5);
    await writeSheetPlan(plan, { overwrite: false });
    const s = wb.sheet(plan.sheetName);
    expect(s.cell("B6")?.formula).toBe("=SUM(B4:B5)");
    expect(s.cell("F20")?.value).toBe("mine");
    expect(s.cell("E1")?.value).toBe(5);
    expect(wb.syncs).toBe(3);
  });

  it("refuses a non-empty extent with the number of occupied cells, and writes nothing", async () => {
    const wb = workbook();
    const s = wb.addSheet(plan.sheetName).set("A1", "old title").set("C7", "=1+1", 2).set("E1", "outside");
    const error = await writeSheetPlan(plan, { overwrite: false }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OverwriteRefused);
    expect(error).toMatchObject({ sheetName: plan.sheetName, occupied: 2 });
    expect(s.cell("A1")?.value).toBe("old title");
    expect(s.cell("B6")).toBeUndefined();
    expect(s.charts).toHaveLength(0);
    expect(wb.dropped).toBe(0);
  });

  it("refuses when only a cell of a spill range below the extent is occupied (a formula counts)", async () => {
    const wb = workbook();
    const s = wb.addSheet(plan.sheetName).set("D8", '=""');
    const error = await writeSheetPlan(plan, { overwrite: false }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OverwriteRefused);
    expect((error as OverwriteRefused).occupied).toBe(1);
    expect(s.cell("D3")).toBeUndefined();
  });

  it("refuses to write twice over itself, counting every planned cell", async () => {
    workbook();
    await writeSheetPlan(plan, { overwrite: false });
    await expect(writeSheetPlan(plan, { overwrite: false })).rejects.toMatchObject({
      name: "OverwriteRefused",
      occupied: PLAN_CELLS_WITH_CONTENT,
    });
  });

  it("with overwrite, clears the footprint and the previous charts of the marker first", async () => {
    const wb = workbook();
    await writeSheetPlan(plan, { overwrite: false });
    const s = wb.sheet(plan.sheetName);
    // The user edits the sheet: new values, a stray styled cell, a stray validation, a value in the spill, a chart.
    s.set("B4", 99).set("C7", "junk").set("D8", 1).set("F1", "outside");
    s.touch(6, 2).font.bold = true;
    s.touch(1, 2).validation = { rule: { wholeNumber: {} } };
    s.charts.push({ name: "My chart", type: "Pie", source: "A4:B5", seriesBy: "Auto", title: "mine" });

    await writeSheetPlan(plan, { overwrite: true });
    expect(s.cell("B4")).toMatchObject({ value: 0.4, fill: "#FFF2CC" });
    expect(s.cell("C7")).toBeUndefined();
    expect(s.cell("C2")).toBeUndefined();
    expect(s.cell("D8")).toMatchObject({ value: "", numberFormat: "0.0%" });
    expect(s.cell("F1")?.value).toBe("outside");
    expect(s.charts.map((c) => c.name).sort()).toEqual([expect.stringMatching(/^MINE-.*-chart-1$/), "My chart"]);
    expect(wb.dropped).toBe(0);
  });

  it("with overwrite, keeps charts written for another marker", async () => {
    const wb = workbook();
    await writeSheetPlan({ ...plan, marker: "MINE other v1" }, { overwrite: false });
    const before = wb.sheet(plan.sheetName).charts[0].name;
    await writeSheetPlan(plan, { overwrite: true });
    const names = wb.sheet(plan.sheetName).charts.map((c) => c.name);
    expect(names).toHaveLength(2);
    expect(names).toContain(before);
  });

  it("refuses list choices with a comma before touching the workbook", async () => {
    const wb = workbook();
    const bad: SheetPlan = {
      ...plan,
      validations: [{ range: { row: 6, column: 1, rows: 1, columns: 1 }, kind: "list", choices: ["a,b"], prompt: "" }],
    };
    await expect(writeSheetPlan(bad, { overwrite: false })).rejects.toThrow(/comma/);
    expect(wb.runs).toBe(0);
  });
});

describe("suggestSheetName", () => {
  it("returns the base when it is free", async () => {
    workbook().addSheet("Data");
    await expect(suggestSheetName("评价")).resolves.toBe("评价");
  });

  it('numbers "(2)", "(3)"…, comparing names case-insensitively', async () => {
    const wb = workbook();
    wb.addSheet("Eval");
    await expect(suggestSheetName("Eval")).resolves.toBe("Eval (2)");
    wb.addSheet("eval (2)");
    await expect(suggestSheetName("Eval")).resolves.toBe("Eval (3)");
  });

  it("replaces forbidden characters and trims the base to fit 31 characters", async () => {
    const wb = workbook();
    await expect(suggestSheetName("a/b:c?[d]*\\e")).resolves.toBe("a_b_c__d___e");
    const long = "x".repeat(40);
    await expect(suggestSheetName(long)).resolves.toBe("x".repeat(31));
    wb.addSheet("x".repeat(31));
    const second = await suggestSheetName(long);
    expect(second).toBe(`${"x".repeat(27)} (2)`);
    expect(second).toHaveLength(31);
  });
});

describe("occupiedCells", () => {
  it("counts values and formulas, not formatting; 0 for a missing sheet", async () => {
    const wb = workbook();
    const s = wb.addSheet("S").set("B2", 1).set("C3", '=""').set("D4", "x").set("A1", "outside");
    s.touch(2, 1).fill = "#FF0000";
    await expect(occupiedCells("S", { row: 1, column: 1, rows: 3, columns: 2 })).resolves.toBe(2);
    await expect(occupiedCells("S", { row: 1, column: 1, rows: 3, columns: 3 })).resolves.toBe(3);
    await expect(occupiedCells("Missing", { row: 0, column: 0, rows: 5, columns: 5 })).resolves.toBe(0);
  });
});

describe("findMarkedSheets", () => {
  it("lists the sheets whose A1 starts with the prefix, in workbook order", async () => {
    const wb = workbook();
    wb.addSheet("One").set("A1", "MINE 评估 | v1 2026-01-01");
    wb.addSheet("Two").set("A1", 5);
    wb.addSheet("Three").set("A1", "other MINE");
    wb.addSheet("Four");
    wb.addSheet("Five").set("A1", "MINE 评估 | v2");
    await expect(findMarkedSheets("MINE 评估")).resolves.toEqual([
      { name: "One", marker: "MINE 评估 | v1 2026-01-01" },
      { name: "Five", marker: "MINE 评估 | v2" },
    ]);
    await expect(findMarkedSheets("nothing")).resolves.toEqual([]);
  });
});

describe("readSheetGrid", () => {
  it("returns values and formulas from A1, padding before a used range that starts at B3", async () => {
    const wb = workbook();
    const s = wb.addSheet("S").set("B3", 1).set("C4", "=B3*2", 2).set("C3", "t");
    s.touch(9, 5).font.bold = true; // formatting alone does not widen the grid
    await expect(readSheetGrid("S")).resolves.toEqual({
      values: [
        ["", "", ""],
        ["", "", ""],
        ["", 1, "t"],
        ["", "", 2],
      ],
      formulas: [
        ["", "", ""],
        ["", "", ""],
        ["", 1, "t"],
        ["", "", "=B3*2"],
      ],
    });
  });

  it("returns empty arrays for an empty sheet", async () => {
    workbook().addSheet("Empty").touch(3, 3).fill = "#FFFF00";
    await expect(readSheetGrid("Empty")).resolves.toEqual({ values: [], formulas: [] });
  });

  it("throws a clear error for a missing sheet, in both languages (an engine error, so the pane shows its words)", async () => {
    workbook().addSheet("S");
    await expect(readSheetGrid("Nope")).rejects.toThrow('Sheet "Nope" does not exist');
    await expect(readSheetGrid("Nope")).rejects.toMatchObject({
      name: "MineError",
      kind: "na",
      zh: "工作表“Nope”不存在",
    });
  });
});

describe("readWorkbookGrids", () => {
  it("reads every visible sheet from A1 in workbook order, leaving hidden ones out, in two syncs", async () => {
    const wb = workbook();
    wb.addSheet("One").set("B2", 3).set("C2", "=B2*2", 6);
    wb.addSheet("Hidden").set("A1", "secret").visibility = "Hidden";
    wb.addSheet("Empty");
    wb.addSheet("VeryHidden").set("A1", 1).visibility = "VeryHidden";
    wb.addSheet("Two").set("A1", "t");
    await expect(readWorkbookGrids()).resolves.toEqual([
      {
        name: "One",
        grid: {
          values: [
            ["", "", ""],
            ["", 3, 6],
          ],
          formulas: [
            ["", "", ""],
            ["", 3, "=B2*2"],
          ],
        },
      },
      { name: "Empty", grid: { values: [], formulas: [] } },
      { name: "Two", grid: { values: [["t"]], formulas: [["t"]] } },
    ]);
    expect(wb.syncs).toBe(2);
    expect(wb.dropped).toBe(0);
  });

  it("gives the same grid as readSheetGrid for each sheet", async () => {
    const wb = workbook();
    wb.addSheet("S").set("C5", 1).set("D3", "=1+1", 2);
    const [{ grid }] = await readWorkbookGrids();
    await expect(readSheetGrid("S")).resolves.toEqual(grid);
  });
});

describe("readSelectionGrid", () => {
  /** B2:E5 filled with "r,c" labels, and a formula in D4. */
  function seeded(): FakeWorkbook {
    const wb = workbook();
    wb.addSheet("Other").set("A1", "x");
    const s = wb.addSheet("Data");
    for (let r = 2; r <= 5; r++) for (const c of ["B", "C", "D", "E"]) s.set(`${c}${r}`, `${c}${r}`);
    s.set("D4", "=C4", "C4");
    return wb;
  }

  it("blanks every cell outside the selection and cuts the grid after it, keeping addresses", async () => {
    const wb = seeded();
    wb.selection = { sheet: "Data", address: "C3:D4" };
    const { name, grid } = await readSelectionGrid();
    expect(name).toBe("Data");
    expect(grid.values).toEqual([
      ["", "", "", ""],
      ["", "", "", ""],
      ["", "", "C3", "D3"],
      ["", "", "C4", "C4"],
    ]);
    expect(grid.formulas[3]).toEqual(["", "", "C4", "=C4"]);
    expect(wb.syncs).toBe(1);
    expect(wb.dropped).toBe(0);
  });

  it("reads a selection of whole columns as the used part of them", async () => {
    const wb = seeded();
    wb.selection = { sheet: "Data", address: "D:E" };
    const { grid } = await readSelectionGrid();
    expect(grid.values).toEqual([
      ["", "", "", "", ""],
      ["", "", "", "D2", "E2"],
      ["", "", "", "D3", "E3"],
      ["", "", "", "C4", "E4"],
      ["", "", "", "D5", "E5"],
    ]);
  });

  it("gives an empty grid for a selection on an empty sheet or beyond the used range", async () => {
    const wb = seeded();
    wb.addSheet("Blank");
    wb.selection = { sheet: "Blank", address: "A1:C3" };
    await expect(readSelectionGrid()).resolves.toEqual({
      name: "Blank",
      grid: { values: [], formulas: [] },
      address: "A1:C3",
      cells: 9,
    });
    wb.selection = { sheet: "Data", address: "G7:H9" };
    const { grid } = await readSelectionGrid();
    expect(grid.values.flat().every((v) => v === "")).toBe(true);
  });
});

describe("selectCell", () => {
  it("activates the sheet and selects the cell (a finding's address, clicked)", async () => {
    const wb = workbook();
    wb.addSheet("Other");
    wb.addSheet("采区").set("F6", 0.8);
    await selectCell("采区", "F6");
    expect([wb.activeSheet, wb.selection]).toEqual(["采区", { sheet: "采区", address: "F6" }]);
  });

  it("says so in both languages when the sheet is gone", async () => {
    workbook();
    await expect(selectCell("Gone", "A1")).rejects.toMatchObject({
      name: "MineError",
      kind: "na",
      zh: "工作表“Gone”不存在",
      en: 'Sheet "Gone" does not exist',
    });
  });
});

describe("highlightCells", () => {
  it("fills fail cells red and warn cells amber without touching values, formulas or formats", async () => {
    const wb = workbook();
    const s = wb.addSheet("S").set("B2", 0.8).set("C3", "=B2*2", 1.6);
    s.touch(1, 1).numberFormat = "0.00%";
    wb.addSheet("T").set("A1", "x");
    await highlightCells([
      { sheet: "S", address: "B2", severity: "fail", note: "stated 80%, recomputed 82%" },
      { sheet: "S", address: "$C$3", severity: "warn", note: "" },
      { sheet: "T", address: "D4", severity: "warn", note: "" },
    ]);
    expect(HIGHLIGHT_FILL).toEqual({ fail: "#FFC7CE", warn: "#FFEB9C" });
    expect(s.cell("B2")).toMatchObject({ value: 0.8, numberFormat: "0.00%", fill: "#FFC7CE" });
    expect(s.cell("C3")).toMatchObject({ value: 1.6, formula: "=B2*2", fill: "#FFEB9C" });
    expect(wb.sheet("T").cell("D4")).toMatchObject({ value: "", fill: "#FFEB9C" });
    expect(wb.sheet("T").cell("A1")?.fill).toBeUndefined();
    expect(wb.writes).toEqual([]); // no values, formulas or number formats written
    expect(wb.syncs).toBe(2);
    expect(wb.dropped).toBe(0);
  });

  it("fills a cell flagged both ways as failing, whatever the order", async () => {
    const wb = workbook();
    const s = wb.addSheet("S");
    await highlightCells([
      { sheet: "S", address: "A1", severity: "fail", note: "" },
      { sheet: "S", address: "A1", severity: "warn", note: "" },
      { sheet: "S", address: "b2", severity: "warn", note: "" },
      { sheet: "S", address: "B2", severity: "fail", note: "" },
    ]);
    expect(s.cell("A1")?.fill).toBe(HIGHLIGHT_FILL.fail);
    expect(s.cell("B2")?.fill).toBe(HIGHLIGHT_FILL.fail);
  });

  it("skips cells without an address and sheets that do not exist, and does not run Excel for nothing", async () => {
    const wb = workbook();
    const s = wb.addSheet("S");
    await highlightCells([{ sheet: "S", address: "", severity: "fail", note: "the workbook has no table" }]);
    expect(wb.runs).toBe(0);
    await highlightCells([
      { sheet: "Gone", address: "A1", severity: "fail", note: "" },
      { sheet: "S", address: "A2", severity: "warn", note: "" },
    ]);
    expect(wb.find("Gone")).toBeUndefined();
    expect(s.cell("A2")?.fill).toBe(HIGHLIGHT_FILL.warn);
  });
});

describe("the spot-check through the adapter", () => {
  const HEAD = ["采区/矿块", "动用资源量(万t)", "损失量(万t)", "采出纯矿石量(万t)", "开采回采率"];
  /** A blocks table with its header at row `top` from column `left`, its total rate a simple mean (87.5%, not 86.25%). */
  function blocksAt(s: FakeSheet, top: number, left: number): void {
    const at = (r: number, c: number) => `${columnName(left + c)}${top + r}`;
    HEAD.forEach((h, c) => s.set(at(0, c), h));
    const rows: [string, number, number][] = [
      ["A", 100, 10],
      ["B", 300, 45],
    ];
    rows.forEach(([name, consumed, lost], i) => {
      const r = i + 1;
      s.set(at(r, 0), name).set(at(r, 1), consumed).set(at(r, 2), lost);
      s.set(at(r, 3), `=${at(r, 1)}-${at(r, 2)}`, consumed - lost);
      s.set(at(r, 4), `=${at(r, 3)}/${at(r, 1)}`, (consumed - lost) / consumed);
    });
    s.set(at(3, 0), "合计");
    s.set(at(3, 1), `=SUM(${at(1, 1)}:${at(2, 1)})`, 400);
    s.set(at(3, 2), `=SUM(${at(1, 2)}:${at(2, 2)})`, 55);
    s.set(at(3, 3), `=SUM(${at(1, 3)}:${at(2, 3)})`, 345);
    s.set(at(3, 4), `=AVERAGE(${at(1, 4)}:${at(2, 4)})`, 0.875);
  }

  it("reviews only the selected table, at the sheet's addresses, and highlights what it found", async () => {
    const wb = workbook();
    const s = wb.addSheet("采区");
    blocksAt(s, 3, 1); // B3:F6, total rate in F6
    blocksAt(s, 10, 1); // B10:F13, outside the selection
    wb.selection = { sheet: "采区", address: "B3:F6" };
    const selected = await readSelectionGrid();
    const report = reviewWorkbook([selected]);
    expect(report.tables.map((t) => `${t.sheet}!${t.range}`)).toEqual(["采区!B3:F6"]);
    expect(report.findings.map((f) => `${f.sheet}!${f.cell} ${f.rule}`)).toEqual(["采区!F6 recovery.weighted"]);

    const whole = reviewWorkbook(await readWorkbookGrids());
    expect(whole.findings.map((f) => f.cell)).toEqual(["F6", "F13"]);

    await highlightCells(
      whole.findings.map((f) => ({ sheet: f.sheet, address: f.cell, severity: f.severity, note: f.zh })),
    );
    expect(s.cell("F6")).toMatchObject({ value: 0.875, formula: "=AVERAGE(F4:F5)", fill: HIGHLIGHT_FILL.fail });
    expect(s.cell("F13")?.fill).toBe(HIGHLIGHT_FILL.fail);
    expect(s.cell("F5")?.fill).toBeUndefined();
  });

  it("writes the report and the draft opinion into new sheets, which a second review skips", async () => {
    const wb = workbook();
    blocksAt(wb.addSheet("采区"), 1, 0);
    const report = reviewWorkbook(await readWorkbookGrids());
    const options = { lang: "zh" as const, source: "整个工作簿", date: "2026-01-01" };
    const reportPlan = planReviewReport(report, { ...options, sheetName: await suggestSheetName("复核报告") });
    await writeSheetPlan(reportPlan, { overwrite: false });
    const opinion = planReviewOpinion(report, report.facts, { ...options, sheetName: "专家审查意见书" });
    await writeSheetPlan(opinion, { overwrite: false });
    await expect(writeSheetPlan(opinion, { overwrite: false })).rejects.toBeInstanceOf(OverwriteRefused);

    expect(String(wb.sheet("复核报告").cell("A1")?.value)).toMatch(/^MINE 复核/);
    const texts = [...wb.sheet("复核报告").cells.values()].map((c) => c.value);
    expect(texts).toContain("E4"); // the finding's cell
    expect(texts).toContain("recovery.weighted");
    const opinionTexts = [...wb.sheet("专家审查意见书").cells.values()].map((c) => String(c.value));
    expect(opinionTexts.some((t) => t.startsWith("六、审查结论"))).toBe(true);
    expect(wb.dropped).toBe(0);

    const again = reviewWorkbook(await readWorkbookGrids());
    expect(again.skippedSheets.map((x) => x.name)).toEqual(["复核报告", "专家审查意见书"]);
    expect(again.findings.map((f) => `${f.sheet}!${f.cell}`)).toEqual(
      report.findings.map((f) => `${f.sheet}!${f.cell}`),
    );
  });
});

describe("excelAvailable", () => {
  it("is false outside Office and when Office has no requirements (browser preview)", () => {
    expect(excelAvailable()).toBe(false);
    globals.Office = new OfficeMockObject({ context: { diagnostics: { version: "16.0" } } });
    expect(excelAvailable()).toBe(false);
  });

  it("asks for ExcelApi 1.8", () => {
    const asked: unknown[][] = [];
    new FakeWorkbook().install();
    globals.Office = new OfficeMockObject({
      context: {
        requirements: {
          isSetSupported: (set: string, version: string) => {
            asked.push([set, version]);
            return set === "ExcelApi" && Number(version) <= 1.8;
          },
        },
      },
    });
    expect(excelAvailable()).toBe(true);
    expect(asked).toEqual([["ExcelApi", "1.8"]]);
  });

  it("is false when the host lacks the set", () => {
    new FakeWorkbook().install();
    globals.Office = new OfficeMockObject({ context: { requirements: { isSetSupported: () => false } } });
    expect(excelAvailable()).toBe(false);
  });
});

describe("the Tables 2–4 reference sheet through the adapter", () => {
  const layout = measuresLayout();
  const at = (s: FakeSheet, row: number, column: number) => s.cell(cellAddress(row, column));

  async function written(language: "zh" | "en" = "zh") {
    const wb = workbook();
    const sheetName = await suggestSheetName(language === "zh" ? "措施对照(表2–4)" : "Measures (Tables 2–4)");
    const reference = planMeasuresSheet({ sheetName, language, version: "test", date: "2026-12-05" });
    await expect(writePlanAsking(excelWorkbook, reference, () => Promise.reject(new Error("asked")))).resolves.toEqual(
      [],
    );
    return { wb, reference, s: wb.sheet(sheetName) };
  }

  it("writes the standard's words as text, the live counts as formulas and a status list over each table", async () => {
    const { wb, s } = await written();
    expect(wb.dropped).toBe(0);
    expect(at(s, 0, 0)?.value).toBe(MEASURES_MARKER);
    const data = layout.tables[1].rows[0]; // 表3 资源类数据
    expect(at(s, data, 0)).toMatchObject({ value: "资源类数据" });
    expect(at(s, data, 3)).toMatchObject({ value: "≥10年" });
    expect(at(s, data, 3)?.formula).toBeUndefined();
    for (const { row } of layout.countRows) {
      expect(at(s, row, COUNT_COLUMNS.entries)?.formula).toMatch(/^=COUNTIF\(\$E\$\d+:\$E\$\d+,"\*"&\$B\$\d+&"\*"\)$/);
      expect(at(s, row, COUNT_COLUMNS.firstStatus)?.formula).toMatch(/^=COUNTIFS\(/);
    }
    for (const table of layout.tables) {
      for (const row of table.rows) {
        expect(at(s, row, MEASURE_COLUMNS.status)?.validation?.rule).toEqual({
          list: { inCellDropDown: true, source: "已实施,计划中,未实施,不适用" },
        });
        expect(at(s, row, MEASURE_COLUMNS.evidence)?.fill).toBe("#FFF2CC");
      }
      expect(at(s, table.header, MEASURE_COLUMNS.status)?.validation).toBeUndefined();
    }
  });

  it("lists the English statuses on an English sheet", async () => {
    const { s } = await written("en");
    const first = layout.tables[0].rows[0];
    expect(at(s, first, MEASURE_COLUMNS.status)?.validation?.rule).toEqual({
      list: { inCellDropDown: true, source: "in place,planned,absent,not applicable" },
    });
    expect(at(s, first, 0)?.value).toBe("资源节约利用 (resource conservation)");
  });

  it("asks before writing over it again, so the evaluator's statuses stay unless they say yes", async () => {
    const { s, reference } = await written();
    const status = cellAddress(layout.tables[0].rows[0], MEASURE_COLUMNS.status);
    s.set(status, "已实施");
    const confirm = jest.fn((refused: OverwriteRefused) => Promise.resolve(!refused)); // the evaluator says no
    await expect(writePlanAsking(excelWorkbook, reference, confirm)).resolves.toBeNull();
    const filled = reference.cells.filter((c) => c.formula !== undefined || c.value !== "").length;
    expect(confirm.mock.calls[0][0].occupied).toBe(filled + 1);
    expect(s.cell(status)?.value).toBe("已实施");
  });

  it("is not taken for a drafting table by the spot-check", async () => {
    await written();
    const report = reviewWorkbook(await readWorkbookGrids());
    expect(report.tables).toEqual([]);
    expect(report.findings).toEqual([]);
  });
});
