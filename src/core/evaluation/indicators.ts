/**
 * The indicator system of T/XZBX 0088—2025《矿产资源动态评估与可持续开采管理细则》, 表1 "矿产资源动态评估指标体系示例" ✅
 * (../shared/seeds/000_bcbb91e60e5b583c.txt): 3 categories × 3 first-level indicators, each with the second-level
 * items and the explanation the standard gives. The standard names AHP and fuzzy comprehensive evaluation but gives
 * no units, thresholds or weights, and says the system may be adjusted to the mineral, method and region; so this is
 * the editable starting point, not a rule.
 *
 * Per measured item: direction, unit and grade boundaries b1/b2/b3 for 优/良/中/差 as proposed in
 * ../shared/reference/indicator-thresholds.md §1, each with its basis and confidence mark (✅ read in the source,
 * 🔶 secondary source, ❓ no basis: the user must enter it). Numbers marked ❓ are illustrative defaults only.
 */

export type Confidence = "✅" | "🔶" | "❓";
export type IndicatorDirection = "benefit" | "cost";

export interface Bilingual {
  readonly zh: string;
  readonly en: string;
}

/** A measured (graded) quantity under a first-level indicator. */
export interface MeasuredItem {
  readonly name: Bilingual;
  readonly direction: IndicatorDirection;
  readonly unit: string;
  /** The unit in words where it is a word, not a symbol (the pane shows it in the UI language). */
  readonly unitWords?: Bilingual;
  /** Grade boundaries b1, b2, b3 (优|良, 良|中, 中|差); absent where no default can be proposed. */
  readonly boundaries?: readonly [number, number, number];
  readonly basis: Bilingual;
  readonly confidence: Confidence;
}

export interface Indicator {
  readonly id: string;
  readonly name: Bilingual;
  /** The second-level items as Table 1 lists them. */
  readonly items: Bilingual;
  /** Table 1 "说明". */
  readonly purpose: Bilingual;
  readonly measured: readonly MeasuredItem[];
}

export interface IndicatorCategory {
  readonly id: string;
  readonly name: Bilingual;
  readonly indicators: readonly Indicator[];
}

export const TABLE1_SOURCE = "T/XZBX 0088—2025 表1 矿产资源动态评估指标体系示例";

/** Default grade set (评语集) and its English labels; editable in the taskpane. */
export const DEFAULT_GRADES: readonly Bilingual[] = [
  { zh: "优", en: "excellent" },
  { zh: "良", en: "good" },
  { zh: "中", en: "fair" },
  { zh: "差", en: "poor" },
];

const NONE_FOUND: Bilingual = {
  zh: "没有标准为此量分级，请自行确定",
  en: "no standard grades this quantity: enter your own",
};

export const TABLE1: readonly IndicatorCategory[] = [
  {
    id: "resource",
    name: { zh: "资源类", en: "Resources" },
    indicators: [
      {
        id: "reserve-change",
        name: { zh: "储量动态变化", en: "Reserve dynamics" },
        items: { zh: "年度新增储量、年度消耗储量", en: "reserves added and consumed in the year" },
        purpose: { zh: "反映资源存量及开采对储量的影响", en: "the resource stock and how mining changes it" },
        measured: [
          {
            name: { zh: "储量替代率(年度新增储量 ÷ 年度消耗储量)", en: "reserve replacement ratio (added ÷ consumed)" },
            direction: "benefit",
            unit: "–",
            boundaries: [1.0, 0.7, 0.3],
            basis: {
              zh: "≥ 1 表示储量没有减少(仅为行业惯例)",
              en: "≥ 1 means reserves are not shrinking (industry convention only)",
            },
            confidence: "❓",
          },
        ],
      },
      {
        id: "mining-intensity",
        name: { zh: "开采强度", en: "Mining intensity" },
        items: { zh: "年开采量/保有储量比", en: "annual output ÷ retained reserves" },
        purpose: { zh: "衡量资源消耗速度", en: "how fast the resource is consumed" },
        measured: [
          {
            name: { zh: "年开采量/保有储量", en: "annual output ÷ retained reserves" },
            direction: "cost",
            unit: "a⁻¹",
            boundaries: [0.02, 0.05, 0.333],
            basis: {
              zh: "b3：自然资源部 2020《绿色矿山评价指标》前提条件“剩余储量可采年限不少于三年”(🔶)；b1、b2(剩余 50 年、20 年)仅为示意",
              en: "b3: MNR 2020《绿色矿山评价指标》 (green mine indicators) precondition that the remaining reserves last at least three years (🔶); b1, b2 (50 a, 20 a remaining) illustrative",
            },
            confidence: "🔶",
          },
        ],
      },
      {
        id: "utilization",
        name: { zh: "综合利用率", en: "Comprehensive utilisation" },
        items: { zh: "主矿产品+伴生矿利用率", en: "utilisation of main and associated minerals" },
        purpose: { zh: "评价资源利用的完整性", en: "how completely the resource is used" },
        measured: [
          {
            name: { zh: "综合利用率", en: "comprehensive utilisation rate" },
            direction: "benefit",
            unit: "%",
            basis: {
              zh: "按 3.3 的定义实测：Σ有效利用量 ÷ Σ资源总量(=MINE.UTILIZATION_RATIO ✅)；分级：本矿种 DZ/T 0462.x-2023 的领跑者 / 一般 / 最低指标(分档 ✅，各矿种数值 ❓)",
              en: "measured as clause 3.3 defines it, Σ utilised ÷ Σ total resources (=MINE.UTILIZATION_RATIO ✅); grades: the leading / general / minimum tiers of DZ/T 0462.x-2023 for the mine's mineral (tiers ✅, numbers per mineral ❓)",
            },
            confidence: "❓",
          },
        ],
      },
    ],
  },
  {
    id: "environment",
    name: { zh: "环境类", en: "Environment" },
    indicators: [
      {
        id: "ecological-damage",
        name: { zh: "生态破坏程度", en: "Ecological damage" },
        items: { zh: "占地面积、植被覆盖率变化", en: "land occupied, change in vegetation cover" },
        purpose: { zh: "反映矿山对生态系统的影响", en: "the mine's effect on the ecosystem" },
        measured: [
          {
            name: { zh: "占地面积", en: "land occupied" },
            direction: "cost",
            unit: "hm² per 万t/a",
            unitWords: { zh: "hm²/(万t/a)", en: "hm² per 10⁴ t/a" },
            basis: NONE_FOUND,
            confidence: "❓",
          },
          {
            name: { zh: "植被覆盖度(扰动/修复区)", en: "vegetation cover of the disturbed or restored area" },
            direction: "benefit",
            unit: "%",
            boundaries: [75, 60, 45],
            basis: {
              zh: "SL 190-2007 植被覆盖度分级 0–30/30–45/45–60/60–75/75–100 %",
              en: "SL 190-2007 cover classes 0–30/30–45/45–60/60–75/75–100 %",
            },
            confidence: "🔶",
          },
        ],
      },
      {
        id: "water-soil",
        name: { zh: "水土环境影响", en: "Water and soil impact" },
        items: { zh: "水污染物排放量、土壤重金属含量", en: "water pollutant discharge, heavy metals in soil" },
        purpose: { zh: "评估环境风险水平", en: "the level of environmental risk" },
        measured: [
          {
            name: { zh: "水污染物排放量 ÷ 排污许可量", en: "water pollutant load ÷ permitted load" },
            direction: "cost",
            unit: "–",
            boundaries: [0.5, 0.8, 1.0],
            basis: {
              zh: "只有 b3 = 1.0 有依据：超过许可排放量即不合规",
              en: "only b3 = 1.0 has a basis: exceeding the permitted load is non-compliance",
            },
            confidence: "❓",
          },
          {
            name: { zh: "土壤重金属污染指数 P = C ÷ 筛选值", en: "soil heavy-metal index P = C ÷ screening value" },
            direction: "cost",
            unit: "–",
            basis: {
              zh: "GB 15618-2018 筛选值/管制值(b3 = 管制值 ÷ 筛选值，随 pH 和用地类型而定)；b1 = 0.7，b2 = 1.0",
              en: "GB 15618-2018 screening and intervention values (b3 = intervention ÷ screening value, depending on pH and land use); b1 = 0.7, b2 = 1.0",
            },
            confidence: "🔶",
          },
        ],
      },
      {
        id: "energy-intensity",
        name: { zh: "能源消耗强度", en: "Energy intensity" },
        items: { zh: "单位产品能耗", en: "energy per unit of product" },
        purpose: { zh: "衡量生产过程的能源效率", en: "the energy efficiency of production" },
        measured: [
          {
            name: { zh: "单位产品能耗", en: "energy per unit of product" },
            direction: "cost",
            unit: "kgce/t",
            basis: {
              zh: "适用的能耗限额标准的 1级 / 2级 / 3级(如铁矿 GB 31335-2024)",
              en: "grades 1 / 2 / 3 of the applicable energy consumption limit standard (e.g. GB 31335-2024 for iron)",
            },
            confidence: "🔶",
          },
        ],
      },
    ],
  },
  {
    id: "social",
    name: { zh: "社会类", en: "Society" },
    indicators: [
      {
        id: "economic-contribution",
        name: { zh: "经济贡献", en: "Economic contribution" },
        items: { zh: "矿业产值占地区GDP比重", en: "mining output as a share of regional GDP" },
        purpose: { zh: "评价矿业经济作用", en: "the economic role of mining" },
        measured: [
          {
            name: { zh: "矿业产值 ÷ 地区GDP", en: "mining output ÷ regional GDP" },
            direction: "benefit",
            unit: "%",
            boundaries: [10, 5, 2],
            basis: NONE_FOUND,
            confidence: "❓",
          },
        ],
      },
      {
        id: "employment",
        name: { zh: "就业贡献", en: "Employment" },
        items: { zh: "矿山就业人数", en: "people employed by the mine" },
        purpose: { zh: "衡量社会效益", en: "the social benefit" },
        measured: [
          {
            name: { zh: "矿山就业人数", en: "people employed" },
            direction: "benefit",
            unit: "persons",
            unitWords: { zh: "人", en: "persons" },
            basis: NONE_FOUND,
            confidence: "❓",
          },
        ],
      },
      {
        id: "social-responsibility",
        name: { zh: "社会责任履行", en: "Social responsibility" },
        items: { zh: "环境投入比例、社会公益支出", en: "environmental spending share, community spending" },
        purpose: { zh: "反映企业社会责任水平", en: "the company's social responsibility" },
        measured: [
          {
            name: { zh: "环境投入比例(环保投入 ÷ 营业收入)", en: "environmental spending ÷ revenue" },
            direction: "benefit",
            unit: "%",
            boundaries: [3, 2, 1],
            basis: NONE_FOUND,
            confidence: "❓",
          },
          {
            name: { zh: "社会公益支出 ÷ 利润", en: "community spending ÷ profit" },
            direction: "benefit",
            unit: "%",
            boundaries: [2, 1, 0.5],
            basis: NONE_FOUND,
            confidence: "❓",
          },
        ],
      },
    ],
  },
];

/**
 * Illustrative default judgement matrices (indicator-thresholds.md §4) ❓: constructed for the team's notes, not
 * taken from a publication. The taskpane must label them "示例默认值（非文献来源），请由专家重新判断".
 */
export const SAMPLE_JUDGEMENTS = {
  label: {
    zh: "示例默认值（非文献来源），请由专家重新判断",
    en: "illustrative defaults, not from a publication: experts must judge",
  },
  categories: [
    [1, 1, 2],
    [1, 1, 2],
    [1 / 2, 1 / 2, 1],
  ],
  indicators: {
    resource: [
      [1, 1 / 2, 1 / 3],
      [2, 1, 1 / 2],
      [3, 2, 1],
    ],
    environment: [
      [1, 1, 2],
      [1, 1, 2],
      [1 / 2, 1 / 2, 1],
    ],
    social: [
      [1, 2, 1],
      [1 / 2, 1, 1 / 2],
      [1, 2, 1],
    ],
  },
} as const;
