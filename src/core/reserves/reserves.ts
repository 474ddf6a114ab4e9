/**
 * 设计利用资源量, 设计可采储量, 服务年限 — the reserve figures a 开采方案 is reviewed on (附件 六.5, 六.6, 六.9).
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
 * The largest 储量备用系数 taken as typed: K = 2 already holds back half the recoverable reserves. Every K read in a
 * source lies between 1.1 and 1.5 (GB 50197-2015 2.3.6 note 3: 1.1–1.2 for open-pit coal; coal valuations and
 * valuation exam questions: 1.3, 1.4, 1.5), so a larger one is a typing mistake (140 for 1.4), refused rather than
 * used. The bound is ours, not a source's (❓).
 */
export const LARGEST_RESERVE_FACTOR = 2;

/**
 * 服务年限 (years) = 设计可采储量 ÷ [年产量 × (1 − 废石混入率)], or for coal 设计可采储量 ÷ (年产量 × K); plus
 * 基建期 when it is given.
 *
 * - The dilution is the tonnage ratio 废石混入率, as valuation practice uses it (domain.md §1.4, ✅ a worked valuation
 *   example); 0 when the annual output is already pure ore.
 * - K, the 储量备用系数 of coal mine design (T = Z ÷ (A × K): ✅ a coal valuation report, 1585.39 ÷ (15 × 1.5) =
 *   70.46 a; GB 50197-2015 2.3.6 reads 1.1–1.2 for open-pit coal), has no default: omitted, no factor applies
 *   (K = 1, the non-coal formula). The underground coal range (GB 50215) was not read (❓), so it is never supplied.
 * - No source read applies both a dilution and K, so both at once are refused rather than multiplied.
 * - The construction period is not part of the life the reserves give: a valuation counts 生产年限 from the reserves
 *   and adds 基建期 for its 评估计算期 (✅ gaojiufeng.cn/?id=2247683: 18.02 a + 2 a). Whether a plan's
 *   “矿山服务年限” includes it was not read (❓): the drafter says so by giving it or not.
 */
export function serviceLife(
  recoverable: number,
  annualOutput: number,
  dilution = 0,
  reserveFactor = 1,
  constructionYears = 0,
): number {
  checkQuantity(recoverable, RESERVES.recoverableReserves);
  checkQuantity(annualOutput, RESERVES.annualOutput);
  checkQuantity(dilution, RESERVES.dilution);
  checkQuantity(reserveFactor, RESERVES.reserveFactor);
  checkQuantity(constructionYears, RESERVES.constructionYears);
  if (reserveFactor < 1) fail("value", messages.reserveFactorBelowOne(RESERVES.reserveFactor, reserveFactor));
  if (reserveFactor > LARGEST_RESERVE_FACTOR) {
    fail("value", messages.reserveFactorTooLarge(RESERVES.reserveFactor, reserveFactor, LARGEST_RESERVE_FACTOR));
  }
  if (dilution > 0 && reserveFactor > 1) {
    fail("value", messages.dilutionWithReserveFactor(RESERVES.dilution, RESERVES.reserveFactor));
  }
  if (annualOutput === 0) fail("div0", messages.zeroDenominator(RESERVES.annualOutput));
  const oreOutput = annualOutput * (1 - dilution);
  if (oreOutput === 0) fail("div0", messages.zeroDenominator(messages.results.effectiveOreOutput));
  return recoverable / (oreOutput * reserveFactor) + constructionYears;
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
