/** Typed access to tests/fixtures/min-rates.json: domain.md §2 transcribed row by row, with the document of each. */
import fixture from "../fixtures/min-rates.json";

export interface MinRateDocument {
  cited: string;
  /** Text that MIN_RATE_SOURCE must show for a row of this document. */
  identifies: string;
  url: string;
}

export interface MinRateCase {
  document: string;
  mineral: string;
  method: string;
  indicator: string;
  condition: string;
  value: number;
  confidence: "✅" | "🔶";
  source: string;
}

export const MIN_RATE_DOCUMENTS = fixture.documents as Record<string, MinRateDocument>;
export const MIN_RATE_CASES = fixture.rows as MinRateCase[];

/**
 * The condition a user types to get the row: the row's own words. 🔶 rows answer without 待核实 since issue 9 §3, so
 * nothing is added; the name stays for the table test that imports it (its owner may inline `c.condition`).
 */
export function acknowledgedCondition(c: MinRateCase): string {
  return c.condition;
}

/** Excel's arguments (mineral, indicator, method, condition), an omitted method as null as Excel passes it. */
export function excelArgs(c: MinRateCase, condition = c.condition): unknown[] {
  return [c.mineral, c.indicator, c.method === "" ? null : c.method, condition === "" ? null : condition];
}
