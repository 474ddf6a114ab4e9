/** The catalogue's messages (./index) of fuzzy evaluation and entropy weights. */
import { CellPosition, DirectionWords, Label, Message, at, show, showList, zhName } from "./wording";

/** Units counted in {@link tooFew}. */
export const units = {
  items: { zh: "项", en: "items" },
  rows: { zh: "行", en: "rows" },
  grades: { zh: "个等级", en: "grades" },
  alternatives: { zh: "个评价对象(行)", en: "alternatives (rows)" },
};
/** Ranges named in {@link outOfRange}. */
export const ranges = {
  between0And1: { zh: "在 0 到 1 之间", en: "between 0 and 1" },
  positive: { zh: "大于 0", en: "positive" },
};
export const directionWords = {
  benefit: {
    zh: "正向(效益型)",
    en: "benefit (larger is better)",
    order: { zh: "严格递减(s₁ > s₂ > …)", en: "strictly decreasing (s₁ > s₂ > …)" },
  },
  cost: {
    zh: "负向(成本型)",
    en: "cost (smaller is better)",
    order: { zh: "严格递增(s₁ < s₂ < …)", en: "strictly increasing (s₁ < s₂ < …)" },
  },
} as const satisfies Record<string, DirectionWords>;
export const directionChoices: Message = {
  zh: "benefit / 正向 / 效益型 / 越大越好(默认)，或 cost / 负向 / 成本型 / 越小越好",
  en: "benefit (正向, 效益型, 越大越好; the default) or cost (负向, 成本型, 越小越好)",
};
export const operatorChoices = (
  operators: readonly { readonly symbol: string; readonly ascii: string; readonly zh: string; readonly en: string }[],
  fallback: string,
): Message => ({
  zh: operators.map((op) => `${op.symbol}(${op.ascii}，${op.zh})`).join("、") + `；默认 ${fallback}`,
  en: operators.map((op) => `${op.symbol} (${op.ascii}, ${op.en})`).join(", ") + `; default ${fallback}`,
});
export const combinationChoices: Message = {
  zh: "linear(线性加权)或 multiplicative(乘法合成)",
  en: "linear or multiplicative",
};
export const empty = (label: Label): Message => ({
  zh: `${zhName(label)} 没有数据`,
  en: `${label.en} is empty`,
});
export const tooFew = (label: Label, count: number, minimum: number, unit: Message): Message => ({
  zh: `${zhName(label)} 只有 ${count} ${unit.zh}，至少需要 ${minimum} ${unit.zh}`,
  en: `${label.en} has ${count} ${unit.en}: at least ${minimum} are needed`,
});
export const aboveOne = (label: Label, value: number, position?: CellPosition): Message => {
  const n = at(label, position);
  return {
    zh: `${n.zh} 为 ${show(value)}，须在 0 到 1 之间：若是百分数，请输入 ${show(value)}% 或 ${show(value / 100)}`,
    en: `${n.en} is ${show(value)}: it must lie between 0 and 1: if it is a percentage, type ${show(value)}% or ${show(value / 100)}`,
  };
};
export const membershipAboveOne = (label: Label, value: number, position?: CellPosition): Message => {
  const n = at(label, position);
  return {
    zh: `${n.zh} 为 ${show(value)}，隶属度须在 0 到 1 之间；若填的是专家票数，请先把每行除以该行总票数`,
    en: `${n.en} is ${show(value)}: memberships lie between 0 and 1; if these are expert votes, divide each row by its total first`,
  };
};
export const allZero = (label: Label): Message => ({
  zh: `${zhName(label)} 全部为 0：至少一项须大于 0`,
  en: `${label.en} are all zero: at least one must be positive`,
});
export const weightsSum = (label: Label, sum: number): Message => ({
  zh: `${zhName(label)} 之和为 ${show(sum)}，须为 1(相差不超过 1e-9)：请把各权重除以它们的和；本函数不会自动归一化`,
  en: `${label.en} sum to ${show(sum)}: they must sum to 1 (within 1e-9): divide each by their sum; they are not renormalised silently`,
});
export const rowCount = (weights: Label, count: number, matrix: Label, rows: number): Message => ({
  zh: `${zhName(weights)} 有 ${count} 项，${zhName(matrix)} 有 ${rows} 行：每个因素对应一个权重和一行隶属度`,
  en: `${weights.en} has ${count} items but ${matrix.en} has ${rows} rows: each factor needs one weight and one row`,
});
export const ragged = (label: Label, row: number, columns: number, expected: number): Message => ({
  zh: `${zhName(label)}第 ${row} 行有 ${columns} 列，而第 1 行有 ${expected} 列：每行须有相同的等级数`,
  en: `${label.en} row ${row} has ${columns} columns but row 1 has ${expected}: every row needs the same number of grades`,
});
export const zeroRow = (label: Label, row: number): Message => ({
  zh: `${zhName(label)}第 ${row} 行全为 0：每个因素至少要隶属于一个等级`,
  en: `${label.en} row ${row} is all zero: each factor must belong to at least one grade`,
});
export const zeroVotesRow = (label: Label, row: number): Message => ({
  zh: `${zhName(label)}第 ${row} 行全为 0：这一因素没有任何票数，无法算出隶属度`,
  en: `${label.en} row ${row} is all zero: that factor has no votes to turn into memberships`,
});
export const zeroSum = (label: Label): Message => ({
  zh: `${zhName(label)} 各项之和为 0，无法作分母`,
  en: `${label.en} sums to zero, which is the denominator`,
});
export const lengthMismatch = (a: Label, aCount: number, b: Label, bCount: number): Message => ({
  zh: `${zhName(a)} 有 ${aCount} 项，${zhName(b)} 有 ${bCount} 项：两者须一一对应`,
  en: `${a.en} has ${aCount} items but ${b.en} has ${bCount}: they must correspond one to one`,
});
export const thresholdOrder = (label: Label, direction: DirectionWords, values: readonly number[]): Message => ({
  zh: `${zhName(label)} 对${direction.zh}指标须按最优等级在前${direction.order.zh}，实际为 ${showList(values)}`,
  en: `${label.en} of a ${direction.en} indicator must be ${direction.order.en}, best grade first; got ${showList(values)}`,
});
export const trapezoidOrder = (values: readonly number[]): Message => ({
  zh: `梯形隶属函数参数须满足 a ≤ b ≤ c ≤ d，实际为 ${showList(values)}`,
  en: `trapezoidal membership needs a ≤ b ≤ c ≤ d; got ${showList(values)}`,
});
export const ridgeOrder = (values: readonly number[]): Message => ({
  zh: `岭形隶属函数参数须满足 a1 < a2，实际为 ${showList(values)}`,
  en: `ridge membership needs a1 < a2; got ${showList(values)}`,
});
export const outOfRange = (label: Label, value: number, range: Message): Message => ({
  zh: `${zhName(label)} 为 ${show(value)}，须${range.zh}`,
  en: `${label.en} is ${show(value)}: it must be ${range.en}`,
});
export const inCategory = (category: number, inner: Message): Message => ({
  zh: `第 ${category} 类：${inner.zh}`,
  en: `category ${category}: ${inner.en}`,
});
export const categoryGrades = (category: number, grades: number, expected: number): Message => ({
  zh: `第 ${category} 类的隶属度矩阵有 ${grades} 个等级，而第 1 类有 ${expected} 个：各类须用同一评语集`,
  en: `category ${category} has ${grades} grades but category 1 has ${expected}: every category must use the same grades`,
});
export const allConstant = (label: Label): Message => ({
  zh: `${zhName(label)} 每个指标在各评价对象间都相同，熵值法无从区分，无法算出权重`,
  en: `every indicator in ${label.en} has the same value for all alternatives: the entropy method has nothing to weigh`,
});
export const noOverlap = (a: Label, b: Label): Message => ({
  zh: `${zhName(a)} 与 ${zhName(b)} 没有同时大于 0 的指标：乘法合成的分母为 0`,
  en: `no indicator has both ${a.en} and ${b.en} positive: the multiplicative combination divides by zero`,
});
export const sensitivityIncomplete = (): Message => ({
  zh: "稳健性分析需要完整的评价：请先填完每个指标的隶属度",
  en: "the robustness analysis needs a complete evaluation: fill in every indicator's membership first",
});
