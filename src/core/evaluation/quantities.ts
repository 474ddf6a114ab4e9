/** The named inputs of the evaluation functions, as messages show them. */
import { Label } from "../errors";
import { Quantity, change, rate } from "../quantity";

export const EVALUATION = {
  weights: rate("权重", "weights"),
  membership: rate("隶属度矩阵", "membership"),
  b: rate("评价向量 B", "b"),
  grades: { zh: "评语等级", en: "grades" } as Label,
  scores: change("等级分值", "scores"),
  value: change("指标值", "value"),
  thresholds: change("等级分界点", "thresholds"),
  data: change("指标数据", "data"),
  directions: { zh: "指标方向", en: "directions" } as Label,
} as const satisfies Record<string, Quantity | Label>;
