/**
 * 采选综合回收率 and 综合利用率 (domain.md §1.6).
 * 综合回收率 = 开采回采率 × 选矿回收率 🔶. 综合利用率 by the 综合回收率算术平均法 ✅ (secondary source): the
 * arithmetic mean of the 综合回收率 of every approved main, co- and by-product mineral, an approved mineral
 * that is not used counting as 0. The GB/T 42249-2022 / DZ/T 0272-2015 formulas (per recovered component)
 * were not readable ❓; this is the legacy statistical method, named as such.
 */
import { fail, messages } from "../errors";
import { Quantity, checkQuantity, itemPosition, rate } from "../quantity";

export const UTILIZATION = {
  miningRecovery: rate("开采回采率", "mining_recovery"),
  processRecovery: rate("选矿回收率", "process_recovery"),
  miningRecoveries: rate("各矿种开采回采率", "mining_recoveries"),
  processRecoveries: rate("各矿种选矿回收率", "process_recoveries"),
} as const satisfies Record<string, Quantity>;

/** What to do about an empty mineral list or a blank row in it. */
export const NO_MINERALS = {
  zh: "每个经评审批准的主、共、伴生矿种占一行，未利用的矿种填 0",
  en: "give one row per approved main, co- or by-product mineral, and 0 for one that is not used",
};

/** 采选综合回收率 = 开采回采率 × 选矿回收率. */
export function combinedRecovery(miningRecovery: number, processRecovery: number): number {
  return (
    checkQuantity(miningRecovery, UTILIZATION.miningRecovery) *
    checkQuantity(processRecovery, UTILIZATION.processRecovery)
  );
}

/** 综合利用率 = (1/n) Σ 开采回采率ᵢ × 选矿回收率ᵢ over the n approved minerals (unused ones entered as 0). */
export function utilizationRate(miningRecoveries: ArrayLike<number>, processRecoveries: ArrayLike<number>): number {
  const n = miningRecoveries.length;
  if (processRecoveries.length !== n) {
    fail(
      "value",
      messages.sizeMismatch(UTILIZATION.miningRecoveries, n, UTILIZATION.processRecoveries, processRecoveries.length),
    );
  }
  if (n === 0) fail("value", messages.allBlank(UTILIZATION.miningRecoveries, NO_MINERALS));
  let total = 0;
  for (let i = 0; i < n; i++) {
    total +=
      checkQuantity(miningRecoveries[i], UTILIZATION.miningRecoveries, itemPosition(i)) *
      checkQuantity(processRecoveries[i], UTILIZATION.processRecoveries, itemPosition(i));
  }
  return total / n;
}
