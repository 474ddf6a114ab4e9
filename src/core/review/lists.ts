/** Lists in the review's texts. */
import { Bilingual } from "../text";

/**
 * Pairs listed as the review lists columns and minerals: `甲、乙` / `a, b` (commas only, unlike `listOf` (core/text.ts)'s
 * "a, b and c", so that the report reads as it always has).
 */
export function commaList(items: readonly Bilingual[]): Bilingual {
  return { zh: items.map((item) => item.zh).join("、"), en: items.map((item) => item.en).join(", ") };
}
