/**
 * The evaluation sheet's words, each a {@link Bilingual} pair (the words it shares with the dynamic-assessment
 * sheet are in ../sheetParts.ts), and the input kinds as either language writes them.
 */
import { Bilingual, Localized, same } from "../../text";
import { MembershipInput } from "../assessment";
import { TABLE1_SOURCE } from "../indicators";
import { SHEET_WORDS } from "../sheetParts";

export const WORDS = {
  ...SHEET_WORDS,
  method: { zh: "权重方法", en: "Weight method" },
  riTable: { zh: "RI 表", en: "RI table" },
  source: { zh: "指标体系", en: "Indicator system" },
  sourceNote: {
    zh: `${TABLE1_SOURCE}(可按矿种、开采方式、地区调整)`,
    en: `${TABLE1_SOURCE} (adjustable to mineral, method and region)`,
  },
  structure: { zh: "结构(请勿修改)", en: "Layout (do not edit)" },
  summary: { zh: "结果摘要", en: "Summary" },
  consistency: { zh: "一致性检验", en: "Consistency" },
  allPass: { zh: "全部通过", en: "all matrices pass" },
  someFail: { zh: "有判断矩阵未通过，请修改判断", en: "a matrix fails: revise its judgements" },
  system: { zh: "指标体系", en: "Indicator system" },
  experts: { zh: "专家", en: "Experts" },
  expert: { zh: "专家", en: "Expert" },
  normalised: { zh: "归一化权重", en: "Normalised weight" },
  judgementsOf: (e: number): Bilingual => ({
    zh: `专家 ${e} 的判断矩阵(行相对列的重要性，1–9 标度)`,
    en: `Judgements of expert ${e} (row over column, 1–9 scale)`,
  }),
  aggregate: {
    zh: "综合判断矩阵(AIJ：各专家判断的加权几何平均)",
    en: "Group judgements (AIJ: weighted geometric mean of the experts')",
  },
  categoryLevel: { zh: "类别层", en: "Categories" },
  indicatorLevel: (name: string): Bilingual => ({
    zh: `${name}：指标层`,
    en: `${name}: indicators`,
  }),
  lambda: same("λmax"),
  ci: same("CI"),
  cr: same("CR"),
  threshold: { zh: "阈值", en: "threshold" },
  pass: { zh: "通过", en: "pass" },
  fail: { zh: "不通过", en: "fail" },
  kind: { zh: "输入方式", en: "Input" },
  value: { zh: "实测值", en: "Measured value" },
  inputs: { zh: "票数 / 断点", en: "votes / breakpoints" },
  votes: { zh: "票数", en: "votes" },
  measured: { zh: "实测值", en: "measured" },
  fuzzy: { zh: "模糊综合评价", en: "Fuzzy comprehensive evaluation" },
  level: { zh: "层级", en: "Level" },
  operators: { zh: "各合成算子对比", en: "Operators side by side" },
  expertWeightPrompt: { zh: "专家权重：正数(按比例归一化)", en: "expert weight: a positive number (normalised)" },
  judgementPrompt: { zh: "1–9 标度，1/3 请输入 =1/3", en: "1–9 scale; type 1/3 as =1/3" },
  kindPrompt: {
    zh: "票数：专家投票；实测值：按断点计算隶属度",
    en: "votes, or a measured value graded by breakpoints",
  },
};

/** The words in the sheet's language. */
export type SheetWords = Localized<typeof WORDS>;

/** Both languages' words for the input kinds, so a sheet written in one reads back in the other. */
export const KIND_WORDS: Readonly<Record<string, MembershipInput["kind"]>> = {
  [WORDS.votes.zh]: "votes",
  [WORDS.votes.en]: "votes",
  [WORDS.measured.zh]: "measured",
  [WORDS.measured.en]: "measured",
};
