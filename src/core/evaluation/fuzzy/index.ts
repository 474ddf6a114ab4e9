/** Fuzzy comprehensive evaluation (模糊综合评价): operators, membership, verdict, two-level evaluation. */
export { DEFAULT_OPERATOR, FUZZY_OPERATORS, OPERATOR_INFO, compose, normalise, parseOperator } from "./operators";
export type { FuzzyOperator } from "./operators";
export {
  DIRECTION_WORDS,
  membershipFromVotes,
  parseDirection,
  ridgeMembership,
  trapezoidalMembership,
  triangularMembership,
} from "./membership";
export type { Direction } from "./membership";
export { DEFAULT_TIE_TOLERANCE, DEFAULT_WEAK_MARGIN, fuzzyScore, maximumMembership } from "./verdict";
export type { Verdict, VerdictOptions } from "./verdict";
export { globalWeights, stackedMembership, twoLevelEvaluation } from "./twoLevel";
export type { Category, TwoLevelResult } from "./twoLevel";
