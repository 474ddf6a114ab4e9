/**
 * Every ahp_cases entry of tests/fixtures/ahp-public.json: weights by each method, λmax, CR by each RI table, the
 * published numbers, and what ahpy and pyDecision print for the same matrix.
 */
import {
  RiTableId,
  WeightMethod,
  ahpWeights,
  consistency,
  lambdaEstimate,
  principalEigen,
} from "../../../../src/core/evaluation/ahp";
import { AHP_CASES, AhpCase, SHELF_KEYS, matrixOf, maxDiff } from "./shelf";

/** evaluation.md §4.1: values computed in double precision are checked to ±1e-4, or the case's own if tighter. */
const computedTolerance = (caseTolerance: number): number => Math.min(caseTolerance, 1e-4);

const SHELF_METHODS: Record<WeightMethod, "eigenvector" | "rgmm" | "arithmetic_normalisation"> = {
  EVM: "eigenvector",
  RGMM: "rgmm",
  AN: "arithmetic_normalisation",
};

const TABLES = Object.keys(SHELF_KEYS) as RiTableId[];
const tableOfShelfKey = (key: string): RiTableId => {
  const id = TABLES.find((t) => SHELF_KEYS[t].table === key);
  if (!id) throw new Error(`no RI table for shelf key ${key}`);
  return id;
};

const cases = AHP_CASES.map((c) => [c.id, c.source.citation, c] as const);

describe.each(cases)("%s (%s)", (_id, _citation, c: AhpCase) => {
  const a = matrixOf(c.matrix);
  const exact = c.computed_exact;

  it.each(Object.keys(SHELF_METHODS) as WeightMethod[])("%s weights equal computed_exact", (method) => {
    const expected = exact[SHELF_METHODS[method]].weights;
    expect(maxDiff(ahpWeights(a, method), expected)).toBeLessThanOrEqual(computedTolerance(c.tolerance.weights));
  });

  it("λmax and CI equal computed_exact (true eigenvalue, power iteration in under 50 steps)", () => {
    const eigen = principalEigen(a);
    const tolerance = computedTolerance(c.tolerance.lambda_max ?? c.tolerance.CR);
    expect(Math.abs(eigen.lambdaMax - (exact.eigenvector.lambda_max as number))).toBeLessThanOrEqual(tolerance);
    expect(Math.abs(consistency(a).ci - (exact.eigenvector.CI as number))).toBeLessThanOrEqual(tolerance);
    expect(eigen.iterations).toBeLessThan(50);
  });

  it("the λ estimate mean((Aw)ᵢ/wᵢ) with RGMM and AN weights equals what SPSSAU/pyDecision-style tools print", () => {
    for (const method of ["RGMM", "AN"] as const) {
      const expected = exact[SHELF_METHODS[method]].lambda_est_mean_Aw_over_w as number;
      expect(Math.abs(lambdaEstimate(a, ahpWeights(a, method)) - expected)).toBeLessThanOrEqual(1e-4);
    }
  });

  it.each(TABLES)("CR with the %s RI table equals computed_exact", (table) => {
    const expected = exact["CR_by_RI_table(eigen_lambda)"][SHELF_KEYS[table].cr];
    expect(expected).toBeDefined();
    const result = consistency(a, table);
    expect(result.riTable).toBe(table);
    expect(Math.abs(result.cr - expected)).toBeLessThanOrEqual(computedTolerance(c.tolerance.CR));
  });

  it("matches every published number within the case's tolerance", () => {
    const caseTable = tableOfShelfKey(c.ri_table);
    for (const [key, value] of Object.entries(c.published)) {
      switch (key) {
        case "weights":
        case "weights_ahpy":
          expect(maxDiff(ahpWeights(a, "EVM"), value as number[])).toBeLessThanOrEqual(c.tolerance.weights);
          break;
        case "lambda_max":
          expect(Math.abs(consistency(a).lambdaMax - (value as number))).toBeLessThanOrEqual(c.tolerance.lambda_max!);
          break;
        case "CI":
          expect(Math.abs(consistency(a).ci - (value as number))).toBeLessThanOrEqual(c.tolerance.CI!);
          break;
        case "CR":
          expect(Math.abs(consistency(a, caseTable).cr - (value as number))).toBeLessThanOrEqual(c.tolerance.CR);
          break;
        case "CR_ahpy_saaty2005_RI":
          expect(Math.abs(consistency(a, "SAATY2005").cr - (value as number))).toBeLessThanOrEqual(c.tolerance.CR);
          break;
        case "CR_ahpy_dd":
          expect(Math.abs(consistency(a, "DD1991").cr - (value as number))).toBeLessThanOrEqual(c.tolerance.CR);
          break;
        default:
          throw new Error(`${c.id}: published key ${key} is not checked by this test`);
      }
    }
  });

  it("reproduces what ahpy and pyDecision print (4 decimals, ±1e-4)", () => {
    const n = a.length;
    const pyDecisionCr = (method: WeightMethod) =>
      (lambdaEstimate(a, ahpWeights(a, method)) - n) / (n - 1) / consistency(a).ri;
    const TOOLS: Record<string, { method: WeightMethod; cr: () => number }> = {
      "ahpy_1.x_random_index_saaty": { method: "EVM", cr: () => consistency(a, "SAATY2005").cr },
      "ahpy_1.x_random_index_dd(default)": { method: "EVM", cr: () => consistency(a, "DD1991").cr },
      pyDecision_ahp_method_wd_max_eigen: { method: "EVM", cr: () => consistency(a, "SAATY1980").cr },
      // pyDecision takes λ from its approximate weights, with Saaty's 1980 RI: its CR depends on the method.
      pyDecision_ahp_method_wd_geometric: { method: "RGMM", cr: () => pyDecisionCr("RGMM") },
      pyDecision_ahp_method_wd_mean: { method: "AN", cr: () => pyDecisionCr("AN") },
    };
    for (const [tool, printed] of Object.entries(c.tool_outputs)) {
      const ours = TOOLS[tool];
      if (!ours) throw new Error(`${c.id}: tool output ${tool} is not checked by this test`);
      expect(maxDiff(ahpWeights(a, ours.method), printed.weights)).toBeLessThanOrEqual(1e-4);
      expect(Math.abs(ours.cr() - printed.CR)).toBeLessThanOrEqual(1e-4);
    }
  });
});

describe("verdicts on the reference cases (Saaty 1980 RI, size-aware thresholds)", () => {
  const verdict = (id: string) => consistency(matrixOf(AHP_CASES.find((c) => c.id === id)!.matrix));

  it("flags Saaty's house matrix (CR 0.169 > 0.10) and passes its a₃₇-revised version (0.082 ≤ 0.10)", () => {
    expect(verdict("ahp-8x8-saaty-house-inconsistent").passes).toBe(false);
    expect(verdict("ahp-8x8-saaty-house-a37-revised").passes).toBe(true);
  });

  it("flags the BPMSG 3×3 sample: CR 0.0559 is above the 0.05 limit for n = 3", () => {
    const c = verdict("ahp-3x3-bpmsg");
    expect(c.threshold).toBe(0.05);
    expect(c.passes).toBe(false);
  });

  it("passes the 4×4 cases under the 0.08 limit for n = 4", () => {
    for (const id of ["ahp-4x4-leader-criteria", "ahp-4x4-car-criteria", "ahp-4x4-car-cost"]) {
      expect(verdict(id).threshold).toBe(0.08);
      expect(verdict(id).passes).toBe(true);
    }
  });
});
