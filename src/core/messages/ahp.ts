/**
 * The catalogue's messages (./index) of AHP: judgement matrices, weights, consistency, experts and hierarchies.
 */
import { Bilingual, listOf, same } from "../text";
import { CellPosition, Label, Message, at, describePosition, show, zhName } from "./wording";

export const emptyMatrix = (label: Label): Message => ({
  zh: `${zhName(label)} 没有任何单元格：需要一个方阵`,
  en: `${label.en} has no cells: a square matrix is needed`,
});
export const notSquare = (label: Label, rows: number, columns: number): Message => ({
  zh: `${zhName(label)} 为 ${rows} 行 × ${columns} 列，判断矩阵须为方阵(行数 = 列数)`,
  en: `${label.en} is ${rows} rows × ${columns} columns: a judgement matrix must be square`,
});
export const notPositive = (label: Label, value: number, position: CellPosition): Message => {
  const n = at(label, position);
  return {
    zh: `${n.zh} 为 ${show(value)}，判断值须为正数(1/9 至 9 标度)`,
    en: `${n.en} is ${show(value)}: judgements must be positive (the 1/9 to 9 scale)`,
  };
};
export const weightNotPositive = (label: Label, value: number, position: CellPosition): Message => {
  const n = at(label, position);
  return { zh: `${n.zh} 为 ${show(value)}，权重须为正数`, en: `${n.en} is ${show(value)}: weights must be positive` };
};
export const diagonalNotOne = (label: Label, value: number, position: CellPosition): Message => {
  const n = at(label, position);
  return {
    zh: `${n.zh} 为 ${show(value)}，对角线须为 1(因素与自身同等重要)`,
    en: `${n.en} is ${show(value)}: the diagonal must be 1 (each criterion equals itself)`,
  };
};
export const notReciprocal = (
  label: Label,
  named: CellPosition,
  namedValue: number,
  other: CellPosition,
  otherValue: number,
  typeThis: string,
): Message => {
  const n = at(label, named);
  const o = describePosition(other);
  return {
    zh: `${n.zh} 为 ${show(namedValue)}，与${o.zh}的 ${show(otherValue)} 不互为倒数(两者之积须为 1)：请输入 ${typeThis}，或清空下三角由上三角自动取倒数`,
    en: `${n.en} is ${show(namedValue)} but ${o.en} is ${show(otherValue)}: they must be reciprocals (product 1): type ${typeThis}, or leave the lower triangle blank to have it filled`,
  };
};
export const diagonalHint: Message = { zh: "对角线请输入 1", en: "type 1 on the diagonal" };
export const upperHint: Message = {
  zh: "请填满上三角(下三角可整体留空，由上三角取倒数)；确有缺失的比较请用不完全判断矩阵(Harker 法)",
  en: "fill in the upper triangle (a blank lower triangle takes its reciprocals); for comparisons really missing use the incomplete-matrix (Harker) method",
};
export const methodChoices: Message = {
  zh: "EVM(特征向量法，默认)、RGMM(方根法)、AN(和积法)",
  en: "EVM (principal eigenvector, default), RGMM (row geometric mean) or AN (normalised column mean)",
};
export const riTableChoices: Message = {
  zh: "SAATY1980(默认)、SAATY2005、DD1991、CN1000、ALONSO",
  en: "SAATY1980 (default), SAATY2005, DD1991, CN1000 or ALONSO",
};
export const riOutOfRange = (table: Bilingual, n: number, maxN: number, suggest: readonly string[]): Message => ({
  zh: `RI 表 ${table.zh} 只列到 n = ${maxN}，而矩阵为 ${n} 阶：请改用 ${suggest.join(" 或 ")} 表`,
  en: `the ${table.en} RI table only goes up to n = ${maxN} and the matrix is ${n} × ${n}: use the ${suggest.join(" or ")} table instead`,
});
export const notConverged = (iterations: number, change: number): Message => ({
  zh: `特征向量的幂迭代 ${iterations} 次后仍未收敛(最后一步权重变化 ${show(change)})：请检查判断矩阵中是否有极端数值，或改用 RGMM`,
  en: `power iteration for the eigenvector did not converge in ${iterations} steps (last change ${show(change)}): check for extreme values, or use RGMM`,
});
export const badCount = (label: Label, value: number): Message => ({
  zh: `${zhName(label)} 为 ${show(value)}，须为非负整数`,
  en: `${label.en} is ${show(value)}: it must be a whole number, 0 or more`,
});
export const notOnScale = (value: number): Message => ({
  zh: `${show(value)} 不是正数，无法对应 1/9 至 9 标度`,
  en: `${show(value)} is not positive and has no place on the 1/9 to 9 scale`,
});
export const disconnected = (label: Label, cutOff: readonly number[]): Message => {
  const listed = listOf(cutOff.map((k) => same(String(k))));
  const which = cutOff.length === 1 ? `criterion ${listed.en} is` : `criteria ${listed.en} are`;
  return {
    zh: `${zhName(label)} 中第 ${listed.zh} 项与第 1 项之间没有任何直接或间接的比较，无法确定其相对权重：请至少补充一个连接它们的判断`,
    en: `in ${label.en}, ${which} not compared with criterion 1, directly or through others, so the weights are undetermined: add at least one judgement linking them`,
  };
};
export const noMatrices = (label: Label): Message => ({
  zh: `${zhName(label)} 一个也没有：至少需要一位专家`,
  en: `${label.en} is empty: at least one expert is needed`,
});
export const expertMatrix = (k: number): Label => ({ zh: `第 ${k} 位专家的判断矩阵`, en: `matrix of expert ${k}` });
export const childMatrix = (j: number): Label => ({ zh: `第 ${j} 个准则下的判断矩阵`, en: `child matrix ${j}` });
export const expertSizeMismatch = (k: number, n: number, first: number): Message => ({
  zh: `第 ${k} 位专家的判断矩阵为 ${n} 阶，而第 1 位为 ${first} 阶：各专家须比较同一组因素`,
  en: `the matrix of expert ${k} is ${n} × ${n} but that of expert 1 is ${first} × ${first}: all experts must compare the same criteria`,
});
export const priorityLengthMismatch = (k: number, n: number, first: number): Message => ({
  zh: `第 ${k} 位专家的权重向量有 ${n} 项，而第 1 位有 ${first} 项：各专家须对同一组因素给出权重`,
  en: `the priorities of expert ${k} have ${n} items but those of expert 1 have ${first}: all experts must weigh the same criteria`,
});
export const expertCountMismatch = (label: Label, weights: number, experts: number): Message => ({
  zh: `${zhName(label)} 有 ${weights} 项，而专家有 ${experts} 位：须一一对应`,
  en: `${label.en} has ${weights} items but there are ${experts} experts: one weight per expert`,
});
export const zeroWeightSum = (label: Label): Message => ({
  zh: `${zhName(label)} 之和为 0，无法归一化：至少一项须大于 0`,
  en: `${label.en} sum to zero and cannot be normalised: at least one must be above 0`,
});
export const weightCountMismatch = (weights: number, n: number): Message => ({
  zh: `权重向量有 ${weights} 项，而判断矩阵为 ${n} 阶：须一一对应`,
  en: `the weights have ${weights} items but the matrix is ${n} × ${n}: one weight per criterion`,
});
export const childrenCountMismatch = (children: number, n: number): Message => ({
  zh: `准则层有 ${n} 个准则，却给了 ${children} 个下级判断矩阵：每个准则须有一个(只有一个子项时用 1×1 矩阵 [1])`,
  en: `the top level has ${n} criteria but ${children} child matrices were given: one per criterion (a 1×1 matrix [1] for a criterion with a single item)`,
});
export const hierarchicalCrLevel: Message = {
  zh: "层次总排序一致性 CR⁽²⁾ = Σⱼ aⱼ·CIⱼ ÷ Σⱼ aⱼ·RIⱼ",
  en: "overall (level) consistency CR⁽²⁾ = Σⱼ aⱼ·CIⱼ ÷ Σⱼ aⱼ·RIⱼ",
};
export const hierarchicalCrCumulative: Message = {
  zh: "累计一致性 CR⁽¹⁾ + CR⁽²⁾(部分教材的约定)",
  en: "cumulative consistency CR⁽¹⁾ + CR⁽²⁾ (the convention of some textbooks)",
};
