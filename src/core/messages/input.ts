/**
 * The catalogue's messages (./index) about any input: blanks, text where a number is needed, signs, ranges that do
 * not align, results out of range.
 */
import { CellPosition, Label, Message, at, describePosition, show, zhName } from "./wording";

export const blank = (label: Label, position?: CellPosition, hint?: Message): Message => {
  const n = at(label, position);
  const zh = `${n.zh} 为空，需要一个数值`;
  const en = `${n.en} is blank: a number is needed`;
  return hint ? { zh: `${zh}；${hint.zh}`, en: `${en}: ${hint.en}` } : { zh, en };
};
export const notANumber = (label: Label, shown: string, position?: CellPosition): Message => {
  const n = at(label, position);
  return {
    zh: `${n.zh} 不是数值(“${shown}”)，请输入数字`,
    en: `${n.en} is not a number ("${shown}"): type a number`,
  };
};
export const notFinite = (label: Label, position?: CellPosition): Message => {
  const n = at(label, position);
  return { zh: `${n.zh} 不是有限数值`, en: `${n.en} is not a finite number` };
};
export const notText = (label: Label, shown: string, position?: CellPosition): Message => {
  const n = at(label, position);
  return { zh: `${n.zh} 须为文字，而不是“${shown}”`, en: `${n.en} must be text, not "${shown}"` };
};
export const negative = (label: Label, value: number, position?: CellPosition): Message => {
  const n = at(label, position);
  return { zh: `${n.zh} 为 ${show(value)}，不能为负`, en: `${n.en} is ${show(value)}: it cannot be negative` };
};
export const rateAboveOne = (label: Label, value: number, position?: CellPosition): Message => {
  const n = at(label, position);
  const asPercent = show(value);
  return {
    zh: `${n.zh} 为 ${asPercent}，比率须为小数：请输入 ${asPercent}% 或 ${show(value / 100)}`,
    en: `${n.en} is ${asPercent}: rates are fractions: type ${asPercent}% or ${show(value / 100)}`,
  };
};
export const beyondComputable = (
  label: Label,
  value: number,
  smallest: number,
  largest: number,
  position?: CellPosition,
): Message => {
  const n = at(label, position);
  return {
    zh: `${n.zh} 为 ${show(value)}，超出可计算的范围(绝对值须为 0 或在 ${show(smallest)} 与 ${show(largest)} 之间)：请检查单位或输入`,
    en: `${n.en} is ${show(value)}, beyond what can be computed (its size must be 0 or between ${show(smallest)} and ${show(largest)}): check the unit or the input`,
  };
};
export const resultBeyondComputable = (value: number): Message => ({
  zh: `结果为 ${show(value)}，超出可表示的范围(溢出或下溢)：请检查输入的数量级`,
  en: `the result is ${show(value)}, beyond what can be represented (overflow or underflow): check the size of the inputs`,
});
export const allBlank = (label: Label, hint: Message): Message => ({
  zh: `${zhName(label)} 全部为空；${hint.zh}`,
  en: `${label.en} is all blank: ${hint.en}`,
});
export const halfBlankRow = (position: CellPosition, blank: Label, filled: Label): Message => {
  const p = describePosition(position);
  return {
    zh: `${p.zh}：${zhName(filled)} 有值而 ${zhName(blank)} 为空，请补全或清空整行`,
    en: `${p.en}: ${filled.en} has a value but ${blank.en} is blank: fill in or clear the whole row`,
  };
};
export const sizeMismatch = (a: Label, aCells: number, b: Label, bCells: number): Message => ({
  zh: `${zhName(a)} 有 ${aCells} 个单元格，${zhName(b)} 有 ${bCells} 个：两个区域须一一对应`,
  en: `${a.en} has ${aCells} cells but ${b.en} has ${bCells}: the ranges must align cell by cell`,
});
export const shapeMismatch = (a: Label, b: Label): Message => ({
  zh: `${zhName(a)} 与 ${zhName(b)} 形状不同：请用同样行列的区域，或都用单行/单列`,
  en: `${a.en} and ${b.en} have different shapes: use ranges of the same rows and columns, or both one row/column`,
});
export const notVector = (label: Label, rows: number, columns: number): Message => ({
  zh: `${zhName(label)} 须为一行或一列，而不是 ${rows} 行 × ${columns} 列的区域`,
  en: `${label.en} must be one row or one column, not a ${rows} × ${columns} range`,
});
export const blankName = (label: Label, position?: CellPosition): Message => {
  const n = at(label, position);
  return { zh: `${n.zh} 为空，需要一个名称`, en: `${n.en} is blank: a name is needed` };
};
export const emptyRange = (label: Label): Message => ({
  zh: `${zhName(label)} 没有任何单元格`,
  en: `${label.en} has no cells`,
});
export const notSingleValue = (label: Label): Message => ({
  zh: `${zhName(label)} 须为单个数值，而不是区域`,
  en: `${label.en} must be a single value, not a range`,
});
export const unknownChoice = (label: Label, shown: string, choices: Message, position?: CellPosition): Message => {
  const n = at(label, position);
  return {
    zh: `${n.zh} “${shown}” 无法识别：可选 ${choices.zh}`,
    en: `${n.en} "${shown}" is not recognised: choose ${choices.en}`,
  };
};
export const zeroDenominator = (label: Label): Message => ({
  zh: `${zhName(label)} 为 0，无法作分母`,
  en: `${label.en} is zero and is the denominator`,
});
export const exceeds = (part: Label, partValue: number, whole: Label, wholeValue: number): Message => ({
  zh: `${zhName(part)} ${show(partValue)} 大于 ${zhName(whole)} ${show(wholeValue)}，不可能`,
  en: `${part.en} ${show(partValue)} exceeds ${whole.en} ${show(wholeValue)}, which is impossible`,
});
export const resultAboveOne = (what: Message, value: number): Message => ({
  zh: `${what.zh}算得 ${show(value)}，大于 100%：请检查输入`,
  en: `${what.en} comes out at ${show(value)}, above 100%: check the inputs`,
});
export const negativeResult = (what: Message, value: number): Message => ({
  zh: `${what.zh}算得 ${show(value)}，为负：扣减项大于总量`,
  en: `${what.en} comes out at ${show(value)}, negative: the deductions exceed the total`,
});
export const internal = (detail: string): Message => ({
  zh: `内部错误：${detail}。请报告此问题`,
  en: `internal error: ${detail}. Please report it`,
});
