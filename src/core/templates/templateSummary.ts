/**
 * 三率指标汇总与达标判定表 (domain.md §4, §2): one row per rate with mineral, method and condition, the design
 * value the drafter types (or points at another template), and the national minimum, its source and the verdict
 * from MINE.MIN_RATE, MINE.MIN_RATE_SOURCE and MINE.MEETS_MIN ("不低于" is inclusive).
 */
import { MinimumQuery, minRate, minRateSource } from "../standards";
import { localize } from "../text";
import { sheetReference, textLiteral } from "../workbook/formulas";
import { cellAddress } from "../workbook/sheetPlan";
import { TABLES } from "./columns";
import { DESIGN_TEMPLATE } from "./templateDesign";
import { FORMATS, TemplateContext, TemplateSpec, layoutOfTemplate } from "./templateSheet";
import { VALIDATIONS } from "./templateValidations";

/** The design template's total design recovery, as a reference from another sheet (the example in the notes). */
const DESIGN_TOTAL = (() => {
  const layout = layoutOfTemplate(DESIGN_TEMPLATE);
  const cell = cellAddress(layout.totalRow as number, layout.columns.indexOf("designRecovery"));
  return `=${sheetReference(TABLES.design.zh, cell)}`;
})();

/** The verdict column's words: whether the design value meets the national minimum. */
export const VERDICT_WORDS = {
  meets: { zh: "达标", en: "meets" },
  below: { zh: "不达标", en: "below" },
} as const;

/** mineral, indicator, method, condition: the lookup arguments of the row, in MIN_RATE's order. */
const lookup = (ctx: TemplateContext, row: number) =>
  ["mineral", "indicator", "method", "condition"].map((id) => ctx.at(id, row)).join(",");

/** An example row's lookup, as MIN_RATE reads it: what a portable sheet types in place of the lookup formulas. */
const queryOf = (example: Readonly<Record<string, string | number>>): MinimumQuery => ({
  mineral: example.mineral,
  indicator: example.indicator,
  method: example.method,
  condition: example.condition,
});

/**
 * 达标 in a portable sheet, from the row's own minimum cell (MEETS_MIN's comparison: "不低于" inclusive, a rounding
 * step below counts): the design value a rate from 0 to 1, the minimum a number, else #VALUE!.
 */
const meetsNatively = (ctx: TemplateContext, row: number, meets: string, below: string) => {
  const [value, minimum] = [ctx.at("value", row), ctx.at("minimum", row)];
  return `IF(AND(ISNUMBER(${value}),ISNUMBER(${minimum}),${value}>=0,${value}<=1),IF(${value}>=${minimum}-10^-12,${meets},${below}),#VALUE!)`;
};

/** Blank unless the row names its indicator and mineral (and, for the verdict, a design value). */
const unless = (ctx: TemplateContext, row: number, ids: readonly string[], expr: string) =>
  `=IF(OR(${ids.map((id) => `${ctx.at(id, row)}=""`).join(",")}),"",${expr})`;

export const SUMMARY_TEMPLATE: TemplateSpec = {
  kind: "summary",
  notes: [
    {
      zh: "填写：每个指标一行——指标、矿种、开采方式(露天/地下；来源按开采方式分别规定时必填，选矿回收率、综合利用率通常留空)、条件(来源原文的分类词，如 稳固 倾斜；磷块岩；共伴生；也可写数值带单位，如 2.5m、倾角35°，按来源的界限归类；煤炭露天须另写 2012公告 或 17号令)、设计值。",
      en: "Fill in: one row per rate — indicator, mineral, method (露天/地下; needed where the source sets values by method, usually blank for process recovery and utilisation), condition (the source's class words, e.g. 稳固 倾斜; 磷块岩; 共伴生; or a number with its unit, e.g. 2.5m, 倾角35°, placed by the source's bounds; open-pit coal also needs 2012公告 or 17号令) and the design value.",
    },
    {
      zh: `设计值可直接填写，也可改为引用其他模板的结果，例如 ${DESIGN_TOTAL}(按实际工作表名)。示例值为其他模板示例结果的约数。`,
      en: `Type the design value, or point it at another template's result, e.g. ${DESIGN_TOTAL} (with the actual sheet name). The examples are the other templates' example results, rounded.`,
    },
    {
      zh: "综合利用率一行填国家指标所衡量的值：条件为 共伴生、共生 或 伴生 时，填共伴生矿产综合利用表上方对应的共伴生矿产综合利用率(MINE.COMINERAL_UTILIZATION，不计主矿产)，不填含主矿产的合计行 ✅ 公告的指标为共伴生指标；条件为 尾矿、废石 等时填该项利用率。",
      en: "The utilisation row holds the figure the national minimum is set on: with condition 共伴生, 共生 or 伴生, the co-/by-product utilisation above the utilisation table (MINE.COMINERAL_UTILIZATION, main mineral left out), not its total row, which includes the main mineral ✅ the notices set 共伴生 minimums; with 尾矿, 废石 … that utilisation.",
    },
    {
      zh: "最低指标 = MINE.MIN_RATE(矿种, 指标, 开采方式, 条件)；出处 = MINE.MIN_RATE_SOURCE(…)(✅/🔶 与文件名)；是否达标 = MINE.MEETS_MIN(设计值, …)，“不低于”含等于 ✅。",
      en: "Minimum = MINE.MIN_RATE(mineral, indicator, method, condition); source = MINE.MIN_RATE_SOURCE(…) (✅/🔶 and the document); verdict = MINE.MEETS_MIN(design value, …), “不低于” being inclusive ✅.",
    },
    {
      zh: '内置表没有的矿种或分类返回 #N/A 并列出可选项；可在公式末尾加第 5 个参数 own_minimum 自行提供最低值及来源，如 {0.7,"某省通知"}；🔶 值照常返回，出处以“🔶 待核实(原因)”开头，请核对原文。',
      en: 'A mineral or class missing from the built-in table gives #N/A listing the choices; add a 5th argument own_minimum with your minimum and its source, e.g. {0.7,"provincial notice"}; a 🔶 value is returned as usual, its source starting "🔶 待核实(why)": check it against the official text.',
    },
    {
      zh: "初步设计值：编制初步设计时填写初步设计确定的同一指标，不得低于本表设计值(方案确定的指标) ✅ 浙自然资规〔2025〕6号 正文 七；方案阶段留空。",
      en: "Preliminary design value: when the preliminary design is drawn up, its value of the same rate, which may not be below this table's design value (the plan's) ✅ 浙自然资规〔2025〕6号 §7; blank at plan stage.",
    },
    {
      zh: "✅ 浙自然资规〔2025〕6号 六：三率未明确或低于国家最低指标的方案不予通过。❓ 现行 DZ/T 0462.x-2023 的最低指标是否等于 2012–2020 公告值未能核实；公告多读自转载，请与原文核对。",
      en: "✅ 浙自然资规〔2025〕6号 §6: a plan whose three rates are not stated or fall below the national minimum fails. ❓ Whether the DZ/T 0462.x-2023 minimums equal the 2012–2020 notices is unverified; the notices were mostly read in reprints: check the originals.",
    },
  ],
  portableNote: {
    zh: "便携版：“最低指标”“出处”两列是写入时按 MINE.MIN_RATE、MINE.MIN_RATE_SOURCE 由内置表查得的值，改为填写(黄色)；新增或改动的行须按公告原文自己填写最低指标与出处。“是否达标”由原生公式比较设计值与本行的最低指标(不低于，含等于)。",
    en: "Portable: the minimum and source columns hold what MINE.MIN_RATE and MINE.MIN_RATE_SOURCE give from the built-in table when the sheet is written, as typed cells (yellow); for a row added or changed, type the minimum and its source from the notice yourself. The verdict compares the design value with the row's own minimum (inclusive) by a native formula.",
  },
  columns: {
    indicator: { width: 14, validation: VALIDATIONS.indicator },
    mineral: {},
    method: { validation: VALIDATIONS.method },
    condition: { width: 16 },
    value: { format: FORMATS.rate, validation: VALIDATIONS.rate },
    minimum: {
      format: FORMATS.rate,
      formula: (row, ctx) => unless(ctx, row, ["indicator", "mineral"], `MINE.MIN_RATE(${lookup(ctx, row)})`),
      typedWhenPortable: (example) => minRate(queryOf(example)),
    },
    source: {
      width: 60,
      formula: (row, ctx) => unless(ctx, row, ["indicator", "mineral"], `MINE.MIN_RATE_SOURCE(${lookup(ctx, row)})`),
      typedWhenPortable: (example) => minRateSource(queryOf(example)),
    },
    preliminary: { format: FORMATS.rate, validation: VALIDATIONS.rate },
    meets: {
      formula: (row, ctx) => {
        const words = localize(VERDICT_WORDS, ctx.language);
        const [meets, below] = [textLiteral(words.meets), textLiteral(words.below)];
        const verdict =
          ctx.mode === "portable"
            ? meetsNatively(ctx, row, meets, below)
            : `IF(MINE.MEETS_MIN(${ctx.at("value", row)},${lookup(ctx, row)}),${meets},${below})`;
        return unless(ctx, row, ["indicator", "mineral", "value"], verdict);
      },
    },
  },
  // The other templates' illustrative phosphate mine (underground, 磷块岩, two by-products): its co-/by-product
  // utilisation (氟 85% × 60% and 碘 unused: 25.5%) falls short on purpose, so the example shows both verdicts.
  examples: [
    { indicator: "开采回采率", mineral: "磷", method: "地下", condition: "", value: 0.8429 },
    { indicator: "选矿回收率", mineral: "磷", method: "", condition: "磷块岩", value: 0.85 },
    { indicator: "综合利用率", mineral: "磷", method: "", condition: "共伴生", value: 0.255 },
  ],
};
