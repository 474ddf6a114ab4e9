/**
 * Reading values as a spreadsheet hands them over (numbers, text, booleans, blanks; ranges as rows of cells)
 * into checked numbers. Pure: the Excel adapters, the taskpane and the headless review all read through here,
 * so a blank, a word or a rate typed as 95 gets the same message wherever it is met.
 */
import { Label, Message, fail } from "./errors";
import { Quantity, checkQuantity, isAdmissible } from "./quantity";
import { CellPosition, messages } from "./messages";

/** A range as rows of cells. Excel passes `number[][]`-like arrays; a scalar is a 1×1 range. */
export type Range = readonly (readonly unknown[])[];

/** Blank as spreadsheets deliver it: an empty cell (`null`/`undefined`) or an empty string. */
export function isBlank(value: unknown): boolean {
  return value === null || value === undefined || value === "";
}

/**
 * The entry of `table` for a word a user typed, or undefined: only the table's own keys count, so "constructor"
 * or "__proto__" typed in a cell never reaches Object.prototype.
 */
export function entryFor<T>(table: Readonly<Record<string, T>>, word: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(table, word) ? table[word] : undefined;
}

/** A cell's content as the user would recognise it in a message (text trimmed to a readable length). */
export function display(value: unknown): string {
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  const text = typeof value === "object" && value !== null ? richText(value) : String(value);
  return text.length > 24 ? `${text.slice(0, 24)}…` : text;
}

/** Rich values (data types) arrive as objects: their text, else their basic value, else "{…}". */
function richText(value: object): string {
  const { text, basicValue } = value as { text?: unknown; basicValue?: unknown };
  const shown = text ?? basicValue;
  switch (typeof shown) {
    case "string":
      return shown;
    case "number":
    case "boolean":
    case "bigint":
    case "symbol":
    case "function":
      return String(shown);
    default:
      return "{…}"; // neither, or an object with no text of its own to show
  }
}

/** One cell's value as a number admissible for `quantity`. */
export function readNumber(value: unknown, quantity: Quantity, position?: CellPosition): number {
  if (typeof value === "number") return checkQuantity(value, quantity, position);
  if (isBlank(value)) fail("value", messages.blank(quantity, position));
  return fail("value", messages.notANumber(quantity, display(value), position));
}

/** The one cell of a single-value argument (a 1×1 range is read as its cell; a larger range is refused). */
export function singleCell(value: unknown, label: Label): unknown {
  if (!Array.isArray(value)) return value;
  const range = asRange(value);
  if (range.length !== 1 || range[0].length !== 1) fail("value", messages.notSingleValue(label));
  return range[0][0];
}

/** A required single-value argument. */
export function readScalar(value: unknown, quantity: Quantity): number {
  return readNumber(singleCell(value, quantity), quantity);
}

/** An optional single-value argument: omitted or blank gives `fallback`. */
export function readOptionalScalar(value: unknown, quantity: Quantity, fallback: number): number {
  const cell = singleCell(value, quantity);
  return isBlank(cell) ? fallback : readNumber(cell, quantity);
}

/** Normalises what arrives for a range argument: rows of cells, a flat list (one row), or a scalar. */
export function asRange(value: unknown): Range {
  if (!Array.isArray(value)) return [[value]];
  if (value.length === 0) return [];
  return Array.isArray(value[0]) ? (value as unknown[][]) : [value];
}

interface Shape {
  readonly rows: number;
  readonly columns: number;
  readonly cells: number;
  readonly vector: CellPosition["vector"];
}

function shapeOf(range: Range): Shape {
  const rows = range.length;
  const columns = rows === 0 ? 0 : range[0].length;
  const vector = columns === 1 ? "column" : rows === 1 ? "row" : "matrix";
  return { rows, columns, cells: rows * columns, vector };
}

/** The cells of a range, row by row, as a single column. */
function asColumn(range: Range): Range {
  return range.flatMap((row) => row.map((cell) => [cell]));
}

function positionOf(shape: Shape, index: number): CellPosition {
  const row = Math.floor(index / shape.columns);
  return { row: row + 1, column: index - row * shape.columns + 1, vector: shape.vector };
}

/**
 * Every number in a range, row by row. Blank cells are skipped when `skipBlanks` (the caller decides what an
 * all-blank range means), otherwise refused with their position.
 */
export function readList(value: unknown, quantity: Quantity, skipBlanks: boolean): Float64Array {
  const range = asRange(value);
  const shape = shapeOf(range);
  const out = new Float64Array(shape.cells);
  let count = 0;
  for (let r = 0; r < shape.rows; r++) {
    const row = range[r];
    for (let c = 0; c < shape.columns; c++) {
      const cell = row[c];
      if (skipBlanks && isBlank(cell)) continue;
      out[count++] = readNumber(cell, quantity, { row: r + 1, column: c + 1, vector: shape.vector });
    }
  }
  return count === out.length ? out : out.slice(0, count);
}

/** One range argument of a table read item by item alongside others. */
export interface AlignedInput {
  readonly value: unknown;
  readonly quantity: Quantity;
}

/**
 * Two ranges that describe the same items (a rate and a weight per 采区, two rates per mineral …), visited item by
 * item with their two numbers. They must hold the same number of cells, and the same shape unless each is a
 * single row or column. An item blank in both ranges is skipped when `blankItems` is `"skip"`, otherwise refused
 * with `blankItems` as the hint; an item blank in one range only is always refused, naming it, because half a
 * row is a drafting mistake, not an absent item. Every number is checked against its range's quantity.
 * Items go to `sink.add`: an object rather than a callback, so the hot loop sees one class and inlines the call
 * (a fresh closure per call defeats that and costs several times the loop itself).
 */
export function forEachPair(
  first: AlignedInput,
  second: AlignedInput,
  blankItems: "skip" | Message,
  sink: PairSink,
): void {
  const rangeA = asRange(first.value);
  const rangeB = asRange(second.value);
  const shapeA = shapeOf(rangeA);
  const shapeB = shapeOf(rangeB);
  const qa = first.quantity;
  const qb = second.quantity;
  if (shapeA.cells !== shapeB.cells) fail("value", messages.sizeMismatch(qa, shapeA.cells, qb, shapeB.cells));
  const bothVectors = shapeA.vector !== "matrix" && shapeB.vector !== "matrix";
  if (!bothVectors && (shapeA.rows !== shapeB.rows || shapeA.columns !== shapeB.columns)) {
    fail("value", messages.shapeMismatch(qa, qb));
  }

  // Hot path (a block table may run to 10⁶ rows): both ranges are read as columns (rows and matrices are
  // reshaped once), each cell is tested by isAdmissible (a leaf V8 inlines), and nothing is allocated per item;
  // a cell's position is built only for the message about it.
  const columnA = shapeA.columns === 1 ? rangeA : asColumn(rangeA);
  const columnB = shapeB.columns === 1 ? rangeB : asColumn(rangeB);
  for (let index = 0; index < shapeA.cells; index++) {
    const a = columnA[index][0];
    const b = columnB[index][0];
    if (typeof a === "number" && isAdmissible(a, qa) && typeof b === "number" && isAdmissible(b, qb)) {
      sink.add(a, b);
      continue;
    }
    const blankA = isBlank(a);
    const blankB = isBlank(b);
    if (blankA && blankB) {
      if (blankItems === "skip") continue;
      fail("value", messages.blank(qa, positionOf(shapeA, index), blankItems));
    }
    if (blankA !== blankB) {
      const position = positionOf(shapeA, index);
      fail("value", blankA ? messages.halfBlankRow(position, qa, qb) : messages.halfBlankRow(position, qb, qa));
    }
    sink.add(readNumber(a, qa, positionOf(shapeA, index)), readNumber(b, qb, positionOf(shapeB, index)));
  }
}

/** Receives the items of {@link forEachPair}, each number already checked against its range's quantity. */
export interface PairSink {
  add(a: number, b: number): void;
}

class PairLists implements PairSink {
  readonly first: number[] = [];
  readonly second: number[] = [];

  add(a: number, b: number): void {
    this.first.push(a);
    this.second.push(b);
  }
}

/** {@link forEachPair}, collecting the numbers of each range into a list. */
export function readPairs(
  first: AlignedInput,
  second: AlignedInput,
  blankItems: "skip" | Message,
): [number[], number[]] {
  const lists = new PairLists();
  forEachPair(first, second, blankItems, lists);
  return [lists.first, lists.second];
}

/**
 * An itemised list (design losses, overlaid resources …): blank cells are skipped, but an all-blank range is
 * refused with `hint`, because a deduction must be stated, even when it is 0.
 */
export function readItems(value: unknown, quantity: Quantity, hint: Message): Float64Array {
  const items = readList(value, quantity, true);
  if (items.length === 0) fail("value", messages.allBlank(quantity, hint));
  return items;
}

/** A list given as one row or one column (weights, B, thresholds, scores), every cell a number. */
export function readVector(value: unknown, quantity: Quantity): number[] {
  const range = asRange(value);
  const shape = shapeOf(range);
  if (shape.cells === 0) fail("value", messages.emptyRange(quantity));
  if (shape.vector === "matrix") fail("value", messages.notVector(quantity, shape.rows, shape.columns));
  return Array.from(readList(range, quantity, false));
}

/** Names given as one row or one column (grade labels …); numbers are taken as their text. */
export function readLabels(value: unknown, label: Label): string[] {
  const range = asRange(value);
  const shape = shapeOf(range);
  if (shape.cells === 0) fail("value", messages.emptyRange(label));
  if (shape.vector === "matrix") fail("value", messages.notVector(label, shape.rows, shape.columns));
  return range.flat().map((cell, index) => {
    if (isBlank(cell)) fail("value", messages.blankName(label, positionOf(shape, index)));
    return typeof cell === "string" ? cell.trim() : display(cell);
  });
}

/** A rectangular table of numbers (a membership matrix, indicator data), every cell filled. */
export function readTable(value: unknown, quantity: Quantity): number[][] {
  const range = asRange(value);
  const shape = shapeOf(range);
  if (shape.cells === 0) fail("value", messages.emptyRange(quantity));
  return range.map((row, r) =>
    row.map((cell, c) => readNumber(cell, quantity, { row: r + 1, column: c + 1, vector: shape.vector })),
  );
}
