/**
 * Tables 2, 3 and 4 of T/XZBX 0088—2025《矿产资源动态评估与可持续开采管理细则》 (../shared/seeds/000_bcbb91e60e5b583c.txt),
 * transcribed cell for cell: the Chinese is the standard's wording, the English a gloss of ours. Each row says which
 * Table 1 indicator(s) (indicators.ts) it supports, and on what basis:
 *
 * - `standard` ✅: the row's own cell names the Table 1 indicator word for word (表2 资源节约利用 aims at 综合利用率;
 *   表3 资源类数据 holds 储量动态变化 and 综合利用率). The standard states no other link between its tables.
 * - `reading` 🔶: our reading, with the reason; never to be shown as the standard's.
 *
 * A row no Table 1 indicator covers has no link and says why (also 🔶: that nothing fits is our reading too).
 * Clause numbers follow the order of the headings (GB/T 1.1: 1 范围, 2 规范性引用文件, 3 术语和定义 …); the stored text
 * carries the headings without their numbers, while the table numbers are the standard's own ("见表2").
 */
import { Bilingual } from "../../text";
import { Indicator, TABLE1 } from "../indicators";

/** The mark of a link the standard's own words make, and of one that is our reading. */
export const STANDARD_MARK = "✅";
export const READING_MARK = "🔶";

/** Which Table 1 indicator a row supports, and why we say so. */
export type IndicatorLink =
  /** The row's cell in `column` contains the indicator's Table 1 name verbatim. */
  | { readonly indicator: string; readonly basis: "standard"; readonly column: number }
  | { readonly indicator: string; readonly basis: "reading"; readonly reason: Bilingual };

export interface MeasureRow {
  /** One cell per column of its table, in the table's order. */
  readonly cells: readonly Bilingual[];
  readonly links: readonly IndicatorLink[];
  /** Why no Table 1 indicator is linked (our reading); present exactly when `links` is empty. */
  readonly unlinked?: Bilingual;
}

export type MeasureTableId = "management" | "data" | "restoration";

export interface MeasureTable {
  readonly id: MeasureTableId;
  /** The standard's table number. */
  readonly number: 2 | 3 | 4;
  /** The table's caption as printed, and its gloss. */
  readonly caption: Bilingual;
  /** The clause the table stands in. */
  readonly clause: Bilingual;
  /** The column headers as printed. */
  readonly columns: readonly Bilingual[];
  readonly rows: readonly MeasureRow[];
}

export const STANDARD_CODE = "T/XZBX 0088—2025";

const standard = (indicator: string, column: number): IndicatorLink => ({ indicator, basis: "standard", column });
const reading = (indicator: string, zh: string, en: string): IndicatorLink => ({
  indicator,
  basis: "reading",
  reason: { zh, en },
});

/** 表2 可持续开采主要管理措施 (6 可持续开采管理). */
const MANAGEMENT: MeasureTable = {
  id: "management",
  number: 2,
  caption: { zh: "可持续开采主要管理措施", en: "main management measures for sustainable mining" },
  clause: { zh: "6 可持续开采管理", en: "clause 6, sustainable mining management" },
  columns: [
    { zh: "管理环节", en: "management area" },
    { zh: "主要目标", en: "main objective" },
    { zh: "管理措施举例", en: "example measures" },
  ],
  rows: [
    {
      cells: [
        { zh: "资源节约利用", en: "resource conservation" },
        { zh: "提高回采率与综合利用率", en: "raise the mining recovery and the comprehensive utilisation rate" },
        {
          zh: "推行先进采选技术，建设尾矿综合利用系统",
          en: "adopt advanced mining and processing technology; build a system to use the tailings",
        },
      ],
      links: [standard("utilization", 1)],
    },
    {
      cells: [
        { zh: "环境保护", en: "environmental protection" },
        { zh: "减少生态破坏，控制污染物排放", en: "reduce ecological damage; control pollutant discharge" },
        {
          zh: "实施边开采边治理，建设矿山废水处理设施",
          en: "restore while mining; build mine wastewater treatment facilities",
        },
      ],
      links: [
        reading(
          "ecological-damage",
          "“减少生态破坏”“边开采边治理”针对表1 生态破坏程度(占地面积、植被覆盖率变化)",
          "“reduce ecological damage” and “restore while mining” address Table 1 ecological damage (land occupied, vegetation cover)",
        ),
        reading(
          "water-soil",
          "“控制污染物排放”“矿山废水处理设施”针对表1 水土环境影响(水污染物排放量)",
          "“control pollutant discharge” and “wastewater treatment” address Table 1 water and soil impact (water pollutant discharge)",
        ),
      ],
    },
    {
      cells: [
        { zh: "安全与职业健康", en: "safety and occupational health" },
        { zh: "防范事故，保障职工健康", en: "prevent accidents; protect the workers' health" },
        {
          zh: "建立双重预防机制，配备防护用品与检测设备",
          en: "set up the dual prevention mechanism (risk grading, hazard inspection); provide protective equipment and monitoring instruments",
        },
      ],
      links: [],
      unlinked: {
        zh: "表1 九项指标中没有安全与职业健康方面的指标",
        en: "none of the nine Table 1 indicators concerns safety or occupational health",
      },
    },
    {
      cells: [
        { zh: "社会责任", en: "social responsibility" },
        { zh: "促进社区和谐与经济发展", en: "foster community harmony and economic development" },
        {
          zh: "创造就业机会，参与社区建设和公益事业",
          en: "create jobs; take part in community building and public-benefit work",
        },
      ],
      links: [
        reading(
          "economic-contribution",
          "“经济发展”(6.5“带动地方经济发展”)对应表1 经济贡献(矿业产值占地区GDP比重)",
          "“economic development” (6.5: “drive the local economy”) matches Table 1 economic contribution (mining output ÷ regional GDP)",
        ),
        reading(
          "employment",
          "“创造就业机会”对应表1 就业贡献(矿山就业人数)",
          "“create jobs” matches Table 1 employment (people employed by the mine)",
        ),
        reading(
          "social-responsibility",
          "“参与社区建设和公益事业”对应表1 社会责任履行(社会公益支出)",
          "“community building and public-benefit work” matches Table 1 social responsibility (community spending)",
        ),
      ],
    },
  ],
};

/** 表3 矿产资源数据管理内容及要求 (7 数据信息管理). */
const DATA: MeasureTable = {
  id: "data",
  number: 3,
  caption: { zh: "矿产资源数据管理内容及要求", en: "contents and requirements of mineral resource data management" },
  clause: { zh: "7 数据信息管理", en: "clause 7, data and information management" },
  columns: [
    { zh: "数据类别", en: "data category" },
    { zh: "主要内容", en: "main contents" },
    { zh: "管理要求", en: "requirements" },
    { zh: "保存期限", en: "retention period" },
  ],
  rows: [
    {
      cells: [
        { zh: "资源类数据", en: "resource data" },
        {
          zh: "储量动态变化、开采量、综合利用率",
          en: "reserve dynamics, output mined, comprehensive utilisation rate",
        },
        { zh: "真实完整，来源可追溯", en: "true and complete, with a traceable source" },
        { zh: "≥10年", en: "≥ 10 years" },
      ],
      links: [
        standard("reserve-change", 1),
        reading(
          "mining-intensity",
          "“开采量”是表1 开采强度(年开采量/保有储量比)的分子",
          "“output mined” is the numerator of Table 1 mining intensity (annual output ÷ retained reserves)",
        ),
        standard("utilization", 1),
      ],
    },
    {
      cells: [
        { zh: "环境类数据", en: "environmental data" },
        {
          zh: "大气、水、土壤监测指标，生态修复进展",
          en: "air, water and soil monitoring indicators; progress of ecological restoration",
        },
        { zh: "定期监测，结果公示", en: "monitored regularly, results made public" },
        { zh: "≥10年", en: "≥ 10 years" },
      ],
      links: [
        reading(
          "ecological-damage",
          "“生态修复进展”对应表1 生态破坏程度(植被覆盖率变化)",
          "“progress of ecological restoration” matches Table 1 ecological damage (change in vegetation cover)",
        ),
        reading(
          "water-soil",
          "“水、土壤监测指标”给出表1 水土环境影响(水污染物排放量、土壤重金属含量)",
          "“water and soil monitoring” gives Table 1 water and soil impact (water pollutants, heavy metals in soil)",
        ),
      ],
    },
    {
      cells: [
        { zh: "经济类数据", en: "economic data" },
        { zh: "矿业产值、税收、就业人数", en: "mining output value, taxes, number of people employed" },
        { zh: "定期统计，确保一致性", en: "compiled regularly, kept consistent" },
        { zh: "≥5年", en: "≥ 5 years" },
      ],
      links: [
        reading(
          "economic-contribution",
          "“矿业产值”是表1 经济贡献(矿业产值占地区GDP比重)的分子",
          "“mining output value” is the numerator of Table 1 economic contribution (mining output ÷ regional GDP)",
        ),
        reading(
          "employment",
          "“就业人数”即表1 就业贡献的矿山就业人数",
          "“number employed” is Table 1 employment's people employed by the mine",
        ),
      ],
    },
    {
      cells: [
        { zh: "社会类数据", en: "social data" },
        { zh: "社会责任投入、社区反馈信息", en: "social-responsibility spending, community feedback" },
        { zh: "分类存档，支持公众参与监督", en: "filed by category, open to public oversight" },
        { zh: "≥5年", en: "≥ 5 years" },
      ],
      links: [
        reading(
          "social-responsibility",
          "“社会责任投入”对应表1 社会责任履行(环境投入比例、社会公益支出)",
          "“social-responsibility spending” matches Table 1 social responsibility (environmental and community spending)",
        ),
      ],
    },
    {
      cells: [
        { zh: "管理类数据", en: "management data" },
        {
          zh: "政策文件、标准执行记录、审核与评估资料",
          en: "policy papers, records of applying standards, audit and assessment files",
        },
        { zh: "建立档案库，确保随时可调阅", en: "kept in an archive, retrievable at any time" },
        { zh: "≥15年", en: "≥ 15 years" },
      ],
      links: [],
      unlinked: {
        zh: "表1 无对应指标：这些资料是整个评估的依据，不单属某一指标",
        en: "no Table 1 indicator: these files underpin the whole assessment, not one indicator",
      },
    },
  ],
};

/** 表4 矿山生态修复措施分类表 (8.3 修复措施). */
const RESTORATION: MeasureTable = {
  id: "restoration",
  number: 4,
  caption: { zh: "矿山生态修复措施分类表", en: "classification of mine ecological restoration measures" },
  clause: { zh: "8.3 修复措施", en: "clause 8.3, restoration measures" },
  columns: [
    { zh: "修复类型", en: "type of restoration" },
    { zh: "主要措施", en: "main measures" },
    { zh: "适用对象", en: "where applied" },
    { zh: "效果说明", en: "effect" },
  ],
  rows: [
    {
      cells: [
        { zh: "工程措施", en: "engineering measures" },
        { zh: "护坡工程、排水工程、截渗工程", en: "slope protection, drainage and seepage cut-off works" },
        { zh: "采空区、排土场、滑坡隐患区域", en: "mined-out areas, waste dumps, landslide-prone areas" },
        { zh: "稳定地形、防止水土流失", en: "stabilise the landform, prevent soil erosion" },
      ],
      links: [
        reading(
          "ecological-damage",
          "治理采空区、排土场等受损土地，对应表1 生态破坏程度(占地面积)",
          "works on mined-out areas and dumps repair damaged land: Table 1 ecological damage (land occupied)",
        ),
      ],
    },
    {
      cells: [
        { zh: "植被措施", en: "vegetation measures" },
        { zh: "播撒草籽、栽植树木、灌木修复", en: "sowing grass seed, planting trees, shrub restoration" },
        { zh: "剥离区、裸露边坡、尾矿库", en: "stripped areas, bare slopes, tailings ponds" },
        { zh: "恢复植被覆盖，改善土壤结构", en: "restore vegetation cover, improve soil structure" },
      ],
      links: [
        reading(
          "ecological-damage",
          "“恢复植被覆盖”对应表1 生态破坏程度(植被覆盖率变化)；8.4 修复效果评估亦评价植被覆盖度",
          "“restore vegetation cover” matches Table 1 ecological damage (change in vegetation cover); 8.4 also assesses vegetation cover",
        ),
      ],
    },
    {
      cells: [
        { zh: "土壤改良", en: "soil improvement" },
        { zh: "回填表土、施加有机肥、土壤改良剂", en: "topsoil backfill, organic fertiliser, soil conditioners" },
        { zh: "土壤贫瘠区、复垦地", en: "infertile soil, reclaimed land" },
        { zh: "提高土壤肥力，促进植物生长", en: "raise soil fertility, help plants grow" },
      ],
      links: [
        reading(
          "ecological-damage",
          "复垦地“促进植物生长”，对应表1 生态破坏程度(占地面积、植被覆盖率变化)",
          "plants grown on reclaimed land: Table 1 ecological damage (land occupied, vegetation cover)",
        ),
      ],
    },
    {
      cells: [
        { zh: "综合措施", en: "combined measures" },
        { zh: "工程与生物措施结合", en: "engineering and biological measures together" },
        { zh: "大型露天矿山、采空区", en: "large open-pit mines, mined-out areas" },
        { zh: "协同治理，兼顾稳定性与生态恢复", en: "treated together for both stability and ecological recovery" },
      ],
      links: [
        reading(
          "ecological-damage",
          "“生态恢复”对应表1 生态破坏程度",
          "“ecological recovery” answers Table 1 ecological damage",
        ),
      ],
    },
  ],
};

/** Tables 2, 3 and 4 in the standard's order. */
export const MEASURE_TABLES: readonly MeasureTable[] = [MANAGEMENT, DATA, RESTORATION];

/** The Table 1 indicator of `id` and its category; throws for an id Table 1 does not have. */
export function table1Indicator(id: string): { readonly indicator: Indicator; readonly category: Bilingual } {
  for (const category of TABLE1) {
    const indicator = category.indicators.find((i) => i.id === id);
    if (indicator) return { indicator, category: category.name };
  }
  throw new RangeError(`"${id}" is not a Table 1 indicator`);
}
