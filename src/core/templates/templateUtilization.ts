/**
 * 共伴生矿产综合利用表 (domain.md §5 template 5, §1.6): one row per approved main, co- and by-product mineral with
 * its mining and process recovery; 综合回收率 by MINE.COMBINED_RECOVERY; above the table the 共伴生矿产综合利用率 by
 * MINE.COMINERAL_UTILIZATION over the co- and by-products only (together, 共生, 伴生: the figures the national
 * thresholds are set on); the total row's 综合利用率 by MINE.UTILIZATION, the mean over every mineral named, the main
 * one included (an unused approved mineral is typed as 0, not left out).
 */
import { Bilingual } from "../text";
import { textLiteral } from "../workbook/formulas";
import { FORMATS, TemplateCheck, TemplateContext, TemplateSpec, whenNamed } from "./templateSheet";
import { VALIDATIONS } from "./templateValidations";

/** The rows that name a mineral: blank rows are not minerals, so they are left out, not counted 0. */
const named = (ctx: TemplateContext) => `${ctx.rows("mineral")}<>""`;

/** MINE.COMINERAL_UTILIZATION over the named rows for one class; 不涉及 where the table lists no such mineral. */
const coMinerals = (label: Bilingual, include: string): TemplateCheck => ({
  label,
  format: FORMATS.rate,
  formula: (ctx) =>
    `=IFNA(${ctx.mine(
      "COMINERAL_UTILIZATION",
      [ctx.rows("miningRecovery"), ctx.rows("processRecovery"), ctx.rows("role"), textLiteral(include)],
      named(ctx),
    )},${textLiteral("不涉及")})`,
});

export const UTILIZATION_TEMPLATE: TemplateSpec = {
  kind: "utilization",
  notes: [
    {
      zh: "填写：每个经评审批准的主、共、伴生矿种一行。未利用的矿种也必须列入：开采回采率、选矿回收率填 0，“是否利用”填 否，并写明保护措施。",
      en: "Fill in: one row per approved main, co- and by-product mineral. An unused one must be listed too: 0 for both recoveries, 否 under 是否利用, and its protection measures.",
    },
    {
      zh: "比率按小数或百分数输入(85% 或 0.85)。综合回收率 = MINE.COMBINED_RECOVERY(开采回采率, 选矿回收率) = 开采回采率 × 选矿回收率 🔶。",
      en: "Rates as fractions or percentages (85% or 0.85). Combined recovery = MINE.COMBINED_RECOVERY(mining, process) = mining × process recovery 🔶.",
    },
    {
      zh: "上方：共伴生矿产综合利用率 = MINE.COMINERAL_UTILIZATION(开采回采率, 选矿回收率, 矿产类别, 共伴生|共生|伴生) = 共生和/或伴生矿种综合回收率的算术平均，不计主矿产 🔶(2012 煤炭指标征求意见稿、传统算术平均法)。国家综合利用率最低指标按此值衡量 ✅ 公告：磷 共伴生 45%、硫铁矿 共伴生 50% 比“共伴生”一行，金 共生 60%、伴生 40% 分别比“共生”“伴生”两行；表中没有该类矿种时显示 不涉及。",
      en: "Above: co- and by-product utilisation = MINE.COMINERAL_UTILIZATION(mining, process, roles, 共伴生|共生|伴生) = the mean combined recovery of the co- and/or by-products, the main mineral left out 🔶 (2012 coal draft, the legacy mean). The national utilisation minimums are set on it ✅ notices: phosphate 共伴生 45% and pyrite 共伴生 50% against the 共伴生 line, gold 共生 60% and 伴生 40% against the 共生 and 伴生 lines; 不涉及 where the table lists no such mineral.",
    },
    {
      zh: "合计行“综合利用率” = MINE.UTILIZATION(各矿种开采回采率, 各矿种选矿回收率) = 全部矿种(含主矿产)综合回收率的算术平均 ✅(二手来源，传统统计方法)，只计填了矿种的行；回收好的主矿产会抬高此值，不能拿它比国家共伴生指标。❓ GB/T 42249-2022 / DZ/T 0272-2015 按组分计算的公式原文未读到。",
      en: "Total row 综合利用率 = MINE.UTILIZATION(mining recoveries, process recoveries) = the mean combined recovery of every mineral, the main one included ✅ (secondary source, the legacy statistical method), over the rows that name a mineral; a well-recovered main mineral raises it, so it is never compared with a national 共伴生 minimum. ❓ the per-component formulas of GB/T 42249-2022 / DZ/T 0272-2015 were not readable.",
    },
    {
      zh: "✅ 浙自然资规〔2025〕6号 六：未将可利用的共伴生矿产纳入综合利用的方案不予通过；✅ 编制指南：暂不能综合利用的应采取有效的保护措施。",
      en: "✅ 浙自然资规〔2025〕6号 §6: a plan that leaves usable co-/by-products out fails; ✅ plan-writing guide: what cannot be used yet must be protected.",
    },
  ],
  checks: [
    coMinerals(
      { zh: "共伴生矿产综合利用率(不计主矿产)", en: "Co- and by-product utilisation (main mineral left out)" },
      "共伴生",
    ),
    coMinerals({ zh: "其中 共生矿产", en: "of which co-products (共生)" }, "共生"),
    coMinerals({ zh: "其中 伴生矿产", en: "of which by-products (伴生)" }, "伴生"),
  ],
  portableNote: {
    zh: "便携版：矿产类别须含“主”“共”“伴”字样(主矿产、共生、伴生、共伴生)才能计入；英文类别词只有 =MINE.* 认得，便携公式对其显示 #VALUE!。",
    en: "Portable: a role counts only if it contains 主, 共 or 伴 (主矿产, 共生, 伴生, 共伴生); English role words are read by =MINE.* only, and the portable formulas show #VALUE! for them.",
  },
  columns: {
    mineral: { width: 14 },
    role: { validation: VALIDATIONS.role },
    miningRecovery: { format: FORMATS.rate, validation: VALIDATIONS.rate },
    processRecovery: { format: FORMATS.rate, validation: VALIDATIONS.rate },
    combined: {
      format: FORMATS.rate,
      formula: (row, ctx) =>
        whenNamed(
          ctx,
          row,
          ctx.mine("COMBINED_RECOVERY", [ctx.at("miningRecovery", row), ctx.at("processRecovery", row)]),
        ),
      total: (ctx) =>
        `=${ctx.mine("UTILIZATION", [ctx.rows("miningRecovery"), ctx.rows("processRecovery")], named(ctx))}`,
    },
    used: { validation: VALIDATIONS.used },
    protection: { width: 30 },
  },
  // Illustrative phosphate mine with two by-products, one not used: round numbers, not from a plan.
  examples: [
    { mineral: "磷", role: "主矿产", miningRecovery: 0.85, processRecovery: 0.85, used: "是", protection: "" },
    { mineral: "氟", role: "伴生", miningRecovery: 0.85, processRecovery: 0.6, used: "是", protection: "" },
    {
      mineral: "碘",
      role: "伴生",
      miningRecovery: 0,
      processRecovery: 0,
      used: "否",
      protection: "随尾矿集中堆存，待技术成熟后回收",
    },
  ],
};
