/** AHP (层次分析法): declarations of the engine's inputs (./index). */
import { range, word, named } from "./declare";

export const matrix = range(named("判断矩阵", "matrix"));
export const method = word(named("权重方法", "method"), true);
export const riTable = word(named("RI 表", "ri_table"), true);
