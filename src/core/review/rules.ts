/**
 * The spot-check's rules (复核规则): a stable id, what the rule says in both languages, the clause it rests on,
 * and whether breaking it fails the review or only asks the reviewer to look. Ids are part of the `--json`
 * output and of the report sheet: never rename one; add a new id instead.
 *
 * Reviewer rules come from 浙自然资规〔2025〕6号 六 and its 附件 六.5–六.9 (✅ read in the notice), GB/T 17766-2020
 * (资源量与储量不相加 ✅) and one 2025 review (推断资源量设计利用系数 ✅ one case); the recomputations are the
 * formulas of the engine (src/core) with the basis each names.
 */
import { Message } from "../errors";
import { TABLES, TableKind } from "../templates/columns";

export type Severity = "fail" | "warn";

export interface Rule {
  readonly id: string;
  readonly severity: Severity;
  /** What must hold. */
  readonly zh: string;
  readonly en: string;
  /** The clause or formula basis it rests on, with its confidence mark where it is not a governing text. */
  readonly source: Message;
}

const NOTICE = "浙自然资规〔2025〕6号";
const NOTICE_EN = "Zhejiang notice 浙自然资规〔2025〕6号";

const SOURCES = {
  six: { zh: `${NOTICE} 六`, en: `${NOTICE_EN}, section 6` },
  sixA65: { zh: `${NOTICE} 六；附件 六.5`, en: `${NOTICE_EN}, section 6; annex 6.5` },
  sixA678: { zh: `${NOTICE} 六；附件 六.5、六.7、六.8`, en: `${NOTICE_EN}, section 6; annex 6.5, 6.7, 6.8` },
  sixA68: { zh: `${NOTICE} 六；附件 六.8`, en: `${NOTICE_EN}, section 6; annex 6.8` },
  a65: { zh: `${NOTICE} 附件 六.5(GB/T 42249-2022 加权平均)`, en: `${NOTICE_EN}, annex 6.5 (GB/T 42249-2022)` },
  a6569: { zh: `${NOTICE} 附件 六.5、六.9`, en: `${NOTICE_EN}, annex 6.5 and 6.9` },
  a69: { zh: `${NOTICE} 附件 六.9`, en: `${NOTICE_EN}, annex 6.9` },
  gbt17766: {
    zh: "GB/T 17766-2020《固体矿产资源储量分类》：资源量与储量单列，不相加",
    en: "GB/T 17766-2020: resources and reserves are reported apart, never added",
  },
  inferred: {
    zh: `${NOTICE} 附件 六.5(只扣压覆，未列推断资源量系数 ✅)；2025 年云南一份开采方案审查(自然资办发〔2024〕33号)推断取 0.8 ✅(一例，非统一规定)`,
    en: `${NOTICE_EN}, annex 6.5 (overlaid resources the only deduction; no factor for inferred resources ✅); one 2025 Yunnan plan review (自然资办发〔2024〕33号) used 0.8 for inferred ✅ (one case, not a general rule)`,
  },
  a65usable: {
    zh: `${NOTICE} 附件 六.5“设计利用资源量是否包括评审备案资源量(保有)除压覆资源外的全部矿体资源量”、六.9 定义与设计损失 ✅`,
    en: `${NOTICE_EN}, annex 6.5 (usable resources: every retained resource but the overlaid ones) and 6.9 (definitions, design losses) ✅`,
  },
  columns: {
    zh: "表式：各张填报表的列名(与本加载项的填表模板一致；按编制单位常用表式综合 🔶)",
    en: "layout: the drafting tables' columns (as in this add-in's templates; synthesised from the layouts drafting units use 🔶)",
  },
  engine: {
    zh: "MINE 计算引擎的输入检查(数量非负、比率为小数、部分不大于整体)",
    en: "the MINE engine's input checks (quantities non-negative, rates fractions, part not above whole)",
  },
  excel: {
    zh: "Excel 文件保存公式时同时保存计算结果；复核以保存的结果为填报值",
    en: "Excel saves each formula with its result; the review takes that result as the stated value",
  },
  balance: {
    zh: "金属平衡：各产品产量与金属量之和等于原矿(教科书，🔶)",
    en: "metal balance: products add up to the feed in tonnage and metal (textbook, 🔶)",
  },
  seven: {
    zh: `${NOTICE} 七“设计的“三率”指标不得低于方案确定的指标” ✅`,
    en: `${NOTICE_EN}, section 7 (the design's three rates may not be below the plan's) ✅`,
  },
  a66: {
    zh: `${NOTICE} 附件 六.6“拟建生产规模、初步估算的矿山服务年限是否合理，是否满足最低生产规模要求” ✅；服务年限 = 设计可采储量 ÷ 生产规模(MINE.SERVICE_LIFE)`,
    en: `${NOTICE_EN}, annex 6.6 (the planned scale and estimated service life reasonable, the minimum scale met) ✅; service life = recoverable reserves ÷ scale (MINE.SERVICE_LIFE)`,
  },
  a5x7: {
    zh: `${NOTICE} 附件 五(二).7“拐点坐标及矿区面积是否正确” ✅；面积按鞋带公式(平面坐标)`,
    en: `${NOTICE_EN}, annex 5(2).7 (whether the corner coordinates and the area are right) ✅; area by the shoelace formula (plane coordinates)`,
  },
  blocks: {
    zh: "动用资源储量 = 采出纯矿石量 + 损失量(教科书，🔶)",
    en: "resources consumed = ore extracted + loss (textbook, 🔶)",
  },
} as const satisfies Record<string, Message>;

function rule(id: string, severity: Severity, zh: string, en: string, source: Message): Rule {
  return { id, severity, zh, en, source };
}

/** The reviewer rules and the workbook-level checks, by id. */
export const RULES = {
  noTable: rule(
    "workbook.no-table",
    "fail",
    "工作簿中须有可识别的填报表(表头与各张填报表的列名相符)；一张也找不到时不能判定通过",
    "the workbook must hold at least one recognisable table (headers as in the drafting tables); with none, nothing was checked and the review cannot pass",
    SOURCES.columns,
  ),
  missingColumns: rule(
    "table.missing-columns",
    "fail",
    "表中须有该表复核所需的列；缺少时该表未复核，结论须人工核对",
    "a table must have the columns its checks need; without them the table was not checked and needs a manual check",
    SOURCES.columns,
  ),
  noCachedResult: rule(
    "workbook.no-cached-result",
    "warn",
    "公式单元格须保存有计算结果(在 Excel 中打开并保存一次)",
    "formula cells must carry a saved result (open and save the file in Excel once)",
    SOURCES.excel,
  ),
  unreadable: rule(
    "input.unreadable",
    "warn",
    "数值列的单元格须为数值(文字或错误值无法复核)",
    "cells of a number column must hold numbers (text or error values cannot be checked)",
    SOURCES.columns,
  ),
  invalid: rule(
    "input.invalid",
    "fail",
    "填报数值须可计算(非负、比率为小数、部分不大于整体)",
    "the stated numbers must be computable (non-negative, rates as fractions, part not above whole)",
    SOURCES.engine,
  ),
  explicit: rule(
    "sanlv.explicit",
    "fail",
    "“三率”指标须明确：开采回采率、选矿回收率、综合利用率各有一个数值",
    "the three rates must be explicit: mining recovery, process recovery and comprehensive utilisation each stated as a number",
    SOURCES.six,
  ),
  notApplicable: rule(
    "sanlv.not-applicable",
    "warn",
    "写作“不涉及/不适用”的“三率”指标须有依据(例如不设选矿)，请审查人确认",
    "a rate stated as not applicable needs a reason (no concentrator, say): for the reviewer to confirm",
    SOURCES.six,
  ),
  consistent: rule(
    "sanlv.consistent",
    "fail",
    "同一“三率”指标在汇总表与其计算表中须一致",
    "each of the three rates must be the same in the summary table and in the table that computes it",
    SOURCES.six,
  ),
  minimumUnverified: rule(
    "sanlv.minimum-unverified",
    "warn",
    "所用国家最低指标标为 🔶 待核实(来源只见于镜像页面或摘要)，请审查人核对原文",
    "the national minimum used is marked 🔶 unverified (its source was read only in a mirror or a summary): for the reviewer to check against the official text",
    {
      zh: "本工具内置的国家“三率”最低指标表：每行注明把握程度与存疑原因",
      en: "this tool's built-in table of the national minimums: each row's confidence and why it is doubted",
    },
  ),
  minimum: rule(
    "sanlv.minimum",
    "fail",
    "“三率”指标不得低于国家最低指标(含等于)",
    "each of the three rates must reach the national minimum (inclusive)",
    SOURCES.sixA678,
  ),
  utilizationMissing: rule(
    "utilization.missing",
    "fail",
    "资源储量表中的共生、伴生矿产须列入综合利用表",
    "every co- or by-product mineral of the resources table must have a row in the comprehensive-utilisation table",
    SOURCES.sixA68,
  ),
  protection: rule(
    "utilization.protection",
    "fail",
    "暂不能综合利用的共伴生矿产须写明有效保护措施",
    "a co- or by-product mineral not used must state its protection measures",
    SOURCES.sixA68,
  ),
  allLosses: rule(
    "reserves.all-losses",
    "fail",
    "设计可采储量须扣除全部设计损失量",
    "design recoverable reserves must deduct every design loss",
    SOURCES.a6569,
  ),
  weighted: rule(
    "recovery.weighted",
    "fail",
    "全矿开采回采率须为全部采区(矿块)回采率的加权平均(= Σ采出纯矿石量 ÷ Σ动用资源量)，不得用简单平均",
    "the mine's mining recovery must be the weighted average over every panel/block (= Σ extracted ÷ Σ consumed), never a simple mean",
    SOURCES.a65,
  ),
  inferredFactor: rule(
    "reserves.inferred-factor",
    "warn",
    "推断资源量的设计利用系数小于 1 时列出，供专家判断(附件 六.5 未列此系数；提示，不据此扣减)",
    "a design factor below 1 on inferred resources is shown for the experts to judge (annex 6.5 lists no such factor; a warning, never a deduction)",
    SOURCES.inferred,
  ),
  overlaidOnly: rule(
    "reserves.overlaid-only",
    "fail",
    "设计利用资源量须包括保有资源量除压覆外的全部资源量：禁采区、境界外等其他扣除和小于 1 的设计利用系数均不得从中扣减，应列为设计损失(设计开采回采率按 设计可采储量 ÷ (保有 − 压覆) 重算)",
    "usable resources must hold every retained resource but the overlaid ones: no other deduction (no-mining zones, outside the pit limit …) and no factor below 1; those are design losses (the design recovery is recomputed as recoverable ÷ (retained − overlaid))",
    SOURCES.a65usable,
  ),
  notSummed: rule(
    "resources.not-summed",
    "fail",
    "资源量(探明、控制、推断)与储量(证实、可信)不得相加",
    "resources (measured, indicated, inferred) and reserves (proved, probable) must not be added together",
    SOURCES.gbt17766,
  ),
  closure: rule(
    "balance.closure",
    "warn",
    "金属平衡表中各产品的产量、金属量之和应等于原矿",
    "the products of the metal balance should add up to the feed in tonnage and in metal",
    SOURCES.balance,
  ),
  blockBalance: rule(
    "blocks.balance",
    "warn",
    "各采区(矿块)动用资源量应等于采出纯矿石量与损失量之和",
    "each panel's resources consumed should equal ore extracted plus loss",
    SOURCES.blocks,
  ),
  preliminary: rule(
    "sanlv.preliminary",
    "fail",
    "初步设计的“三率”指标不得低于方案确定的指标",
    "the preliminary design's three rates may not be below the plan's",
    SOURCES.seven,
  ),
  minimumScale: rule(
    "reserves.minimum-scale",
    "fail",
    "生产规模须满足最低生产规模要求(方案写明的最低规模)",
    "the planned scale must meet the minimum production scale (as the plan states it)",
    SOURCES.a66,
  ),
  serviceLife: rule(
    "reserves.service-life",
    "warn",
    "初步估算的服务年限应与设计可采储量 ÷ 生产规模相符(另计基建期、储量备用系数等须写明)",
    "the estimated service life should agree with recoverable reserves ÷ scale (a construction period, reserve factor and the like stated)",
    SOURCES.a66,
  ),
  licenceArea: rule(
    "licence.area",
    "fail",
    "方案所写矿区面积须等于拐点坐标围成的面积(在所写位数的舍入范围内)",
    "the licence area the plan states must be the area its corner coordinates enclose (within the rounding of its digits)",
    SOURCES.a5x7,
  ),
} as const satisfies Record<string, Rule>;

/** A derived column's formula and basis, for the rules `derived.<table>.<column>` and `….total`. */
interface Derivation {
  readonly zh: string;
  readonly en: string;
  readonly source: Message;
}

const formula = (zh: string, en: string, source: Message): Derivation => ({ zh, en, source });
const textbook = (zh: string, en: string): Message => ({ zh: `${zh}(🔶)`, en: `${en} (🔶)` });

const DERIVATIONS: Partial<Record<TableKind, Record<string, Derivation>>> = {
  design: {
    usable: formula(
      "设计利用资源量 = 保有资源量 − 压覆扣除(表中另列扣除或系数时按其算术核对；是否允许由 reserves.overlaid-only 判定)",
      "usable = retained − overlaid (a table listing other deductions or a factor is checked on its own arithmetic; whether they are allowed is reserves.overlaid-only)",
      SOURCES.a6569,
    ),
    losses: formula(
      "设计损失量 = 边帮弃采 + 地质及水文地质 + 永久矿柱 + 保安矿柱 + 保护矿柱 + 禁采区/境界外 + 采场损失 + 其他设计损失",
      "design losses = pit walls + geology and hydrogeology + permanent pillars + safety pillars + protection pillars + no-mining zones and outside the pit limit + stope losses + other losses",
      SOURCES.a6569,
    ),
    recoverable: formula(
      "设计可采储量 = 设计利用资源量 − 设计损失量",
      "recoverable = usable − design losses",
      SOURCES.a69,
    ),
    designRecovery: formula(
      "设计开采回采率 = 设计可采储量 ÷ 设计利用资源量",
      "design mining recovery = recoverable ÷ usable",
      SOURCES.a69,
    ),
  },
  blocks: {
    mined: formula(
      "采出矿石量 = 采出纯矿石量 + 混入废石量",
      "ore mined = ore extracted + waste",
      textbook("教科书定义", "textbook"),
    ),
    recovery: formula(
      "开采回采率 = 采出纯矿石量 ÷ 动用资源量",
      "mining recovery = extracted ÷ consumed",
      textbook("教科书定义；回采率 + 损失率 = 1 ✅", "textbook; recovery + loss rate = 1 ✅"),
    ),
    dilution: formula("贫化率(废石混入率) = 混入废石量 ÷ 采出矿石量", "dilution (waste ratio) = waste ÷ ore mined", {
      zh: "教科书定义 ✅",
      en: "textbook ✅",
    }),
  },
  balance: {
    yield: formula("产率 = 产品产量 ÷ 原矿产量", "yield = product tonnage ÷ feed tonnage", {
      zh: "γ = Q精/Q原 ✅",
      en: "γ = Q_c/Q_f ✅",
    }),
    metal: formula("金属量 = 产量 × 品位", "metal = tonnage × grade", { zh: "定义", en: "definition" }),
    recovery: formula(
      "回收率 = 产品金属量 ÷ 原矿金属量 = Q·β ÷ (Q原·α)",
      "recovery = product metal ÷ feed metal = Q·β ÷ (Q_f·α)",
      { zh: "商品金属平衡 ✅", en: "commodity metal balance ✅" },
    ),
  },
  utilization: {
    combined: formula(
      "综合回收率 = 开采回采率 × 选矿回收率",
      "combined recovery = mining recovery × process recovery",
      textbook("采选综合回收率", "combined recovery"),
    ),
  },
  summary: {
    minimum: formula(
      "最低指标 = 内置国家“三率”最低指标表中对应的一行",
      "minimum = the matching row of the built-in national table",
      {
        zh: "国家“三率”最低指标公告(每行注明文件)",
        en: "the national minimum notices (each row names its document)",
      },
    ),
    meets: formula("是否达标：设计值 ≥ 最低指标", "meets: design value ≥ minimum", SOURCES.six),
  },
};

const TOTAL_DERIVATIONS: Partial<Record<TableKind, Record<string, Derivation>>> = {
  design: {
    designRecovery: formula(
      "合计行设计开采回采率 = Σ设计可采储量 ÷ Σ设计利用资源量(加权，不是各行的简单平均)",
      "total design recovery = Σ recoverable ÷ Σ usable (weighted, not the mean of the rows)",
      SOURCES.a65,
    ),
  },
  blocks: {
    dilution: formula(
      "合计行贫化率 = Σ混入废石量 ÷ Σ采出矿石量(加权)",
      "total dilution = Σ waste ÷ Σ ore mined (weighted)",
      {
        zh: "教科书定义 ✅",
        en: "textbook ✅",
      },
    ),
  },
  utilization: {
    combined: formula(
      "综合利用率 = 各矿种综合回收率的算术平均(未利用的矿种计 0)",
      "comprehensive utilisation = mean of every mineral's combined recovery (0 for one not used)",
      {
        zh: "综合回收率算术平均法 ✅(二手来源；GB/T 42249-2022 按组分公式未读到 ❓)",
        en: "arithmetic-mean method ✅ (secondary source; the GB/T 42249-2022 formula was not read ❓)",
      },
    ),
  },
};

const cache = new Map<string, Rule>();

/**
 * The rule of a derived column: `derived.<table>.<column>` for a row, `derived.<table>.<column>.total` for the
 * total row. A total without its own formula is the sum of the rows.
 */
export function derivedRule(kind: TableKind, columnId: string, total: boolean): Rule {
  const id = `derived.${kind}.${columnId}${total ? ".total" : ""}`;
  const known = cache.get(id);
  if (known) return known;
  const column = TABLES[kind].columns.find((spec) => spec.id === columnId);
  const name = { zh: column?.zh ?? columnId, en: column?.en ?? columnId };
  const derivation =
    (total ? TOTAL_DERIVATIONS[kind]?.[columnId] : undefined) ??
    (total
      ? formula(`合计行${name.zh} = 各行之和`, `total ${name.en} = sum of the rows`, {
          zh: "合计的定义",
          en: "definition of a total",
        })
      : DERIVATIONS[kind]?.[columnId]) ??
    formula(`${name.zh}须等于其计算值`, `${name.en} must equal its recomputation`, SOURCES.columns);
  const made = rule(id, "fail", derivation.zh, derivation.en, derivation.source);
  cache.set(id, made);
  return made;
}

/** Every fixed rule id (derived rules are `derived.<table>.<column>[.total]`). */
export const RULE_IDS: readonly string[] = Object.values(RULES).map((rule) => rule.id);
