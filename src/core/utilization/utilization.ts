/**
 * 采选综合回收率 and the three utilisation figures (domain.md §1.6), each under its own name because each answers a
 * different question:
 * - 全矿种综合利用率 ({@link utilizationRate}): the 综合回收率算术平均法 ✅ (secondary source), the arithmetic mean of
 *   the 综合回收率 of every approved main, co- and by-product mineral, an approved mineral not used counting as 0;
 * - 共伴生矿产综合利用率 ({@link coMineralUtilization}): the same mean over the co- and/or by-product minerals only,
 *   the figure the national 共伴生 thresholds are set on, so a well-recovered main mineral cannot mask an unused
 *   by-product (🔶, see there);
 * - 综合利用率 as T/XZBX 0088—2025 3.3 defines it ({@link utilizationRatio}): Σ有效利用量 ÷ Σ资源总量 ✅.
 * 综合回收率 = 开采回采率 × 选矿回收率 🔶. The GB/T 42249-2022 / DZ/T 0272-2015 formulas (per recovered component)
 * were not readable ❓.
 */
import { AlignedInput, PairSink, entryFor, forEachPair } from "../cells";
import { fail } from "../errors";
import { parseChoice } from "../evaluation/ahp/choice";
import { atMostWhole, checkQuantity, exceedsBeyondRounding, itemPosition } from "../quantity";
import { messages } from "../messages";
import { UTILIZATION } from "../parameters";

/** 采选综合回收率 = 开采回采率 × 选矿回收率. */
export function combinedRecovery(miningRecovery: number, processRecovery: number): number {
  return (
    checkQuantity(miningRecovery, UTILIZATION.miningRecovery) *
    checkQuantity(processRecovery, UTILIZATION.processRecovery)
  );
}

/** The number of minerals, when the mining and process recoveries are listed for the same ones. */
function alignedCount(miningRecoveries: ArrayLike<number>, processRecoveries: ArrayLike<number>): number {
  const n = miningRecoveries.length;
  if (processRecoveries.length !== n) {
    fail(
      "value",
      messages.sizeMismatch(UTILIZATION.miningRecoveries, n, UTILIZATION.processRecoveries, processRecoveries.length),
    );
  }
  return n;
}

/**
 * 全矿种综合利用率 = (1/n) Σ 开采回采率ᵢ × 选矿回收率ᵢ over the n approved main, co- and by-product minerals (unused
 * ones entered as 0). It includes the main mineral: not the figure for a national 共伴生 threshold.
 */
export function utilizationRate(miningRecoveries: ArrayLike<number>, processRecoveries: ArrayLike<number>): number {
  const n = alignedCount(miningRecoveries, processRecoveries);
  if (n === 0) fail("value", messages.allBlank(UTILIZATION.miningRecoveries, messages.noMinerals));
  let total = 0;
  for (let i = 0; i < n; i++) {
    total +=
      checkQuantity(miningRecoveries[i], UTILIZATION.miningRecoveries, itemPosition(i)) *
      checkQuantity(processRecoveries[i], UTILIZATION.processRecoveries, itemPosition(i));
  }
  return total / n;
}

/** What a 矿产类别 cell says of its mineral: 共伴生 when a plan does not split 共生 from 伴生. */
export type MineralRole = "main" | "co" | "associated" | "coOrAssociated";

/** Which minerals a 共伴生 figure counts: both kinds (a 共伴生 threshold), or one (a 共生 or a 伴生 threshold). */
export type CoMineralScope = "coAndAssociated" | "co" | "associated";

const ROLE_WORDS: Readonly<Record<string, MineralRole>> = {
  MAIN: "main",
  CO: "co",
  "CO-PRODUCT": "co",
  COPRODUCT: "co",
  BY: "associated",
  "BY-PRODUCT": "associated",
  BYPRODUCT: "associated",
  ASSOCIATED: "associated",
};

/** 主 / 共生 / 伴生 / 共伴生 (or main, co, by, associated) from a 矿产类别 cell; undefined when it says none. */
export function mineralRoleOf(text: string): MineralRole | undefined {
  const word = text.replace(/[\s\u3000]/g, "");
  const co = word.includes("共");
  const associated = word.includes("伴");
  if (co && associated) return "coOrAssociated";
  if (co) return "co";
  if (associated) return "associated";
  if (word.includes("主")) return "main";
  return entryFor(ROLE_WORDS, word.toUpperCase());
}

const SCOPE_WORDS: Readonly<Record<string, CoMineralScope>> = {
  共伴生: "coAndAssociated",
  "CO+BY": "coAndAssociated",
  COBY: "coAndAssociated",
  共生: "co",
  CO: "co",
  伴生: "associated",
  BY: "associated",
  ASSOCIATED: "associated",
};

/** 共伴生 (default), 共生 or 伴生 (CO+BY, CO, BY); anything else is `#VALUE!` listing the choices. */
export function parseCoMineralScope(word: unknown): CoMineralScope {
  return parseChoice(word, UTILIZATION.include, SCOPE_WORDS, "coAndAssociated", messages.includeChoices);
}

/**
 * 共伴生矿产综合利用率 = (1/k) Σ 开采回采率ᵢ × 选矿回收率ᵢ over the k approved co- and/or by-product minerals only
 * (the main mineral left out; an approved mineral not used entered as 0): the figure a national 共伴生 threshold is
 * set on (磷 共伴生 ≥45%; 金 共生 ≥60%, 伴生 ≥40% ✅ 公告 2012). The mean over co-/by-products is 🔶: the 2012 coal
 * draft defines 与煤共伴生矿产资源综合利用率 as the mean of 开发利用量 ÷ 开采动用储量 over the co-/by-products ✅ (draft),
 * and the legacy method averages 采选综合回收率 ✅ (secondary); the GB/T 42249-2022 formula was not readable ❓.
 */
export function coMineralUtilization(
  miningRecoveries: ArrayLike<number>,
  processRecoveries: ArrayLike<number>,
  roles: readonly string[],
  include: CoMineralScope = "coAndAssociated",
): number {
  const n = alignedCount(miningRecoveries, processRecoveries);
  if (roles.length !== n) {
    fail("value", messages.sizeMismatch(UTILIZATION.roles, roles.length, UTILIZATION.miningRecoveries, n));
  }
  let total = 0;
  let counted = 0;
  for (let i = 0; i < n; i++) {
    const role = mineralRoleOf(roles[i]);
    if (role === undefined) {
      fail("value", messages.unknownChoice(UTILIZATION.roles, roles[i], messages.roleChoices, itemPosition(i)));
    }
    const combined =
      checkQuantity(miningRecoveries[i], UTILIZATION.miningRecoveries, itemPosition(i)) *
      checkQuantity(processRecoveries[i], UTILIZATION.processRecoveries, itemPosition(i));
    if (role === "main") continue;
    if (role === "coOrAssociated" && include !== "coAndAssociated") {
      fail("value", messages.roleNotSplit(UTILIZATION.roles, roles[i], itemPosition(i)));
    }
    if (include === "coAndAssociated" || role === include) {
      total += combined;
      counted++;
    }
  }
  if (counted === 0) fail("na", messages.noCoMinerals(UTILIZATION.roles, messages.scopeNames[include]));
  return total / counted;
}

/** How messages name each scope. */

/** Adds up 有效利用量 and 资源总量 row by row, refusing a row that uses more than it has. */
class RatioSums implements PairSink {
  utilized = 0;
  resources = 0;
  row = 0;

  add(utilized: number, resources: number): void {
    this.row++;
    if (exceedsBeyondRounding(utilized, resources)) {
      fail("num", messages.utilizedExceeds(this.row, utilized, resources));
    }
    this.utilized += utilized;
    this.resources += resources;
  }
}

/**
 * 综合利用率 (T/XZBX 0088—2025 3.3 ✅: 主产品与副产品、伴生矿的有效利用量占资源总量的比率) = Σ有效利用量 ÷ Σ资源总量, over the
 * rows given (a row blank in both is skipped). Every row must be in one unit (metal, ore or value): which quantity
 * weights the minerals is the user's choice ❓, the standard does not say. It counts the main mineral too, so it is
 * never the figure for a national 共伴生 threshold.
 */
export function utilizationRatio(utilized: AlignedInput, resources: AlignedInput): number {
  const sums = new RatioSums();
  forEachPair(utilized, resources, "skip", sums);
  if (sums.row === 0) fail("value", messages.allBlank(UTILIZATION.utilized, messages.noUtilizedRows));
  if (sums.resources === 0) fail("div0", messages.zeroDenominator(UTILIZATION.resources));
  return atMostWhole(sums.utilized / sums.resources, messages.results.utilizationRatio);
}
