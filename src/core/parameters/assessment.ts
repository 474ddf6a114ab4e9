/**
 * Inputs of the engine's evaluations that only the assessment runs, and no `=MINE.*` function: several experts'
 * weights, the consistency doctor and a hierarchy (AHP); votes, the trapezoidal and ridge memberships, the two-level
 * evaluation and combined weights (fuzzy). A group of their own, so that functions.js never carries them.
 */
import { paneInput } from "./declare";

export const count = paneInput("建议条数", "k");
export const expertWeights = paneInput("专家权重", "expert weights");
export const priorities = paneInput("专家权重向量", "priorities");
export const top = paneInput("准则层判断矩阵", "top");
export const votes = paneInput("专家票数", "votes");
export const trapezoid = paneInput("梯形参数", "a, b, c, d");
export const ridge = paneInput("岭形参数", "a1, a2");
export const categoryWeights = paneInput("类别权重", "category weights");
export const categories = paneInput("类别", "categories");
export const categoryResults = paneInput("各类评价结果", "category results");
export const subjective = paneInput("主观权重", "subjective");
export const objective = paneInput("客观权重", "objective");
export const alpha = paneInput("组合系数", "alpha");
export const combination = paneInput("组合方式", "mode");
