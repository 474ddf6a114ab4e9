/**
 * Questionnaires as experts return them: the plan written into a grid as Excel would hold it (constants as
 * values; formulas unevaluated, read back as ""), then the yellow cells filled in by address.
 */
import { Assessment, defaultAssessment, setMembership } from "../../../../src/core/evaluation/assessment";
import { SheetGrid, SheetPlan, parseCellAddress } from "../../../../src/core/workbook/sheetPlan";

export const OPTIONS = { language: "zh" as const, version: "test", date: "2026-12-06" };

/** Table 1 with two experts; 资源类's three indicators graded by votes, the others by measured values. */
export function panel(): Assessment {
  let a = defaultAssessment("zh");
  a = { ...a, experts: [a.experts[0], { ...a.experts[0], name: "李工", weight: 2 }] };
  for (const k of [1, 2])
    for (let i = 0; i < 3; i++)
      a = setMembership(a, k, i, {
        kind: "measured",
        value: null,
        breakpoints: [null, null, null, null],
        direction: "benefit",
      });
  return a;
}

export function gridOf(plan: SheetPlan): unknown[][] {
  const rows = plan.extent.rows;
  const columns = plan.extent.columns;
  const values: unknown[][] = Array.from({ length: rows }, () => Array<unknown>(columns).fill(""));
  for (const cell of plan.cells) values[cell.row][cell.column] = cell.formula !== undefined ? "" : (cell.value ?? "");
  return values;
}

export function fill(values: unknown[][], entries: Record<string, unknown>): SheetGrid {
  const copy = values.map((row) => [...row]);
  for (const [address, value] of Object.entries(entries)) {
    const { row, column } = parseCellAddress(address);
    copy[row][column] = value;
  }
  return { values: copy, formulas: copy };
}

/**
 * Answers of the default layout (3 categories of 3 indicators, 4 grades, 资源类 voted): the category matrix in
 * C12:D12/D13, the indicator matrices below (rows 18, 24, 30), votes in C37:F39.
 */
export const ANSWERS: Record<string, unknown> = {
  // 类别层 (B12:D14): 资源类 5 over 环境类, 1/3 of 社会类; 环境类 1/7 of 社会类 (BPMSG, CR 0.0559)
  C12: "5",
  D12: "1/3",
  D13: "1/7",
  // 资源类 indicators (B18:D20), 环境类 (B24:D26), 社会类 (B30:D32): consistent
  C18: "2",
  D18: "4",
  D19: "2",
  C24: "1",
  D24: "1",
  D25: "1",
  C30: "3",
  D30: "3",
  D31: "1",
  // votes of the three 资源类 indicators over 优/良/中/差 (C37:F39)
  C37: 1,
  D38: 1,
  E39: 1,
};
