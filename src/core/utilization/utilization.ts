/**
 * 采选综合回收率 and 综合利用率 (domain.md §1.6).
 * 综合回收率 = 开采回采率 × 选矿回收率 🔶. 综合利用率 by the 综合回收率算术平均法 ✅ (secondary source): the
 * arithmetic mean of the 综合回收率 of every approved main, co- and by-product mineral, an approved mineral
 * that is not used counting as 0. The GB/T 42249-2022 / DZ/T 0272-2015 formulas (per recovered component)
 * were not readable ❓; this is the legacy statistical method, named as such.
 */
import { fail } from "../errors";
import { checkQuantity, itemPosition } from "../quantity";
import { messages } from "../messages";
import { UTILIZATION } from "../parameters";

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
  if (n === 0) fail("value", messages.allBlank(UTILIZATION.miningRecoveries, messages.noMinerals));
  let total = 0;
  for (let i = 0; i < n; i++) {
    total +=
      checkQuantity(miningRecoveries[i], UTILIZATION.miningRecoveries, itemPosition(i)) *
      checkQuantity(processRecoveries[i], UTILIZATION.processRecoveries, itemPosition(i));
  }
  return total / n;
}
