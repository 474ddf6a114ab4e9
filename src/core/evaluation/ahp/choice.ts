/** Reading an option typed as text (a weight method, an RI table) into one of a fixed set of names. */
import { display as displayCell, isBlank, singleCell, entryFor } from "../../cells";
import { Label, Message, fail } from "../../errors";
import { messages } from "../../messages";

/**
 * The option named by `text` (trimmed, case-insensitive; `aliases` keys are upper case), `fallback` when blank or
 * omitted, otherwise the `#VALUE!` that lists `choices`. A 1×1 range is read as its cell.
 */
export function parseChoice<T>(
  text: unknown,
  label: Label,
  aliases: Readonly<Record<string, T>>,
  fallback: T,
  choices: Message,
): T {
  const cell = singleCell(text, label);
  if (isBlank(cell)) return fallback;
  if (typeof cell === "string") {
    const key = cell.trim().toUpperCase();
    const chosen = entryFor(aliases, key);
    if (chosen !== undefined) return chosen;
  }
  return fail("value", messages.unknownChoice(label, displayCell(cell), choices));
}
