/**
 * Messages of the fuzzy comprehensive evaluation (模糊综合评价) and entropy-weight engine, Chinese first, in the tone
 * of the catalogue in ../../errors. Messages that already exist there (negative, not finite, blank) are used from
 * there; these are the ones specific to weight vectors, membership matrices, grades and operators.
 */
import { CellPosition, Label, Message, describePosition, show } from "../../errors";

/** How inputs are named in messages: the Chinese term and the parameter name of the Excel function (design.md §3.6). */
export const FUZZY_LABELS = {
  weights: { zh: "权重", en: "weights" },
  membership: { zh: "隶属度矩阵", en: "membership" },
  votes: { zh: "专家票数", en: "votes" },
  b: { zh: "评价结果向量", en: "b" },
  grades: { zh: "评语等级", en: "grades" },
  scores: { zh: "等级分值", en: "scores" },
  exponent: { zh: "指数", en: "k" },
  value: { zh: "指标值", en: "value" },
  thresholds: { zh: "分级断点", en: "thresholds" },
  trapezoid: { zh: "梯形参数", en: "a, b, c, d" },
  ridge: { zh: "岭形参数", en: "a1, a2" },
  categoryWeights: { zh: "类别权重", en: "category_weights" },
  categories: { zh: "类别", en: "categories" },
  categoryResults: { zh: "各类评价结果", en: "category results" },
  data: { zh: "指标数据", en: "data" },
  directions: { zh: "指标方向", en: "directions" },
  subjective: { zh: "主观权重", en: "subjective" },
  objective: { zh: "客观权重", en: "objective" },
  alpha: { zh: "组合系数", en: "alpha" },
  tieTolerance: { zh: "并列容差", en: "tieTolerance" },
  weakMargin: { zh: "弱判定阈值", en: "weakMargin" },
} as const satisfies Record<string, Label>;

/** A short list of numbers for a message: the first few, then "…". */
export function showList(values: readonly number[]): string {
  const shown = values.slice(0, 8).map(show).join(", ");
  return values.length > 8 ? `${shown}, …` : shown;
}

function name(label: Label, position?: CellPosition): Message {
  if (!position) return { zh: `${label.zh}(${label.en})`, en: label.en };
  const p = describePosition(position);
  return { zh: `${label.zh}(${label.en})${p.zh}`, en: `${label.en} ${p.en}` };
}

/** Wording of a benefit/cost direction, for messages about threshold order. */
export interface DirectionWords {
  readonly zh: string;
  readonly en: string;
  readonly orderZh: string;
  readonly orderEn: string;
}

export const fuzzyMessages = {
  unknownChoice: (label: Label, shown: string, choices: Message): Message => ({
    zh: `${label.zh}(${label.en})“${shown}”无法识别；可选：${choices.zh}`,
    en: `${label.en} "${shown}" is not recognised; use ${choices.en}`,
  }),
  empty: (label: Label): Message => ({
    zh: `${label.zh}(${label.en}) 没有数据`,
    en: `${label.en} is empty`,
  }),
  tooFew: (label: Label, count: number, minimum: number, unit: Message): Message => ({
    zh: `${label.zh}(${label.en}) 只有 ${count} ${unit.zh}，至少需要 ${minimum} ${unit.zh}`,
    en: `${label.en} has ${count} ${unit.en}: at least ${minimum} are needed`,
  }),
  aboveOne: (label: Label, value: number, position?: CellPosition): Message => {
    const n = name(label, position);
    return {
      zh: `${n.zh} 为 ${show(value)}，须在 0 到 1 之间：若是百分数，请输入 ${show(value)}% 或 ${show(value / 100)}`,
      en: `${n.en} is ${show(value)}: it must lie between 0 and 1: if it is a percentage, type ${show(value)}% or ${show(value / 100)}`,
    };
  },
  membershipAboveOne: (label: Label, value: number, position?: CellPosition): Message => {
    const n = name(label, position);
    return {
      zh: `${n.zh} 为 ${show(value)}，隶属度须在 0 到 1 之间；若填的是专家票数，请先把每行除以该行总票数`,
      en: `${n.en} is ${show(value)}: memberships lie between 0 and 1; if these are expert votes, divide each row by its total first`,
    };
  },
  allZero: (label: Label): Message => ({
    zh: `${label.zh}(${label.en}) 全部为 0：至少一项须大于 0`,
    en: `${label.en} are all zero: at least one must be positive`,
  }),
  weightsSum: (label: Label, sum: number): Message => ({
    zh: `${label.zh}(${label.en}) 之和为 ${show(sum)}，须为 1(相差不超过 1e-9)：请把各权重除以它们的和；本函数不会自动归一化`,
    en: `${label.en} sum to ${show(sum)}: they must sum to 1 (within 1e-9): divide each by their sum; they are not renormalised silently`,
  }),
  rowCount: (weights: Label, count: number, matrix: Label, rows: number): Message => ({
    zh: `${weights.zh}(${weights.en}) 有 ${count} 项，${matrix.zh}(${matrix.en}) 有 ${rows} 行：每个因素对应一个权重和一行隶属度`,
    en: `${weights.en} has ${count} items but ${matrix.en} has ${rows} rows: each factor needs one weight and one row`,
  }),
  ragged: (label: Label, row: number, columns: number, expected: number): Message => ({
    zh: `${label.zh}(${label.en})第 ${row} 行有 ${columns} 列，而第 1 行有 ${expected} 列：每行须有相同的等级数`,
    en: `${label.en} row ${row} has ${columns} columns but row 1 has ${expected}: every row needs the same number of grades`,
  }),
  zeroRow: (label: Label, row: number): Message => ({
    zh: `${label.zh}(${label.en})第 ${row} 行全为 0：每个因素至少要隶属于一个等级`,
    en: `${label.en} row ${row} is all zero: each factor must belong to at least one grade`,
  }),
  zeroVotesRow: (label: Label, row: number): Message => ({
    zh: `${label.zh}(${label.en})第 ${row} 行全为 0：这一因素没有任何票数，无法算出隶属度`,
    en: `${label.en} row ${row} is all zero: that factor has no votes to turn into memberships`,
  }),
  zeroSum: (label: Label): Message => ({
    zh: `${label.zh}(${label.en}) 各项之和为 0，无法作分母`,
    en: `${label.en} sums to zero, which is the denominator`,
  }),
  lengthMismatch: (a: Label, aCount: number, b: Label, bCount: number): Message => ({
    zh: `${a.zh}(${a.en}) 有 ${aCount} 项，${b.zh}(${b.en}) 有 ${bCount} 项：两者须一一对应`,
    en: `${a.en} has ${aCount} items but ${b.en} has ${bCount}: they must correspond one to one`,
  }),
  blankLabel: (label: Label, position: CellPosition): Message => {
    const n = name(label, position);
    return { zh: `${n.zh} 为空，需要等级名称`, en: `${n.en} is blank: a grade name is needed` };
  },
  thresholdOrder: (label: Label, direction: DirectionWords, values: readonly number[]): Message => ({
    zh: `${label.zh}(${label.en}) 对${direction.zh}指标须按最优等级在前${direction.orderZh}，实际为 ${showList(values)}`,
    en: `${label.en} of a ${direction.en} indicator must be ${direction.orderEn}, best grade first; got ${showList(values)}`,
  }),
  trapezoidOrder: (values: readonly number[]): Message => ({
    zh: `梯形隶属函数参数须满足 a ≤ b ≤ c ≤ d，实际为 ${showList(values)}`,
    en: `trapezoidal membership needs a ≤ b ≤ c ≤ d; got ${showList(values)}`,
  }),
  ridgeOrder: (values: readonly number[]): Message => ({
    zh: `岭形隶属函数参数须满足 a1 < a2，实际为 ${showList(values)}`,
    en: `ridge membership needs a1 < a2; got ${showList(values)}`,
  }),
  outOfRange: (label: Label, value: number, range: Message): Message => ({
    zh: `${label.zh}(${label.en}) 为 ${show(value)}，须${range.zh}`,
    en: `${label.en} is ${show(value)}: it must be ${range.en}`,
  }),
  inCategory: (category: number, inner: Message): Message => ({
    zh: `第 ${category} 类：${inner.zh}`,
    en: `category ${category}: ${inner.en}`,
  }),
  categoryGrades: (category: number, grades: number, expected: number): Message => ({
    zh: `第 ${category} 类的隶属度矩阵有 ${grades} 个等级，而第 1 类有 ${expected} 个：各类须用同一评语集`,
    en: `category ${category} has ${grades} grades but category 1 has ${expected}: every category must use the same grades`,
  }),
  allConstant: (label: Label): Message => ({
    zh: `${label.zh}(${label.en}) 每个指标在各评价对象间都相同，熵值法无从区分，无法算出权重`,
    en: `every indicator in ${label.en} has the same value for all alternatives: the entropy method has nothing to weigh`,
  }),
  noOverlap: (a: Label, b: Label): Message => ({
    zh: `${a.zh}(${a.en}) 与 ${b.zh}(${b.en}) 没有同时大于 0 的指标：乘法合成的分母为 0`,
    en: `no indicator has both ${a.en} and ${b.en} positive: the multiplicative combination divides by zero`,
  }),
} as const;
