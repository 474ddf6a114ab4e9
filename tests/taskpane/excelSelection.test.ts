// readSelectionValues, the adapter read behind "fill from the selection": values, sheet, address and position of
// the selected range, against the office-addin-mock workbook; a whole-column selection is refused unread.
import { importMatrix } from "../../src/core/evaluation/import";
import { readSelectionValues } from "../../src/taskpane/excel";
import { MAX_SELECTION_CELLS } from "../../src/taskpane/workbook";
import { FakeWorkbook } from "../support/excelMock";

const globals = globalThis as { Excel?: unknown };

afterEach(() => {
  delete globals.Excel;
});

describe("readSelectionValues", () => {
  it("reads the selected range's values, its sheet, address and first cell", async () => {
    const wb = new FakeWorkbook().install();
    const s = wb.addSheet("判断");
    s.set("B2", 1)
      .set("C2", 5)
      .set("D2", "=1/3", 1 / 3);
    s.set("C3", 1).set("D3", "1/7");
    s.set("D4", 1);
    wb.selection = { sheet: "判断", address: "B2:D4" };
    const read = await readSelectionValues();
    expect(read).toMatchObject({ sheet: "判断", address: "判断!B2:D4", row: 1, column: 1 });
    expect(read.values).toEqual([
      [1, 5, 1 / 3],
      ["", 1, "1/7"],
      ["", "", 1],
    ]);
    const matrix = importMatrix({ values: read.values, origin: read }, 3);
    expect(matrix.form).toBe("upper");
    expect(wb.dropped).toBe(0);
  });

  it("refuses a selection of whole columns before loading its values", async () => {
    const wb = new FakeWorkbook().install();
    wb.addSheet("判断").set("A1", 1);
    wb.selection = { sheet: "判断", address: "A:C" };
    await expect(readSelectionValues()).rejects.toThrow(
      `所选区域 判断!A1:C1048576 有 ${3 * 1048576} 个单元格，请只选中要读取的表`,
    );
    expect(MAX_SELECTION_CELLS).toBe(10_000);
  });
});
