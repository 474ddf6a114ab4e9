/**
 * The catalogue's messages (./index) of data brought in from the workbook: a selection or pasted text read into a
 * judgement matrix, a vote table or a list, and expert questionnaires read back. Each names the first wrong cell
 * (its A1 address, `sheet!cell` for a questionnaire, or its row and column in pasted text). Only the taskpane gives
 * them, so none rides into functions.js.
 */
import { Message, show } from "./wording";

/** Where a cell is: its address, or its place in pasted text. */
export const pastedCell = (row: number, column: number): Message => ({
  zh: `粘贴内容第 ${row} 行第 ${column} 列`,
  en: `pasted row ${row}, column ${column}`,
});
/** A problem at a cell: `B4：…` / `B4: …`. */
export const atCell = (where: Message, problem: Message): Message => ({
  zh: `${where.zh}：${problem.zh}`,
  en: `${where.en}: ${problem.en}`,
});
export const importNotANumber = (shown: string): Message => ({
  zh: `“${shown}” 不是数字`,
  en: `'${shown}' is not a number`,
});
export const importBlank: Message = { zh: "为空", en: "is blank" };
export const importPercentNotHere = (shown: string): Message => ({
  zh: `“${shown}” 是百分数，此处须填写数值(判断值、票数不用百分数)`,
  en: `'${shown}' is a percentage; a plain number is needed here (judgements and votes are not percentages)`,
});
export const importMaybeDate = (value: number): Message => ({
  zh: `${show(value)} 超出 1/9…9 标度(若单元格中写的是 1/3 之类，Excel 可能把它当成了日期：请写作 =1/3 或设为文本)`,
  en: `${show(value)} is outside the 1/9…9 scale (if the cell says 1/3 or the like, Excel may have taken it for a date: type =1/3 or format the cell as text)`,
});
export const importOffScale = (value: number): Message => ({
  zh: `${show(value)} 超出 1/9…9 标度`,
  en: `${show(value)} is outside the 1/9…9 scale`,
});
export const importNotOnScale = (value: number): Message => ({
  zh: `${show(value)} 不是 1/9…9 标度上的值(1/9、1/8、…、1/2、1、2、…、9)`,
  en: `${show(value)} is not a value of the 1/9…9 scale (1/9, 1/8, …, 1/2, 1, 2, …, 9)`,
});
export const importDiagonal = (value: string): Message => ({
  zh: `对角线应为 1，现为 ${value}`,
  en: `the diagonal must be 1, not ${value}`,
});
export const importDiagonalBlank: Message = { zh: "对角线应为 1，现为空", en: "the diagonal must be 1, not blank" };
export const importSnapped = (n: number): Message => ({
  zh: `${n} 个判断按标度读取(如 0.333 读作 1/3，相差不超过 0.5%)`,
  en: `${n} judgement(s) read as scale values (0.333 as 1/3, within 0.5 %)`,
});
export const importUpperBlank: Message = {
  zh: "为空：上三角(对角线右上方)的每个判断都须填写",
  en: "is blank: every judgement above the diagonal is needed",
};
export const importNotReciprocal = (value: string, other: string, otherValue: string, expected: string): Message => ({
  zh: `${value} 不是 ${other}(${otherValue})的倒数，应为 ${expected} 或留空`,
  en: `${value} is not the reciprocal of ${other} (${otherValue}); it should be ${expected} or blank`,
});
export const importMatrixSize = (rows: number, columns: number, n: number): Message => ({
  zh: `所选为 ${rows}×${columns}，此判断矩阵为 ${n}×${n}(可含一行一列标题，即 ${n + 1}×${n + 1})`,
  en: `the selection is ${rows}×${columns}; this judgement matrix is ${n}×${n} (or ${n + 1}×${n + 1} with a row and a column of labels)`,
});
export const importTableSize = (rows: number, columns: number, wantRows: number, wantColumns: number): Message => ({
  zh: `所选为 ${rows}×${columns}，此表为 ${wantRows} 行 × ${wantColumns} 列(每个指标一行，每个等级一列；可含标题行、标题列)`,
  en: `the selection is ${rows}×${columns}; this table is ${wantRows} rows × ${wantColumns} columns (one row per indicator, one column per grade; labels allowed)`,
});
export const importListSize = (rows: number, columns: number, length: number, extra: Message): Message => ({
  zh: `所选为 ${rows}×${columns}，此处需要 ${length} 个数(一行或一列${extra.zh})`,
  en: `the selection is ${rows}×${columns}; ${length} numbers are needed here (one row or one column${extra.en})`,
});
export const importListWithBreakpoints = (grades: number): Message => ({
  zh: `，或 ${grades + 1} 列：实测值与各等级断点`,
  en: `, or ${grades + 1} columns: the value and each grade's breakpoint`,
});
export const importEmpty: Message = { zh: "没有读到任何单元格", en: "nothing to read" };
export const selectionNotCells: Message = {
  zh: "当前选中的不是单元格(可能是图表或图形)，请先选中单元格区域",
  en: "the selection is not cells (perhaps a chart or a shape): select a range of cells first",
};
export const selectionAreas = (areas: number): Message => ({
  zh: `当前选中了 ${areas} 个不相连的区域，请只选中一个连续区域`,
  en: `the selection has ${areas} separate areas: select one continuous range`,
});
export const importTooLarge = (address: string, cells: number): Message => ({
  zh: `所选区域 ${address} 有 ${cells} 个单元格，请只选中要读取的表`,
  en: `the selection ${address} has ${cells} cells: select just the table to read`,
});
export const importVoteNegative = (value: number): Message => ({
  zh: `票数不能为负，现为 ${show(value)}`,
  en: `a vote count cannot be negative, not ${show(value)}`,
});
export const importVoteFraction = (value: number): Message => ({
  zh: `票数应为整数，现为 ${show(value)}`,
  en: `a vote count must be a whole number, not ${show(value)}`,
});
export const importNoVotes: Message = {
  zh: "这一行没有任何票(全为空或 0)",
  en: "this row has no vote (all blank or 0)",
};
export const importNotPositive = (value: number): Message => ({
  zh: `应为正数，现为 ${show(value)}`,
  en: `must be positive, not ${show(value)}`,
});
export const importFormFull: Message = {
  zh: "读取了完整矩阵：下三角已核对为上三角的倒数",
  en: "read the full matrix: the lower triangle was checked as the reciprocals of the upper one",
};
export const importFormUpper: Message = {
  zh: "读取了上三角：对角线为 1，下三角为空，由上三角取倒数",
  en: "read the upper triangle: diagonal 1, lower triangle blank and taken as the reciprocals",
};
export const importFormMixed: Message = {
  zh: "读取了上三角：下三角部分填写(已核对为倒数)，空格由上三角取倒数",
  en: "read the upper triangle: the lower triangle partly filled (checked as reciprocals), its blanks taken as reciprocals",
};
export const importLabels: Message = {
  zh: "首行与首列为标题，未作数值读取",
  en: "the first row and column are labels, not read as numbers",
};
export const importHeaderRow: Message = { zh: "首行为标题", en: "the first row is a header" };
export const importHeaderColumn: Message = { zh: "首列为标题", en: "the first column is a header" };
export const importBlankVotes = (n: number): Message => ({
  zh: `${n} 个空单元格按 0 票读取`,
  en: `${n} blank cell(s) read as 0 votes`,
});
export const importBlankValues = (n: number): Message => ({
  zh: `${n} 个空单元格读作“未填写”`,
  en: `${n} blank cell(s) read as not entered`,
});
export const importPercents = (n: number): Message => ({
  zh: `${n} 个百分数按小数读取(如 45% 为 0.45)`,
  en: `${n} percentage(s) read as fractions (45% as 0.45)`,
});
export const importLabelMismatch = (found: string, expected: string): Message => ({
  zh: `标题为“${found}”，任务窗格中此处为“${expected}”`,
  en: `the label says "${found}" where the pane has "${expected}"`,
});

// ---- Expert questionnaires read back ----

export const questionnaireDamaged: Message = {
  zh: "问卷结构记录已损坏或不是本加载项写的，请重新生成问卷",
  en: "the questionnaire's layout record is damaged or not written by this add-in: generate the questionnaire again",
};
export const questionnaireOtherSystem = (found: string, expected: string): Message => ({
  zh: `问卷中为“${found}”，任务窗格的指标体系中此处为“${expected}”：问卷是按另一个指标体系生成的，请重新生成`,
  en: `the questionnaire says "${found}" where the pane's indicator system has "${expected}": it was generated for another system; generate it again`,
});
export const questionnaireNoName: Message = { zh: "专家姓名为空", en: "the expert's name is blank" };
export const questionnaireNone: Message = {
  zh: "工作簿中没有本加载项生成的专家问卷",
  en: "no expert questionnaire written by this add-in in the workbook",
};
