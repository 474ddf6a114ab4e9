/**
 * Every named input of the engine, declared once: its Chinese and English name (the English name is the `=MINE.*`
 * parameter name), what kind of number it is and so its bounds, and for the parameters of `=MINE.*` functions how
 * a spreadsheet argument is read (shape, blanks, default).
 *
 * The same object names the input in every message about it, is read by the one runner of each host
 * (src/functions/excel.ts), and is emitted as the zh-CN metadata name, so the three cannot disagree.
 * Modelled on HyperFormula's declared argument specs (../shared/reference/aesthetics.md).
 */
import {
  AlignedInput,
  readItems,
  readLabels,
  readOptionalScalar,
  readScalar,
  readTable,
  readVector,
  singleCell,
} from "./cells";
import { Label, Message } from "./errors";
import { messages } from "./messages";
import { Quantity, change, grade, rate, tonnage } from "./quantity";

/**
 * A parameter of a `=MINE.*` function: a named input plus how the spreadsheet argument is read.
 * - `optional`: whether the argument may be omitted (then it is read as blank)
 * - `read`: the argument as the engine takes it, or the `#VALUE!` that says what is wrong with it
 * What autocomplete says of it lives with the metadata (src/functions/descriptions.ts), not in the runtime.
 */
export interface Parameter<T = unknown> extends Label {
  readonly optional: boolean;
  readonly read: (value: unknown) => T;
}

/** A numeric parameter: also a {@link Quantity}, so the engine checks its numbers against the same bounds. */
export type NumberParameter<T> = Parameter<T> & Quantity;

function declare<B extends Label, T>(
  base: B,
  optional: boolean,
  reader: (value: unknown, self: B) => T,
): B & Parameter<T> {
  const parameter: B & Parameter<T> = { ...base, optional, read: (value) => reader(value, parameter) };
  return parameter;
}

/** One required number (a 1×1 range is its cell). */
const required = (quantity: Quantity): NumberParameter<number> =>
  declare(quantity, false, (value, self) => readScalar(value, self));

/** One number that may be omitted or left blank: then `fallback`. */
const optionalNumber = (quantity: Quantity, fallback: number): NumberParameter<number> =>
  declare(quantity, true, (value, self) => readOptionalScalar(value, self, fallback));

/** An itemised list: blank cells skipped, an all-blank range refused with `hint` (a deduction must be stated). */
const itemised = (quantity: Quantity, hint: Message): NumberParameter<Float64Array> =>
  declare(quantity, false, (value, self) => readItems(value, self, hint));

/** One of two ranges read item by item together (the function pairs them); every number checked as `quantity`. */
const aligned = (quantity: Quantity): NumberParameter<AlignedInput> =>
  declare(quantity, false, (value, self) => ({ value, quantity: self }));

/** One row or one column of numbers, none blank. */
const vector = (quantity: Quantity): NumberParameter<number[]> =>
  declare(quantity, false, (value, self) => readVector(value, self));

/** A rectangular table of numbers, none blank. */
const table = (quantity: Quantity): NumberParameter<number[][]> =>
  declare(quantity, false, (value, self) => readTable(value, self));

/** Names in one row or one column, none blank. */
const names = (label: Label): Parameter<string[]> => declare(label, false, (value, self) => readLabels(value, self));

/** Optional names: omitted gives an empty list. */
const optionalNames = (label: Label): Parameter<string[]> =>
  declare(label, true, (value, self) => (value === undefined || value === null ? [] : readLabels(value, self)));

/** A range handed to the engine as it arrives (a judgement matrix the engine checks cell by cell, a lookup table). */
const range = (label: Label, optional = false): Parameter<unknown> => declare(label, optional, (value) => value);

/** One cell handed to the engine as it arrives (a word the engine parses, such as a method or a mineral). */
const word = (label: Label, optional: boolean): Parameter<unknown> =>
  declare(label, optional, (value, self) => singleCell(value, self));

const named = (zh: string, en: string): Label => ({ zh, en });

/**
 * A number that is neither a tonnage nor a grade but shares their bounds, [0, 1e150]: a count of years, a multiplier.
 * ./quantity has no kind of its own for it; the engine checks any narrower range itself (the reserve factor's).
 */
const nonNegative = tonnage;

// ---- Mining (开采) ----

export const MINING = {
  extracted: required(tonnage("采出纯矿石量", "extracted")),
  consumed: required(tonnage("动用资源储量", "consumed")),
  loss: required(tonnage("损失量", "loss")),
  rates: aligned(rate("采区(矿块)回采率", "rates")),
  weights: aligned(tonnage("采区(矿块)权重量", "weights")),
  minedOre: required(tonnage("采出矿石量", "mined_ore")),
  oreGrade: required(grade("地质品位", "ore_grade")),
  minedGrade: required(grade("采出矿石品位", "mined_grade")),
  wasteGrade: required(grade("混入废石品位", "waste_grade")),
} as const;

// ---- Reserves (储量) ----

export const RESERVES = {
  retained: required(tonnage("保有资源量", "retained")),
  overlaid: itemised(tonnage("压覆资源量", "overlaid"), messages.noOverlaid),
  inferred: optionalNumber(tonnage("推断资源量", "inferred"), 0),
  inferredFactor: optionalNumber(rate("推断资源量设计利用系数", "inferred_factor"), 1),
  usableResources: required(tonnage("设计利用资源量", "usable_resources")),
  designLosses: itemised(tonnage("设计损失量", "design_losses"), messages.noDesignLosses),
  recoverableReserves: required(tonnage("设计可采储量", "recoverable_reserves")),
  annualOutput: required(tonnage("年产量", "annual_output")),
  dilution: optionalNumber(rate("废石混入率", "dilution"), 0),
  /** Omitted: no reserve factor (K = 1, the non-coal formula); the engine never supplies a coal K. */
  reserveFactor: optionalNumber(nonNegative("储量备用系数", "reserve_factor"), 1),
  constructionYears: optionalNumber(nonNegative("基建期", "construction_years"), 0),
  annualMined: required(tonnage("年开采量", "annual_output")),
  retainedReserves: required(tonnage("保有资源储量", "retained_reserves")),
  opening: required(tonnage("年初保有资源储量", "opening")),
  mined: required(tonnage("开采量", "mined")),
  lost: required(tonnage("损失量", "lost")),
  explorationChange: optionalNumber(change("勘查增减量", "exploration_change"), 0),
  reestimationChange: optionalNumber(change("重算增减量", "reestimation_change"), 0),
} as const;

// ---- Processing (选矿) ----

export const PROCESSING = {
  feedGrade: required(grade("原矿品位 α", "feed_grade")),
  concentrateGrade: required(grade("精矿品位 β", "concentrate_grade")),
  tailingsGrade: required(grade("尾矿品位 θ", "tailings_grade")),
  feedMass: required(tonnage("原矿量", "feed_mass")),
  concentrateMass: required(tonnage("精矿量", "concentrate_mass")),
} as const;

// ---- Comprehensive utilisation (综合利用) ----

export const UTILIZATION = {
  miningRecovery: required(rate("开采回采率", "mining_recovery")),
  processRecovery: required(rate("选矿回收率", "process_recovery")),
  miningRecoveries: aligned(rate("各矿种开采回采率", "mining_recoveries")),
  processRecoveries: aligned(rate("各矿种选矿回收率", "process_recoveries")),
  roles: names(named("矿产类别", "roles")),
  include: word(named("计入的矿产类别", "include"), true),
  utilized: aligned(tonnage("有效利用量", "utilized")),
  resources: aligned(tonnage("资源总量", "resources")),
} as const;

// ---- The licence (采矿权范围) ----

export const LICENCE = {
  x: aligned(change("拐点 X 坐标", "x")),
  y: aligned(change("拐点 Y 坐标", "y")),
} as const;

// ---- AHP (层次分析法) ----

export const AHP = {
  matrix: range(named("判断矩阵", "matrix")),
  method: word(named("权重方法", "method"), true),
  riTable: word(named("RI 表", "ri_table"), true),
} as const;

// ---- Fuzzy comprehensive evaluation and entropy weights (模糊综合评价、熵值法) ----

export const FUZZY = {
  weights: vector(rate("权重", "weights")),
  membership: table(rate("隶属度矩阵", "membership")),
  operator: word(named("合成算子", "operator"), true),
  b: vector(rate("评价向量 B", "b")),
  grades: names(named("评语等级", "grades")),
  scores: vector(change("等级分值", "scores")),
  value: required(change("指标值", "value")),
  thresholds: vector(change("等级分界点", "thresholds")),
  direction: word(named("指标方向", "direction"), true),
  data: table(change("指标数据", "data")),
  directions: optionalNames(named("指标方向", "directions")),
  /** Options of FUZZY_SCORE's and FUZZY_GRADE's computations that the functions leave at their defaults. */
  exponent: named("指数", "k"),
  tieTolerance: named("并列容差", "tieTolerance"),
  weakMargin: named("弱判定阈值", "weakMargin"),
} as const;

// ---- Inputs of evaluations no `=MINE.*` function runs ----

/**
 * Inputs of the engine's evaluations that only the assessment runs: several experts' weights, the consistency
 * doctor and a hierarchy (AHP); votes, the trapezoidal and ridge memberships, the two-level evaluation and combined
 * weights (fuzzy). A group of their own, not entries of AHP and FUZZY, because functions.js carries those objects
 * whole for its parameters and would carry these names with them; written as plain pairs rather than through
 * `named`, because a minifier keeps a call it cannot prove pure even when nothing reads the result.
 */
export const ASSESSMENT_INPUTS = {
  count: { zh: "建议条数", en: "k" },
  expertWeights: { zh: "专家权重", en: "expert_weights" },
  priorities: { zh: "专家权重向量", en: "priorities" },
  top: { zh: "准则层判断矩阵", en: "top" },
  votes: { zh: "专家票数", en: "votes" },
  trapezoid: { zh: "梯形参数", en: "a, b, c, d" },
  ridge: { zh: "岭形参数", en: "a1, a2" },
  categoryWeights: { zh: "类别权重", en: "category_weights" },
  categories: { zh: "类别", en: "categories" },
  categoryResults: { zh: "各类评价结果", en: "category results" },
  subjective: { zh: "主观权重", en: "subjective" },
  objective: { zh: "客观权重", en: "objective" },
  alpha: { zh: "组合系数", en: "alpha" },
  combination: { zh: "组合方式", en: "mode" },
} as const;

// ---- National minimum "三率" (国家"三率"最低指标) ----

export const STANDARDS = {
  value: required(rate("实际值", "value")),
  mineral: range(named("矿种", "mineral")),
  indicator: range(named("指标", "indicator")),
  method: range(named("开采方式", "method"), true),
  condition: range(named("条件", "condition"), true),
  ownMinimum: range(named("自定最低指标", "own_minimum"), true),
  /** Parts of `own_minimum`, as messages name them. */
  ownValue: rate("自定最低值", "own_minimum"),
  ownMineral: named("自定最低指标的矿种", "own_minimum mineral"),
  ownMethod: named("自定最低指标的开采方式", "own_minimum method"),
  ownIndicator: named("自定最低指标的指标", "own_minimum indicator"),
  ownTableValue: rate("自定最低指标的最低值", "own_minimum value"),
} as const;

/** Every group of declarations, for the metadata build and its tests to find a parameter's group and key. */
export const PARAMETER_GROUPS = {
  MINING,
  RESERVES,
  PROCESSING,
  UTILIZATION,
  LICENCE,
  AHP,
  FUZZY,
  STANDARDS,
} as const;
