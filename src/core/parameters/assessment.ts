/**
 * Inputs of the engine's evaluations that only the assessment runs, and no `=MINE.*` function: several experts'
 * weights, the consistency doctor and a hierarchy (AHP); votes, the trapezoidal and ridge memberships, the two-level
 * evaluation and combined weights (fuzzy). A group of their own, so that functions.js never carries them.
 */
import { named } from "./declare";

export const count = named("建议条数", "k");
export const expertWeights = named("专家权重", "expert_weights");
export const priorities = named("专家权重向量", "priorities");
export const top = named("准则层判断矩阵", "top");
export const votes = named("专家票数", "votes");
export const trapezoid = named("梯形参数", "a, b, c, d");
export const ridge = named("岭形参数", "a1, a2");
export const categoryWeights = named("类别权重", "category_weights");
export const categories = named("类别", "categories");
export const categoryResults = named("各类评价结果", "category results");
export const subjective = named("主观权重", "subjective");
export const objective = named("客观权重", "objective");
export const alpha = named("组合系数", "alpha");
export const combination = named("组合方式", "mode");
