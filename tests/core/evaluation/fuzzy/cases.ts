/** Typed access to the fuzzy-evaluation reference cases: tests/fixtures/ahp-public.json and the two-level case here. */
import ahp from "../../../fixtures/ahp-public.json";
import twoLevel from "./sishoukui-2level.json";

interface Computed {
  B: number[];
  B_norm: number[];
  grade: string;
}

export interface FceCase {
  id: string;
  grades: string[];
  A: number[];
  R: number[][];
  published: { B: number[]; grade_max_membership: string };
  tolerance: { B: number };
}

export interface ClothingCase extends FceCase {
  computed_other_operators: Record<"min_max" | "prod_max" | "min_bsum" | "prod_bsum", Computed>;
}

export interface SiShoukuiCase extends FceCase {
  computed: {
    weighted_average_score_grade_scores_5_4_3_2_1: number;
    weighted_average_score_grade_scores_95_85_75_65_55: number;
  };
}

export interface TwoLevelCase {
  id: string;
  grades: string[];
  category_weights: number[];
  categories: { weights: number[]; membership: number[][] }[];
  published: { B: number[]; grade_max_membership: string };
  computed: { category_results_weighted: number[][]; overall_min_max: number[] };
  tolerance: { B: number };
}

function byId<T>(id: string): T {
  const found = (ahp.fce_cases as { id: string }[]).find((c) => c.id === id);
  if (!found) throw new Error(`no fce case ${id} in ahp-public.json`);
  return found as T;
}

export const CLOTHING = byId<ClothingCase>("fce-spssau-clothing");
export const SISHOUKUI = byId<SiShoukuiCase>("fce-sishoukui-1level");
export const SISHOUKUI_2LEVEL = twoLevel as TwoLevelCase;

export function expectClose(actual: readonly number[], expected: readonly number[], tolerance: number): void {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((v, j) => expect(Math.abs(v - expected[j])).toBeLessThanOrEqual(tolerance));
}
