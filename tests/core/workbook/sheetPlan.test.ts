/** Addresses of planned cells, and the extent a plan takes from A1. */
import {
  SheetPlanBuilder,
  absoluteAddress,
  cellAddress,
  columnName,
  parseCellAddress,
  rangeAddress,
} from "../../../src/core/workbook/sheetPlan";

describe("addresses", () => {
  it("names columns by letters", () => {
    expect([0, 25, 26, 51, 52, 701, 702].map(columnName)).toEqual(["A", "Z", "AA", "AZ", "BA", "ZZ", "AAA"]);
    expect(() => columnName(-1)).toThrow(RangeError);
  });

  it("writes cells and ranges relative or absolute, and reads an address back", () => {
    expect(cellAddress(6, 1)).toBe("B7");
    expect(cellAddress(6, 1, true)).toBe("$B$7");
    expect(absoluteAddress({ row: 6, column: 1 })).toBe("$B$7");
    expect(rangeAddress({ row: 0, column: 0, rows: 1, columns: 1 })).toBe("A1");
    expect(rangeAddress({ row: 8, column: 4, rows: 7, columns: 1 }, true)).toBe("$E$9:$E$15");
    expect(parseCellAddress("$AA$10")).toEqual({ row: 9, column: 26 });
  });
});

describe("the plan builder", () => {
  it("takes the extent from A1 over every cell and spill", () => {
    const plan = new SheetPlanBuilder();
    plan.put(2, 1, "label", "x", "0.00");
    plan.formula(4, 3, "=SEQUENCE(2,3)", { spill: { rows: 2, columns: 3 } });
    const sheet = plan.plan("S", "marker", []);
    expect(sheet.extent).toEqual({ row: 0, column: 0, rows: 6, columns: 6 });
    expect(sheet.cells[0]).toEqual({ row: 2, column: 1, role: "label", value: "x", numberFormat: "0.00" });
  });
});
