/**
 * 设计利用资源量, 设计可采储量, 服务年限 — the reserve figures a 开采方案 is reviewed on.
 *
 * Definitions: 浙自然资规〔2025〕6号 附件 六.9 (✅): 设计利用资源量 is the resource taking part in the design after
 * deducting 压覆 resources (under water bodies, buildings, railways); 设计可采储量 is 设计利用资源量 less every
 * 设计损失 (六.5: a plan whose 设计可采储量 does not deduct all design losses fails review).
 */
import { fail, messages } from "../errors";
import {
  Quantity,
  change,
  checkQuantity,
  checkedSum,
  exceedsBeyondRounding,
  nonNegativeResult,
  rate,
  tonnage,
} from "../quantity";

export const RESERVES = {
  retained: tonnage("保有资源量", "retained"),
  overlaid: tonnage("压覆资源量", "overlaid"),
  inferred: tonnage("推断资源量", "inferred"),
  inferredFactor: rate("推断资源量设计利用系数", "inferred_factor"),
  usableResources: tonnage("设计利用资源量", "usable_resources"),
  designLosses: tonnage("设计损失量", "design_losses"),
  recoverableReserves: tonnage("设计可采储量", "recoverable_reserves"),
  annualOutput: tonnage("年产量", "annual_output"),
  dilution: rate("废石混入率(贫化率)", "dilution"),
  retainedReserves: tonnage("保有资源储量", "retained_reserves"),
  opening: tonnage("年初保有资源储量", "opening"),
  mined: tonnage("开采量", "mined"),
  lost: tonnage("损失量", "lost"),
  explorationChange: change("勘查增减量", "exploration_change"),
  reestimationChange: change("重算增减量", "reestimation_change"),
} as const satisfies Record<string, Quantity>;

const CLOSING_RESERVES = { zh: "年末保有资源储量", en: "closing reserves" };

/** What to do when a list of design losses is left blank. */
export const NO_DESIGN_LOSSES = {
  zh: "每项设计损失(永久矿柱、边坡压覆、保安矿柱、采场损失…)单列；确无损失请填 0",
  en: "list every design loss (pillars, slopes, stope losses …); type 0 if there is truly none",
};

/** What to do when a list of overlaid resources is left blank. */
export const NO_OVERLAID = {
  zh: "逐项填写压覆资源量(水体、建筑物、铁路下等)；无压覆请填 0",
  en: "list the overlaid resources (under water, buildings, railways …); type 0 if there are none",
};

/** The denominator of 服务年限, named for its message when it is zero. */
const EFFECTIVE_ORE_OUTPUT = { zh: "年产量×(1−贫化率)", en: "annual_output × (1 − dilution)" };

/**
 * 设计利用资源量 = 保有资源量 − Σ压覆资源量 − 推断资源量 × (1 − 设计利用系数).
 * `inferredFactor` (default 1) is the 设计利用系数 applied to 推断资源量; one 2025 review used 0.8 (domain.md §1.2).
 */
export function usableResources(
  retained: number,
  overlaid: ArrayLike<number>,
  inferred = 0,
  inferredFactor = 1,
): number {
  checkQuantity(retained, RESERVES.retained);
  const totalOverlaid = checkedSum(overlaid, RESERVES.overlaid);
  checkQuantity(inferred, RESERVES.inferred);
  checkQuantity(inferredFactor, RESERVES.inferredFactor);
  if (exceedsBeyondRounding(inferred, retained)) {
    fail("num", messages.exceeds(RESERVES.inferred, inferred, RESERVES.retained, retained));
  }
  const usable = retained - totalOverlaid - inferred * (1 - inferredFactor);
  return nonNegativeResult(usable, Math.max(retained, totalOverlaid), RESERVES.usableResources);
}

/** 设计可采储量 = 设计利用资源量 − Σ设计损失量 (every itemised loss: pillars, slopes, 采场 losses …). */
export function recoverableReserves(usable: number, designLosses: ArrayLike<number>): number {
  checkQuantity(usable, RESERVES.usableResources);
  const totalLosses = checkedSum(designLosses, RESERVES.designLosses);
  if (exceedsBeyondRounding(totalLosses, usable)) {
    fail("num", messages.exceeds(RESERVES.designLosses, totalLosses, RESERVES.usableResources, usable));
  }
  return Math.max(0, usable - totalLosses);
}

/**
 * 服务年限 (years) = 设计可采储量 ÷ [年产量 × (1 − 贫化率)]. The dilution here is the tonnage ratio 废石混入率,
 * as valuation practice uses it (domain.md §1.4); 0 when the annual output is already pure ore.
 */
export function serviceLife(recoverable: number, annualOutput: number, dilution = 0): number {
  checkQuantity(recoverable, RESERVES.recoverableReserves);
  checkQuantity(annualOutput, RESERVES.annualOutput);
  checkQuantity(dilution, RESERVES.dilution);
  if (annualOutput === 0) fail("div0", messages.zeroDenominator(RESERVES.annualOutput));
  const oreOutput = annualOutput * (1 - dilution);
  if (oreOutput === 0) fail("div0", messages.zeroDenominator(EFFECTIVE_ORE_OUTPUT));
  return recoverable / oreOutput;
}

/** 开采强度 = 年开采量 ÷ 保有储量 (T/XZBX 0088—2025 Table 1: 年开采量/保有储量比). */
export function miningIntensity(annualOutput: number, retainedReserves: number): number {
  checkQuantity(annualOutput, RESERVES.annualOutput);
  checkQuantity(retainedReserves, RESERVES.retainedReserves);
  if (retainedReserves === 0) fail("div0", messages.zeroDenominator(RESERVES.retainedReserves));
  return annualOutput / retainedReserves;
}

/**
 * 年末保有资源储量 = 年初保有 − 开采量 − 损失量 + 勘查增减 + 重算增减: the flow columns of the
 * 矿山资源储量变动台帐 (国土资源部《矿山储量动态管理要求》附件5).
 */
export function closingReserves(
  opening: number,
  mined: number,
  lost: number,
  explorationChange = 0,
  reestimationChange = 0,
): number {
  checkQuantity(opening, RESERVES.opening);
  checkQuantity(mined, RESERVES.mined);
  checkQuantity(lost, RESERVES.lost);
  checkQuantity(explorationChange, RESERVES.explorationChange);
  checkQuantity(reestimationChange, RESERVES.reestimationChange);
  const closing = opening - mined - lost + explorationChange + reestimationChange;
  const scale = Math.max(opening, mined, lost, Math.abs(explorationChange), Math.abs(reestimationChange));
  return nonNegativeResult(closing, scale, CLOSING_RESERVES);
}
