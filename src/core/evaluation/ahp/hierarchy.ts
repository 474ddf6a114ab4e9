/**
 * A two-level hierarchy (goal → categories → indicators, as in the 3 × 9 mine indicator system): one judgement matrix
 * over the categories and one over the indicators of each category. Global weight = category weight × local weight
 * (evaluation.md §2.6; ahpy's car example). Hierarchical consistency has two conventions in print; both are given,
 * each with its label, and neither replaces the CR of each matrix.
 */
import { Message, fail } from "../../errors";
import { Consistency, RiTableId, crThreshold, solveFlat } from "./consistency";
import { Matrix, flatJudgements } from "./matrix";
import { WeightMethod } from "./weights";
import { ASSESSMENT_INPUTS } from "../../parameters";
import { messages } from "../../messages";

export interface HierarchyInput {
  /** Judgements between the top criteria (categories). */
  readonly top: Matrix;
  /** One matrix per top criterion, in its order; 1×1 ([[1]]) for a criterion with no sub-criteria. */
  readonly children: readonly Matrix[];
}

export interface HierarchicalCr {
  readonly value: number;
  readonly threshold: number;
  readonly passes: boolean;
  /** What the number is, in both languages, to print next to it. */
  readonly label: Message;
}

export interface Hierarchy {
  readonly method: WeightMethod;
  readonly riTable: RiTableId;
  /** Weights of the top criteria (aⱼ). */
  readonly topWeights: number[];
  /** Local weights under each top criterion, each summing to 1. */
  readonly localWeights: number[][];
  /** Global weights aⱼ × local, grouped by top criterion. */
  readonly globalWeights: number[][];
  /** The same global weights in one list (top criterion by top criterion), summing to 1. */
  readonly global: number[];
  readonly topConsistency: Consistency;
  readonly childConsistency: Consistency[];
  /** (a) per level, 层次总排序一致性: CR⁽²⁾ = Σⱼ aⱼ·CIⱼ / Σⱼ aⱼ·RIⱼ (0 when every child has n ≤ 2). */
  readonly levelCr: HierarchicalCr;
  /** (b) cumulative, some textbooks: CR⁽¹⁾ + CR⁽²⁾. */
  readonly cumulativeCr: HierarchicalCr;
}

/** The conventional 0.10 for both hierarchical ratios: they are not tied to one matrix size. */
const HIERARCHY_THRESHOLD = crThreshold(Infinity);

/**
 * Local and global weights of a two-level hierarchy by `method`, each matrix's consistency (true λmax, RI from
 * `riTable`) and the hierarchical CR in both conventions.
 */
export function synthesizeHierarchy(
  input: HierarchyInput,
  method: WeightMethod = "EVM",
  riTable: RiTableId = "SAATY1980",
): Hierarchy {
  const top = flatJudgements(input.top, ASSESSMENT_INPUTS.top);
  if (input.children.length !== top.n) fail("value", messages.childrenCountMismatch(input.children.length, top.n));
  const children = input.children.map((a, j) => flatJudgements(a, messages.childMatrix(j + 1)));

  // CR always from the true λmax; with EVM weights the same power iteration gives both.
  const topSolved = solveFlat(top, method, riTable);
  const childSolved = children.map((m) => solveFlat(m, method, riTable));
  const topWeights = topSolved.weights;
  const localWeights = childSolved.map((c) => c.weights);
  const globalWeights = localWeights.map((local, j) => local.map((w) => topWeights[j] * w));
  const topConsistency = topSolved.consistency;
  const childConsistency = childSolved.map((c) => c.consistency);

  let weightedCi = 0;
  let weightedRi = 0;
  childConsistency.forEach((c, j) => {
    weightedCi += topWeights[j] * c.ci;
    weightedRi += topWeights[j] * c.ri;
  });
  // Σ aⱼ·RIⱼ = 0 only when every child has n ≤ 2, whose CI are 0 too: nothing can be inconsistent at that level.
  const level = weightedRi > 0 ? weightedCi / weightedRi : 0;
  const cumulative = topConsistency.cr + level;
  return {
    method,
    riTable,
    topWeights,
    localWeights,
    globalWeights,
    global: globalWeights.flat(),
    topConsistency,
    childConsistency,
    levelCr: {
      value: level,
      threshold: HIERARCHY_THRESHOLD,
      passes: level <= HIERARCHY_THRESHOLD,
      label: messages.hierarchicalCrLevel,
    },
    cumulativeCr: {
      value: cumulative,
      threshold: HIERARCHY_THRESHOLD,
      passes: cumulative <= HIERARCHY_THRESHOLD,
      label: messages.hierarchicalCrCumulative,
    },
  };
}
