/**
 * Vote tables and lists of numbers brought in from a selection or pasted text: one row per indicator and one column
 * per grade for votes; one number per item for measured values and weights (a row or a column; measured values may
 * carry each grade's breakpoint in the columns after them). A header row and a label column are recognised when they
 * are text where numbers would be, and said; any other size is refused naming both sizes.
 */
import { Message, MineError } from "../../errors";
import { messages } from "../../messages";
import { SourceGrid, cellAt, failAt, isLabel, readCell, sizeOf } from "./cells";
import { shifted } from "./matrix";
import { voteProblem } from "../assessment";

/** The numbers of a table, its row labels when it had a label column, and what the reader did. */
export interface DataBlock {
  readonly grid: SourceGrid;
  readonly rowLabels: string[] | null;
  readonly notes: Message[];
}

function allLabels(grid: SourceGrid, cells: readonly [number, number][]): boolean {
  return cells.every(([r, c]) => isLabel(cellAt(grid, r, c)));
}

/**
 * The rows × columns block of numbers in `grid`: the grid itself, or the grid after a header row and/or a label
 * column (text where numbers would be). Null when the grid has neither that size nor one of those shapes.
 */
export function dataBlock(grid: SourceGrid, rows: number, columns: number): DataBlock | null {
  const size = sizeOf(grid);
  const headerRow = size.rows === rows + 1;
  const labelColumn = size.columns === columns + 1;
  if (!(size.rows === rows || headerRow) || !(size.columns === columns || labelColumn)) return null;
  const top = headerRow ? 1 : 0;
  const left = labelColumn ? 1 : 0;
  const range = (from: number, n: number) => Array.from({ length: n }, (_, k) => from + k);
  if (
    headerRow &&
    !allLabels(
      grid,
      range(left, columns).map((c): [number, number] => [0, c]),
    )
  )
    return null;
  if (
    labelColumn &&
    !allLabels(
      grid,
      range(top, rows).map((r): [number, number] => [r, 0]),
    )
  )
    return null;
  const notes: Message[] = [];
  if (headerRow) notes.push(messages.importHeaderRow);
  if (labelColumn) notes.push(messages.importHeaderColumn);
  return {
    grid: shifted(grid, top, left),
    rowLabels: labelColumn ? range(top, rows).map((r) => String(cellAt(grid, r, 0)).trim()) : null,
    notes,
  };
}

export interface ImportedVotes {
  /** Vote counts, one row per indicator, one column per grade. */
  readonly votes: number[][];
  readonly rowLabels: string[] | null;
  readonly notes: Message[];
}

/**
 * A vote table of `rows` indicators × `grades` grades: whole non-negative counts, a blank read as 0 (and said). With
 * `requireVotes`, a row with no vote at all is refused (a questionnaire left unanswered).
 */
export function importVotes(source: SourceGrid, rows: number, grades: number, requireVotes = false): ImportedVotes {
  const size = sizeOf(source);
  const block = dataBlock(source, rows, grades);
  if (block === null) throw new MineError("value", messages.importTableSize(size.rows, size.columns, rows, grades));
  const { grid } = block;
  let blanks = 0;
  const votes = Array.from({ length: rows }, (_, r) => {
    const row = Array.from({ length: grades }, (_, c) => {
      const reading = readCell(cellAt(grid, r, c));
      if (reading.kind === "blank") {
        blanks++;
        return 0;
      }
      if (reading.kind === "text") return failAt(grid, r, c, messages.importNotANumber(reading.shown));
      if (reading.percent) failAt(grid, r, c, messages.importPercentNotHere(reading.shown));
      const problem = voteProblem(reading.value);
      if (problem) failAt(grid, r, c, problem);
      return reading.value;
    });
    if (requireVotes && row.every((v) => v === 0)) failAt(grid, r, 0, messages.importNoVotes);
    return row;
  });
  const notes = [...block.notes];
  if (blanks > 0) notes.push(messages.importBlankVotes(blanks));
  return { votes, rowLabels: block.rowLabels, notes };
}

export interface ImportedList {
  /** One entry per item; null where the cell was blank (only when blanks are allowed). */
  readonly values: (number | null)[];
  /** With breakpoints: one row per item of the grades' breakpoints (null where blank). */
  readonly breakpoints: (number | null)[][] | null;
  readonly rowLabels: string[] | null;
  readonly notes: Message[];
}

export interface ListRules {
  /** Percentages (45%) read as fractions: yes for measured values and weights. */
  readonly percent: boolean;
  /** Every value must be positive (weights). */
  readonly positive: boolean;
  /** A blank cell is "not entered" (measured values); otherwise it is refused. */
  readonly blanks: boolean;
  /** Also accept `length` rows of 1 + this many columns: a value and each grade's breakpoint. */
  readonly breakpoints?: number;
}

/**
 * `length` numbers from a column or a row (with its label column or header row), or, with `rules.breakpoints`,
 * `length` rows of a value followed by that many breakpoints.
 */
export function importList(source: SourceGrid, length: number, rules: ListRules): ImportedList {
  const size = sizeOf(source);
  const extra = rules.breakpoints ?? 0;
  const column = dataBlock(source, length, 1);
  const wide = extra > 0 ? dataBlock(source, length, 1 + extra) : null;
  const transposed = column === null && wide === null ? dataBlock(transpose(source), length, 1) : null;
  const block = wide ?? column ?? transposed;
  if (block === null) {
    const more = extra > 0 ? messages.importListWithBreakpoints(extra) : { zh: "", en: "" };
    throw new MineError("value", messages.importListSize(size.rows, size.columns, length, more));
  }
  const { grid } = block;
  let blanks = 0;
  let percents = 0;
  const read = (r: number, c: number, positive: boolean): number | null => {
    const reading = readCell(cellAt(grid, r, c));
    if (reading.kind === "blank") {
      if (!rules.blanks) failAt(grid, r, c, messages.importBlank);
      blanks++;
      return null;
    }
    if (reading.kind === "text") return failAt(grid, r, c, messages.importNotANumber(reading.shown));
    if (reading.percent) {
      if (!rules.percent) failAt(grid, r, c, messages.importPercentNotHere(reading.shown));
      percents++;
    }
    if (positive && !(reading.value > 0)) failAt(grid, r, c, messages.importNotPositive(reading.value));
    return reading.value;
  };
  const values = Array.from({ length }, (_, r) => read(r, 0, rules.positive));
  const breakpoints =
    block === wide
      ? Array.from({ length }, (_, r) => Array.from({ length: extra }, (_, j) => read(r, 1 + j, false)))
      : null;
  const notes = [...block.notes];
  if (blanks > 0) notes.push(messages.importBlankValues(blanks));
  if (percents > 0) notes.push(messages.importPercents(percents));
  return { values, breakpoints, rowLabels: block.rowLabels, notes };
}

/** A row read as a column: cell names follow the cells (the origin stays; pasted positions are swapped back). */
function transpose(grid: SourceGrid): SourceGrid {
  const { rows, columns } = sizeOf(grid);
  const values = Array.from({ length: columns }, (_, c) => Array.from({ length: rows }, (_, r) => cellAt(grid, r, c)));
  return { ...grid, values, transposed: !grid.transposed };
}
