/**
 * The tables plan-drafting units fill (domain.md §5) and reviewers spot-check, as one vocabulary: each table's
 * columns with the header a drafter recognises, the other spellings found in plans, and what a cell must hold.
 * Templates write these headers; the spot-check and `npm run review` find a table's columns by them, so a drafter's
 * own table with the usual headers is read as well as a template. Column layouts are 🔶 (synthesised in domain.md
 * §5 from the legacy 1999-code tables and GB/T 17766-2020 classes): confirm names with a drafter.
 */

export type TableKind = "resources" | "design" | "blocks" | "balance" | "utilization" | "summary" | "corners";

/** What a column holds: `rate` is a fraction (0.95, shown as 95%). */
export type ColumnType = "text" | "number" | "rate";

export interface ColumnSpec {
  readonly id: string;
  /** The header the templates write, Chinese first; the unit, when there is one, in full-width brackets. */
  readonly zh: string;
  readonly en: string;
  /** Other headers that mean the same column (matched after removing spaces, brackets and units). */
  readonly aliases: readonly string[];
  readonly type: ColumnType;
  /** Computed from other columns of the row (a formula in the templates; recomputed by the spot-check). */
  readonly derived: boolean;
  /**
   * A column without which none of the table's rules can run: a header is taken for the table only when it names
   * every required column. A missing optional column narrows the checks (those that need it say so).
   */
  readonly required: boolean;
  /**
   * Words that name the column wherever they stand in a header ("TFe品位", "品位mFe", "Au金属量"): for columns a
   * drafter qualifies with an element or a product, tried after the exact header and the aliases.
   */
  readonly contains: readonly string[];
}

export interface TableSpec {
  readonly kind: TableKind;
  /** Sheet title and the text that follows the marker in A1 of a template. */
  readonly zh: string;
  readonly en: string;
  readonly columns: readonly ColumnSpec[];
  /** The label in the first column of the total row, when the table has one. */
  readonly totalLabel: string | null;
}

function column(
  id: string,
  zh: string,
  en: string,
  type: ColumnType,
  options: { aliases?: readonly string[]; contains?: readonly string[]; derived?: boolean; required?: boolean } = {},
): ColumnSpec {
  return {
    id,
    zh,
    en,
    type,
    aliases: options.aliases ?? [],
    contains: options.contains ?? [],
    derived: options.derived ?? false,
    required: options.required ?? false,
  };
}

/**
 * The itemised design losses of the design table, in its order: the 附件 六.9 categories (保安矿柱 read in drafters'
 * tables, listed under 永久矿柱 in the template), then the plan convention's stope and other losses.
 */
export const DESIGN_LOSS_IDS = [
  "slopeLoss",
  "geologyLoss",
  "pillarLoss",
  "safetyLoss",
  "protectionLoss",
  "excludedLoss",
  "stopeLoss",
  "otherLoss",
] as const;

/** A1 of every template sheet starts with this text, then the table's name. */
export const TEMPLATE_MARKER = "MINE 模板 | MINE template";

/** Words a total row's first cell starts with. */
export const TOTAL_LABELS = ["合计", "总计", "小计", "全矿", "Total"] as const;

/** Whole labels of a total row in coal plans (矿井 = the whole mine): only as the entire label, never a prefix. */
export const TOTAL_WORDS = ["矿井", "全井田", "井田", "全区", "全矿区"] as const;

export const TABLES: Readonly<Record<TableKind, TableSpec>> = {
  resources: {
    kind: "resources",
    zh: "资源储量表",
    en: "Resources and reserves",
    totalLabel: null,
    columns: [
      column("block", "矿体/块段", "ore body / block", "text", {
        aliases: ["矿体", "块段", "矿区(矿体)", "矿体编号", "块段编号", "矿体号", "块段号", "煤层", "煤层编号", "矿层"],
      }),
      column("category", "资源量类型", "class", "text", {
        aliases: ["资源储量类型", "类别", "资源量类别", "储量类型", "资源储量类别", "储量类别", "类型"],
        required: true,
      }),
      column("mineral", "矿种", "mineral", "text", {
        aliases: ["矿产", "组分", "矿产名称", "矿种名称", "伴生组分", "共伴生组分", "有益组分", "伴生有益组分"],
      }),
      column("role", "矿产类别", "main / co / associated", "text", {
        aliases: ["主共伴生", "矿产属性", "主/共/伴", "主共伴生关系", "共伴生", "属性"],
      }),
      column("ore", "矿石量(万t)", "ore (10⁴ t)", "number", {
        aliases: ["矿石量", "资源量", "资源储量", "矿石资源量", "保有资源量", "保有矿石量"],
        required: true,
      }),
      column("grade", "品位", "grade", "number", { aliases: ["平均品位", "主矿产品位"], contains: ["品位"] }),
      column("metal", "金属量", "metal", "number", { aliases: ["金属量(t)", "金属量(万t)"], contains: ["金属量"] }),
      column("note", "备注", "note", "text"),
    ],
  },
  design: {
    kind: "design",
    zh: "设计利用资源量与设计可采储量计算表",
    en: "Usable resources and design recoverable reserves",
    totalLabel: "合计",
    // 浙自然资规〔2025〕6号 附件 六.5/六.9 ✅: only 压覆 leaves 设计利用资源量; every other exclusion is a design loss,
    // one column per 六.9 category. `excluded` and `factor` are read in drafters' own tables so that the review
    // flags them (a deduction or a factor 六.5 does not allow); the template does not write them, nor `safetyLoss`.
    columns: [
      column("category", "资源量类型", "class", "text", { aliases: ["资源储量类型", "类别", "资源量类别"] }),
      column("retained", "保有资源量(万t)", "retained (10⁴ t)", "number", {
        aliases: ["保有资源量", "保有资源储量", "评审备案资源量", "备案资源量"],
      }),
      column("overlaid", "压覆扣除(万t)", "overlaid, deducted", "number", {
        aliases: ["压覆资源量", "压覆扣除", "压覆矿产资源"],
      }),
      column("excluded", "禁采区/境界外扣除(万t)", "deducted for no-mining zones and outside the pit limit", "number", {
        aliases: ["境界外扣除", "禁采区扣除", "境界外资源量", "其他扣除", "禁采区及境界外扣除"],
      }),
      column("factor", "设计利用系数", "design utilisation factor", "number", {
        aliases: ["可信度系数", "利用系数"],
      }),
      column("usable", "设计利用资源量(万t)", "usable resources", "number", {
        aliases: ["设计利用资源量", "设计利用资源储量", "设计利用储量"],
        derived: true,
        required: true,
      }),
      column("slopeLoss", "边帮弃采损失(万t)", "left in the final pit walls (open pit)", "number", {
        aliases: ["边帮弃采", "边帮弃采矿量", "边帮损失", "边坡压覆损失", "边坡压覆", "边坡损失"],
      }),
      column("geologyLoss", "地质及水文地质损失(万t)", "geological and hydrogeological losses", "number", {
        aliases: ["地质损失", "水文地质损失", "地质及水文地质条件损失", "断层及防水矿柱"],
      }),
      column("pillarLoss", "永久矿柱损失(万t)", "permanent pillars", "number", {
        aliases: ["永久矿柱", "永久矿柱损失", "边界保护矿柱"],
      }),
      column("safetyLoss", "保安矿柱损失(万t)", "safety pillars", "number", { aliases: ["保安矿柱", "保安矿柱损失"] }),
      column(
        "protectionLoss",
        "保护矿柱损失(万t)",
        "pillars left for legal, social or environmental reasons",
        "number",
        {
          aliases: ["保护矿柱", "保护矿柱损失"],
        },
      ),
      column(
        "excludedLoss",
        "禁采区/境界外损失(万t)",
        "no-mining zones and outside the pit limit, as a loss",
        "number",
        {
          aliases: ["禁采区损失", "境界外损失", "禁采区及境界外损失"],
        },
      ),
      column("stopeLoss", "采场损失(万t)", "stope losses", "number", { aliases: ["采矿损失", "采场损失"] }),
      column("otherLoss", "其他设计损失(万t)", "other design losses", "number", { aliases: ["其他损失", "其他"] }),
      column("losses", "设计损失量(万t)", "design losses, total", "number", {
        aliases: ["设计损失量", "设计损失量合计", "设计损失"],
        derived: true,
      }),
      column("recoverable", "设计可采储量(万t)", "design recoverable reserves", "number", {
        aliases: ["设计可采储量", "可采储量"],
        derived: true,
        required: true,
      }),
      column("designRecovery", "设计开采回采率", "design mining recovery", "rate", {
        aliases: ["设计回采率", "开采回采率"],
        contains: ["回采率"],
        derived: true,
      }),
    ],
  },
  blocks: {
    kind: "blocks",
    zh: "采区(矿块)开采回采率计算表",
    en: "Mining recovery by panel (block)",
    totalLabel: "合计",
    columns: [
      // 中段 (a level), 采场, 块段, 盘区, 台阶 and 工作面 are the units plans compute the recovery by
      column("block", "采区/矿块", "panel / block", "text", {
        aliases: [
          "采区",
          "矿块",
          "采区名称",
          "采场",
          "采场编号",
          "中段",
          "中段名称",
          "开采中段",
          "块段",
          "块段编号",
          "盘区",
          "台阶",
          "矿房",
          "工作面",
        ],
      }),
      // at design stage the weight is each panel's 设计利用资源量 (the blocks template's note)
      column("consumed", "动用资源量(万t)", "resources consumed", "number", {
        aliases: [
          "动用资源量",
          "动用储量",
          "动用资源储量",
          "动用量",
          "动用矿量",
          "采区动用储量",
          "采区动用资源量",
          "设计利用资源量",
          "设计利用资源储量",
        ],
        required: true,
      }),
      column("loss", "损失量(万t)", "loss", "number", { aliases: ["损失量", "采矿损失量", "损失矿量", "矿石损失量"] }),
      // 采出量 and 采出矿量 are pure ore in coal plans and in the 1999-code tables (domain.md §5)
      column("extracted", "采出纯矿石量(万t)", "ore extracted", "number", {
        aliases: ["采出纯矿石量", "采出量", "采出矿量", "采出煤量", "采出工业矿石量", "采区采出量", "采区采出煤量"],
      }),
      column("waste", "混入废石量(万t)", "waste mixed in", "number", { aliases: ["混入废石量", "废石混入量"] }),
      column("mined", "采出矿石量(万t)", "ore mined (with waste)", "number", {
        aliases: ["采出矿石量", "出矿量", "采出矿石总量"],
        derived: true,
      }),
      column("recovery", "开采回采率", "mining recovery", "rate", {
        aliases: ["回采率", "采区回采率", "矿石回采率"],
        contains: ["回采率"],
        derived: true,
        required: true,
      }),
      column("dilution", "贫化率", "dilution (waste ratio)", "rate", {
        aliases: ["废石混入率", "矿石贫化率"],
        contains: ["贫化率"],
        derived: true,
      }),
    ],
  },
  balance: {
    kind: "balance",
    zh: "选矿金属平衡表",
    en: "Concentrator metal balance",
    totalLabel: null,
    columns: [
      column("product", "产品", "product", "text", { aliases: ["产品名称"], required: true }),
      // a balance per 100 t of feed gives yields instead of tonnages: either gives each product's mass
      column("tonnage", "产量(t)", "tonnage", "number", { aliases: ["产量", "数量", "产品产量", "处理量"] }),
      column("yield", "产率", "yield", "rate", {
        aliases: ["产率γ", "γ", "产率/γ"],
        contains: ["产率"],
        derived: true,
      }),
      column("grade", "品位", "grade", "number", { aliases: ["品位β"], contains: ["品位"], required: true }),
      column("metal", "金属量", "metal", "number", { contains: ["金属量"], derived: true }),
      column("recovery", "回收率", "recovery", "rate", {
        aliases: ["回收率ε", "实际回收率"],
        contains: ["回收率"],
        derived: true,
      }),
    ],
  },
  utilization: {
    kind: "utilization",
    zh: "共伴生矿产综合利用表",
    en: "Comprehensive utilisation of co- and by-product minerals",
    totalLabel: "综合利用率",
    columns: [
      column("mineral", "矿种", "mineral", "text", { aliases: ["矿产", "组分"], required: true }),
      column("role", "矿产类别", "main / co / associated", "text", {
        aliases: ["主共伴生", "矿产属性", "主/共/伴", "类别", "共伴生", "属性", "类型"],
        required: true,
      }),
      column("miningRecovery", "开采回采率", "mining recovery", "rate", {
        aliases: ["回采率"],
        contains: ["回采率"],
        required: true,
      }),
      column("processRecovery", "选矿回收率", "process recovery", "rate", {
        // "选矿（回收）率" reads as 选矿率 once its brackets go
        aliases: ["选矿回收率(%)", "选矿率", "选冶回收率", "选矿(冶)回收率"],
        required: true,
      }),
      column("combined", "综合回收率", "combined recovery", "rate", {
        aliases: ["采选综合回收率", "综合利用率"],
        derived: true,
      }),
      column("used", "是否利用", "used", "text", { aliases: ["是否综合利用", "利用情况", "是否回收", "回收情况"] }),
      column("protection", "保护措施", "protection measures", "text", { aliases: ["未利用原因及保护措施"] }),
    ],
  },
  summary: {
    kind: "summary",
    zh: "三率指标汇总与达标判定表",
    en: "The three rates against the national minimums",
    totalLabel: null,
    columns: [
      column("indicator", "指标", "indicator", "text", { aliases: ["指标名称", "项目", "指标项目"], required: true }),
      column("mineral", "矿种", "mineral", "text", { aliases: ["矿产", "矿种名称"] }),
      column("method", "开采方式", "mining method", "text"),
      column("condition", "条件", "condition", "text"),
      column("value", "设计值", "design value", "rate", {
        aliases: ["方案值", "指标值", "设计指标", "设计指标值", "方案设计值", "本方案指标", "本方案", "本方案设计值"],
        required: true,
      }),
      column("minimum", "最低指标", "national minimum", "rate", {
        aliases: ["国家最低指标", "最低要求", "国家最低要求", "国家要求", "最低指标要求", "国家标准", "标准要求"],
        derived: true,
      }),
      column("source", "出处", "source", "text", { aliases: ["依据", "来源"], derived: true }),
      column("meets", "是否达标", "meets the minimum", "text", {
        aliases: ["达标判定", "判定", "是否满足", "评价", "结论", "符合性", "达标情况", "是否符合"],
        derived: true,
      }),
      // 浙自然资规〔2025〕6号 正文 七 ✅: the preliminary design's rates may not be below the plan's
      column("preliminary", "初步设计值", "value in the preliminary design", "rate", {
        aliases: ["初步设计", "初步设计指标", "初步设计指标值"],
      }),
    ],
  },
  corners: {
    kind: "corners",
    zh: "矿区范围拐点坐标表",
    en: "Corner coordinates of the licence area",
    totalLabel: null,
    // 浙自然资规〔2025〕6号 附件 五(二).7 ✅ asks whether the corner coordinates and the stated 矿区面积 are right.
    // Plane coordinates (CGCS2000 Gauss–Krüger, m); a second coordinate system beside them is not read.
    columns: [
      column("point", "拐点编号", "corner", "text", {
        aliases: ["拐点", "拐点号", "点号", "界址点", "界址点号", "点名"],
      }),
      column("x", "X(m)", "X (m)", "number", { aliases: ["X坐标", "纵坐标", "纵坐标X", "X坐标(m)"], required: true }),
      column("y", "Y(m)", "Y (m)", "number", { aliases: ["Y坐标", "横坐标", "横坐标Y", "Y坐标(m)"], required: true }),
    ],
  },
};

/** A header cell reduced to what identifies it: no spaces, no brackets or their contents (units), lower case. */
export function headerKey(text: string): string {
  return text
    .replace(/[（(][^）)]*[）)]/g, "")
    .replace(/[\s\u3000/／、·.]/g, "")
    .toLowerCase();
}

/** The column `id` of `table` (an id the vocabulary declares: anything else is a mistake in the code). */
export function columnOf(table: TableSpec, id: string): ColumnSpec {
  const column = table.columns.find((spec) => spec.id === id);
  if (!column) throw new Error(`${table.kind} has no column ${id}`);
  return column;
}

/** The column of `table` a header names, or undefined. Exact headers first, then aliases, then words it contains. */
export function columnForHeader(table: TableSpec, header: string): ColumnSpec | undefined {
  const key = headerKey(header);
  if (key === "") return undefined;
  return (
    table.columns.find((c) => headerKey(c.zh) === key || headerKey(c.en) === key) ??
    table.columns.find((c) => c.aliases.some((a) => headerKey(a) === key)) ??
    table.columns.find((c) => c.contains.some((word) => key.includes(word)))
  );
}
