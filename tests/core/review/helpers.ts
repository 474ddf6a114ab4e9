/** Grids for the review tests: rows of cells, a formula written as { f: "=…", v: result }. */
import { ReviewSheet } from "../../../src/core/review/review";
import { SheetGrid } from "../../../src/core/workbook/sheetPlan";

export type TestCell = string | number | boolean | null | { f: string; v: unknown };

export function grid(rows: readonly (readonly TestCell[])[]): SheetGrid {
  const values = rows.map((r) => r.map((c) => (c === null ? "" : typeof c === "object" ? c.v : c)));
  const formulas = rows.map((r) => r.map((c) => (c === null ? "" : typeof c === "object" ? c.f : c)));
  return { values, formulas };
}

export const f = (formula: string, v: unknown): TestCell => ({
  f: formula.startsWith("=") ? formula : `=${formula}`,
  v,
});

export function sheet(name: string, rows: readonly (readonly TestCell[])[]): ReviewSheet {
  return { name, grid: grid(rows) };
}

/** `rows` moved down by `top` rows and right by `left` columns. */
export function offset(rows: readonly (readonly TestCell[])[], top: number, left: number): TestCell[][] {
  return [
    ...Array.from({ length: top }, () => [] as TestCell[]),
    ...rows.map((r) => [...Array<TestCell>(left).fill(null), ...r]),
  ];
}
