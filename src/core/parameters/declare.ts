/**
 * How an input of the engine is declared (./index): a label, a kind of number, and for a `=MINE.*` parameter how the
 * spreadsheet argument is read. The groups of declarations (./mining, ./reserves …) are written with these builders.
 */
import {
  AlignedInput,
  readItems,
  readLabels,
  readOptionalScalar,
  readScalar,
  readTable,
  readVector,
  singleCell,
} from "../cells";
import { Label, Message } from "../errors";
import { Quantity, tonnage } from "../quantity";

/**
 * A parameter of a `=MINE.*` function: a named input plus how the spreadsheet argument is read.
 * - `optional`: whether the argument may be omitted (then it is read as blank)
 * - `read`: the argument as the engine takes it, or the `#VALUE!` that says what is wrong with it
 * What autocomplete says of it lives with the metadata (src/functions/descriptions.ts), not in the runtime.
 */
export interface Parameter<T = unknown> extends Label {
  readonly optional: boolean;
  readonly read: (value: unknown) => T;
}

/** A numeric parameter: also a {@link Quantity}, so the engine checks its numbers against the same bounds. */
export type NumberParameter<T> = Parameter<T> & Quantity;

function declare<B extends Label, T>(
  base: B,
  optional: boolean,
  reader: (value: unknown, self: B) => T,
): B & Parameter<T> {
  const parameter: B & Parameter<T> = { ...base, optional, read: (value) => reader(value, parameter) };
  return parameter;
}

/** One required number (a 1×1 range is its cell). */
export const required = (quantity: Quantity): NumberParameter<number> =>
  declare(quantity, false, (value, self) => readScalar(value, self));

/** One number that may be omitted or left blank: then `fallback`. */
export const optionalNumber = (quantity: Quantity, fallback: number): NumberParameter<number> =>
  declare(quantity, true, (value, self) => readOptionalScalar(value, self, fallback));

/** An itemised list: blank cells skipped, an all-blank range refused with `hint` (a deduction must be stated). */
export const itemised = (quantity: Quantity, hint: Message): NumberParameter<Float64Array> =>
  declare(quantity, false, (value, self) => readItems(value, self, hint));

/** One of two ranges read item by item together (the function pairs them); every number checked as `quantity`. */
export const aligned = (quantity: Quantity): NumberParameter<AlignedInput> =>
  declare(quantity, false, (value, self) => ({ value, quantity: self }));

/** One row or one column of numbers, none blank. */
export const vector = (quantity: Quantity): NumberParameter<number[]> =>
  declare(quantity, false, (value, self) => readVector(value, self));

/** A rectangular table of numbers, none blank. */
export const table = (quantity: Quantity): NumberParameter<number[][]> =>
  declare(quantity, false, (value, self) => readTable(value, self));

/** Names in one row or one column, none blank. */
export const names = (label: Label): Parameter<string[]> =>
  declare(label, false, (value, self) => readLabels(value, self));

/** Optional names: omitted gives an empty list. */
export const optionalNames = (label: Label): Parameter<string[]> =>
  declare(label, true, (value, self) => (value === undefined || value === null ? [] : readLabels(value, self)));

/** A range handed to the engine as it arrives (a judgement matrix the engine checks cell by cell, a lookup table). */
export const range = (label: Label, optional = false): Parameter<unknown> => declare(label, optional, (value) => value);

/** One cell handed to the engine as it arrives (a word the engine parses, such as a method or a mineral). */
export const word = (label: Label, optional: boolean): Parameter<unknown> =>
  declare(label, optional, (value, self) => singleCell(value, self));

/** A label alone: an input's Chinese name and the English name users see. */
export const named = (zh: string, en: string): Label => ({ zh, en });

/** An input only the taskpane's assessment takes, no =MINE.* function: named in Chinese without an argument name. */
export const paneInput = (zh: string, en: string): Label => ({ zh, en, argument: false });

/**
 * A number that is neither a tonnage nor a grade but shares their bounds, [0, 1e150]: a count of years, a multiplier.
 * ./quantity has no kind of its own for it; the engine checks any narrower range itself (the reserve factor's).
 */
export const nonNegative = tonnage;
