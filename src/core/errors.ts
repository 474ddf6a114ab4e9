/**
 * The one error type of the engine, and the catalogue of every message it can carry.
 *
 * Core code never returns a number it cannot stand behind: it throws a {@link MineError}. Adapters map
 * {@link ErrorKind} to a spreadsheet error (`#VALUE!`, `#NUM!`, `#DIV/0!`, `#N/A`) and show the message,
 * Chinese first, then English.
 */
import { Bilingual, bothLanguages } from "./text";

/**
 * What kind of failure, in spreadsheet terms.
 * - `value`: wrong type, blank where a value is needed, rate above 1, negative quantity, mismatched ranges
 * - `num`: numbers of the right type that the formula cannot accept together (extracted > consumed, grade order)
 * - `div0`: a denominator that is zero
 * - `na`: a lookup with no answer
 */
export type ErrorKind = "value" | "num" | "div0" | "na";

/** A named input, as messages show it: the Chinese term and the parameter name users see in the workbook. */
export type Label = Bilingual;

/** A message in both languages. */
export type Message = Bilingual;

export class MineError extends Error {
  readonly kind: ErrorKind;
  readonly zh: string;
  readonly en: string;

  constructor(kind: ErrorKind, message: Message) {
    super(bothLanguages(message));
    this.name = "MineError";
    this.kind = kind;
    this.zh = message.zh;
    this.en = message.en;
  }
}

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

/** How an input is named in a message: `采出纯矿石量(extracted)第 3 行` / `extracted row 3`. */
function at(label: Label, position?: CellPosition): Message {
  if (!position) return { zh: `${label.zh}(${label.en})`, en: label.en };
  const p = describePosition(position);
  return { zh: `${label.zh}(${label.en})${p.zh}`, en: `${label.en} ${p.en}` };
}

/**
 * The bilingual message of anything thrown: a MineError's own; anything else is a fault of ours, and says so in
 * Chinese too (its own text, usually English, only as the detail), so no bare English reaches the Chinese UI.
 */
export function messageOf(error: unknown): Message {
  if (error instanceof MineError) return { zh: error.zh, en: error.en };
  return messages.internal(error instanceof Error ? error.message : String(error));
}

/** Shows a number the way a user would recognise it in their cell. */
export function show(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(10)));
}

/** The catalogue: every message the engine produces, built here and nowhere else. */
export const messages = {
  blank: (label: Label, position?: CellPosition, hint?: Message): Message => {
    const n = at(label, position);
    const zh = `${n.zh} 为空，需要一个数值`;
    const en = `${n.en} is blank: a number is needed`;
    return hint ? { zh: `${zh}；${hint.zh}`, en: `${en}: ${hint.en}` } : { zh, en };
  },
  notANumber: (label: Label, shown: string, position?: CellPosition): Message => {
    const n = at(label, position);
    return {
      zh: `${n.zh} 不是数值(“${shown}”)，请输入数字`,
      en: `${n.en} is not a number ("${shown}"): type a number`,
    };
  },
  notFinite: (label: Label, position?: CellPosition): Message => {
    const n = at(label, position);
    return { zh: `${n.zh} 不是有限数值`, en: `${n.en} is not a finite number` };
  },
  negative: (label: Label, value: number, position?: CellPosition): Message => {
    const n = at(label, position);
    return { zh: `${n.zh} 为 ${show(value)}，不能为负`, en: `${n.en} is ${show(value)}: it cannot be negative` };
  },
  rateAboveOne: (label: Label, value: number, position?: CellPosition): Message => {
    const n = at(label, position);
    const asPercent = show(value);
    return {
      zh: `${n.zh} 为 ${asPercent}，比率须为小数：请输入 ${asPercent}% 或 ${show(value / 100)}`,
      en: `${n.en} is ${asPercent}: rates are fractions: type ${asPercent}% or ${show(value / 100)}`,
    };
  },
  allBlank: (label: Label, hint: Message): Message => ({
    zh: `${label.zh}(${label.en}) 全部为空；${hint.zh}`,
    en: `${label.en} is all blank: ${hint.en}`,
  }),
  halfBlankRow: (position: CellPosition, blank: Label, filled: Label): Message => {
    const p = describePosition(position);
    return {
      zh: `${p.zh}：${filled.zh}(${filled.en}) 有值而 ${blank.zh}(${blank.en}) 为空，请补全或清空整行`,
      en: `${p.en}: ${filled.en} has a value but ${blank.en} is blank: fill in or clear the whole row`,
    };
  },
  sizeMismatch: (a: Label, aCells: number, b: Label, bCells: number): Message => ({
    zh: `${a.zh}(${a.en}) 有 ${aCells} 个单元格，${b.zh}(${b.en}) 有 ${bCells} 个：两个区域须一一对应`,
    en: `${a.en} has ${aCells} cells but ${b.en} has ${bCells}: the ranges must align cell by cell`,
  }),
  shapeMismatch: (a: Label, b: Label): Message => ({
    zh: `${a.zh}(${a.en}) 与 ${b.zh}(${b.en}) 形状不同：请用同样行列的区域，或都用单行/单列`,
    en: `${a.en} and ${b.en} have different shapes: use ranges of the same rows and columns, or both one row/column`,
  }),
  notVector: (label: Label, rows: number, columns: number): Message => ({
    zh: `${label.zh}(${label.en}) 须为一行或一列，而不是 ${rows} 行 × ${columns} 列的区域`,
    en: `${label.en} must be one row or one column, not a ${rows} × ${columns} range`,
  }),
  blankLabel: (label: Label, position: CellPosition): Message => {
    const n = at(label, position);
    return { zh: `${n.zh} 为空，需要一个名称`, en: `${n.en} is blank: a name is needed` };
  },
  emptyRange: (label: Label): Message => ({
    zh: `${label.zh}(${label.en}) 没有任何单元格`,
    en: `${label.en} has no cells`,
  }),
  notSingleValue: (label: Label): Message => ({
    zh: `${label.zh}(${label.en}) 须为单个数值，而不是区域`,
    en: `${label.en} must be a single value, not a range`,
  }),
  zeroDenominator: (label: Label): Message => ({
    zh: `${label.zh}(${label.en}) 为 0，无法作分母`,
    en: `${label.en} is zero and is the denominator`,
  }),
  exceeds: (part: Label, partValue: number, whole: Label, wholeValue: number): Message => ({
    zh: `${part.zh}(${part.en}) ${show(partValue)} 大于 ${whole.zh}(${whole.en}) ${show(wholeValue)}，不可能`,
    en: `${part.en} ${show(partValue)} exceeds ${whole.en} ${show(wholeValue)}, which is impossible`,
  }),
  gradeOrder: (order: Message, values: string): Message => ({
    zh: `品位须满足 ${order.zh}，实际为 ${values}`,
    en: `grades must satisfy ${order.en}; got ${values}`,
  }),
  resultAboveOne: (what: Message, value: number): Message => ({
    zh: `${what.zh}算得 ${show(value)}，大于 100%：请检查输入`,
    en: `${what.en} comes out at ${show(value)}, above 100%: check the inputs`,
  }),
  negativeResult: (what: Message, value: number): Message => ({
    zh: `${what.zh}算得 ${show(value)}，为负：扣减项大于总量`,
    en: `${what.en} comes out at ${show(value)}, negative: the deductions exceed the total`,
  }),
  internal: (detail: string): Message => ({
    zh: `内部错误：${detail}。请报告此问题`,
    en: `internal error: ${detail}. Please report it`,
  }),
} as const;

/** Throws a {@link MineError}; typed `never` so callers read as guards. */
export function fail(kind: ErrorKind, message: Message): never {
  throw new MineError(kind, message);
}
