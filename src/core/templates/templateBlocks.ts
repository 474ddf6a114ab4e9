/**
 * 采区(矿块)开采回采率计算表 (domain.md §5 template 3, §1.1, §1.3): per panel or block, consumed, loss, pure ore
 * extracted and waste mixed in; 采出矿石量, 开采回采率 (MINE.RECOVERY) and 贫化率 (waste ÷ mined ore) computed; the
 * total row's recovery is MINE.WEIGHTED_RECOVERY over every row weighted by the consumed resources, which is
 * Σ extracted ÷ Σ consumed — never a simple average, which the Zhejiang review rejects.
 */
import { FORMATS, TemplateContext, TemplateSpec, whenNamed } from "./templateSheet";
import { VALIDATIONS } from "./templateValidations";

const sum = (id: string) => (ctx: TemplateContext) => `=SUM(${ctx.rows(id)})`;

export const BLOCKS_TEMPLATE: TemplateSpec = {
  kind: "blocks",
  notes: [
    {
      zh: "填写：每个采区/矿块一行，全部采区/矿块都要列入(包括回采率低的)；动用资源量 = 损失量 + 采出纯矿石量(见上方校核)。设计阶段可把“动用资源量”填为各采区设计利用资源量。",
      en: "Fill in: one row per panel/block, every one of them (the poor ones too); consumed = loss + pure ore extracted (see the check above). At design stage enter each panel's usable resources as consumed.",
    },
    {
      zh: "单位：万t。开采回采率 = MINE.RECOVERY(采出纯矿石量, 动用资源量) 🔶 教科书定义(回采率 + 损失率 = 1 ✅)；采出矿石量 = 采出纯矿石量 + 混入废石量；贫化率 = 混入废石量 ÷ 采出矿石量(废石混入率，吨位比 ✅)。",
      en: "Units: 10⁴ t. Recovery = MINE.RECOVERY(extracted, consumed) 🔶 textbook (recovery + loss rate = 1 ✅); ore mined = extracted + waste; dilution = waste ÷ ore mined (waste ratio by tonnage ✅).",
    },
    {
      zh: "合计行开采回采率 = MINE.WEIGHTED_RECOVERY(各采区回采率, 各采区动用资源量) = Σ采出 ÷ Σ动用。✅ 浙自然资规〔2025〕6号 附件 六.5：须按 GB/T 42249-2022 对全部采区/矿块加权平均，简单平均不予通过。",
      en: "Total recovery = MINE.WEIGHTED_RECOVERY(panel recoveries, panel consumed resources) = Σ extracted ÷ Σ consumed. ✅ 浙自然资规〔2025〕6号 annex 6.5: the weighted average over every panel/block per GB/T 42249-2022; a simple average fails review.",
    },
    {
      zh: "❓ GB/T 42249-2022 原文未读到：以动用资源量(设计阶段为设计利用资源量)为权重，是使全矿回采率等于 Σ采出 ÷ Σ动用 的唯一权重，为本工具的理解，请按所用标准核对。",
      en: "❓ The GB/T 42249-2022 text was not readable: weighting by consumed (design: usable) resources is the only weighting that makes the mine rate equal Σ extracted ÷ Σ consumed; it is our reading, check it against the standard you apply.",
    },
  ],
  checks: [
    {
      label: {
        zh: "校核：Σ采出 ÷ Σ动用(应等于合计行回采率)",
        en: "Check: Σ extracted ÷ Σ consumed (= the total recovery)",
      },
      formula: (ctx) => `=${ctx.mine("RECOVERY", [ctx.total("extracted"), ctx.total("consumed")])}`,
      format: FORMATS.rate,
    },
    {
      label: {
        zh: "校核：Σ动用 − Σ损失 − Σ采出(应为 0)",
        en: "Check: Σ consumed − Σ loss − Σ extracted (should be 0)",
      },
      formula: (ctx) => `=${ctx.total("consumed")}-${ctx.total("loss")}-${ctx.total("extracted")}`,
      format: FORMATS.tonnage,
    },
  ],
  columns: {
    block: { width: 14 },
    consumed: { format: FORMATS.tonnage, validation: VALIDATIONS.positiveTonnage, total: sum("consumed") },
    loss: { format: FORMATS.tonnage, validation: VALIDATIONS.tonnage, total: sum("loss") },
    extracted: { format: FORMATS.tonnage, validation: VALIDATIONS.tonnage, total: sum("extracted") },
    waste: { format: FORMATS.tonnage, validation: VALIDATIONS.tonnage, total: sum("waste") },
    mined: {
      format: FORMATS.tonnage,
      formula: (row, ctx) => whenNamed(ctx, row, `${ctx.at("extracted", row)}+${ctx.at("waste", row)}`),
      total: sum("mined"),
    },
    recovery: {
      format: FORMATS.rate,
      formula: (row, ctx) =>
        whenNamed(ctx, row, ctx.mine("RECOVERY", [ctx.at("extracted", row), ctx.at("consumed", row)])),
      total: (ctx) => `=${ctx.mine("WEIGHTED_RECOVERY", [ctx.rows("recovery"), ctx.rows("consumed")])}`,
    },
    dilution: {
      format: FORMATS.rate,
      formula: (row, ctx) => whenNamed(ctx, row, `${ctx.at("waste", row)}/${ctx.at("mined", row)}`),
      total: (ctx) => `=${ctx.total("waste")}/${ctx.total("mined")}`,
    },
  },
  // Illustrative: three panels of very different recovery, so the weighted 84.29% visibly differs from the
  // simple mean 80%. Round numbers, not from a plan.
  examples: [
    { block: "A 采区", consumed: 20, loss: 2, extracted: 18, waste: 1 },
    { block: "B 采区", consumed: 5, loss: 1.5, extracted: 3.5, waste: 0.4 },
    { block: "C 矿块", consumed: 10, loss: 2, extracted: 8, waste: 0.8 },
  ],
};
