/**
 * The one error type of the engine; its messages come from the one catalogue, ./messages.
 *
 * Core code never returns a number it cannot stand behind: it throws a {@link MineError}. Adapters map
 * {@link ErrorKind} to a spreadsheet error (`#VALUE!`, `#NUM!`, `#DIV/0!`, `#N/A`) and show the message,
 * Chinese first, then English.
 */
import { messages } from "./messages";
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
export type { Label } from "./messages/wording";

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

/**
 * The bilingual message of anything thrown: a MineError's own; anything else is a fault of ours, and says so in
 * Chinese too (its own text, usually English, only as the detail), so no bare English reaches the Chinese UI.
 */
export function messageOf(error: unknown): Message {
  if (error instanceof MineError) return { zh: error.zh, en: error.en };
  return messages.internal(error instanceof Error ? error.message : String(error));
}

/** Throws a {@link MineError}; typed `never` so callers read as guards. */
export function fail(kind: ErrorKind, message: Message): never {
  throw new MineError(kind, message);
}
