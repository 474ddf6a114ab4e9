/**
 * Every `=MINE.*` function's signature: its parameters, in order, as declared once in src/core/parameters. One export
 * per function ID and nothing else, for ./catalogue gathers this module's exports as FUNCTIONS.
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
  // The group shares its name with the function UTILIZATION, declared below.
  UTILIZATION as UTILIZATION_PARAMETERS,
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

// ---- Mining (开采) ----

export const RECOVERY = fn([MINING.extracted, MINING.consumed] as const);
export const LOSS_RATE = fn([MINING.loss, MINING.consumed] as const);
export const DESIGN_RECOVERY = fn([RESERVES.usableResources, RESERVES.designLosses] as const);
export const WEIGHTED_RECOVERY = fn([MINING.rates, MINING.weights] as const);
export const DILUTION = fn([MINING.oreGrade, MINING.minedGrade] as const);
export const WASTE_RATIO = fn([MINING.oreGrade, MINING.minedGrade, MINING.wasteGrade] as const);
export const RECOVERY_BY_GRADE = fn([
  MINING.consumed,
  MINING.minedOre,
  MINING.oreGrade,
  MINING.minedGrade,
  MINING.wasteGrade,
] as const);
export const METAL_RECOVERY = fn([MINING.consumed, MINING.minedOre, MINING.oreGrade, MINING.minedGrade] as const);

// ---- Processing (选矿) ----

export const PROCESS_RECOVERY = fn([
  PROCESSING.feedGrade,
  PROCESSING.concentrateGrade,
  PROCESSING.tailingsGrade,
] as const);
export const PROCESS_RECOVERY_ACTUAL = fn([
  PROCESSING.concentrateMass,
  PROCESSING.concentrateGrade,
  PROCESSING.feedMass,
  PROCESSING.feedGrade,
] as const);
export const CONCENTRATE_YIELD = fn([
  PROCESSING.feedGrade,
  PROCESSING.concentrateGrade,
  PROCESSING.tailingsGrade,
] as const);

// ---- Comprehensive utilisation (综合利用) ----

export const COMBINED_RECOVERY = fn([
  UTILIZATION_PARAMETERS.miningRecovery,
  UTILIZATION_PARAMETERS.processRecovery,
] as const);
export const UTILIZATION = fn([
  UTILIZATION_PARAMETERS.miningRecoveries,
  UTILIZATION_PARAMETERS.processRecoveries,
] as const);
export const COMINERAL_UTILIZATION = fn([
  UTILIZATION_PARAMETERS.miningRecoveries,
  UTILIZATION_PARAMETERS.processRecoveries,
  UTILIZATION_PARAMETERS.roles,
  UTILIZATION_PARAMETERS.include,
] as const);
export const UTILIZATION_RATIO = fn([UTILIZATION_PARAMETERS.utilized, UTILIZATION_PARAMETERS.resources] as const);

// ---- Reserves (储量) ----

export const USABLE_RESOURCES = fn([
  RESERVES.retained,
  RESERVES.overlaid,
  RESERVES.inferred,
  RESERVES.inferredFactor,
] as const);
export const RECOVERABLE_RESERVES = fn([RESERVES.usableResources, RESERVES.designLosses] as const);
export const SERVICE_LIFE = fn([
  RESERVES.recoverableReserves,
  RESERVES.annualOutput,
  RESERVES.dilution,
  RESERVES.reserveFactor,
  RESERVES.constructionYears,
] as const);
export const MINING_INTENSITY = fn([RESERVES.annualMined, RESERVES.retainedReserves] as const);
export const CLOSING_RESERVES = fn([
  RESERVES.opening,
  RESERVES.mined,
  RESERVES.lost,
  RESERVES.explorationChange,
  RESERVES.reestimationChange,
] as const);

// ---- The licence (采矿权范围) ----

export const LICENCE_AREA = fn([LICENCE.x, LICENCE.y] as const);

// ---- Evaluation (AHP, fuzzy, entropy) ----

export const AHP_WEIGHTS = fn([AHP.matrix, AHP.method] as const);
export const AHP_LAMBDA = fn([AHP.matrix] as const);
export const AHP_CR = fn([AHP.matrix, AHP.riTable] as const);
export const FUZZY_EVAL = fn([FUZZY.weights, FUZZY.membership, FUZZY.operator] as const);
export const FUZZY_GRADE = fn([FUZZY.b, FUZZY.grades] as const);
export const FUZZY_SCORE = fn([FUZZY.b, FUZZY.scores] as const);
export const MEMBERSHIP = fn([FUZZY.value, FUZZY.thresholds, FUZZY.direction] as const);
export const ENTROPY_WEIGHTS = fn([FUZZY.data, FUZZY.directions] as const);

// ---- National minimum "三率" (国家"三率"最低指标) ----

export const MIN_RATE = fn(MIN_RATE_LOOKUP);
export const MEETS_MIN = fn([STANDARDS.value, ...MIN_RATE_LOOKUP] as const);
export const MIN_RATE_SOURCE = fn(MIN_RATE_LOOKUP);
