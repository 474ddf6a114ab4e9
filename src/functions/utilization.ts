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
 * Comprehensive utilisation rate by the arithmetic mean of combined recoveries (综合回收率算术平均法): mean of mining × process recovery over every approved main, co- and by-product mineral; an approved mineral not used is entered as 0, never left blank. The GB/T 42249-2022 component formula was not readable; this is the legacy method.
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
