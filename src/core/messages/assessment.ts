/**
 * The catalogue's messages (./index) of the assessment the taskpane edits, its panels over years or mines, and
 * reading back a sheet the add-in wrote. Only the taskpane gives them: a section of their own, which the runtime
 * functions never name, so none of them rides into functions.js.
 */
import { Bilingual } from "../text";
import { Label, Message, show } from "./wording";

// ---- The assessment (taskpane model) and its panels over years or mines ----

export const judgementNotPositive = (value: number): Message => ({
  zh: `判断值须为正数(1/9 至 9 标度)，现为 ${show(value)}`,
  en: `a judgement must be positive (the 1/9 to 9 scale), not ${show(value)}`,
});
export const expertWeightNotPositive = (value: number): Message => ({
  zh: `专家权重须为正数，现为 ${show(value)}；仍按原权重计算`,
  en: `an expert weight must be positive, not ${show(value)}; the previous weight is still used`,
});
export const expertWeightBlank: Message = {
  zh: "专家权重须为正数，现为空或不是数字；仍按原权重计算",
  en: "an expert weight must be a positive number, not blank or text; the previous weight is still used",
};
export const voteNotNumber: Message = {
  zh: "票数须为数字；仍按原票数计算",
  en: "a vote count must be a number; the previous count is still used",
};
export const scoreNotNumber: Message = {
  zh: "分值须为数字；仍按原分值计算",
  en: "a score must be a number; the previous score is still used",
};
export const lastCategory: Message = { zh: "评估至少要有一个类别", en: "an assessment needs at least one category" };
export const lastIndicator: Message = { zh: "每个类别至少要有一个指标", en: "a category needs at least one indicator" };
export const lastExpert: Message = { zh: "至少要有一位专家", en: "an assessment needs at least one expert" };
export const tooFewGrades: Message = { zh: "至少需要两个评语等级", en: "at least two grades are needed" };
export const noMeasuredValue: Message = { zh: "未填写实测值", en: "no measured value entered" };
export const missingBreakpoints: Message = { zh: "分级断点未填全", en: "not every grade has a breakpoint" };
export const noSubjectValue: Message = { zh: "未填写该年度(对象)的数值", en: "no value entered for this subject" };
export const notMeasured: Message = {
  zh: "该指标在评估中为专家投票输入，不能逐年评估：请在评估中改为实测值并填写断点",
  en: "this indicator is graded by expert votes in the assessment and cannot be evaluated per year: make it a measured value with breakpoints",
};
export const badPeriods = (text: string): Message => ({
  zh: `年份应写成“2022-2025”或“2021,2023,2025”，季度写成“2024Q3-2025Q2”或“2025Q1,2025Q2”(不超过 50 期，年份与季度不混用)，现为“${text}”`,
  en: `write years as "2022-2025" or "2021,2023,2025", quarters as "2024Q3-2025Q2" or "2025Q1,2025Q2" (up to 50, not mixed), not "${text}"`,
});
export const badSubjects = (text: string): Message => ({
  zh: `请写年份或季度(“2022-2025”“2025Q1-2025Q4”)或不重复的矿山名称(以逗号或顿号分隔)，现为“${text}”`,
  en: `write years or quarters ("2022-2025", "2025Q1-2025Q4") or distinct mine names separated by commas, not "${text}"`,
});

// ---- Reading back a sheet the add-in wrote ----

/** Cell contents of an evaluation sheet, as messages about them name them. */
export const sheetCells = {
  name: { zh: "名称", en: "name" },
  judgement: { zh: "判断值", en: "judgement" },
  weight: { zh: "专家权重", en: "expert weight" },
  grade: { zh: "等级", en: "grade" },
  score: { zh: "分值", en: "score" },
  votes: { zh: "票数", en: "vote count" },
  value: { zh: "实测值", en: "measured value" },
  breakpoint: { zh: "断点", en: "breakpoint" },
  kind: { zh: "输入方式", en: "input kind" },
};
export const inCell = (address: string, problem: Message): Message => ({
  zh: `单元格 ${address}：${problem.zh}`,
  en: `cell ${address}: ${problem.en}`,
});
export const cellBlank = (what: Label): Message => ({ zh: `${what.zh}为空`, en: `${what.en} is blank` });
export const cellNotNumber = (what: Label, shown: string): Message => ({
  zh: `${what.zh}应为数字，现为“${shown}”`,
  en: `${what.en} must be a number, not "${shown}"`,
});
export const cellNotPositive = (what: Label, value: number): Message => ({
  zh: `${what.zh}应为正数，现为 ${show(value)}`,
  en: `${what.en} must be positive, not ${show(value)}`,
});
export const cellNotChoice = (what: Label, choices: readonly Bilingual[], shown: string): Message => ({
  zh: `${what.zh}应为${choices.map((c) => `“${c.zh}”`).join("或")}，现为“${shown}”`,
  en: `the ${what.en} must be ${choices.map((c) => `"${c.en}"`).join(" or ")}, not "${shown}"`,
});
export const layoutDamaged: Message = { zh: "结构信息已损坏，无法读取", en: "the layout record is damaged" };
export const layoutVersion = (version: number): Message => ({
  zh: `结构信息不是本版本(${version})可读的格式`,
  en: `the layout record is not one this version (${version}) reads`,
});
export const notAssessmentSheet: Message = {
  zh: "这不是本加载项写入的评估表",
  en: "this is not an evaluation sheet written by the add-in",
};
export const scoresAllOrNone: Message = { zh: "分值要么全填，要么全空", en: "fill every score or none" };

// ---- What a result cannot be trusted for (../evaluation/caveats) ----

export const categoryMatrixName: Bilingual = { zh: "类别层判断矩阵", en: "the categories' matrix" };
export const indicatorMatrixName = (category: string): Message => ({
  zh: `「${category}」的指标判断矩阵`,
  en: `the indicator matrix of “${category}”`,
});
export const groupMatrix = (matrix: Message): Message => ({
  zh: `综合(群组)${matrix.zh}`,
  en: `the group's ${matrix.en.replace(/^the /, "")}`,
});
export const ownMatrix = (expert: Label, matrix: Message): Message => ({
  zh: `${expert.zh}的${matrix.zh}`,
  en: `${expert.en}'s ${matrix.en.replace(/^the /, "")}`,
});
export const crExceeds = (matrix: Message, cr: string, threshold: string): Message => ({
  zh: `${matrix.zh} CR = ${cr} > ${threshold}`,
  en: `${matrix.en} CR = ${cr} > ${threshold}`,
});
export const inconsistentWeights = (count: number, list: string): Message => ({
  zh: `${count} 个判断矩阵未通过一致性检验，其权重仍被使用，结论仅供参考，请修改判断：${list}`,
  en: `${count} judgement ${count === 1 ? "matrix fails" : "matrices fail"} the consistency check; their weights are used all the same, so treat the verdict as provisional and revise the judgements: ${list}`,
});
export const indicatorProblem = (category: string, indicator: string, problem: Message): Message => ({
  zh: `${category} / ${indicator}：${problem.zh}`,
  en: `${category} / ${indicator}: ${problem.en}`,
});
export const incompleteInputs = (count: number, list: string): Message => ({
  zh: `${count} 个指标的隶属度输入不完整，模糊评价无法计算：${list}`,
  en: `${count} ${count === 1 ? "indicator's" : "indicators'"} membership input is incomplete, so the fuzzy evaluation cannot be computed: ${list}`,
});
export const expertNumber = (n: number): Message => ({ zh: `专家${n}`, en: `expert ${n}` });
export const nameBlank: Message = { zh: "名称不能为空", en: "the name cannot be blank" };
export const nameTaken = (name: string): Message => ({
  zh: `与另一项重名：“${name}”`,
  en: `another item has the same name: "${name}"`,
});
