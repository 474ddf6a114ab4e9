/** Typed access to the AHP reference cases (tests/fixtures/ahp-public.json, a copy of the team's shelf). */
import shelf from "../../../fixtures/ahp-public.json";
import { RiTableId } from "../../../../src/core/evaluation/ahp";

export interface Source {
  citation: string;
  url: string;
}

interface MethodResult {
  weights: number[];
  lambda_max?: number;
  CI?: number;
  lambda_est_mean_Aw_over_w?: number;
}

export interface AhpCase {
  id: string;
  title: string;
  n: number;
  matrix: string[][];
  ri_table: string;
  source: Source;
  published: Record<string, number | number[]>;
  tolerance: { weights: number; lambda_max?: number; CI?: number; CR: number };
  computed_exact: {
    eigenvector: MethodResult;
    rgmm: MethodResult;
    arithmetic_normalisation: MethodResult;
    "CR_by_RI_table(eigen_lambda)": Record<string, number>;
  };
  tool_outputs: Record<string, { weights: number[]; CR: number }>;
}

/** "1/3" → 1/3, "5" → 5, as the shelf writes judgements; null (a missing judgement) stays null. */
export function fraction(text: string | null): number | null {
  if (text === null) return null;
  const [numerator, denominator] = text.split("/").map(Number);
  const value = denominator === undefined ? numerator : numerator / denominator;
  if (!Number.isFinite(value)) throw new Error(`not a fraction: ${text}`);
  return value;
}

export function matrixOf(rows: readonly (readonly string[])[]): number[][] {
  return rows.map((row) => row.map((cell) => fraction(cell) as number));
}

export const AHP_CASES = shelf.ahp_cases as unknown as AhpCase[];
export const RI_SHELF = shelf.ri_tables as unknown as Record<
  string,
  { source: string; values?: Record<string, number> }
>;
export const HIERARCHY_CASE = shelf.hierarchy_cases[0];
export const INCOMPLETE_CASE = shelf.incomplete_cases[0];
export const GROUP_CASE = shelf.group_cases[0];

export function ahpCase(id: string): AhpCase {
  const found = AHP_CASES.find((c) => c.id === id);
  if (!found) throw new Error(`no AHP case ${id}`);
  return found;
}

/** Our RI table ids, by the keys the shelf uses for its tables and for its computed CRs. */
export const SHELF_KEYS: Record<RiTableId, { table: string; cr: string }> = {
  SAATY1980: { table: "saaty1980", cr: "saaty1980" },
  SAATY2005: { table: "saaty2005", cr: "saaty2005" },
  DD1991: { table: "donegan_dodd1991", cr: "dd1991" },
  CN1000: { table: "cn_hong2002_1000sample", cr: "cn_1000" },
  ALONSO: { table: "alonso_lamata2006", cr: "alonso_lamata" },
};

/** Largest absolute difference between two vectors (Infinity when their lengths differ). */
export function maxDiff(a: readonly number[], b: readonly number[]): number {
  if (a.length !== b.length) return Infinity;
  return Math.max(...a.map((v, i) => Math.abs(v - b[i])));
}
