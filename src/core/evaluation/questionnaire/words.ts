/** The questionnaire's words, each a {@link Bilingual} pair, written in the sheet's language. */
import { Bilingual } from "../../text";

export const QUESTIONNAIRE_WORDS = {
  sheetPrefix: { zh: "问卷-", en: "Q-" },
  title: { zh: "评估名称", en: "Assessment" },
  name: { zh: "专家姓名", en: "Expert" },
  weight: { zh: "专家权重", en: "Expert weight" },
  weightPrompt: { zh: "任意正数，聚合时归一化", en: "any positive number, normalised when aggregating" },
  structure: { zh: "结构(请勿修改)", en: "Layout (do not edit)" },
  writtenBy: { zh: "生成", en: "Written by" },
  instructions: {
    zh: "填写说明：在黄色单元格中从下拉列表选择“行因素相对列因素”的重要性(右侧为 1–9 标度的含义)；列因素更重要时选 1/3、1/5 等倒数。对角线为 1，左下方由公式自动取倒数，请勿填写。每个判断都须填写；填好后交回，由评估人在任务窗格“权重”页读回。",
    en: "How to fill in: in each yellow cell pick from the list how important the row item is over the column item (the 1–9 scale is explained on the right); when the column item is the more important, pick a reciprocal such as 1/3 or 1/5. The diagonal is 1 and the lower left is computed as reciprocals: do not fill them. Every judgement is needed; return the sheet to the evaluator, who reads it back in the taskpane's Weights tab.",
  },
  matrices: { zh: "一、两两比较判断矩阵", en: "1. Pairwise comparisons" },
  categoryLevel: { zh: "类别层：各类别的相对重要性", en: "Categories: importance of each category" },
  indicatorLevel: (name: string): Bilingual => ({
    zh: `${name}：各指标的相对重要性`,
    en: `${name}: importance of each indicator`,
  }),
  corner: { zh: "行 ↓ 相对 列 →", en: "row ↓ over column →" },
  judgementPrompt: {
    zh: "1 同等重要、3 稍微重要、5 明显重要、7 强烈重要、9 极端重要(2、4、6、8 为中间值)；列因素更重要时选倒数 1/3 等",
    en: "1 equal, 3 moderate, 5 strong, 7 very strong, 9 extreme (2, 4, 6, 8 between); a reciprocal such as 1/3 when the column item is more important",
  },
  scale: { zh: "标度", en: "Scale" },
  meaning: { zh: "含义(行因素相对列因素)", en: "Meaning (row over column)" },
  reciprocal: { zh: "1/2 … 1/9", en: "1/2 … 1/9" },
  reciprocalMeaning: {
    zh: "倒数：列因素相对行因素的重要性，如 1/5 表示列因素比行因素明显重要",
    en: "reciprocals: the column item over the row item, e.g. 1/5 = the column item is strongly more important",
  },
  votes: { zh: "二、评语投票", en: "2. Votes per grade" },
  votesNote: {
    zh: "每个指标在您认为合适的等级下填 1(本问卷代表多人时填各等级票数)，其余留空或填 0；每行至少一票。",
    en: "For each indicator put 1 under the grade you choose (the number of votes when this sheet speaks for several people); leave the others blank or 0; at least one vote per row.",
  },
  noVotes: {
    zh: "所有指标均以实测值评价，本问卷无需投票。",
    en: "Every indicator is graded by a measured value: nothing to vote on.",
  },
  votePrompt: { zh: "票数：0 或正整数", en: "votes: 0 or a whole number" },
  category: { zh: "类别", en: "Category" },
  indicator: { zh: "指标", en: "Indicator" },
} as const;
