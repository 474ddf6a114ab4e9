import { Indicator, TABLE1 } from "../../core/evaluation/indicators";

/**
 * The Table 1 indicator a user-named indicator still corresponds to: matched by its Chinese or English name, so
 * the standard's items and boundaries are offered only while the name says it is the same indicator.
 */
export function table1Indicator(name: string): Indicator | undefined {
  const wanted = name.trim();
  for (const category of TABLE1) {
    const found = category.indicators.find((i) => i.name.zh === wanted || i.name.en === wanted);
    if (found) return found;
  }
  return undefined;
}
