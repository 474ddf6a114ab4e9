/**
 * A formula made portable (src/core/workbook/portable.ts): each MINE call replaced by its native form inside the
 * formula that holds it, as written or as Excel saves it; the filtered form the templates write read back; none
 * for a function only the add-in computes; a live plan made portable, with the values it had to keep listed below
 * the sheet.
 */
import { CellError, CellValue } from "../../../src/core/workbook/evaluate";
import { VALUES_HEADING, portableFormula, portablePlan } from "../../../src/core/workbook/portable";
import { SheetPlan, SheetPlanBuilder } from "../../../src/core/workbook/sheetPlan";

describe("portableFormula", () => {
  it("makes each MINE call native inside the formula that holds it, as Excel saves it or as written", () => {
    const saved = portableFormula('=IF(A9="","",_xldudf_MINE_RECOVERY(E9,D9))');
    expect(saved).toBe('=IF(A9="","",(IF(AND(ISNUMBER(E9),ISNUMBER(D9),E9>=0,D9>0,E9<=D9),E9/D9,#VALUE!)))');
    expect(portableFormula("=MINE.RECOVERY(E9,D9)*100")).toMatch(/^=\(IF\(AND\(.*E9\/D9,#VALUE!\)\)\*100$/);
  });

  it("reads back the filtered form the utilisation template writes, and nothing looser", () => {
    const filtered = '=MINE.UTILIZATION(FILTER(C2:C9,A2:A9<>""),FILTER(D2:D9,A2:A9<>""))';
    expect(portableFormula(filtered)).toContain('SUMPRODUCT((A2:A9<>"")*1,C2:C9,D2:D9)');
    // one range filtered and the other not is not what the template writes: no native form
    expect(portableFormula('=MINE.UTILIZATION(FILTER(C2:C9,A2:A9<>""),D2:D9)')).toBeUndefined();
  });

  it("has none for a function computed only by the add-in", () => {
    expect(portableFormula("=MINE.AHP_WEIGHTS(B2:D4)")).toBeUndefined();
    expect(portableFormula('=MINE.MIN_RATE("铁","开采回采率","露天")')).toBeUndefined();
    expect(portableFormula("=SUM(A1:A3)")).toBe("=SUM(A1:A3)");
  });
});

describe("portablePlan", () => {
  // a weights column spilling from B2 (no native form), a native recovery in D2, a chart below the cells
  const live = (): SheetPlan => {
    const plan = new SheetPlanBuilder();
    plan.put(0, 0, "title", "T");
    plan.formula(1, 1, "=MINE.AHP_WEIGHTS(E2:G4)", { numberFormat: "0.0000", spill: { rows: 3, columns: 1 } });
    plan.formula(1, 3, "=MINE.RECOVERY(E2,F2)");
    plan.formula(4, 3, "=MINE.AHP_CR(E2:G4)");
    plan.charts.push({
      kind: "bar",
      title: "w",
      source: { row: 1, column: 0, rows: 3, columns: 2 },
      seriesBy: "columns",
      placement: { row: 6, column: 0, rows: 10, columns: 4 },
    });
    return plan.plan("S", "MARK", []);
  };
  const engine = new Map<string, CellValue>([
    ["B2", 0.5],
    ["B3", 0.3],
    ["B4", 0.2],
    ["D2", 0.9],
    ["D5", new CellError("#VALUE!")],
  ]);

  it("keeps native formulas, writes the engine's values over each spill, and lists them below the chart", () => {
    const { plan, ranges, values } = portablePlan(live(), engine, "zh");
    const at = (row: number, column: number) => plan.cells.filter((c) => c.row === row && c.column === column);
    expect(at(1, 3)[0].formula).toMatch(/^=\(IF\(AND\(/);
    expect([1, 2, 3].map((r) => at(r, 1)[0].value)).toEqual([0.5, 0.3, 0.2]);
    expect(at(2, 1)[0].numberFormat).toBe("0.0000");
    expect(at(4, 3)[0].value).toBe("#VALUE!");
    expect(values.map((v) => v.cell)).toEqual(["B2", "B3", "B4", "D5"]);
    expect(ranges.map((r) => r.range)).toEqual(["B2:B4", "D5"]);
    expect(plan.cells.some((c) => c.formula?.includes("MINE."))).toBe(false);
    // the chart ends on row 16 (0-based 15): one blank row, then the heading and a line per range
    expect(at(17, 0)[0]).toMatchObject({ role: "heading", value: VALUES_HEADING.zh });
    expect(at(18, 0)[0].value).toBe("B2:B4：=MINE.AHP_WEIGHTS(E2:G4)");
    expect(at(19, 0)[0].value).toBe("D5：=MINE.AHP_CR(E2:G4)");
    expect(plan.extent).toEqual({ row: 0, column: 0, rows: 20, columns: plan.extent.columns });
  });

  it("adds no note when every formula has a native form", () => {
    const plan = new SheetPlanBuilder();
    plan.formula(0, 0, "=MINE.RECOVERY(B1,C1)");
    const livePlan = plan.plan("S", "MARK", []);
    const portable = portablePlan(livePlan, new Map([["A1", 0.9]]), "en").plan;
    expect(portable.cells).toHaveLength(1);
    expect(portable.extent).toEqual(livePlan.extent);
  });
});
