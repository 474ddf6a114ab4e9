/**
 * What the add-in writes into a worksheet, as plain data: every cell's value or formula and its role, the charts,
 * the data validation, and the footprint. Core code plans a sheet; the taskpane's Excel adapter is the only code
 * that turns a plan into `Excel.run` calls, and the review tool can check a saved workbook against the same plan.
 * Rows and columns are 0-based (A1 is row 0, column 0).
 */

import { Language } from "../text";
import type { FormulaMode } from "./native";

/** What a planner is told about the sheet it plans. */
export interface SheetOptions {
  readonly sheetName: string;
  /** The language of the sheet's words. */
  readonly language: Language;
  /** Add-in version and date written into the sheet. */
  readonly version: string;
  readonly date: string;
  /** Live `=MINE.*` formulas (the default) or portable native ones, for sheets that can be written both ways. */
  readonly formulas?: FormulaMode;
}

/** One cell. */
export interface CellPoint {
  readonly row: number;
  readonly column: number;
}

/** A rectangle of cells. */
export interface CellRange {
  readonly row: number;
  readonly column: number;
  readonly rows: number;
  readonly columns: number;
}

/**
 * What a cell is for, so the adapter can format it and a reader can tell inputs from results:
 * `title` and `heading` are labels of the sheet and its sections; `label` names a row or column; `input` is what
 * the user may edit (judgements, votes, measured values, choices); `formula` is computed live; `note` explains
 * (sources, confidence, method).
 */
export type CellRole = "title" | "heading" | "label" | "input" | "formula" | "note";

export interface PlannedCell {
  readonly row: number;
  readonly column: number;
  readonly role: CellRole;
  /** A constant; exactly one of `value` and `formula` is set. */
  readonly value?: string | number;
  /** An Excel formula in en-US syntax starting with "=" (function names as the formulas API takes them). */
  readonly formula?: string;
  /** Excel number format, e.g. "0.0000" or "# ?/?" for judgements; for a spilling formula, of the whole spill. */
  readonly numberFormat?: string;
  /** A dynamic-array formula's spill size (including its own cell); those cells must stay empty. */
  readonly spill?: { readonly rows: number; readonly columns: number };
}

export interface PlannedChart {
  readonly kind: "bar" | "column" | "line";
  readonly title: string;
  /** A contiguous source: first column (or row) the category labels, the second the values. */
  readonly source: CellRange;
  /** Whether the series run down columns (labels in the first column) or along rows (labels in the first row). */
  readonly seriesBy: "columns" | "rows";
  /** Where the chart's top-left corner sits and how many rows and columns it spans. */
  readonly placement: CellRange;
}

export type PlannedValidation =
  | { readonly range: CellRange; readonly kind: "list"; readonly choices: readonly string[]; readonly prompt: string }
  | { readonly range: CellRange; readonly kind: "positive"; readonly prompt: string }
  | { readonly range: CellRange; readonly kind: "nonNegative"; readonly prompt: string }
  /** A fraction from 0 to 1 inclusive (rates typed as 95% or 0.95, factors). */
  | { readonly range: CellRange; readonly kind: "rate"; readonly prompt: string };

export interface SheetPlan {
  readonly sheetName: string;
  /** The text in A1 that identifies a sheet the add-in wrote (and which kind). */
  readonly marker: string;
  readonly cells: readonly PlannedCell[];
  readonly charts: readonly PlannedChart[];
  readonly validations: readonly PlannedValidation[];
  /** Width of some columns, in characters. */
  readonly columnWidths: readonly { readonly column: number; readonly width: number }[];
  /** The rectangle every cell of the plan lies in (charts float over it): what must be empty before writing. */
  readonly extent: CellRange;
}

/** Column letters of a 0-based column index: 0 → A, 25 → Z, 26 → AA. */
export function columnName(column: number): string {
  if (!Number.isInteger(column) || column < 0) throw new RangeError(`column ${column} is not a 0-based index`);
  let name = "";
  for (let c = column + 1; c > 0; c = Math.floor((c - 1) / 26)) name = String.fromCharCode(65 + ((c - 1) % 26)) + name;
  return name;
}

/** A1 address of a 0-based cell; `absolute` gives $A$1. */
export function cellAddress(row: number, column: number, absolute = false): string {
  if (!Number.isInteger(row) || row < 0) throw new RangeError(`row ${row} is not a 0-based index`);
  const d = absolute ? "$" : "";
  return `${d}${columnName(column)}${d}${row + 1}`;
}

/** Absolute A1 address of a cell ($B$7): what a formula names when the reference must stay put. */
export function absoluteAddress(cell: CellPoint): string {
  return cellAddress(cell.row, cell.column, true);
}

/** A1 address of a range (a single cell's address when it is 1×1). */
export function rangeAddress(range: CellRange, absolute = false): string {
  const first = cellAddress(range.row, range.column, absolute);
  if (range.rows === 1 && range.columns === 1) return first;
  return `${first}:${cellAddress(range.row + range.rows - 1, range.column + range.columns - 1, absolute)}`;
}

/** 0-based row and column of an A1 address ("$B$7" or "b7"). */
export function parseCellAddress(address: string): { row: number; column: number } {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!match) throw new RangeError(`"${address}" is not an A1 cell address`);
  let column = 0;
  for (const ch of match[1].toUpperCase()) column = column * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(match[2]) - 1, column: column - 1 };
}

/** The cells a planned cell occupies: itself, or its whole spill range. */
export function footprintOf(cell: PlannedCell): CellRange {
  return { row: cell.row, column: cell.column, rows: cell.spill?.rows ?? 1, columns: cell.spill?.columns ?? 1 };
}

/**
 * Collects a sheet's cells, validations and charts as a planner lays them out, and makes the SheetPlan whose
 * extent runs from A1 over every cell and spill (what must be empty before writing).
 */
export class SheetPlanBuilder {
  readonly cells: PlannedCell[] = [];
  readonly validations: PlannedValidation[] = [];
  readonly charts: PlannedChart[] = [];

  put(row: number, column: number, role: CellRole, value: string | number, numberFormat?: string): void {
    this.cells.push({ row, column, role, value, ...(numberFormat ? { numberFormat } : {}) });
  }

  formula(
    row: number,
    column: number,
    formula: string,
    options: { numberFormat?: string; spill?: { rows: number; columns: number } } = {},
  ): void {
    this.cells.push({ row, column, role: "formula", formula, ...options });
  }

  plan(sheetName: string, marker: string, columnWidths: SheetPlan["columnWidths"]): SheetPlan {
    const corners = this.cells.flatMap((cell) => {
      const f = footprintOf(cell);
      return [
        { row: f.row, column: f.column },
        { row: f.row + f.rows - 1, column: f.column + f.columns - 1 },
      ];
    });
    const used = extentOf(corners);
    return {
      sheetName,
      marker,
      cells: this.cells,
      charts: this.charts,
      validations: this.validations,
      columnWidths,
      extent: { row: 0, column: 0, rows: used.row + used.rows, columns: used.column + used.columns },
    };
  }
}

/** The smallest range holding every cell. */
export function extentOf(cells: readonly { row: number; column: number }[]): CellRange {
  if (cells.length === 0) return { row: 0, column: 0, rows: 0, columns: 0 };
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  for (const c of cells) {
    top = Math.min(top, c.row);
    left = Math.min(left, c.column);
    bottom = Math.max(bottom, c.row);
    right = Math.max(right, c.column);
  }
  return { row: top, column: left, rows: bottom - top + 1, columns: right - left + 1 };
}

/** A sheet's cells as read back from A1: `values` as Excel reports them, `formulas` ("=…" or the constant). */
export interface SheetGrid {
  readonly values: readonly (readonly unknown[])[];
  readonly formulas: readonly (readonly unknown[])[];
}
