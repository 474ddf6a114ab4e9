/**
 * Where everything of an evaluation sheet is, from the assessment's shape alone (categories, indicators per
 * category, grades, experts): the planner puts each input where {@link layoutOf} says and the reader takes it from
 * there, so the two cannot drift apart. The shape is kept in the sheet's header ("结构") as a small JSON.
 */
import { CellPoint, CellRange, cellAddress, rangeAddress } from "../../workbook/sheetPlan";
import { Assessment } from "../assessment";
import { FUZZY_OPERATORS } from "../fuzzy";
import { stackRows } from "../sheetParts";

/** A1 of every evaluation sheet holds exactly this text. */
export const ASSESSMENT_MARKER = "MINE 矿产资源动态评估 | MINE dynamic assessment";

/** Version of the layout: a reader refuses a sheet of a layout it does not know instead of misreading it. */
export const LAYOUT_VERSION = 1;

/** The shape an evaluation sheet is laid out from. */
export interface AssessmentShape {
  readonly layout: number;
  /** Indicators per category. */
  readonly categories: readonly number[];
  readonly grades: number;
  readonly experts: number;
}

export function shapeOf(a: Assessment): AssessmentShape {
  return {
    layout: LAYOUT_VERSION,
    categories: a.categories.map((c) => c.indicators.length),
    grades: a.grades.length,
    experts: a.experts.length,
  };
}

/** A judgement-matrix block: labels in column A of rows row+1…, judgements from column B, weights to the right. */
export interface MatrixBlock {
  /** The title row; the column labels are on it too. */
  readonly row: number;
  readonly n: number;
  /** The n×n judgements. */
  readonly judgements: CellRange;
  /** The AHP_WEIGHTS anchor (spills n rows). */
  readonly weights: CellRange;
  /** λmax, CI, CR, threshold and verdict cells, on the row under the matrix. */
  readonly lambda: CellPoint;
  readonly ci: CellPoint;
  readonly cr: CellPoint;
  readonly threshold: CellPoint;
  readonly verdict: CellPoint;
}

export interface AssessmentLayout {
  readonly shape: AssessmentShape;
  readonly title: CellPoint;
  readonly method: CellPoint;
  readonly riTable: CellPoint;
  readonly operator: CellPoint;
  readonly source: CellPoint;
  readonly writtenBy: CellPoint;
  readonly structure: CellPoint;
  readonly summaryHeading: number;
  readonly summary: { verdict: number; score: number; consistency: number };
  readonly systemHeading: number;
  /** First row of each category's indicators in the system table (category name in A, indicator name in B). */
  readonly systemRows: readonly number[];
  readonly gradesHeading: number;
  readonly gradesRow: number;
  readonly scoresRow: number;
  readonly expertsHeading: number;
  /** Expert rows: name in A, weight in B, normalised weight in C. */
  readonly expertRows: readonly number[];
  /** Per expert: the category block, then one block per category. */
  readonly expertBlocks: readonly (readonly MatrixBlock[])[];
  /** The AIJ aggregate blocks (only with several experts); otherwise the single expert's blocks are the ones used. */
  readonly aggregateBlocks: readonly MatrixBlock[] | null;
  readonly membershipHeading: number;
  readonly membershipHeader: number;
  /** First row of each category's indicators in the membership table. */
  readonly membershipRows: readonly number[];
  readonly fuzzyHeading: number;
  readonly fuzzyHeader: number;
  readonly overallRow: number;
  /** B of each category. */
  readonly categoryResultRows: readonly number[];
  readonly verdictRow: number;
  readonly scoreRow: number;
  readonly operatorsHeading: number;
  readonly operatorsHeader: number;
  /** Per operator: first row (its categories, then the overall row). */
  readonly operatorRows: readonly number[];
  readonly lastRow: number;
}

/** Columns of the membership table. */
export const MEMBERSHIP_COLUMNS = {
  category: 0,
  indicator: 1,
  globalWeight: 2,
  localWeight: 3,
  kind: 4,
  value: 5,
  direction: 6,
  /** Votes (input kind votes) or breakpoints (measured), one per grade. */
  inputs: 7,
} as const;

/** First column of the memberships computed from a row's inputs (after the inputs and one blank column). */
export function membershipColumn(grades: number): number {
  return MEMBERSHIP_COLUMNS.inputs + grades + 1;
}

const at = (row: number, column: number): CellPoint => ({ row, column });

/** The header's cells, the same for every shape: the layout record's place must be known before the shape is. */
export const HEADER = {
  title: at(1, 1),
  method: at(2, 1),
  riTable: at(3, 1),
  operator: at(4, 1),
  source: at(5, 1),
  writtenBy: at(6, 1),
  structure: at(7, 1),
} as const;

function matrixBlock(row: number, n: number): MatrixBlock {
  const below = row + n + 1;
  return {
    row,
    n,
    judgements: { row: row + 1, column: 1, rows: n, columns: n },
    weights: { row: row + 1, column: n + 2, rows: n, columns: 1 },
    lambda: at(below, 2),
    ci: at(below, 4),
    cr: at(below, 6),
    threshold: at(below, 8),
    verdict: at(below, 9),
  };
}

/** Blocks of one set of matrices (categories, then each category's indicators) from `row`; returns the next row. */
function blocksFrom(row: number, shape: AssessmentShape): { blocks: MatrixBlock[]; next: number } {
  const sizes = [shape.categories.length, ...shape.categories];
  const blocks: MatrixBlock[] = [];
  for (const n of sizes) {
    blocks.push(matrixBlock(row, n));
    row += n + 3; // title, n rows, the consistency row, a blank row
  }
  return { blocks, next: row };
}

export function layoutOf(shape: AssessmentShape): AssessmentLayout {
  const K = shape.categories.length;
  let row = 9;
  const summaryHeading = row;
  const summary = { verdict: row + 1, score: row + 2, consistency: row + 3 };
  row += 5;
  const systemHeading = row;
  row += 2; // heading, column header
  const system = stackRows(row, shape.categories);
  const systemRows = system.starts;
  row = system.next + 1;
  const gradesHeading = row;
  const gradesRow = row + 1;
  const scoresRow = row + 2;
  row += 4;
  const expertsHeading = row;
  row += 2;
  const expertRows = Array.from({ length: shape.experts }, (_, e) => row + e);
  row += shape.experts + 1;
  const expertBlocks: MatrixBlock[][] = [];
  for (let e = 0; e < shape.experts; e++) {
    row += 1; // the expert's heading
    const { blocks, next } = blocksFrom(row, shape);
    expertBlocks.push(blocks);
    row = next;
  }
  let aggregateBlocks: MatrixBlock[] | null = null;
  if (shape.experts > 1) {
    row += 1;
    const { blocks, next } = blocksFrom(row, shape);
    aggregateBlocks = blocks;
    row = next;
  }
  const membershipHeading = row;
  const membershipHeader = row + 1;
  row += 2;
  const membership = stackRows(row, shape.categories);
  const membershipRows = membership.starts;
  row = membership.next + 1;
  const fuzzyHeading = row;
  const fuzzyHeader = row + 1;
  const overallRow = row + 2;
  const categoryResultRows = Array.from({ length: K }, (_, k) => overallRow + 1 + k);
  const verdictRow = overallRow + K + 1;
  const scoreRow = verdictRow + 1;
  row = scoreRow + 2;
  const operatorsHeading = row;
  const operatorsHeader = row + 1;
  row += 2;
  const operatorRows = FUZZY_OPERATORS.map((_, o) => row + o * (K + 1));
  row += FUZZY_OPERATORS.length * (K + 1);
  return {
    shape,
    ...HEADER,
    summaryHeading,
    summary,
    systemHeading,
    systemRows,
    gradesHeading,
    gradesRow,
    scoresRow,
    expertsHeading,
    expertRows,
    expertBlocks,
    aggregateBlocks,
    membershipHeading,
    membershipHeader,
    membershipRows,
    fuzzyHeading,
    fuzzyHeader,
    overallRow,
    categoryResultRows,
    verdictRow,
    scoreRow,
    operatorsHeading,
    operatorsHeader,
    operatorRows,
    lastRow: row - 1,
  };
}

/** The blocks whose weights the evaluation uses: the aggregate, or the only expert's. */
export function usedBlocks(layout: AssessmentLayout): readonly MatrixBlock[] {
  return layout.aggregateBlocks ?? layout.expertBlocks[0];
}

// Addresses the planners share.

/** Where the category names are (column A of the first system row of each category). */
export function categoryNameCell(layout: AssessmentLayout, k: number): string {
  return cellAddress(layout.systemRows[k], 0, true);
}

/** Where indicator i of category k is named (column B of the system table). */
export function indicatorNameCell(layout: AssessmentLayout, k: number, i: number): string {
  return cellAddress(layout.systemRows[k] + i, 1, true);
}

/** The memberships of category k's indicators (the computed rows of the membership table). */
export function membershipRange(layout: AssessmentLayout, k: number): string {
  const m = layout.shape.grades;
  return rangeAddress(
    { row: layout.membershipRows[k], column: membershipColumn(m), rows: layout.shape.categories[k], columns: m },
    true,
  );
}

/** A block's weights (the AHP_WEIGHTS spill). */
export function weightsRange(block: MatrixBlock): string {
  return rangeAddress(block.weights, true);
}
