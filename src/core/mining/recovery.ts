/**
 * 开采回采率 and 矿石损失率 — of a block, from design quantities, weighted over 采区/矿块, and from grades.
 *
 * Basis (domain.md §1.1–1.3): K = T′/Q (采出的纯矿石量 ÷ 动用资源储量) 🔶 textbook; L = S/Q and K + L = 1 ✅;
 * the grade forms ✅ (《矿产资源加工概论》 P104 exercise); 设计开采回采率 = 设计可采储量 ÷ 设计利用资源量 ✅
 * (浙自然资规〔2025〕6号 附件 六.9); the mine rate is the weighted average over every 采区/矿块 ✅ (same, 六.5),
 * weighted by each block's 动用资源储量 or 设计利用资源量 ❓ (the only weighting for which the mine rate equals
 * total extracted ÷ total consumed; the weighting quantity was not read in GB/T 42249-2022).
 */
import { fail } from "../errors";
import { atMostWhole, Quantity, checkQuantity, exceedsBeyondRounding, itemPosition } from "../quantity";
import { recoverableReserves } from "../reserves/reserves";
import { messages } from "../messages";
import { MINING, RESERVES } from "../parameters";

/**
 * part ÷ whole of two tonnages where the part cannot exceed the whole, each named by its quantity in the engine's
 * messages: 回采率, 损失率, and the other shares of a tonnage the review recomputes (废石混入率 from tonnages,
 * 精矿产率 Q精 ÷ Q原, 设计开采回采率 from 设计可采储量).
 */
export function tonnageShare(part: number, partQuantity: Quantity, whole: number, wholeQuantity: Quantity): number {
  checkQuantity(part, partQuantity);
  checkQuantity(whole, wholeQuantity);
  if (whole === 0) fail("div0", messages.zeroDenominator(wholeQuantity));
  if (exceedsBeyondRounding(part, whole)) fail("num", messages.exceeds(partQuantity, part, wholeQuantity, whole));
  return Math.min(1, part / whole);
}

/** 开采回采率 K = 采出的纯矿石量 ÷ 动用资源储量. */
export function miningRecovery(extracted: number, consumed: number): number {
  return tonnageShare(extracted, MINING.extracted, consumed, MINING.consumed);
}

/** 矿石损失率 L = 损失量 ÷ 动用资源储量. */
export function lossRate(loss: number, consumed: number): number {
  return tonnageShare(loss, MINING.loss, consumed, MINING.consumed);
}

/** 设计开采回采率 = (设计利用资源量 − Σ设计损失量) ÷ 设计利用资源量. */
export function designRecovery(usable: number, designLosses: ArrayLike<number>): number {
  const recoverable = recoverableReserves(usable, designLosses);
  if (usable === 0) fail("div0", messages.zeroDenominator(RESERVES.usableResources));
  return recoverable / usable;
}

/**
 * Running Σ Kᵢ·wᵢ and Σ wᵢ for the mine-level 开采回采率, so a range of any length is averaged without copying it.
 * `add` takes numbers already checked against {@link MINING}.rates and .weights — `forEachPair` checks range cells,
 * {@link weightedRecovery} checks list items — so each number is checked once, wherever it comes from.
 */
export class WeightedRecoverySum {
  private weighted = 0;
  private total = 0;

  add(rate: number, weight: number): void {
    this.weighted += rate * weight;
    this.total += weight;
  }

  result(): number {
    if (this.total === 0) fail("div0", messages.zeroDenominator(MINING.weights));
    return Math.min(1, this.weighted / this.total);
  }
}

/**
 * Mine-level 开采回采率 = Σ Kᵢ·wᵢ ÷ Σ wᵢ over every 采区/矿块, with wᵢ the block's 动用资源储量 (production) or
 * 设计利用资源量 (design).
 */
export function weightedRecovery(rates: ArrayLike<number>, weights: ArrayLike<number>): number {
  if (rates.length !== weights.length) {
    fail("value", messages.sizeMismatch(MINING.rates, rates.length, MINING.weights, weights.length));
  }
  const sum = new WeightedRecoverySum();
  for (let i = 0; i < rates.length; i++) {
    sum.add(
      checkQuantity(rates[i], MINING.rates, itemPosition(i)),
      checkQuantity(weights[i], MINING.weights, itemPosition(i)),
    );
  }
  return sum.result();
}

/** Requires C_y < C and C_y ≤ C_t, without which the grade formulas mean nothing. */
export function checkWasteBelowOre(oreGrade: number, minedGrade: number, wasteGrade: number): void {
  checkQuantity(oreGrade, MINING.oreGrade);
  checkQuantity(minedGrade, MINING.minedGrade);
  checkQuantity(wasteGrade, MINING.wasteGrade);
  if (!(wasteGrade < oreGrade && wasteGrade <= minedGrade)) {
    fail("num", messages.gradeOrder(messages.wasteBelowOreOrder, `C=${oreGrade}, Cₜ=${minedGrade}, C_y=${wasteGrade}`));
  }
}

/**
 * 开采回采率 from grades, when the diluting waste is not weighed: K = T·(Cₜ − C_y) ÷ [Q·(C − C_y)].
 * T = 采出矿石量 (with waste), Q = 动用资源储量, C / Cₜ / C_y = 地质 / 采出 / 废石 grade.
 */
export function recoveryByGrade(
  consumed: number,
  minedOre: number,
  oreGrade: number,
  minedGrade: number,
  wasteGrade: number,
): number {
  checkQuantity(consumed, MINING.consumed);
  checkQuantity(minedOre, MINING.minedOre);
  checkWasteBelowOre(oreGrade, minedGrade, wasteGrade);
  // The grade method assumes the ore was only diluted by waste; ore mined richer than the block (负贫化: sorting,
  // selective mining) is outside it, where it would report recovery that never happened.
  if (exceedsBeyondRounding(minedGrade, oreGrade)) fail("num", messages.minedRicherThanOre(oreGrade, minedGrade));
  if (consumed === 0) fail("div0", messages.zeroDenominator(MINING.consumed));
  const recovery = (minedOre * (minedGrade - wasteGrade)) / (consumed * (oreGrade - wasteGrade));
  return atMostWhole(recovery, messages.results.miningRecovery);
}

/**
 * 金属采收率 = T·Cₜ ÷ (Q·C): metal mined, including the metal carried by the diluting waste, over the metal in
 * the resources consumed. It can exceed 100% when nearly all the ore is mined together with mineralised waste,
 * so it is returned as computed.
 */
export function metalRecovery(consumed: number, minedOre: number, oreGrade: number, minedGrade: number): number {
  checkQuantity(consumed, MINING.consumed);
  checkQuantity(minedOre, MINING.minedOre);
  checkQuantity(oreGrade, MINING.oreGrade);
  checkQuantity(minedGrade, MINING.minedGrade);
  if (consumed === 0) fail("div0", messages.zeroDenominator(MINING.consumed));
  if (oreGrade === 0) fail("div0", messages.zeroDenominator(MINING.oreGrade));
  return (minedOre * minedGrade) / (consumed * oreGrade);
}
