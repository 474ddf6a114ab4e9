/**
 * =MINE.* functions for comprehensive utilisation (综合利用).
 */
import { readPairs } from "../core/cells";
import { messages } from "../core/messages";
import * as rules from "../core/utilization/utilization";
import { FUNCTIONS } from "./catalogue";
import { excelRun } from "./excel";

/**
 * Combined mining-and-processing recovery: mining recovery × process recovery (采选综合回收率).
 * @customfunction COMBINED_RECOVERY
 * @param mining_recovery Mining recovery (开采回采率), a fraction.
 * @param process_recovery Process recovery (选矿回收率), a fraction.
 * @returns Combined recovery as a fraction.
 * @helpurl https://localhost:3000/help.html#combined_recovery
 */
export function combinedRecovery(mining_recovery: unknown, process_recovery: unknown): number {
  return excelRun(FUNCTIONS.COMBINED_RECOVERY, [mining_recovery, process_recovery], rules.combinedRecovery);
}

/**
 * All-minerals utilisation by the arithmetic mean of combined recoveries (全矿种综合利用率, 综合回收率算术平均法; secondary source): mean of mining × process recovery over every approved main, co- and by-product mineral, the main mineral included; an approved mineral not used is entered as 0, never left blank. Not the figure for a national co-/by-product (共伴生) threshold: use COMINERAL_UTILIZATION. The GB/T 42249-2022 component formula was not readable; this is the legacy method.
 * @customfunction UTILIZATION
 * @param mining_recoveries Mining recovery of each approved mineral, one cell per mineral (fractions).
 * @param process_recoveries Process recovery of each mineral, aligned with mining_recoveries (fractions).
 * @returns Comprehensive utilisation rate as a fraction.
 * @helpurl https://localhost:3000/help.html#utilization
 */
export function utilization(mining_recoveries: unknown[][], process_recoveries: unknown[][]): number {
  return excelRun(FUNCTIONS.UTILIZATION, [mining_recoveries, process_recoveries], (miningCells, processCells) =>
    rules.utilizationRate(...readPairs(miningCells, processCells, messages.noMinerals)),
  );
}

/**
 * Co- and by-product utilisation (共伴生矿产综合利用率): mean of mining × process recovery over the co-products (共生) and/or by-products (伴生) only, the main mineral left out; an approved mineral not used is entered as 0. The figure the national co-/by-product minimums are set on (phosphate 共伴生 45%, gold 共生 60% and 伴生 40%, MLR notices 2012). Averaging over co-/by-products only follows the 2012 coal draft and the legacy method; the GB/T 42249-2022 formula was not readable.
 * @customfunction COMINERAL_UTILIZATION
 * @param mining_recoveries Mining recovery of each approved mineral, one cell per mineral (fractions).
 * @param process_recoveries Process recovery of each mineral, aligned with mining_recoveries (fractions).
 * @param roles Role of each mineral, aligned with mining_recoveries: 主矿产, 共生, 伴生 (or main, co, by); 共伴生 counts only in the combined figure.
 * @param [include] Which minerals to average: 共伴生 (default, co- and by-products together), 共生 or 伴生, as the national minimum splits them.
 * @returns Co- and by-product utilisation as a fraction.
 * @helpurl https://localhost:3000/help.html#comineral_utilization
 */
export function comineralUtilization(
  mining_recoveries: unknown[][],
  process_recoveries: unknown[][],
  roles: unknown[][],
  include?: unknown,
): number {
  return excelRun(
    FUNCTIONS.COMINERAL_UTILIZATION,
    [mining_recoveries, process_recoveries, roles, include],
    (miningCells, processCells, roleNames, includeWord) =>
      rules.coMineralUtilization(
        ...readPairs(miningCells, processCells, messages.noMinerals),
        roleNames,
        rules.parseCoMineralScope(includeWord),
      ),
  );
}

/**
 * Comprehensive utilisation as T/XZBX 0088—2025 clause 3.3 defines it: Σ effectively utilised amount ÷ Σ total resources (有效利用量 ÷ 资源总量, main products, by-products and associated minerals together), usable as the measured value of the Table 1 indicator. Every row in one unit (metal, ore or value); rows blank in both ranges are skipped. It counts the main mineral, so it is not the figure for a national co-/by-product minimum.
 * @customfunction UTILIZATION_RATIO
 * @param utilized Effectively utilised amount of each mineral or product in the period (有效利用量), e.g. metal recovered or its value.
 * @param resources Total resources of each mineral in the same period and unit (资源总量), aligned with utilized.
 * @returns Utilisation as a fraction.
 * @helpurl https://localhost:3000/help.html#utilization_ratio
 */
export function utilizationRatio(utilized: unknown[][], resources: unknown[][]): number {
  return excelRun(FUNCTIONS.UTILIZATION_RATIO, [utilized, resources], rules.utilizationRatio);
}
