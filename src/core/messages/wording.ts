/**
 * How every message of the catalogue (./index) words what it names: a cell's position, a number as the user typed
 * it, an input by its declared name. The sections share these, so each is written once.
 */
import { Bilingual } from "../text";

/**
 * A named input, as messages show it (its declaration's Chinese and English names). `argument: false` marks an
 * input no =MINE.* function takes (only the taskpane's assessment does): Chinese messages then name it without the
 * English argument name, which would mean nothing to the pane's user.
 */
export interface Label extends Bilingual {
  readonly argument?: false;
}
/** A message in both languages. */
export type Message = Bilingual;

/** The position of a cell inside a range, 1-based, as both languages say it. */
export interface CellPosition {
  readonly row: number;
  readonly column: number;
  /** A single column or a single row needs only one coordinate in a message. */
  readonly vector: "column" | "row" | "matrix";
}

/** The position of cell (row, column), both 0-based, of a table (a matrix: messages give row and column). */
export function cellPosition(row: number, column: number): CellPosition {
  return { row: row + 1, column: column + 1, vector: "matrix" };
}

/** Chinese and English wording of a cell position, e.g. `第 3 行` / `row 3`. */
export function describePosition(p: CellPosition): Message {
  switch (p.vector) {
    case "column":
      return { zh: `第 ${p.row} 行`, en: `row ${p.row}` };
    case "row":
      return { zh: `第 ${p.column} 列`, en: `column ${p.column}` };
    default:
      return { zh: `第 ${p.row} 行第 ${p.column} 列`, en: `row ${p.row}, column ${p.column}` };
  }
}

/** Shows a number the way a user would recognise it in their cell. */
export function show(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(10)));
}

/** A short list of numbers for a message: the first few, then "…". */
export function showList(values: readonly number[]): string {
  const shown = values.slice(0, 8).map(show).join(", ");
  return values.length > 8 ? `${shown}, …` : shown;
}

/** How an input is named in a message: `采出纯矿石量(extracted)第 3 行` / `extracted row 3`. */
/** An input's Chinese name in a message: 采出纯矿石量(extracted), the argument's name in brackets when it has one. */
export function zhName(label: Label): string {
  return label.argument === false ? label.zh : `${label.zh}(${label.en})`;
}

export function at(label: Label, position?: CellPosition): Message {
  const name = zhName(label);
  if (!position) return { zh: name, en: label.en };
  const p = describePosition(position);
  return { zh: `${name}${p.zh}`, en: `${label.en} ${p.en}` };
}

/** Notes on what the sources say about a missing value, appended to an absent-row message. */
export function notes(list: readonly Message[]): Message {
  if (list.length === 0) return { zh: "", en: "" };
  return { zh: `(${list.map((n) => n.zh).join("；")})`, en: ` (${list.map((n) => n.en).join("; ")})` };
}

/** What a national-minimum lookup is about, as both halves of a message name it: "铁 地下 开采回采率". */
export type Subject = string;

/** Wording of a benefit/cost direction, for messages about threshold order. */
export interface DirectionWords extends Bilingual {
  readonly order: Bilingual;
}
