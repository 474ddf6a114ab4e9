/**
 * An evaluation sheet read back ({@link readAssessmentSheet}): the layout from the record in its header, then every
 * input from where the layout puts it, so edits a user makes in the sheet itself are kept when the taskpane
 * re-opens it. What is not what its place needs is a {@link MineError} naming the cell.
 */
import { entryFor, isBlank } from "../../cells";
import { MineError, messageOf } from "../../errors";
import { messages } from "../../messages";
import { Bilingual } from "../../text";
import { CellPoint, SheetGrid, cellAddress } from "../../workbook/sheetPlan";
import { RiTableId, parseRiTable, parseWeightMethod } from "../ahp";
import { Assessment, AssessmentCategory, Expert, MembershipInput } from "../assessment";
import { Direction, parseDirection, parseOperator } from "../fuzzy";
import {
  ASSESSMENT_MARKER,
  AssessmentShape,
  HEADER,
  LAYOUT_VERSION,
  MEMBERSHIP_COLUMNS,
  MatrixBlock,
  layoutOf,
} from "./layout";
import { KIND_WORDS, WORDS } from "./words";

/** A problem with a cell's content, prefixed with its address. */
function cellError(row: number, column: number, problem: Bilingual): never {
  const address = cellAddress(row, column);
  throw new MineError("value", messages.inCell(address, problem));
}

class GridReader {
  constructor(private readonly grid: SheetGrid) {}

  raw(row: number, column: number): unknown {
    return this.grid.values[row]?.[column] ?? "";
  }

  text(row: number, column: number, what: Bilingual): string {
    const v = this.raw(row, column);
    if (isBlank(v)) cellError(row, column, messages.cellBlank(what));
    return String(v).trim();
  }

  number(row: number, column: number, what: Bilingual): number {
    const v = this.raw(row, column);
    if (typeof v !== "number" || !Number.isFinite(v)) {
      cellError(row, column, messages.cellNotNumber(what, String(v)));
    }
    return v;
  }

  optionalNumber(row: number, column: number, what: Bilingual): number | null {
    return isBlank(this.raw(row, column)) ? null : this.number(row, column, what);
  }

  /** A choice cell parsed by the engine's own parser; its message gains the cell's address. */
  choice<T>(p: CellPoint, parse: (text: unknown) => T): T {
    try {
      return parse(this.raw(p.row, p.column));
    } catch (error) {
      if (error instanceof MineError) cellError(p.row, p.column, messageOf(error));
      throw error;
    }
  }
}

const LABEL = messages.sheetCells;

function readShape(reader: GridReader, layout0: CellPoint): AssessmentShape {
  const text = reader.raw(layout0.row, layout0.column);
  let parsed: unknown;
  try {
    parsed = JSON.parse(String(text));
  } catch {
    return cellError(layout0.row, layout0.column, messages.layoutDamaged);
  }
  const shape = parsed as Partial<Record<keyof AssessmentShape, unknown>> | null;
  const categories: readonly unknown[] = Array.isArray(shape?.categories) ? (shape.categories as unknown[]) : [NaN];
  const counts = [shape?.grades, shape?.experts, ...categories];
  const count = (c: unknown): c is number => typeof c === "number" && Number.isInteger(c) && c >= 1;
  if (shape?.layout !== LAYOUT_VERSION || !counts.every(count) || (shape.grades as number) < 2) {
    return cellError(layout0.row, layout0.column, messages.layoutVersion(LAYOUT_VERSION));
  }
  return shape as unknown as AssessmentShape;
}

function readMatrix(reader: GridReader, block: MatrixBlock): number[][] {
  const { row, column, rows: n } = block.judgements;
  const matrix = Array.from({ length: n }, () => new Array<number>(n).fill(1));
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const v = reader.number(row + i, column + j, LABEL.judgement);
      if (!(v > 0)) cellError(row + i, column + j, messages.cellNotPositive(LABEL.judgement, v));
      matrix[i][j] = v;
      matrix[j][i] = 1 / v;
    }
  }
  return matrix;
}

function readMembership(reader: GridReader, row: number, m: number): MembershipInput {
  const C = MEMBERSHIP_COLUMNS;
  const kindText = reader.text(row, C.kind, LABEL.kind);
  const kind = entryFor(KIND_WORDS, kindText);
  if (kind === undefined) {
    cellError(row, C.kind, messages.cellNotChoice(LABEL.kind, [WORDS.votes, WORDS.measured], kindText));
  }
  if (kind === "votes") {
    return {
      kind,
      votes: Array.from({ length: m }, (_, j) => reader.optionalNumber(row, C.inputs + j, LABEL.votes) ?? 0),
    };
  }
  const direction: Direction = reader.choice({ row, column: C.direction }, parseDirection);
  return {
    kind,
    value: reader.optionalNumber(row, C.value, LABEL.value),
    breakpoints: Array.from({ length: m }, (_, j) => reader.optionalNumber(row, C.inputs + j, LABEL.breakpoint)),
    direction,
  };
}

/**
 * The assessment an evaluation sheet holds, read from its cells (so edits made in the sheet count). A sheet that
 * is not an evaluation sheet, a damaged layout record, or an input that is not what its place needs is a
 * {@link MineError} naming the cell.
 */
export function readAssessmentSheet(grid: SheetGrid): Assessment {
  const reader = new GridReader(grid);
  if (reader.raw(0, 0) !== ASSESSMENT_MARKER) {
    cellError(0, 0, messages.notAssessmentSheet);
  }
  const shape = readShape(reader, HEADER.structure);
  const layout = layoutOf(shape);
  const m = shape.grades;

  const categories: AssessmentCategory[] = shape.categories.map((n, k) => ({
    name: reader.text(layout.systemRows[k], 0, LABEL.name),
    indicators: Array.from({ length: n }, (_, i) => ({
      name: reader.text(layout.systemRows[k] + i, 1, LABEL.name),
      membership: readMembership(reader, layout.membershipRows[k] + i, m),
    })),
  }));
  const grades = Array.from({ length: m }, (_, j) => reader.text(layout.gradesRow, 1 + j, LABEL.grade));
  const scoreCells = Array.from({ length: m }, (_, j) => reader.optionalNumber(layout.scoresRow, 1 + j, LABEL.score));
  const given = scoreCells.filter((s) => s !== null).length;
  if (given > 0 && given < m) {
    const j = scoreCells.indexOf(null);
    cellError(layout.scoresRow, 1 + j, messages.scoresAllOrNone);
  }
  const experts: Expert[] = layout.expertRows.map((r, e) => {
    const weight = reader.number(r, 1, LABEL.weight);
    if (!(weight > 0)) cellError(r, 1, messages.cellNotPositive(LABEL.weight, weight));
    const [categoryMatrix, ...indicatorMatrices] = layout.expertBlocks[e].map((block) => readMatrix(reader, block));
    return { name: reader.text(r, 0, LABEL.name), weight, categoryMatrix, indicatorMatrices };
  });
  const riTable: RiTableId = reader.choice(layout.riTable, parseRiTable);
  return {
    title: String(reader.raw(layout.title.row, layout.title.column)).trim(),
    categories,
    grades,
    scores: given === m ? (scoreCells as number[]) : null,
    experts,
    weightMethod: reader.choice(layout.method, parseWeightMethod),
    riTable,
    operator: reader.choice(layout.operator, parseOperator),
  };
}
