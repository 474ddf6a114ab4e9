/**
 * Fuzzy comprehensive evaluation and entropy weights (模糊综合评价、熵值法): declarations of the engine's inputs
 * (./index).
 */
import { rate, change } from "../quantity";
import { required, vector, table, names, optionalNames, word, named } from "./declare";

export const weights = vector(rate("权重", "weights"));
export const membership = table(rate("隶属度矩阵", "membership"));
export const operator = word(named("合成算子", "operator"), true);
export const b = vector(rate("评价向量 B", "b"));
export const grades = names(named("评语等级", "grades"));
export const scores = vector(change("等级分值", "scores"));
export const value = required(change("指标值", "value"));
export const thresholds = vector(change("等级分界点", "thresholds"));
export const direction = word(named("指标方向", "direction"), true);
export const data = table(change("指标数据", "data"));
export const directions = optionalNames(named("指标方向", "directions"));
/** Options of FUZZY_SCORE's and FUZZY_GRADE's computations that the functions leave at their defaults. */
export const exponent = named("指数", "k");
export const tieTolerance = named("并列容差", "tieTolerance");
export const weakMargin = named("弱判定阈值", "weakMargin");
