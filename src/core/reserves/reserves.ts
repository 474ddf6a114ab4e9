/**
 * 设计利用资源量, 设计可采储量, 服务年限 — the reserve figures a 开采方案 is reviewed on.
 *
 * Definitions: 浙自然资规〔2025〕6号 附件 六.9 (✅): 设计利用资源量 is the resource taking part in the design after
 * deducting 压覆 resources (under water bodies, buildings, railways); 设计可采储量 is 设计利用资源量 less every
 * 设计损失 (六.5: a plan whose 设计利用资源量 leaves out anything of the retained resources but 压覆, or whose
 * 设计可采储量 does not deduct all design losses, fails review).
 */
import { fail } from "../errors";
import { checkQuantity, checkedSum, exceedsBeyondRounding, nonNegativeResult } from "../quantity";
import { messages } from "../messages";
import { RESERVES } from "../parameters";

/**
 * 设计利用资源量 = 保有资源量 − Σ压覆资源量 − 推断资源量 × (1 − 设计利用系数).
 *
 * 六.5/六.9 (✅) deduct 压覆 only; every other exclusion is a 设计损失, never a deduction here. `inferred` is the
 * 推断资源量 *not overlaid* (what remains of it after the 压覆 deduction), so no tonnage is deducted twice: it may
 * not exceed retained − Σ overlaid. `inferredFactor` (default 1, which 六.5 implies) is the 设计利用系数 some plans
 * apply to it: a drafting practice seen in one 2025 review (0.8, domain.md §1.2 ✅ one case) that 六.5 does not list.
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
  const notOverlaid = Math.max(0, retained - totalOverlaid);
  if (exceedsBeyondRounding(inferred, notOverlaid)) {
    fail("num", messages.inferredOverlaid(RESERVES.inferred, inferred, notOverlaid));
  }
  const usable = retained - totalOverlaid - Math.min(inferred, notOverlaid) * (1 - inferredFactor);
  return nonNegativeResult(usable, Math.max(retained, totalOverlaid), RESERVES.usableResources);
}

/**
 * 设计可采储量 = 设计利用资源量 − Σ设计损失量: every itemised loss (附件 六.9: 边帮弃采, 地质及水文地质, 永久矿柱 and
 * 保护矿柱; 禁采区/境界外, which 六.5 keeps in 设计利用资源量; 采场 losses under the plan convention).
 */
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
  if (oreOutput === 0) fail("div0", messages.zeroDenominator(messages.results.effectiveOreOutput));
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
  return nonNegativeResult(closing, scale, messages.results.closingReserves);
}
