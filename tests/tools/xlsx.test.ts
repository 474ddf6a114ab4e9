/**
 * Reading a saved .xlsx as the review does (src/tools/review-xlsx.ts): saved results as the stated values, the
 * formulas (shared ones translated to their cell), rich text and hyperlinks as plain text, errors and dates as
 * text, merged ranges read as their top-left value, and formulas saved without a result listed.
 */
import ExcelJS from "exceljs";
import { mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { readWorkbookFile, sheetGrid } from "../../src/tools/review-xlsx";

let tmp: string;
beforeAll(() => (tmp = mkdtempSync(join(tmpdir(), "mine-xlsx-"))));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function roundTrip(build: (ws: ExcelJS.Worksheet) => void): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  build(wb.addWorksheet("S"));
  const file = join(tmp, `t${Math.random().toString(36).slice(2)}.xlsx`);
  await wb.xlsx.writeFile(file);
  const back = new ExcelJS.Workbook();
  await back.xlsx.readFile(file);
  return back.getWorksheet("S")!;
}

describe("sheetGrid", () => {
  it("takes a formula's saved result as the value, including a result of 0, and keeps the formula", async () => {
    const ws = await roundTrip((s) => {
      s.getCell("A1").value = 2;
      s.getCell("B1").value = { formula: "A1*3", result: 6 };
      s.getCell("C1").value = { formula: "A1-2", result: 0 };
      s.getCell("D1").value = { formula: 'IF(A1>1,"是","否")', result: "是" };
      s.getCell("E1").value = { formula: "1/0", result: { error: "#DIV/0!" } };
      s.getCell("F1").value = { formula: "A1+1" };
    });
    const { grid, uncached } = sheetGrid(ws);
    expect(grid.values[0]).toEqual([2, 6, 0, "是", "#DIV/0!", ""]);
    expect(grid.formulas[0]).toEqual([2, "=A1*3", "=A1-2", '=IF(A1>1,"是","否")', "=1/0", "=A1+1"]);
    expect(uncached).toEqual(["F1"]);
  });

  it("translates shared formulas to their own cell", async () => {
    const ws = await roundTrip((s) => {
      s.getCell("A1").value = 1;
      s.getCell("A2").value = 2;
      s.getCell("A3").value = 3;
      s.fillFormula("B1:B3", "A1*2", [2, 4, 6]);
    });
    const { grid } = sheetGrid(ws);
    expect(grid.values.map((r) => r[1])).toEqual([2, 4, 6]);
    expect(grid.formulas.map((r) => r[1])).toEqual(["=A1*2", "=A2*2", "=A3*2"]);
  });

  it("reads rich text, hyperlinks and dates as text", async () => {
    const ws = await roundTrip((s) => {
      s.getCell("A1").value = { richText: [{ text: "动用" }, { font: { bold: true }, text: "资源量" }] };
      s.getCell("B1").value = { text: "附件", hyperlink: "https://example.org" };
      s.getCell("C1").value = new Date("2025-04-29T00:00:00Z");
    });
    expect(sheetGrid(ws).grid.values[0]).toEqual(["动用资源量", "附件", "2025-04-29"]);
  });

  it("reads every cell of a merged range as its top-left value", async () => {
    const ws = await roundTrip((s) => {
      s.getCell("A1").value = "设计损失量(万t)";
      s.mergeCells("A1:C1");
      s.getCell("A2").value = "Ⅰ号矿体";
      s.mergeCells("A2:A3");
      s.getCell("B2").value = 1;
    });
    const { grid } = sheetGrid(ws);
    expect(grid.values[0]).toEqual(["设计损失量(万t)", "设计损失量(万t)", "设计损失量(万t)"]);
    expect(grid.values[2][0]).toBe("Ⅰ号矿体");
    expect(grid.values[1][1]).toBe(1);
  });
});

describe("readWorkbookFile", () => {
  it("reads every sheet by name and lists unsaved results with their sheet", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("一").getCell("A1").value = "x";
    wb.addWorksheet("二").getCell("B2").value = { formula: "1+1" };
    const file = join(tmp, "two.xlsx");
    await wb.xlsx.writeFile(file);
    const read = await readWorkbookFile(file);
    expect(read.sheets.map((s) => s.name)).toEqual(["一", "二"]);
    expect(read.uncached).toEqual([{ sheet: "二", cell: "B2" }]);
  });
});
