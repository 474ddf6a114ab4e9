/**
 * 设计利用资源量与设计可采储量计算表 (domain.md §5 template 2, §1.2): per resource class, the retained resources,
 * the deductions, the design utilisation factor, and every design loss itemised, with 设计利用资源量, 设计损失量,
 * 设计可采储量 and 设计开采回采率 computed by MINE.USABLE_RESOURCES, SUM, MINE.RECOVERABLE_RESERVES and
 * MINE.DESIGN_RECOVERY; the total row sums the tonnages and recomputes the reserves and the rate from the totals.
 */
import { FORMATS, TemplateContext, TemplateSpec, whenNamed } from "./templateSheet";
import { VALIDATIONS } from "./templateValidations";

const losses = (ctx: TemplateContext, row: number) => ctx.span("pillarLoss", "otherLoss", row);
const totalLosses = (ctx: TemplateContext) => `${ctx.total("pillarLoss")}:${ctx.total("otherLoss")}`;
const sum = (id: string) => (ctx: TemplateContext) => `=SUM(${ctx.rows(id)})`;
const loss = { format: FORMATS.tonnage, validation: VALIDATIONS.tonnage };

export const DESIGN_TEMPLATE: TemplateSpec = {
  kind: "design",
  notes: [
    {
      zh: "填写：按资源量类型(探明/控制/推断)逐行填写保有资源量、各项扣除、设计利用系数和每一项设计损失；某项没有请填 0，不要留空；资源量类型为空的行不参与计算。",
      en: "Fill in: one row per resource class (探明/控制/推断) with retained resources, deductions, the design utilisation factor and every design loss; type 0 for an item that is nil, never leave it blank; a row without its class is not computed.",
    },
    {
      zh: "单位：万t；设计利用系数为 0–1 的小数。设计利用资源量 = MINE.USABLE_RESOURCES(保有, 压覆及禁采区/境界外扣除, 扣除后资源量, 系数) = (保有 − Σ扣除) × 系数。",
      en: "Units: 10⁴ t; the factor is a fraction 0–1. Usable = MINE.USABLE_RESOURCES(retained, deductions, retained after deductions, factor) = (retained − Σ deductions) × factor.",
    },
    {
      zh: "依据：✅ 扣除压覆资源量(浙自然资规〔2025〕6号 附件 六.9)；✅(一例) 探明、控制系数取 1，推断取 0.8(2025 年云南一份审查)；❓ 禁采区、境界外等其他扣除因方案而异，请逐项列明依据。",
      en: "Basis: ✅ overlaid resources are deducted (浙自然资规〔2025〕6号 annex 6.9); ✅ (one case) factor 1 for 探明/控制 and 0.8 for 推断 (a 2025 Yunnan review); ❓ other deductions (no-mining zones, outside the pit limit) vary by plan: state each one's basis.",
    },
    {
      zh: "设计可采储量 = MINE.RECOVERABLE_RESERVES(设计利用, 各项设计损失)，须扣除全部设计损失 ✅ 附件 六.5；设计开采回采率 = MINE.DESIGN_RECOVERY = 设计可采 ÷ 设计利用 ✅ 附件 六.9。合计行由合计量重新计算(= Σ设计可采 ÷ Σ设计利用)。",
      en: "Recoverable = MINE.RECOVERABLE_RESERVES(usable, every design loss): all design losses must be deducted ✅ annex 6.5; design recovery = MINE.DESIGN_RECOVERY = recoverable ÷ usable ✅ annex 6.9. The total row recomputes them from the totals (= Σ recoverable ÷ Σ usable).",
    },
    {
      zh: "❓ 两种口径：本表为方案口径(采场损失也列为设计损失)；评估/煤炭口径只把永久矿柱等列为设计损失，再乘采矿回采率——用后者时请把 (1 − 采矿回采率) 部分列入“采场损失”。",
      en: "❓ Two conventions: this table follows the plan convention (stope losses are design losses too); under the valuation/coal convention only pillars etc. are design losses and a mining recovery multiplies the rest — then enter the (1 − mining recovery) part as the stope loss.",
    },
  ],
  columns: {
    category: { validation: VALIDATIONS.resourceClass },
    retained: { format: FORMATS.tonnage, validation: VALIDATIONS.tonnage, total: sum("retained") },
    overlaid: { format: FORMATS.tonnage, validation: VALIDATIONS.tonnage, total: sum("overlaid") },
    excluded: { format: FORMATS.tonnage, validation: VALIDATIONS.tonnage, total: sum("excluded") },
    factor: { format: FORMATS.factor, validation: VALIDATIONS.factor },
    usable: {
      format: FORMATS.tonnage,
      formula: (row, ctx) => {
        const retained = ctx.at("retained", row);
        const deductions = ctx.span("overlaid", "excluded", row);
        return whenNamed(
          ctx,
          row,
          `MINE.USABLE_RESOURCES(${retained},${deductions},${retained}-SUM(${deductions}),${ctx.at("factor", row)})`,
        );
      },
      total: sum("usable"),
    },
    pillarLoss: { ...loss, total: sum("pillarLoss") },
    slopeLoss: { ...loss, total: sum("slopeLoss") },
    safetyLoss: { ...loss, total: sum("safetyLoss") },
    stopeLoss: { ...loss, total: sum("stopeLoss") },
    otherLoss: { ...loss, total: sum("otherLoss") },
    losses: {
      format: FORMATS.tonnage,
      formula: (row, ctx) => whenNamed(ctx, row, `SUM(${losses(ctx, row)})`),
      total: (ctx) => `=SUM(${totalLosses(ctx)})`,
    },
    recoverable: {
      format: FORMATS.tonnage,
      formula: (row, ctx) =>
        whenNamed(ctx, row, `MINE.RECOVERABLE_RESERVES(${ctx.at("usable", row)},${losses(ctx, row)})`),
      total: (ctx) => `=MINE.RECOVERABLE_RESERVES(${ctx.total("usable")},${totalLosses(ctx)})`,
    },
    designRecovery: {
      format: FORMATS.rate,
      formula: (row, ctx) => whenNamed(ctx, row, `MINE.DESIGN_RECOVERY(${ctx.at("usable", row)},${losses(ctx, row)})`),
      total: (ctx) => `=MINE.DESIGN_RECOVERY(${ctx.total("usable")},${totalLosses(ctx)})`,
    },
  },
  // Illustrative underground phosphate mine (the resources table's deposit): round numbers, not from a plan.
  examples: [
    {
      category: "探明",
      retained: 120,
      overlaid: 5,
      excluded: 0,
      factor: 1,
      pillarLoss: 6,
      slopeLoss: 0,
      safetyLoss: 4,
      stopeLoss: 11.5,
      otherLoss: 0,
    },
    {
      category: "控制",
      retained: 200,
      overlaid: 10,
      excluded: 8,
      factor: 1,
      pillarLoss: 9,
      slopeLoss: 0,
      safetyLoss: 6,
      stopeLoss: 18.2,
      otherLoss: 0,
    },
    {
      category: "推断",
      retained: 80,
      overlaid: 0,
      excluded: 0,
      factor: 0.8,
      pillarLoss: 3,
      slopeLoss: 0,
      safetyLoss: 2,
      stopeLoss: 6.4,
      otherLoss: 0,
    },
  ],
};
