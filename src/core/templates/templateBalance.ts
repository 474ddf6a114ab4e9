/**
 * 选矿金属平衡表 (domain.md §5 template 4, §1.5): the feed (原矿) on the first row, then each product; 产率 and
 * 金属量 computed natively, 回收率 by MINE.PROCESS_RECOVERY_ACTUAL (商品金属平衡). Checks above the table: the
 * products' yields and recoveries add up to 100%, and the theoretical recovery and yield from the three grades
 * (MINE.PROCESS_RECOVERY, MINE.CONCENTRATE_YIELD; 工艺金属平衡) beside the actual ones.
 */
import { rangeAddress } from "../workbook/sheetPlan";
import { FORMATS, TemplateContext, TemplateSpec, whenNamed } from "./templateSheet";
import { VALIDATIONS } from "./templateValidations";

/** The products' cells of a column: every data row after the feed, absolute. */
const products = (ctx: TemplateContext, id: string): string => {
  const { firstRow, lastRow } = ctx.layout;
  return rangeAddress({ row: firstRow + 1, column: ctx.index(id), rows: lastRow - firstRow, columns: 1 }, true);
};
const feed = (ctx: TemplateContext, id: string) => ctx.fixed(id, ctx.layout.firstRow);
/** Grades of the feed, the first product (concentrate) and the second (tailings). */
const grades = (ctx: TemplateContext) => [0, 1, 2].map((k) => ctx.fixed("grade", ctx.layout.firstRow + k));

export const BALANCE_TEMPLATE: TemplateSpec = {
  kind: "balance",
  notes: [
    {
      zh: "填写：第一行为原矿(入选)，其下为各产品(精矿、尾矿；多种精矿各占一行)。产量 t；品位按百分数输入(24% 或 0.24)，g/t 时请改格式，同一表内单位一致。请在备注写明所填是哪种品位：磁铁矿的最低选矿回收率指磁性铁回收率，须填磁性铁(mFe)品位，而不是全铁(TFe)。",
      en: "Fill in: the feed (原矿) on the first row, then each product (concentrates, tailings; one row per concentrate). Tonnage in t; grades as percentages (24% or 0.24), change the format for g/t; one unit throughout the table. Say in the note which grade is entered: the magnetite minimum is a magnetic-iron recovery, so enter mFe grades, not total iron (TFe).",
    },
    {
      zh: "产率 = 产品产量 ÷ 原矿产量；金属量 = 产量 × 品位；回收率 = MINE.PROCESS_RECOVERY_ACTUAL(产品产量, 产品品位, 原矿产量, 原矿品位) = Q·β ÷ (Q原·α)，✅ 商品金属平衡(实际回收率)。",
      en: "Yield = product tonnage ÷ feed tonnage; metal = tonnage × grade; recovery = MINE.PROCESS_RECOVERY_ACTUAL(product t, product grade, feed t, feed grade) = Q·β ÷ (Q_feed·α), ✅ commercial metal balance (actual recovery).",
    },
    {
      zh: "上方校核：各产品产率、回收率之和应为 100%；理论回收率 = MINE.PROCESS_RECOVERY(α, β, θ) = β(α − θ) ÷ [α(β − θ)] ✅ 工艺金属平衡，取表中第 1–3 行(原矿、精矿、尾矿)的品位；精矿产率(品位式) = MINE.CONCENTRATE_YIELD 🔶。实际与理论之差反映流失与取样误差 ✅。",
      en: "Checks above: the products' yields and recoveries add up to 100%; theoretical recovery = MINE.PROCESS_RECOVERY(α, β, θ) = β(α − θ) ÷ [α(β − θ)] ✅ technological balance, from the grades of rows 1–3 (feed, concentrate, tailings); yield from grades = MINE.CONCENTRATE_YIELD 🔶. Actual vs theoretical reveals losses and sampling errors ✅.",
    },
  ],
  checks: [
    {
      label: { zh: "校核：各产品产率之和(应为 100%)", en: "Check: products' yields (should be 100%)" },
      formula: (ctx) => `=SUM(${products(ctx, "yield")})`,
      format: FORMATS.rate,
    },
    {
      label: { zh: "校核：各产品回收率之和(应为 100%)", en: "Check: products' recoveries (should be 100%)" },
      formula: (ctx) => `=SUM(${products(ctx, "recovery")})`,
      format: FORMATS.rate,
    },
    {
      label: { zh: "理论选矿回收率(第 1–3 行品位)", en: "Theoretical recovery (grades of rows 1–3)" },
      formula: (ctx) => `=${ctx.mine("PROCESS_RECOVERY", grades(ctx))}`,
      format: FORMATS.rate,
    },
    {
      label: { zh: "精矿产率(品位式，第 1–3 行)", en: "Concentrate yield from grades (rows 1–3)" },
      formula: (ctx) => `=${ctx.mine("CONCENTRATE_YIELD", grades(ctx))}`,
      format: FORMATS.rate,
    },
  ],
  columns: {
    product: { width: 12 },
    tonnage: { format: FORMATS.tonnes, validation: VALIDATIONS.tonnage },
    yield: {
      format: FORMATS.rate,
      formula: (row, ctx) => whenNamed(ctx, row, `${ctx.at("tonnage", row)}/${feed(ctx, "tonnage")}`),
    },
    grade: { format: FORMATS.grade, validation: VALIDATIONS.grade },
    metal: {
      format: FORMATS.tonnage,
      formula: (row, ctx) => whenNamed(ctx, row, `${ctx.at("tonnage", row)}*${ctx.at("grade", row)}`),
    },
    recovery: {
      format: FORMATS.rate,
      formula: (row, ctx) =>
        whenNamed(
          ctx,
          row,
          ctx.mine("PROCESS_RECOVERY_ACTUAL", [
            ctx.at("tonnage", row),
            ctx.at("grade", row),
            feed(ctx, "tonnage"),
            feed(ctx, "grade"),
          ]),
        ),
    },
  },
  // Illustrative phosphate flotation (P₂O₅), balanced exactly: round numbers, not from a plant.
  examples: [
    { product: "原矿", tonnage: 100000, grade: 0.24 },
    { product: "精矿", tonnage: 60000, grade: 0.34 },
    { product: "尾矿", tonnage: 40000, grade: 0.09 },
  ],
};
