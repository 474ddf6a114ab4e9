/**
 * The data validations the templates share: the choice lists drafters pick from (GB/T 17766-2020 classes, mineral
 * roles, mining methods, yes/no) and the number ranges of tonnages and rates, with their prompts in both languages.
 */
import { TemplateValidation } from "./templateSheet";

/** GB/T 17766-2020 ✅: 资源量 探明/控制/推断; 储量 证实/可信. */
export const RESOURCE_CLASSES = ["探明", "控制", "推断"] as const;
export const RESERVE_CLASSES = ["证实", "可信"] as const;
export const MINERAL_ROLES = ["主矿产", "共生", "伴生"] as const;
export const METHODS = ["露天", "地下"] as const;
export const YES_NO = ["是", "否"] as const;
export const INDICATORS = ["开采回采率", "选矿回收率", "综合利用率"] as const;

export const VALIDATIONS = {
  resourceOrReserveClass: {
    kind: "list",
    choices: [...RESOURCE_CLASSES, ...RESERVE_CLASSES],
    prompt: {
      zh: "GB/T 17766-2020：资源量 探明/控制/推断，储量 证实/可信(资源量与储量不相加)",
      en: "GB/T 17766-2020: resources 探明/控制/推断 (measured/indicated/inferred), reserves 证实/可信 (proved/probable)",
    },
  },
  resourceClass: {
    kind: "list",
    choices: [...RESOURCE_CLASSES],
    prompt: {
      zh: "GB/T 17766-2020 资源量类型：探明/控制/推断",
      en: "GB/T 17766-2020 resource class: 探明/控制/推断 (measured/indicated/inferred)",
    },
  },
  role: {
    kind: "list",
    choices: [...MINERAL_ROLES],
    prompt: { zh: "主矿产/共生/伴生", en: "主矿产/共生/伴生 (main / co-product / by-product)" },
  },
  used: {
    kind: "list",
    choices: [...YES_NO],
    prompt: { zh: "是/否；未利用的须写明保护措施", en: "是/否 (yes/no); state the protection measures when not used" },
  },
  method: {
    kind: "list",
    choices: [...METHODS],
    prompt: {
      zh: "露天/地下；来源不按开采方式区分时留空",
      en: "露天/地下 (open pit / underground); blank where the source does not set values by method",
    },
  },
  indicator: {
    kind: "list",
    choices: [...INDICATORS],
    prompt: {
      zh: "开采回采率/选矿回收率/综合利用率",
      en: "开采回采率/选矿回收率/综合利用率 (mining, process, utilisation)",
    },
  },
  tonnage: {
    kind: "nonNegative",
    prompt: { zh: "数量：不小于 0 的数(无则填 0)", en: "quantity: a number ≥ 0 (0 if none)" },
  },
  positiveTonnage: {
    kind: "positive",
    prompt: { zh: "数量：大于 0 的数", en: "quantity: a number > 0" },
  },
  grade: {
    kind: "nonNegative",
    prompt: { zh: "品位：不小于 0(24% 可输入 24% 或 0.24)", en: "grade: ≥ 0 (type 24% or 0.24 for 24%)" },
  },
  coordinate: {
    kind: "positive",
    prompt: {
      zh: "平面坐标(m)：大于 0 的数；Y 含带号(如 40500300.00)",
      en: "plane coordinate (m): a number > 0; Y with its zone number (e.g. 40500300.00)",
    },
  },
  rate: {
    kind: "rate",
    prompt: { zh: "比率：0–1 的小数，95% 请输入 95% 或 0.95", en: "rate: a fraction from 0 to 1; type 95% or 0.95" },
  },
  factor: {
    kind: "rate",
    prompt: {
      zh: "设计利用系数：0–1(探明、控制通常为 1；推断如 0.8，须有依据)",
      en: "design utilisation factor: 0–1 (usually 1 for 探明/控制; e.g. 0.8 for 推断, with its basis)",
    },
  },
} as const satisfies Record<string, TemplateValidation>;
