/**
 * The words of the Word report's evaluation part (npm run report: src/tools/docx/evaluation.ts, and the reading of
 * the sheet over years in src/tools/docx/dynamic.ts), each a {@link Bilingual} pair written once. What the report
 * names as the sheets name it comes from the sheets' own words (assessmentSheet/words.ts, dynamicSheet/words.ts,
 * sheetParts.ts); only the report's own words are here.
 */
import { Bilingual, same } from "../text";

export const REPORT_WORDS = {
  /** The punctuation of each language: after a label, between items, between clauses, at the end of a sentence. */
  colon: { zh: "：", en: ": " },
  comma: { zh: "、", en: ", " },
  semicolon: { zh: "；", en: "; " },
  stop: { zh: "。", en: "." },

  report: (title: string): Bilingual => ({ zh: `评估报告：${title}`, en: `Evaluation report: ${title}` }),
  sheet: { zh: "评估表", en: "Evaluation sheet" },
  method: { zh: "方法", en: "Method" },
  methodText: {
    zh: "层次分析法(AHP)确定权重，模糊综合评价(B = A ∘ R)按最大隶属度原则评定等级",
    en: "weights by the analytic hierarchy process (AHP); grade by fuzzy comprehensive evaluation (B = A ∘ R) and maximum membership",
  },
  standard: { zh: "依据", en: "Standard" },
  standardText: {
    zh: "T/XZBX 0088—2025 矿产资源动态评估(表1 指标体系，§5.2–5.3 数据更新与动态评估)",
    en: "T/XZBX 0088—2025 (Table 1 indicator system; §5.2–5.3 data updates and dynamic assessment)",
  },
  experts: { zh: "专家(权重)", en: "Experts (weight)" },
  aij: { zh: "；AIJ 聚合(判断的加权几何平均)", en: "; AIJ aggregation (weighted geometric mean of judgements)" },
  grades: { zh: "评语集(分值)", en: "Grades (scores)" },
  weightsHeading: { zh: "一、权重与一致性检验", en: "1. Weights and consistency" },
  consistencyCaption: { zh: "表 1 判断矩阵一致性检验", en: "Table 1. Consistency of the judgement matrices" },
  matrix: { zh: "判断矩阵", en: "Matrix" },
  ri: { zh: "RI", en: "RI" },
  verdictColumn: { zh: "判定", en: "Verdict" },
  aggregate: { zh: "综合(AIJ)", en: "Group (AIJ)" },
  weightsCaption: { zh: "表 2 各层权重与全局权重", en: "Table 2. Weights per level and global weights" },
  categoryWeight: { zh: "类别权重", en: "Category weight" },
  total: { zh: "合计", en: "Total" },
  chartWeights: { zh: "指标全局权重", en: "Global weights of the indicators" },
  membershipHeading: { zh: "二、隶属度矩阵 R", en: "2. Membership matrix R" },
  membershipCaption: { zh: "表 3 各指标隶属度", en: "Table 3. Membership of each indicator" },
  input: { zh: "输入", en: "Input" },
  incomplete: {
    zh: "隶属度输入不全，模糊综合评价未计算：",
    en: "Membership inputs incomplete; the fuzzy evaluation was not computed:",
  },
  fuzzyHeading: { zh: "三、模糊综合评价结果", en: "3. Fuzzy comprehensive evaluation" },
  fuzzyCaption: { zh: "表 4 各类别与综合评价向量 B", en: "Table 4. B per category and overall" },
  operatorsCaption: { zh: "表 5 各合成算子结论对照", en: "Table 5. The verdict under each operator" },
  tied: { zh: "(并列：结论不唯一)", en: " (tied: the verdict is not unique)" },
  weak: {
    zh: "(前两名隶属度相差不足 5%，结论较弱)",
    en: " (the top two memberships differ by less than 5%: a weak verdict)",
  },
  robustHeading: { zh: "四、稳健性(敏感性分析)", en: "4. Robustness (sensitivity)" },
  monteCarlo: (draws: number, operator: string): Bilingual => ({
    zh: `蒙特卡洛扰动 ${draws} 次：每个判断值乘以 1.5^u(u 在 −1 到 1 间均匀分布，判断矩阵保持互反)，按特征向量法(EVM)重算权重(与所选权重方法无关)，合成算子 ${operator}，随机种子 1。`,
    en: `Monte-Carlo, ${draws} draws: each judgement multiplied by 1.5^u (u uniform in −1…1, matrices kept reciprocal), weights recomputed by the eigenvector method (EVM, whatever the chosen method), operator ${operator}, seed 1.`,
  }),
  robustCaption: { zh: "表 6 稳健性", en: "Table 6. Robustness" },
  item: { zh: "项目", en: "Item" },
  value: { zh: "结果", en: "Result" },
  baseline: { zh: "基准结论(EVM)", en: "Baseline verdict (EVM)" },
  verdictChange: { zh: "结论改变的比例", en: "Draws changing the verdict" },
  rankingChange: { zh: "全局权重排序改变的比例", en: "Draws changing the ranking of global weights" },
  topChange: { zh: "最重要指标改变的比例", en: "Draws changing the most important indicator" },
  gradeCounts: { zh: "各结论出现次数", en: "Verdicts drawn" },
  oneAtATime: (changed: number, total: number): Bilingual => ({
    zh: `单因素 ±10%：逐一把每个指标的局部权重上调、下调 10%(同类其余指标按比例调整)，${total} 次中结论改变 ${changed} 次。`,
    en: `One at a time, ±10%: each indicator's local weight raised and lowered by 10% (the others of its category rescaled): the verdict changes in ${changed} of ${total} cases.`,
  }),
  oneChanged: (indicator: string, sign: string, grade: string): Bilingual => ({
    zh: `${indicator} 局部权重 ${sign}10% → ${grade}`,
    en: `${indicator} local weight ${sign}10% → ${grade}`,
  }),
  noRobustness: {
    zh: "隶属度输入不全，未做稳健性分析。",
    en: "Membership inputs incomplete: no robustness analysis.",
  },
  trendHeading: (sheet: string): Bilingual => ({
    zh: `五、多年度动态评估(工作表“${sheet}”)`,
    en: `5. Assessment over years (sheet "${sheet}")`,
  }),
  trendCaption: { zh: "表 7 逐年(逐期)评价结果与趋势", en: "Table 7. Results and trend per subject" },
  trendWeights: {
    zh: "权重、方向、断点与合成算子取自该表(表中数值，含在表中所作的修改)；每期结果由计算引擎重算。",
    en: "Weights, directions, breakpoints and the operator are the sheet's (as written or edited there); each period's result is recomputed by the engine.",
  },
  dynamicUnreadable: (sheet: string): Bilingual => ({
    zh: `多年度评估表“${sheet}”无法读取：`,
    en: `The sheet over years "${sheet}" cannot be read: `,
  }),
  unreadable: (sheet: string): Bilingual => ({
    zh: `评估表“${sheet}”无法读取，未生成评估报告：`,
    en: `The evaluation sheet "${sheet}" cannot be read; no evaluation report: `,
  }),
  methodHeading: { zh: "方法说明", en: "Method" },
  methodNote: (version: string): Bilingual => ({
    zh: `层次分析法：判断矩阵按 1–9 标度两两比较；一致性指标 CI = (λmax − n) ÷ (n − 1)，一致性比率 CR = CI ÷ RI(n)，CR 不超过阈值(n = 3 时 0.05，n = 4 时 0.08，其余 0.10；n ≤ 2 时 CR = 0)为通过；全局权重 = 类别权重 × 类内局部权重。模糊综合评价：B = A ∘ R，两级(先类别、后综合)；按最大隶属度原则评定等级；得分 = Σ bⱼ·sⱼ ÷ Σ bⱼ。本报告由 MINE 加载项 ${version} 据工作簿中的评估表生成，全部结果由计算引擎(与 =MINE.* 函数同一引擎)按表中输入重新计算。`,
    en: `AHP: pairwise judgements on the 1–9 scale; CI = (λmax − n) ÷ (n − 1), CR = CI ÷ RI(n), passing when CR is at most the threshold (0.05 for n = 3, 0.08 for n = 4, else 0.10; CR = 0 for n ≤ 2); global weight = category weight × local weight. Fuzzy comprehensive evaluation: B = A ∘ R on two levels (categories, then overall); the grade by maximum membership; score = Σ bⱼ·sⱼ ÷ Σ bⱼ. Written by the MINE add-in ${version} from the workbook's evaluation sheet; every result recomputed by the engine behind the =MINE.* functions from the sheet's inputs.`,
  }),
  n: same("n"),
  maximumMembership: { zh: "最大隶属度", en: "Max. membership" },
  /** Why a sheet over years cannot be read, at a cell (`what`: as written below, in both languages). */
  dynamicCell: (address: string, what: string): Bilingual => ({
    zh: `多年度评估表 ${address}：${what}`,
    en: `sheet over years, ${address}: ${what}`,
  }),
  /** What is wrong at that cell. */
  dynamicProblems: {
    twoGrades: { zh: "评语集至少两个等级", en: "at least two grades" },
    noCategory: { zh: "没有类别", en: "no category" },
    unknownCategory: { zh: "类别不是类别权重表中的一个", en: "not a category of the weights table" },
    categoryOrder: { zh: "指标须按类别顺序排列，每类至少一个", en: "indicators by category, one at least in each" },
    noCategoryWeight: { zh: "类别权重为空", en: "no category weight" },
    noLocalWeight: { zh: "局部权重为空", en: "no local weight" },
  },
  /** The numbers read from a sheet over years, as a problem with one names it. */
  dynamicNumbers: {
    score: { zh: "分值", en: "score" },
    categoryWeight: { zh: "类别权重", en: "category weight" },
    localWeight: { zh: "局部权重", en: "local weight" },
    breakpoint: { zh: "断点", en: "breakpoint" },
    value: { zh: "数值", en: "value" },
  },
};
