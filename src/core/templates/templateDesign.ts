/**
 * 设计利用资源量与设计可采储量计算表 (domain.md §5 template 2, §1.2), on 浙自然资规〔2025〕6号 附件 六.5/六.9 (✅ read
 * in the notice): per resource class, the retained resources and the 压覆 deduction, the only one 六.5 allows, give
 * 设计利用资源量 (MINE.USABLE_RESOURCES); every other exclusion is an itemised design loss, one column per 六.9
 * category, and 设计损失量, 设计可采储量 and 设计开采回采率 follow (SUM, MINE.RECOVERABLE_RESERVES,
 * MINE.DESIGN_RECOVERY); the total row sums the tonnages and recomputes the reserves and the rate from the totals.
 * No 设计利用系数 and no 禁采区/境界外 deduction column: the review reads them in drafters' own tables to flag them.
 * Above the table, 服务年限 (附件 六.6) from the total 设计可采储量 and the scale the drafter types (MINE.SERVICE_LIFE).
 */
import { DESIGN_LOSS_IDS } from "./columns";
import { FORMATS, TemplateContext, TemplateSpec, whenNamed } from "./templateSheet";
import { VALIDATIONS } from "./templateValidations";

const losses = (ctx: TemplateContext, row: number) => ctx.span(FIRST_LOSS, LAST_LOSS, row);
const totalLosses = (ctx: TemplateContext) => `${ctx.total(FIRST_LOSS)}:${ctx.total(LAST_LOSS)}`;
const sum = (id: string) => (ctx: TemplateContext) => `=SUM(${ctx.rows(id)})`;
const loss = (id: string) => ({ format: FORMATS.tonnage, validation: VALIDATIONS.tonnage, total: sum(id) });

/** Columns of the design table the template does not write (read in drafters' own tables, to flag or to sum). */
const NOT_WRITTEN = ["excluded", "factor", "safetyLoss"] as const;

/** The design losses the template writes, in order. */
export const TEMPLATE_DESIGN_LOSS_IDS = DESIGN_LOSS_IDS.filter(
  (id) => !(NOT_WRITTEN as readonly string[]).includes(id),
);
const FIRST_LOSS = TEMPLATE_DESIGN_LOSS_IDS[0];
const LAST_LOSS = TEMPLATE_DESIGN_LOSS_IDS[TEMPLATE_DESIGN_LOSS_IDS.length - 1];

export const DESIGN_TEMPLATE: TemplateSpec = {
  kind: "design",
  notes: [
    {
      zh: "填写：按资源量类型(探明/控制/推断)逐行填写保有资源量、压覆资源量和每一项设计损失；某项没有请填 0，不要留空；资源量类型为空的行不参与计算。",
      en: "Fill in: one row per resource class (探明/控制/推断) with retained resources, overlaid resources and every design loss; type 0 for an item that is nil, never leave it blank; a row without its class is not computed.",
    },
    {
      zh: "单位：万t。设计利用资源量 = MINE.USABLE_RESOURCES(保有, 压覆) = 保有 − 压覆：只扣压覆 ✅ 浙自然资规〔2025〕6号 附件 六.5(“是否包括评审备案资源量(保有)除压覆资源外的全部矿体资源量”)、六.9(“扣除压覆矿产资源(如水体、建筑物和铁路下压覆矿)后参与设计的资源量”)。",
      en: "Units: 10⁴ t. Usable = MINE.USABLE_RESOURCES(retained, overlaid) = retained − overlaid: overlaid resources are the only deduction ✅ 浙自然资规〔2025〕6号 annex 6.5 (all retained resources but the overlaid ones) and 6.9 (resources taking part in the design after deducting the overlaid ones).",
    },
    {
      zh: "设计损失逐项列出 ✅ 附件 六.9：露天为设计最终边帮中弃采矿量(边帮弃采)；地下为 ① 地质及水文地质条件(断层和防水保护矿柱、难以开采的边缘或零星矿体、孤立矿块)，② 永久矿柱(矿块永久矿柱、边界保护矿柱、永久建筑物下矿柱，保安矿柱也列在此)和因法律、社会、环境保护等因素不能开采的保护矿柱。❓ 禁采区、境界外 六.9 未点名，但按 六.5 不得从设计利用资源量中扣除，请作为设计损失列入并写明依据。",
      en: "Design losses itemised ✅ annex 6.9: open pit, the ore left in the final pit walls; underground, ① geological and hydrogeological conditions (faults and water-barrier pillars, marginal or scattered ore bodies, isolated blocks), ② permanent pillars (block pillars, boundary pillars, pillars under permanent structures — safety pillars go here) and pillars left for legal, social or environmental reasons. ❓ No-mining zones and ore outside the pit limit are not named in 6.9, but 6.5 does not let them leave the usable resources: enter them as a design loss with their basis.",
    },
    {
      zh: "不设“设计利用系数”：附件 六.5 只扣压覆，未列推断资源量折算系数；有的方案对推断资源量取小于 1 的系数(✅ 仅见一例：2025 年云南一份审查取 0.8)，复核只作提示列出、供专家判断，本表按 六.5 全部计入。",
      en: "No design utilisation factor: annex 6.5 deducts overlaid resources only and lists no factor for inferred resources; some plans apply one below 1 (✅ one case: a 2025 Yunnan review used 0.8), which the review shows as a warning for the experts to judge; this table counts them in full, as 6.5 does.",
    },
    {
      zh: "设计可采储量 = MINE.RECOVERABLE_RESERVES(设计利用, 各项设计损失)，须扣除全部设计损失 ✅ 附件 六.5；设计开采回采率 = MINE.DESIGN_RECOVERY = 设计可采 ÷ 设计利用 ✅ 附件 六.9。合计行由合计量重新计算(= Σ设计可采 ÷ Σ设计利用)。",
      en: "Recoverable = MINE.RECOVERABLE_RESERVES(usable, every design loss): all design losses must be deducted ✅ annex 6.5; design recovery = MINE.DESIGN_RECOVERY = recoverable ÷ usable ✅ annex 6.9. The total row recomputes them from the totals (= Σ recoverable ÷ Σ usable).",
    },
    {
      zh: "表上方：服务年限 = MINE.SERVICE_LIFE(设计可采储量合计, 生产规模, 废石混入率, K, 基建期) ✅ 附件 六.6 审查“拟建生产规模、初步估算的矿山服务年限是否合理”。非煤 = 设计可采储量 ÷ [生产规模 × (1 − 废石混入率)] ✅ 评估实务；煤矿 = 设计可采储量 ÷ (生产规模 × 储量备用系数 K)，K 露天煤矿 1.1–1.2 ✅ GB 50197-2015 2.3.6，井工煤矿按所用规范填写(原文未读到 ❓)，不与废石混入率同填；基建期填写则加上(评估计算期口径 ✅；方案服务年限是否含基建期未见规定 ❓)。六.6 的“最低生产规模”数值在所依据的矿产资源规划中，本表不判定。",
      en: "Above the table: service life = MINE.SERVICE_LIFE(total recoverable, scale, waste ratio, K, construction) ✅ annex 6.6 asks whether the planned scale and the estimated service life are reasonable. Non-coal = recoverable ÷ [scale × (1 − waste ratio)] ✅ valuation practice; coal = recoverable ÷ (scale × reserve factor K), K 1.1–1.2 for open-pit coal ✅ GB 50197-2015 2.3.6, underground coal by the design code used (not read ❓), never with a waste ratio; a construction period typed is added (the valuation period ✅; whether a plan's service life includes it was not read ❓). The minimum scale of 6.6 is set in the mineral resources plan the mine falls under; this table does not judge it.",
    },
    {
      zh: "❓ 两种口径：本表为方案口径(采场损失也列为设计损失)；评估/煤炭口径只把永久矿柱等列为设计损失，再乘采矿回采率——用后者时请把 (1 − 采矿回采率) 部分列入“采场损失”。",
      en: "❓ Two conventions: this table follows the plan convention (stope losses are design losses too); under the valuation/coal convention only pillars etc. are design losses and a mining recovery multiplies the rest — then enter the (1 − mining recovery) part as the stope loss.",
    },
  ],
  checks: [
    { id: "scale", label: { zh: "拟建生产规模(万t/a)", en: "Planned production scale (10⁴ t/a)" }, input: 30 },
    {
      id: "dilution",
      label: { zh: "废石混入率(非煤矿山；无则填 0)", en: "Waste rock ratio (non-coal mines; 0 if none)" },
      input: 0.05,
      format: FORMATS.rate,
    },
    {
      id: "reserveFactor",
      label: { zh: "储量备用系数 K(仅煤矿，≥1；非煤留空)", en: "Reserve factor K (coal only, ≥ 1; blank otherwise)" },
      input: "",
      format: FORMATS.factor,
    },
    {
      id: "constructionYears",
      label: { zh: "基建期(年；计入服务年限时填写)", en: "Construction period (years; to count it in the life)" },
      input: "",
    },
    {
      label: {
        zh: "服务年限(年) = 设计可采储量合计 ÷ [生产规模 × (1 − 废石混入率)]，煤矿 ÷ (生产规模 × K)，+ 基建期",
        en: "Service life (years) = total recoverable ÷ [scale × (1 − waste ratio)], coal ÷ (scale × K), + construction",
      },
      format: FORMATS.factor,
      formula: (ctx) => {
        const [scale, dilution, k, years] = ["scale", "dilution", "reserveFactor", "constructionYears"].map((id) =>
          ctx.check(id),
        );
        // A blank K means no factor: passed as 1, so the formula does not rest on how a host passes a blank cell.
        const life = ctx.mine("SERVICE_LIFE", [ctx.total("recoverable"), scale, dilution, `IF(${k}="",1,${k})`, years]);
        return `=IF(${scale}="","",${life})`;
      },
    },
  ],
  omit: NOT_WRITTEN,
  columns: {
    category: { validation: VALIDATIONS.resourceClass },
    retained: { format: FORMATS.tonnage, validation: VALIDATIONS.tonnage, total: sum("retained") },
    overlaid: { format: FORMATS.tonnage, validation: VALIDATIONS.tonnage, total: sum("overlaid") },
    usable: {
      format: FORMATS.tonnage,
      formula: (row, ctx) =>
        whenNamed(ctx, row, ctx.mine("USABLE_RESOURCES", [ctx.at("retained", row), ctx.at("overlaid", row)])),
      total: sum("usable"),
    },
    ...Object.fromEntries(TEMPLATE_DESIGN_LOSS_IDS.map((id) => [id, loss(id)])),
    losses: {
      format: FORMATS.tonnage,
      formula: (row, ctx) => whenNamed(ctx, row, `SUM(${losses(ctx, row)})`),
      total: (ctx) => `=SUM(${totalLosses(ctx)})`,
    },
    recoverable: {
      format: FORMATS.tonnage,
      formula: (row, ctx) =>
        whenNamed(ctx, row, ctx.mine("RECOVERABLE_RESERVES", [ctx.at("usable", row), losses(ctx, row)])),
      total: (ctx) => `=${ctx.mine("RECOVERABLE_RESERVES", [ctx.total("usable"), totalLosses(ctx)])}`,
    },
    designRecovery: {
      format: FORMATS.rate,
      formula: (row, ctx) =>
        whenNamed(ctx, row, ctx.mine("DESIGN_RECOVERY", [ctx.at("usable", row), losses(ctx, row)])),
      total: (ctx) => `=${ctx.mine("DESIGN_RECOVERY", [ctx.total("usable"), totalLosses(ctx)])}`,
    },
  },
  // Illustrative underground phosphate mine (the resources table's deposit): round numbers, not from a plan.
  examples: [
    {
      category: "探明",
      retained: 120,
      overlaid: 5,
      slopeLoss: 0,
      geologyLoss: 3,
      pillarLoss: 6,
      protectionLoss: 0,
      excludedLoss: 0,
      stopeLoss: 11.5,
      otherLoss: 0,
    },
    {
      category: "控制",
      retained: 200,
      overlaid: 10,
      slopeLoss: 0,
      geologyLoss: 4,
      pillarLoss: 9,
      protectionLoss: 3,
      excludedLoss: 8,
      stopeLoss: 18.2,
      otherLoss: 0,
    },
    {
      category: "推断",
      retained: 80,
      overlaid: 0,
      slopeLoss: 0,
      geologyLoss: 2,
      pillarLoss: 3,
      protectionLoss: 0,
      excludedLoss: 0,
      stopeLoss: 6.4,
      otherLoss: 0,
    },
  ],
};
