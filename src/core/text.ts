/**
 * The one way the add-in writes text for people: a {@link Bilingual} pair, Chinese first. Engine messages, review
 * findings, sheet labels and the taskpane's words are all pairs; a language is chosen only where the text is shown
 * ({@link pick}, {@link localize}), and engine errors reach a cell as both halves ({@link bothLanguages}).
 */

/** The languages of the add-in: Chinese, then English. */
export type Language = "zh" | "en";

/** A text in both languages. */
export interface Bilingual {
  readonly zh: string;
  readonly en: string;
}

/** The half of `text` in `language`. */
export function pick(text: Bilingual, language: Language): string {
  return text[language];
}

/** Both halves, as a spreadsheet error message carries them: `中文 | English`. */
export function bothLanguages(text: Bilingual): string {
  return `${text.zh} | ${text.en}`;
}

/** A list as each language writes it: `甲、乙、丙` / `a, b and c`. */
export function listOf(items: readonly Bilingual[]): Bilingual {
  const en = items.map((item) => item.en);
  return {
    zh: items.map((item) => item.zh).join("、"),
    en: en.length <= 1 ? en.join("") : `${en.slice(0, -1).join(", ")} and ${en[en.length - 1]}`,
  };
}

/** Pairs listed with commas only: `甲、乙、丙` / `a, b, c` (columns, minerals, choices). */
export function commaList(items: readonly Bilingual[]): Bilingual {
  return { zh: items.map((item) => item.zh).join("、"), en: items.map((item) => item.en).join(", ") };
}

/** Words that read the same in both languages (names users type), listed with commas: `露天、地下` / `露天, 地下`. */
export function wordList(words: readonly string[]): Bilingual {
  return commaList(words.map(same));
}

/** The same words in both languages (names of documents, minerals, cell addresses). */
export function same(text: string): Bilingual {
  return { zh: text, en: text };
}

/** Whether `value` is a {@link Bilingual} pair (a leaf of a text catalogue). */
export function isBilingual(value: unknown): value is Bilingual {
  if (typeof value !== "object" || value === null) return false;
  const pair = value as Record<string, unknown>;
  return typeof pair.zh === "string" && typeof pair.en === "string" && Object.keys(pair).length === 2;
}

/** A text catalogue with every pair resolved to one language, and every function returning a pair to a string. */
export type Localized<T> = T extends Bilingual
  ? string
  : T extends (...args: infer A) => Bilingual
    ? (...args: A) => string
    : T extends readonly (infer E)[]
      ? readonly Localized<E>[]
      : T extends object
        ? { readonly [K in keyof T]: Localized<T[K]> }
        : T;

/**
 * A catalogue of {@link Bilingual} pairs (nested objects, arrays and functions returning pairs) resolved to one
 * language, so a component reads `text.tabs.review` and the catalogue still holds each text once, as a pair.
 */
export function localize<T>(catalogue: T, language: Language): Localized<T> {
  return resolve(catalogue, language) as Localized<T>;
}

function resolve(node: unknown, language: Language): unknown {
  if (isBilingual(node)) return node[language];
  if (typeof node === "function") {
    return (...args: unknown[]) => resolve((node as (...a: unknown[]) => unknown)(...args), language);
  }
  if (Array.isArray(node)) return node.map((item) => resolve(item, language));
  if (typeof node === "object" && node !== null) {
    return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, resolve(value, language)]));
  }
  return node;
}
