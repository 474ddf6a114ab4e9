/**
 * Every named input of the engine, declared once: its Chinese and English name (the English name is the `=MINE.*`
 * parameter name), what kind of number it is and so its bounds, and for the parameters of `=MINE.*` functions how
 * a spreadsheet argument is read (shape, blanks, default) and the Chinese description autocomplete shows.
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
 * - `about`: the Chinese description shown in autocomplete (the English one is the function's JSDoc `@param`)
 * - `optional`: whether the argument may be omitted (then it is read as blank)
 * - `read`: the argument as the engine takes it, or the `#VALUE!` that says what is wrong with it
 */
export interface Parameter<T = unknown> extends Label {
  readonly about: string;
  readonly optional: boolean;
  readonly read: (value: unknown) => T;
}

/** A numeric parameter: also a {@link Quantity}, so the engine checks its numbers against the same bounds. */
export type NumberParameter<T> = Parameter<T> & Quantity;

function declare<B extends Label, T>(
  base: B,
  about: string,
  optional: boolean,
  reader: (value: unknown, self: B) => T,
): B & Parameter<T> {
  const parameter: B & Parameter<T> = { ...base, about, optional, read: (value) => reader(value, parameter) };
  return parameter;
}

/** One required number (a 1×1 range is its cell). */
const required = (quantity: Quantity, about: string): NumberParameter<number> =>
  declare(quantity, about, false, (value, self) => readScalar(value, self));

/** One number that may be omitted or left blank: then `fallback`. */
const optionalNumber = (quantity: Quantity, fallback: number, about: string): NumberParameter<number> =>
  declare(quantity, about, true, (value, self) => readOptionalScalar(value, self, fallback));

/** An itemised list: blank cells skipped, an all-blank range refused with `hint` (a deduction must be stated). */
const itemised = (quantity: Quantity, hint: Message, about: string): NumberParameter<Float64Array> =>
  declare(quantity, about, false, (value, self) => readItems(value, self, hint));

/** One of two ranges read item by item together (the function pairs them); every number checked as `quantity`. */
const aligned = (quantity: Quantity, about: string): NumberParameter<AlignedInput> =>
  declare(quantity, about, false, (value, self) => ({ value, quantity: self }));

/** One row or one column of numbers, none blank. */
const vector = (quantity: Quantity, about: string): NumberParameter<number[]> =>
  declare(quantity, about, false, (value, self) => readVector(value, self));

/** A rectangular table of numbers, none blank. */
const table = (quantity: Quantity, about: string): NumberParameter<number[][]> =>
  declare(quantity, about, false, (value, self) => readTable(value, self));

/** Names in one row or one column, none blank. */
const names = (label: Label, about: string): Parameter<string[]> =>
  declare(label, about, false, (value, self) => readLabels(value, self));

/** Optional names: omitted gives an empty list. */
const optionalNames = (label: Label, about: string): Parameter<string[]> =>
  declare(label, about, true, (value, self) => (value === undefined || value === null ? [] : readLabels(value, self)));

/** A range handed to the engine as it arrives (a judgement matrix the engine checks cell by cell, a lookup table). */
const range = (label: Label, about: string, optional = false): Parameter<unknown> =>
  declare(label, about, optional, (value) => value);

/** One cell handed to the engine as it arrives (a word the engine parses, such as a method or a mineral). */
const word = (label: Label, about: string, optional: boolean): Parameter<unknown> =>
  declare(label, about, optional, (value, self) => singleCell(value, self));

const named = (zh: string, en: string): Label => ({ zh, en });

// ---- Mining (开采) ----

export const MINING = {
  extracted: required(tonnage("采出纯矿石量", "extracted"), "采出的纯矿石量(不含混入废石)，任意吨位单位。"),
  consumed: required(tonnage("动用资源储量", "consumed"), "开采动用的资源储量 Q，与其他吨位同一单位。"),
  loss: required(tonnage("损失量", "loss"), "开采中损失的矿石量，与动用资源储量同一单位。"),
  rates: aligned(rate("采区(矿块)回采率", "rates"), "各采区(矿块)开采回采率，小数(如 92% 或 0.92)。"),
  weights: aligned(
    tonnage("采区(矿块)权重量", "weights"),
    "各采区设计利用资源量(设计)或动用资源储量(生产)，单元格数与回采率相同。",
  ),
  minedOre: required(tonnage("采出矿石量", "mined_ore"), "采出矿石量 T(含混入废石)，与动用资源储量同一单位。"),
  oreGrade: required(grade("地质品位", "ore_grade"), "矿块地质(工业)品位 C，任意品位单位。"),
  minedGrade: required(grade("采出矿石品位", "mined_grade"), "采出矿石品位 Cₜ，与地质品位同一单位。"),
  wasteGrade: required(grade("混入废石品位", "waste_grade"), "混入废石品位 C_y，与地质品位同一单位。"),
} as const;

// ---- Reserves (储量) ----

export const RESERVES = {
  retained: required(tonnage("保有资源量", "retained"), "评审备案的保有资源量，任意吨位单位。"),
  overlaid: itemised(
    tonnage("压覆资源量", "overlaid"),
    messages.noOverlaid,
    "应扣除的压覆资源量(水体、建筑物、铁路下等)，同一单位；可为单元格或区域，空单元格跳过，无压覆填 0。",
  ),
  inferred: optionalNumber(tonnage("推断资源量", "inferred"), 0, "保有资源量中的推断资源量，同一单位；默认 0。"),
  inferredFactor: optionalNumber(
    rate("推断资源量设计利用系数", "inferred_factor"),
    1,
    "推断资源量的设计利用系数，小数(如 0.8)；默认 1。",
  ),
  usableResources: required(
    tonnage("设计利用资源量", "usable_resources"),
    "扣除压覆资源后参与设计的资源量，任意吨位单位。",
  ),
  designLosses: itemised(
    tonnage("设计损失量", "design_losses"),
    messages.noDesignLosses,
    "逐项设计损失(永久矿柱、边坡压覆、保安矿柱、采场损失等)，同一单位；可为单元格或区域，空单元格跳过，无损失填 0。",
  ),
  recoverableReserves: required(tonnage("设计可采储量", "recoverable_reserves"), "设计可采储量，任意吨位单位。"),
  annualOutput: required(tonnage("年产量", "annual_output"), "年采出矿石量，与设计可采储量同一单位/年。"),
  dilution: optionalNumber(rate("废石混入率", "dilution"), 0, "产出矿石的废石混入率(吨位比，即贫化率)，小数；默认 0。"),
  annualMined: required(tonnage("年开采量", "annual_output"), "年内开采量，任意吨位单位。"),
  retainedReserves: required(tonnage("保有资源储量", "retained_reserves"), "保有资源储量，与年开采量同一单位。"),
  opening: required(tonnage("年初保有资源储量", "opening"), "年初保有资源储量，任意吨位单位。"),
  mined: required(tonnage("开采量", "mined"), "年内开采量，同一单位。"),
  lost: required(tonnage("损失量", "lost"), "年内损失量，同一单位。"),
  explorationChange: optionalNumber(change("勘查增减量", "exploration_change"), 0, "勘查增减量，可正可负；默认 0。"),
  reestimationChange: optionalNumber(change("重算增减量", "reestimation_change"), 0, "重算增减量，可正可负；默认 0。"),
} as const;

// ---- Processing (选矿) ----

export const PROCESSING = {
  feedGrade: required(grade("原矿品位 α", "feed_grade"), "原矿(入选)品位 α，任意品位单位。"),
  concentrateGrade: required(grade("精矿品位 β", "concentrate_grade"), "精矿品位 β，与原矿品位同一单位。"),
  tailingsGrade: required(grade("尾矿品位 θ", "tailings_grade"), "尾矿品位 θ，与原矿品位同一单位。"),
  feedMass: required(tonnage("原矿量", "feed_mass"), "入选原矿量 Q原，与精矿量同一单位。"),
  concentrateMass: required(tonnage("精矿量", "concentrate_mass"), "精矿产量 Q精，任意吨位单位。"),
} as const;

// ---- Comprehensive utilisation (综合利用) ----

export const UTILIZATION = {
  miningRecovery: required(rate("开采回采率", "mining_recovery"), "开采回采率，小数。"),
  processRecovery: required(rate("选矿回收率", "process_recovery"), "选矿回收率，小数。"),
  miningRecoveries: aligned(
    rate("各矿种开采回采率", "mining_recoveries"),
    "每个批准矿种的开采回采率，一格一个矿种(小数)。",
  ),
  processRecoveries: aligned(
    rate("各矿种选矿回收率", "process_recoveries"),
    "每个矿种的选矿回收率，与开采回采率逐格对应(小数)。",
  ),
} as const;

// ---- AHP (层次分析法) ----

export const AHP = {
  matrix: range(
    named("判断矩阵", "matrix"),
    "方阵，正数且互反，Saaty 1–9 标度(第 i 行相对第 j 列的重要性)；1/3 请输入 =1/3；下三角可留空，由上三角取倒数补齐。",
  ),
  method: word(named("权重方法", "method"), "EVM(默认，特征向量法)、RGMM(方根法)或 AN(和积法)。", true),
  riTable: word(
    named("RI 表", "ri_table"),
    "平均随机一致性指标表：SAATY1980(默认)、SAATY2005、DD1991、CN1000 或 ALONSO。",
    true,
  ),
  /** Engine inputs not exposed as `=MINE.*` parameters. */
  count: named("建议条数", "k"),
  expertWeights: named("专家权重", "expert_weights"),
  priorities: named("专家权重向量", "priorities"),
  top: named("准则层判断矩阵", "top"),
} as const;

// ---- Fuzzy comprehensive evaluation and entropy weights (模糊综合评价、熵值法) ----

export const FUZZY = {
  weights: vector(rate("权重", "weights"), "各因素权重 A(与隶属度矩阵的行一一对应)，小数，合计为 1。"),
  membership: table(rate("隶属度矩阵", "membership"), "隶属度矩阵 R：每个因素一行，每个评语等级一列，取值 0–1。"),
  operator: word(
    named("合成算子", "operator"),
    "M(·,+)(默认)、M(∧,∨)、M(·,∨)、M(∧,⊕)、M(·,⊕)，或 WEIGHTED、MINMAX、PRODMAX、MINSUM、PRODSUM。",
    true,
  ),
  b: vector(rate("评价向量 B", "b"), "评价向量 B，每个等级一个值。"),
  grades: names(named("评语等级", "grades"), "评语集中的等级名称，如 优、良、中、差，与 b 顺序一致。"),
  scores: vector(change("等级分值", "scores"), "各等级的分值，如 95、85、75、65，与 b 顺序一致。"),
  value: required(change("指标值", "value"), "该指标的实测值。"),
  thresholds: vector(
    change("等级分界点", "thresholds"),
    "每个等级一个分界点，最好等级在前(正向指标递减，负向指标递增)。",
  ),
  direction: word(named("指标方向", "direction"), "benefit(正向，越大越好，默认)或 cost(负向，越小越好)。", true),
  data: table(change("指标数据", "data"), "每个矿山或年份一行，每个指标一列。"),
  directions: optionalNames(
    named("指标方向", "directions"),
    "benefit(正向)或 cost(负向)：一个值适用于全部指标，或每列一个；默认正向。",
  ),
  /** Engine inputs not exposed as `=MINE.*` parameters. */
  votes: named("专家票数", "votes"),
  exponent: named("指数", "k"),
  trapezoid: named("梯形参数", "a, b, c, d"),
  ridge: named("岭形参数", "a1, a2"),
  categoryWeights: named("类别权重", "category_weights"),
  categories: named("类别", "categories"),
  categoryResults: named("各类评价结果", "category results"),
  subjective: named("主观权重", "subjective"),
  objective: named("客观权重", "objective"),
  alpha: named("组合系数", "alpha"),
  combination: named("组合方式", "mode"),
  tieTolerance: named("并列容差", "tieTolerance"),
  weakMargin: named("弱判定阈值", "weakMargin"),
} as const;

// ---- National minimum "三率" (国家"三率"最低指标) ----

export const STANDARDS = {
  value: required(rate("实际值", "value"), "矿山的实际或设计指标值，小数(如 82% 或 0.82)。"),
  mineral: range(named("矿种", "mineral"), "矿种，如 铁、煤、磷、钴矿；可用 煤炭、铁矿 等常用别名。"),
  indicator: range(
    named("指标", "indicator"),
    "开采回采率、选矿回收率或综合利用率(RECOVERY、PROCESS、UTILIZATION)；来源另设的 原煤入选率、盐田采收率、采收率、加工产品产出率 也可。",
  ),
  method: range(
    named("开采方式", "method"),
    "露天或地下(OPEN_PIT、UNDERGROUND；也可写 露采、地采、井工)；来源按开采方式分别规定时必填。",
    true,
  ),
  condition: range(
    named("条件", "condition"),
    "按来源原文写出的分类词，顺序不限，以空格或 、 分隔(如 稳固 倾斜；赤铁矿 细粒)；煤炭还须写明依据(2012公告、17号令 或 1998办法)；采用 🔶 值须加 待核实。",
    true,
  ),
  ownMinimum: range(
    named("自定最低指标", "own_minimum"),
    "内置表没有该项时使用的自定最低值：一个数值、一行两格(最低值、来源)，或与 三率最低指标 表同格式的表(矿种、开采方式、条件、指标、最低值、来源)。",
    true,
  ),
  /** Parts of `own_minimum`, as messages name them. */
  ownValue: rate("自定最低值", "own_minimum"),
  ownMineral: named("自定最低指标的矿种", "own_minimum mineral"),
  ownMethod: named("自定最低指标的开采方式", "own_minimum method"),
  ownIndicator: named("自定最低指标的指标", "own_minimum indicator"),
  ownTableValue: rate("自定最低指标的最低值", "own_minimum value"),
} as const;
