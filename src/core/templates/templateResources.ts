/**
 * 资源储量表: one row per ore body or block, class and mineral (domain.md §5 template 1). Nothing is derived and
 * there is no total row: GB/T 17766-2020 lists 资源量 and 储量 separately and never adds them ✅.
 */
import { FORMATS, TemplateSpec } from "./templateSheet";
import { VALIDATIONS } from "./templateValidations";

export const RESOURCES_TEMPLATE: TemplateSpec = {
  kind: "resources",
  notes: [
    {
      zh: "填写：每个矿体/块段、每种资源量(储量)类型、每个矿种一行；主矿产与共生、伴生组分分行填写，已批准的共、伴生组分须逐一列出(供《共伴生矿产综合利用表》使用)。",
      en: "Fill in: one row per ore body/block, class and mineral; the main mineral and each co-/by-product component on their own rows, every approved co- and by-product listed (the utilisation table uses them).",
    },
    {
      zh: "单位：矿石量 万t；品位按百分数输入(24% 或 0.24)，金、银等用 g/t 时请改单元格格式。金属量 = 矿石量 × 品位：品位为百分数时单位同矿石量(万t)；品位为 g/t 时，万t × g/t 的单位是 10 kg(除以 100 得 t，不是 t)，请在表头或备注写明金属量的单位。",
      en: "Units: ore in 10⁴ t; grades as percentages (24% or 0.24), change the cell format for g/t (gold, silver). Metal = ore × grade: with a percentage grade it is in the ore's unit (10⁴ t); with g/t, 10⁴ t × g/t is in units of 10 kg (divide by 100 for t, it is not t): state the metal's unit in the header or the note.",
    },
    {
      zh: "✅ GB/T 17766-2020：资源量分探明、控制、推断，储量分证实、可信；资源量与储量单列、不相加，探明/控制/推断单列——本表因此不设合计行。",
      en: "✅ GB/T 17766-2020: resources are 探明/控制/推断, reserves 证实/可信; resources and reserves are listed apart and never added, each class on its own — so this table has no total row.",
    },
    {
      zh: "✅ 浙自然资规〔2025〕6号 六：未将可利用的共伴生矿产纳入综合利用的方案不予通过。🔶 列名综合自《矿山储量动态管理要求》台帐与 GB/T 17766-2020 分类，请与惯用表头核对。",
      en: "✅ 浙自然资规〔2025〕6号 §6: a plan that leaves usable co-/by-products out of comprehensive utilisation fails. 🔶 Column names synthesised from the MLR ledger layouts and GB/T 17766-2020 classes: confirm them with your drafters.",
    },
  ],
  columns: {
    block: { width: 14 },
    category: { validation: VALIDATIONS.resourceOrReserveClass },
    mineral: {},
    role: { validation: VALIDATIONS.role },
    ore: { format: FORMATS.tonnage, validation: VALIDATIONS.tonnage },
    grade: { format: FORMATS.grade, validation: VALIDATIONS.grade },
    metal: { format: FORMATS.tonnage, validation: VALIDATIONS.tonnage },
    note: { width: 24 },
  },
  // Illustrative phosphate deposit: round numbers, not from any plan or standard.
  examples: [
    {
      block: "Ⅰ号矿体",
      category: "探明",
      mineral: "磷",
      role: "主矿产",
      ore: 120,
      grade: 0.24,
      metal: 28.8,
      note: "P₂O₅",
    },
    {
      block: "Ⅰ号矿体",
      category: "控制",
      mineral: "磷",
      role: "主矿产",
      ore: 200,
      grade: 0.22,
      metal: 44,
      note: "P₂O₅",
    },
    { block: "Ⅱ号矿体", category: "推断", mineral: "磷", role: "主矿产", ore: 80, grade: 0.2, metal: 16, note: "P₂O₅" },
    {
      block: "Ⅰ号矿体",
      category: "控制",
      mineral: "氟",
      role: "伴生",
      ore: 200,
      grade: 0.025,
      metal: 5,
      note: "伴生组分",
    },
  ],
};
