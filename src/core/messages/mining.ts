/**
 * The catalogue's messages (./index) of mining, processing, reserves, comprehensive utilisation and the licence area.
 */
import { CellPosition, Label, Message, at, show, zhName } from "./wording";

export const gradeOrder = (order: Message, values: string): Message => ({
  zh: `品位须满足 ${order.zh}，实际为 ${values}`,
  en: `grades must satisfy ${order.en}; got ${values}`,
});
export const wasteBelowOreOrder: Message = {
  zh: "混入废石品位 < 地质品位，且 ≤ 采出矿石品位",
  en: "waste_grade < ore_grade and waste_grade ≤ mined_grade",
};
export const minedRicherThanOre = (oreGrade: number, minedGrade: number): Message => ({
  zh: `采出矿石品位 Cₜ=${show(minedGrade)} 高于地质品位 C=${show(oreGrade)}(负贫化)：按品位计算回采率的方法只适用于混入废石使品位降低的情形；请用 RECOVERY(采出纯矿石量, 动用资源储量)`,
  en: `mined_grade Cₜ=${show(minedGrade)} is above ore_grade C=${show(oreGrade)} (negative dilution): the grade method needs waste that lowers the grade; use RECOVERY(extracted, consumed)`,
});
export const wasteMinedOreOrder: Message = {
  zh: "混入废石品位 ≤ 采出矿石品位 ≤ 地质品位",
  en: "waste_grade ≤ mined_grade ≤ ore_grade",
};
export const processGradeOrder: Message = {
  zh: "尾矿品位 θ < 原矿品位 α < 精矿品位 β",
  en: "tailings_grade θ < feed_grade α < concentrate_grade β",
};
export const noDesignLosses: Message = {
  zh: "每项设计损失(边帮弃采、地质及水文地质、永久矿柱、保护矿柱、禁采区/境界外、采场损失…，附件 六.9)单列；确无损失请填 0",
  en: "list each design loss (pit walls, geology, pillars, protection pillars, no-mining zones, stope losses …, annex 6.9); 0 if truly none",
};
export const noOverlaid: Message = {
  zh: "逐项填写压覆资源量(水体、建筑物、铁路下等)；无压覆请填 0",
  en: "list the overlaid resources (under water, buildings, railways …); type 0 if there are none",
};
export const inferredOverlaid = (inferred: Label, inferredValue: number, notOverlaid: number): Message => ({
  zh: `${zhName(inferred)} ${show(inferredValue)} 大于保有资源量扣除压覆后的 ${show(notOverlaid)}：只填未压覆的推断资源量(压覆部分已整体扣除，不能再折算一次)`,
  en: `${inferred.en} ${show(inferredValue)} exceeds retained less overlaid, ${show(notOverlaid)}: give only the inferred resources not overlaid (the overlaid part is already deducted and cannot be discounted again)`,
});
export const reserveFactorBelowOne = (label: Label, value: number): Message => ({
  zh: `${zhName(label)} 为 ${show(value)}，须不小于 1(T = Q ÷ (A × K))；非煤矿山不用备用系数，请留空`,
  en: `${label.en} is ${show(value)}: it must be at least 1 (T = Q ÷ (A × K)); leave it blank for a non-coal mine`,
});
export const reserveFactorTooLarge = (label: Label, value: number, largest: number): Message => {
  const percent = value / 100;
  const typedPercent = percent >= 1 && percent <= largest;
  return {
    zh: `${zhName(label)} 为 ${show(value)}，大于 ${show(largest)}，应是输入错误：所读来源中 K 为 1.1–1.5(露天煤矿 1.1–1.2)${typedPercent ? `；百分数请输入 ${show(percent)}` : ""}`,
    en: `${label.en} is ${show(value)}, above ${show(largest)}: a typing mistake? The sources read give K from 1.1 to 1.5 (open-pit coal 1.1–1.2)${typedPercent ? `; for a percentage type ${show(percent)}` : ""}`,
  };
};
export const dilutionWithReserveFactor = (dilution: Label, factor: Label): Message => ({
  zh: `${zhName(dilution)}与${zhName(factor)}只填其一：非煤矿山 T = Q ÷ [A × (1 − 废石混入率)]，煤矿 T = Q ÷ (A × K)`,
  en: `give ${dilution.en} or ${factor.en}, not both: T = Q ÷ [A × (1 − dilution)] for non-coal mines, T = Q ÷ (A × K) for coal`,
});
export const noMinerals: Message = {
  zh: "每个经评审批准的主、共、伴生矿种占一行，未利用的矿种填 0",
  en: "give one row per approved main, co- or by-product mineral, and 0 for one that is not used",
};
export const roleChoices: Message = {
  zh: "主矿产、共生、伴生、共伴生(或 main、co、by)",
  en: "主矿产, 共生, 伴生, 共伴生 (or main, co, by)",
};
export const includeChoices: Message = {
  zh: "共伴生(默认，共生与伴生合计)、共生、伴生(或 CO+BY、CO、BY)",
  en: "共伴生 (default, co- and by-products together), 共生 or 伴生 (or CO+BY, CO, BY)",
};
export const roleNotSplit = (label: Label, shown: string, position: CellPosition): Message => {
  const n = at(label, position);
  return {
    zh: `${n.zh} 写作“${shown}”：按共生、伴生分别计算时(如金 共生 60%、伴生 40%)须写明是共生还是伴生`,
    en: `${n.en} says "${shown}": to compute co- and by-products apart (gold: co-product 60%, by-product 40%) say which it is`,
  };
};
export const noCoMinerals = (label: Label, scope: Message): Message => ({
  zh: `${zhName(label)} 中没有${scope.zh}矿产：共伴生矿产综合利用率无从计算；方案确无共伴生矿产时，汇总表中写“不涉及”`,
  en: `${label.en} lists no ${scope.en} mineral: there is no co-/by-product utilisation to compute; where a plan has none, write 不涉及 in the summary`,
});
export const utilizedExceeds = (row: number, utilized: number, resources: number): Message => ({
  zh: `第 ${row} 行：有效利用量(utilized) ${show(utilized)} 大于资源总量(resources) ${show(resources)}，不可能`,
  en: `row ${row}: utilized ${show(utilized)} exceeds resources ${show(resources)}, which is impossible`,
});
export const noUtilizedRows: Message = {
  zh: "每个矿种(或产品)一行，有效利用量与资源总量同一单位；未利用的填 0",
  en: "give one row per mineral (or product), utilized and resources in one unit; 0 for what is not used",
};
export const tooFewCorners = (x: Label, y: Label, count: number): Message => ({
  zh: `${zhName(x)}与 ${zhName(y)} 只给出 ${count} 个不同的拐点：圈定范围至少需要 3 个，请按边界顺序逐点填写`,
  en: `${x.en} and ${y.en} give only ${count} distinct corners: a boundary needs at least 3, listed in boundary order`,
});
export const boundaryCrosses = (first: number, second: number, corners: number): Message => ({
  zh: `拐点连线自相交：第 ${first}–${(first % corners) + 1} 点与第 ${second}–${(second % corners) + 1} 点的连线相交或重叠；请按边界顺序(顺时针或逆时针)排列拐点`,
  en: `the boundary crosses itself: the edges from corner ${first} to ${(first % corners) + 1} and from ${second} to ${(second % corners) + 1} meet; list the corners in boundary order (clockwise or anticlockwise)`,
});
export const cornersInLine: Message = {
  zh: "全部拐点在同一直线上，圈定范围面积为 0",
  en: "every corner lies on one line: the boundary encloses no area",
};
/** The co-/by-product classes a 共伴生 utilisation counts, as messages name them. */
export const scopeNames = {
  coAndAssociated: { zh: "共生或伴生", en: "co- or by-product" },
  co: { zh: "共生", en: "co-product" },
  associated: { zh: "伴生", en: "by-product" },
};
/** Results, as messages about them name them. */
export const results = {
  miningRecovery: { zh: "开采回采率", en: "recovery" },
  closingReserves: { zh: "年末保有资源储量", en: "closing reserves" },
  effectiveOreOutput: { zh: "年产量×(1−贫化率)", en: "annual_output × (1 − dilution)" },
  actualProcessRecovery: { zh: "实际选矿回收率", en: "actual process recovery" },
  utilizationRatio: { zh: "综合利用率(有效利用量 ÷ 资源总量)", en: "utilisation (utilized ÷ resources)" },
};
