/** What every SheetPlan must satisfy, whichever planner made it. */
import { SheetPlan, footprintOf } from "../../src/core/workbook/sheetPlan";

/**
 * Each cell has exactly one of value and formula; no cell lies on another or inside another's spill range; every
 * cell and spill lies inside the plan's extent (which the adapter checks for emptiness before writing).
 */
export function checkPlanShape(plan: SheetPlan): void {
  const taken = new Set<string>();
  for (const cell of plan.cells) {
    expect((cell.value === undefined) !== (cell.formula === undefined)).toBe(true);
    const f = footprintOf(cell);
    for (let r = f.row; r < f.row + f.rows; r++) {
      for (let c = f.column; c < f.column + f.columns; c++) {
        const key = `${r},${c}`;
        expect([key, taken.has(key)]).toEqual([key, false]);
        taken.add(key);
        expect(r).toBeLessThan(plan.extent.rows);
        expect(c).toBeLessThan(plan.extent.columns);
      }
    }
  }
}
