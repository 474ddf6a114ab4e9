/**
 * Every `=MINE.*` function and its parameters, in order, as declared once in src/core/parameters.ts. Each host's
 * runner reads the arguments through these declarations; the build writes the zh-CN metadata names from them and
 * fails when a function's JSDoc names other parameters. What the functions and parameters are, in words, is
 * metadata only: English in each function's JSDoc, Chinese in ./descriptions.ts (neither is in the runtime bundle).
 */
import {
  AHP,
  FUZZY,
  LICENCE,
  MINING,
  PROCESSING,
  Parameter,
  RESERVES,
  STANDARDS,
  UTILIZATION,
} from "../core/parameters";

/** One `=MINE.*` function: its parameters, in order. */
export interface FunctionDeclaration {
  readonly parameters: readonly Parameter[];
}

const fn = <P extends readonly Parameter[]>(parameters: P) => ({ parameters });

const MIN_RATE_LOOKUP = [
  STANDARDS.mineral,
  STANDARDS.indicator,
  STANDARDS.method,
  STANDARDS.condition,
  STANDARDS.ownMinimum,
] as const;

export const FUNCTIONS = {
  // ---- Mining (开采) ----
  RECOVERY: fn([MINING.extracted, MINING.consumed] as const),
  LOSS_RATE: fn([MINING.loss, MINING.consumed] as const),
  DESIGN_RECOVERY: fn([RESERVES.usableResources, RESERVES.designLosses] as const),
  WEIGHTED_RECOVERY: fn([MINING.rates, MINING.weights] as const),
  DILUTION: fn([MINING.oreGrade, MINING.minedGrade] as const),
  WASTE_RATIO: fn([MINING.oreGrade, MINING.minedGrade, MINING.wasteGrade] as const),
  RECOVERY_BY_GRADE: fn([
    MINING.consumed,
    MINING.minedOre,
    MINING.oreGrade,
    MINING.minedGrade,
    MINING.wasteGrade,
  ] as const),
  METAL_RECOVERY: fn([MINING.consumed, MINING.minedOre, MINING.oreGrade, MINING.minedGrade] as const),

  // ---- Processing (选矿) ----
  PROCESS_RECOVERY: fn([PROCESSING.feedGrade, PROCESSING.concentrateGrade, PROCESSING.tailingsGrade] as const),
  PROCESS_RECOVERY_ACTUAL: fn([
    PROCESSING.concentrateMass,
    PROCESSING.concentrateGrade,
    PROCESSING.feedMass,
    PROCESSING.feedGrade,
  ] as const),
  CONCENTRATE_YIELD: fn([PROCESSING.feedGrade, PROCESSING.concentrateGrade, PROCESSING.tailingsGrade] as const),

  // ---- Comprehensive utilisation (综合利用) ----
  COMBINED_RECOVERY: fn([UTILIZATION.miningRecovery, UTILIZATION.processRecovery] as const),
  UTILIZATION: fn([UTILIZATION.miningRecoveries, UTILIZATION.processRecoveries] as const),
  COMINERAL_UTILIZATION: fn([
    UTILIZATION.miningRecoveries,
    UTILIZATION.processRecoveries,
    UTILIZATION.roles,
    UTILIZATION.include,
  ] as const),
  UTILIZATION_RATIO: fn([UTILIZATION.utilized, UTILIZATION.resources] as const),

  // ---- Reserves (储量) ----
  USABLE_RESOURCES: fn([RESERVES.retained, RESERVES.overlaid, RESERVES.inferred, RESERVES.inferredFactor] as const),
  RECOVERABLE_RESERVES: fn([RESERVES.usableResources, RESERVES.designLosses] as const),
  SERVICE_LIFE: fn([
    RESERVES.recoverableReserves,
    RESERVES.annualOutput,
    RESERVES.dilution,
    RESERVES.reserveFactor,
    RESERVES.constructionYears,
  ] as const),
  MINING_INTENSITY: fn([RESERVES.annualMined, RESERVES.retainedReserves] as const),
  CLOSING_RESERVES: fn([
    RESERVES.opening,
    RESERVES.mined,
    RESERVES.lost,
    RESERVES.explorationChange,
    RESERVES.reestimationChange,
  ] as const),

  // ---- The licence (采矿权范围) ----
  LICENCE_AREA: fn([LICENCE.x, LICENCE.y] as const),

  // ---- Evaluation (AHP, fuzzy, entropy) ----
  AHP_WEIGHTS: fn([AHP.matrix, AHP.method] as const),
  AHP_LAMBDA: fn([AHP.matrix] as const),
  AHP_CR: fn([AHP.matrix, AHP.riTable] as const),
  FUZZY_EVAL: fn([FUZZY.weights, FUZZY.membership, FUZZY.operator] as const),
  FUZZY_GRADE: fn([FUZZY.b, FUZZY.grades] as const),
  FUZZY_SCORE: fn([FUZZY.b, FUZZY.scores] as const),
  MEMBERSHIP: fn([FUZZY.value, FUZZY.thresholds, FUZZY.direction] as const),
  ENTROPY_WEIGHTS: fn([FUZZY.data, FUZZY.directions] as const),

  // ---- National minimum "三率" (国家"三率"最低指标) ----
  MIN_RATE: fn(MIN_RATE_LOOKUP),
  MEETS_MIN: fn([STANDARDS.value, ...MIN_RATE_LOOKUP] as const),
  MIN_RATE_SOURCE: fn(MIN_RATE_LOOKUP),
} as const satisfies Record<string, FunctionDeclaration>;

export type FunctionId = keyof typeof FUNCTIONS;
