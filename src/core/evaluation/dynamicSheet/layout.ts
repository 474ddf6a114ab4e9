/**
 * Where everything of a dynamic-assessment sheet is, from the assessment's shape and the number of subjects: the
 * header, the grades, the category weights, the indicator table with one column of values per subject, the trend
 * table, and one block per subject.
 */
import { CellRange, cellAddress, rangeAddress } from "../../workbook/sheetPlan";
import { Assessment } from "../assessment";
import { indicatorCount } from "../dynamic";
import { stackRows } from "../sheetParts";

/** A1 of every dynamic-assessment sheet holds exactly this text. */
export const DYNAMIC_MARKER = "MINE 动态评估(多年度) | MINE assessment over years";

/** Columns of the indicator table. */
export const DYNAMIC_COLUMNS = {
  category: 0,
  indicator: 1,
  unit: 2,
  direction: 3,
  localWeight: 4,
  globalWeight: 5,
  /** One breakpoint per grade, best first. */
  breakpoints: 6,
} as const;

export interface SubjectBlock {
  /** The block's title row (the subject's label and the grade labels). */
  readonly row: number;
  /** First membership row (one per indicator, category by category). */
  readonly membership: number;
  /** B of each category. */
  readonly categoryRows: readonly number[];
  readonly overallRow: number;
  readonly verdictRow: number;
  readonly scoreRow: number;
}

export interface DynamicLayout {
  readonly title: number;
  readonly operator: number;
  readonly weightsSource: number;
  readonly standard: number;
  readonly incomplete: number;
  readonly writtenBy: number;
  readonly gradesHeading: number;
  readonly gradesRow: number;
  readonly scoresRow: number;
  readonly categoriesHeading: number;
  /** Category rows: name in A, weight in B. */
  readonly categoryRows: readonly number[];
  readonly valuesHeading: number;
  readonly valuesHeader: number;
  /** First indicator row of each category in the indicator table. */
  readonly indicatorRows: readonly number[];
  /** Column of subject s's values in the indicator table is valuesColumn + s. */
  readonly valuesColumn: number;
  readonly trendHeading: number;
  readonly trendHeader: number;
  /** Trend table: subject in A, trend value in B, verdict in C, B from D. */
  readonly trendRows: readonly number[];
  readonly blocks: readonly SubjectBlock[];
  readonly lastRow: number;
}

/** Where everything is, from the assessment's shape and the number of subjects. */
export function dynamicLayoutOf(a: Assessment, subjects: number): DynamicLayout {
  const K = a.categories.length;
  const I = indicatorCount(a);
  const m = a.grades.length;
  const indicatorsPerCategory = a.categories.map((c) => c.indicators.length);
  let row = 8;
  const gradesHeading = row;
  row += 4; // heading, grades, scores, blank
  const categoriesHeading = row;
  row += 2; // heading, column header
  const categoryRows = Array.from({ length: K }, (_, k) => row + k);
  row += K + 1;
  const valuesHeading = row;
  const valuesHeader = row + 1;
  row += 2;
  const indicators = stackRows(row, indicatorsPerCategory);
  const indicatorRows = indicators.starts;
  row = indicators.next + 1;
  const trendHeading = row;
  const trendHeader = row + 1;
  row += 2;
  const trendRows = Array.from({ length: subjects }, (_, s) => row + s);
  row += subjects + 1;
  const blocks: SubjectBlock[] = [];
  for (let s = 0; s < subjects; s++) {
    const membership = row + 1;
    const categoryRowsOfBlock = Array.from({ length: K }, (_, k) => membership + I + k);
    const overallRow = membership + I + K;
    blocks.push({
      row,
      membership,
      categoryRows: categoryRowsOfBlock,
      overallRow,
      verdictRow: overallRow + 1,
      scoreRow: overallRow + 2,
    });
    row = overallRow + 4;
  }
  return {
    title: 1,
    operator: 2,
    weightsSource: 3,
    standard: 4,
    incomplete: 5,
    writtenBy: 6,
    gradesHeading,
    gradesRow: gradesHeading + 1,
    scoresRow: gradesHeading + 2,
    categoriesHeading,
    categoryRows,
    valuesHeading,
    valuesHeader,
    indicatorRows,
    valuesColumn: DYNAMIC_COLUMNS.breakpoints + m + 1,
    trendHeading,
    trendHeader,
    trendRows,
    blocks,
    lastRow: row - 1,
  };
}

/** The indicator rows `rows` of subject s's values column, absolute. */
export function subjectValues(layout: DynamicLayout, s: number, rows: { row: number; rows: number }): string {
  return rangeAddress({ row: rows.row, column: layout.valuesColumn + s, rows: rows.rows, columns: 1 }, true);
}

/** The test that subject s has a value in every one of `rows` (the indicator table's rows). */
export function complete(layout: DynamicLayout, s: number, rows: { row: number; rows: number }): string {
  return `COUNT(${subjectValues(layout, s, rows)})=${rows.rows}`;
}

/** The category weights (column B of the category rows). */
export function categoryWeights(layout: DynamicLayout): CellRange {
  return { row: layout.categoryRows[0], column: 1, rows: layout.categoryRows.length, columns: 1 };
}

/** A formula showing subject s's label as text (even a label like 2024), so charts take it as a category. */
export function subjectLabel(layout: DynamicLayout, s: number): string {
  return `=""&${cellAddress(layout.valuesHeader, layout.valuesColumn + s, true)}`;
}
