/**
 * The confidence marks the add-in's sources carry (✅ read in the source, 🔶 a secondary source or common usage,
 * ❓ no source found) and the words that say them. The marks stay in the texts the engine writes (notes, sources,
 * messages); wherever a text is shown in the pane each mark is shown as its word, since without an emoji font a
 * mark shows as an empty box.
 */
import { Bilingual } from "./text";

export type ConfidenceMark = "✅" | "🔶" | "❓";

/** What each mark says, as a short badge. */
export const CONFIDENCE_WORDS: Readonly<Record<ConfidenceMark, Bilingual>> = {
  "✅": { zh: "已核对", en: "verified" },
  "🔶": { zh: "二手来源", en: "secondary" },
  "❓": { zh: "未核实", en: "unverified" },
};

const MARKS = /(✅|🔶|❓)/u;

/** `text` cut at each mark: plain runs and the marks between them, in order (no empty runs). */
export function splitMarks(text: string): (string | { readonly mark: ConfidenceMark })[] {
  return text
    .split(MARKS)
    .filter((part) => part !== "")
    .map((part) => (part === "✅" || part === "🔶" || part === "❓" ? { mark: part } : part));
}
