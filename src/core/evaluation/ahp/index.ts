/** The AHP engine (design.md §3.6, evaluation.md §2): pure functions over judgement matrices, for the adapters. */
export type { Matrix } from "./matrix";
export { RECIPROCAL_TOLERANCE, readJudgementMatrix, validateJudgementMatrix, withJudgement } from "./matrix";
export type { ScaleEntry } from "./scale";
export { SAATY_SCALE, SCALE_VALUES, describeJudgement, snapToScale } from "./scale";
export type { SolvedJudgements, WeightMethod } from "./weights";
export {
  EIGEN_TOLERANCE,
  MAX_ITERATIONS,
  WEIGHT_METHODS,
  ahpWeights,
  lambdaEstimate,
  lambdaMax,
  parseWeightMethod,
  principalEigen,
  solveJudgementMatrix,
} from "./weights";
export type { AhpResult, Consistency, RiTable, RiTableId } from "./consistency";
export {
  RI_SOURCES,
  RI_TABLES,
  ahpResult,
  consistency,
  consistencyOfLambda,
  crThreshold,
  parseRiTable,
} from "./consistency";
export type { JudgementAdvice } from "./doctor";
export { inconsistentJudgements, ordinalCycles } from "./doctor";
export type { HarkerResult, IncompleteMatrix } from "./incomplete";
export { harkerCompletion, readIncompleteMatrix } from "./incomplete";
export { aggregateJudgements, aggregatePriorities, normaliseExpertWeights, perExpertConsistency } from "./group";
export type { HierarchicalCr, Hierarchy, HierarchyInput } from "./hierarchy";
export { synthesizeHierarchy } from "./hierarchy";
