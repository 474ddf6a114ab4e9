/** The dynamic-assessment sheet's words, each a {@link Bilingual} pair; the words it shares are in ../sheetParts.ts. */
import { Bilingual, Localized, same } from "../../text";
import { SHEET_WORDS } from "../sheetParts";

export const WORDS = {
  ...SHEET_WORDS,
  weightsSource: { zh: "权重来源", en: "Weights from" },
  weightsNote: (title: string, method: string, experts: number): Bilingual => ({
    zh: `数值：由评估“${title}”的判断矩阵计算(${method}${experts > 1 ? `，${experts} 位专家 AIJ 综合` : ""})。判断矩阵及一致性检验见该评估表；修改判断后请在加载项中重新写入本表，或在此直接改写权重(类别权重合计应为 1，每类局部权重合计应为 1)`,
    en: `values computed from the judgement matrices of assessment "${title}" (${method}${experts > 1 ? `, AIJ of ${experts} experts` : ""}). The matrices and their consistency are in its evaluation sheet; after changing judgements, write this sheet again from the add-in, or edit the weights here (category weights sum to 1, local weights sum to 1 within each category)`,
  }),
  standard: { zh: "依据", en: "Basis" },
  standardNote: (quarterly: boolean): Bilingual =>
    quarterly
      ? {
          zh: "T/XZBX 0088—2025 §5.2 数据获取与更新(高风险或高强度开采矿山应实时监测或季度更新，一般矿山建议每年更新一次)——本表按季度评价；§5.3 指标体系(表1)：以同一权重模型逐期(或逐矿)评价，比较结论与趋势",
          en: "T/XZBX 0088—2025 §5.2 data updates (real-time or quarterly for high-risk or high-intensity mines, yearly for ordinary ones) — this sheet is quarterly; §5.3 indicator system (Table 1): the same weight model evaluated period by period (or mine by mine), comparing verdicts and the trend",
        }
      : {
          zh: "T/XZBX 0088—2025 §5.2 数据获取与更新(一般矿山建议每年更新一次数据；高风险或高强度开采矿山应实时监测或季度更新，可按“2025Q1-2025Q4”写季度)、§5.3 指标体系(表1)：以同一权重模型逐年(或逐矿)评价，比较结论与趋势",
          en: 'T/XZBX 0088—2025 §5.2 data updates (yearly for ordinary mines; real-time or quarterly for high-risk or high-intensity mines, written as "2025Q1-2025Q4"), §5.3 indicator system (Table 1): the same weight model evaluated year by year (or mine by mine), comparing verdicts and the trend',
        },
  incomplete: { zh: "说明", en: "Note" },
  incompleteNote: {
    zh: "每个指标按实测值与断点计算隶属度(=MINE.MEMBERSHIP)。某年度(对象)数值未填全时，其隶属度与 B 为空、结论显示“数据不全”、趋势值为 #N/A(折线图中断开，而不是画成 0)",
    en: "each indicator is graded from its measured value and breakpoints (=MINE.MEMBERSHIP). While a year (subject) lacks a value, its memberships and B are blank, its verdict says incomplete, and its trend value is #N/A (a gap in the line chart, not a false zero)",
  },
  notComputable: (names: string): Bilingual => ({
    zh: `。以下指标在评估中为专家投票输入，没有实测值与断点，逐年无法计算(其行方向与断点留空；填写方向与断点后即可计算)：${names}`,
    en: `. These indicators are graded by expert votes in the assessment, with no measured value or breakpoints, so they cannot be computed per year (their direction and breakpoints are left blank; fill them in to compute them): ${names}`,
  }),
  categories: { zh: "类别权重", en: "Category weights" },
  values: {
    zh: "指标、断点与逐年数值(数值列可增删改名；空白即未填写)",
    en: "Indicators, breakpoints and values per subject (blank = not entered)",
  },
  unit: { zh: "单位", en: "Unit" },
  breakpoint: (grade: string): Bilingual => ({
    zh: `断点:${grade}`,
    en: `breakpoint: ${grade}`,
  }),
  trend: { zh: "趋势", en: "Trend" },
  subject: { zh: "年度/对象", en: "Year / subject" },
  trendBest: (grade: string): Bilingual => same(`B(${grade})`),
  incompleteVerdict: { zh: "数据不全", en: "incomplete" },
  chart: (what: string): Bilingual => ({
    zh: `${what}逐年变化`,
    en: `${what} over the subjects`,
  }),
};

/** The words in the sheet's language. */
export type SheetWords = Localized<typeof WORDS>;
