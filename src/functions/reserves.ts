/**
 * =MINE.* functions for reserves and their dynamics (储量).
 */
import * as reserves from "../core/reserves/reserves";
import { FUNCTIONS } from "./catalogue";
import { excelRun } from "./excel";

/**
 * Resources used by the design: retained − Σ overlaid − inferred × (1 − inferred_factor) (设计利用资源量; Zhejiang notice 浙自然资规〔2025〕6号 annex 6.5/6.9 deducts overlaid resources only: every other exclusion is a design loss; the inferred factor is a drafting practice 6.5 does not list).
 * @customfunction USABLE_RESOURCES
 * @param retained Retained resources on record (保有资源量), any tonnage unit.
 * @param overlaid Overlaid resources to deduct (压覆资源量, under water, buildings, railways), same unit; a cell or a range, blank cells skipped, 0 if none.
 * @param [inferred] Inferred resources not overlaid (未压覆的推断资源量), same unit; at most retained − Σ overlaid, so no tonnage is deducted twice; default 0.
 * @param [inferred_factor] Design utilisation factor for inferred resources (推断资源量设计利用系数), a fraction; default 1, as annex 6.5 implies.
 * @returns Resources used by the design, in the unit of the inputs.
 * @helpurl https://localhost:3000/help.html#usable_resources
 */
export function usableResources(
  retained: unknown,
  overlaid: unknown[][],
  inferred?: unknown,
  inferred_factor?: unknown,
): number {
  return excelRun(
    FUNCTIONS.USABLE_RESOURCES,
    [retained, overlaid, inferred, inferred_factor],
    reserves.usableResources,
  );
}

/**
 * Design recoverable reserves: usable resources − Σ design losses (设计可采储量; every itemised design loss must be deducted, Zhejiang notice 浙自然资规〔2025〕6号 annex 6.5).
 * @customfunction RECOVERABLE_RESERVES
 * @param usable_resources Resources used by the design (设计利用资源量), any tonnage unit.
 * @param design_losses Every itemised design loss (设计损失量: pit walls, geology, pillars, no-mining zones and outside the pit limit, stope losses; annex 6.9), same unit; a cell or a range, blank cells skipped, 0 if none.
 * @returns Design recoverable reserves, in the unit of the inputs.
 * @helpurl https://localhost:3000/help.html#recoverable_reserves
 */
export function recoverableReserves(usable_resources: unknown, design_losses: unknown[][]): number {
  return excelRun(FUNCTIONS.RECOVERABLE_RESERVES, [usable_resources, design_losses], reserves.recoverableReserves);
}

/**
 * Service life in years: recoverable reserves ÷ [annual output × (1 − dilution)], or for coal ÷ (annual output × reserve factor K), plus the construction period when given (服务年限; valuation practice and coal mine design; Zhejiang notice 浙自然资规〔2025〕6号 annex 6.6 asks whether it is reasonable).
 * @customfunction SERVICE_LIFE
 * @param recoverable_reserves Design recoverable reserves (设计可采储量), any tonnage unit.
 * @param annual_output Annual ore output (年产量, the planned production scale), same unit per year.
 * @param [dilution] Waste rock ratio of the output (废石混入率), a fraction; default 0. Not with reserve_factor.
 * @param [reserve_factor] Coal reserve factor K (储量备用系数), at least 1; omitted, none applies (non-coal). No default is supplied: GB 50197-2015 reads 1.1–1.2 for open-pit coal; the underground range was not read. Above 2 is refused as a typing mistake.
 * @param [construction_years] Construction period in years (基建期) to add, as valuations do for their assessment period; default 0.
 * @returns Service life in years.
 * @helpurl https://localhost:3000/help.html#service_life
 */
export function serviceLife(
  recoverable_reserves: unknown,
  annual_output: unknown,
  dilution?: unknown,
  reserve_factor?: unknown,
  construction_years?: unknown,
): number {
  return excelRun(
    FUNCTIONS.SERVICE_LIFE,
    [recoverable_reserves, annual_output, dilution, reserve_factor, construction_years],
    reserves.serviceLife,
  );
}

/**
 * Mining intensity: annual output ÷ retained reserves (开采强度, 年开采量/保有储量比 of T/XZBX 0088—2025 Table 1).
 * @customfunction MINING_INTENSITY
 * @param annual_output Ore mined in the year (年开采量), any tonnage unit.
 * @param retained_reserves Retained resources and reserves (保有资源储量), same unit.
 * @returns Mining intensity as a fraction per year.
 * @helpurl https://localhost:3000/help.html#mining_intensity
 */
export function miningIntensity(annual_output: unknown, retained_reserves: unknown): number {
  return excelRun(FUNCTIONS.MINING_INTENSITY, [annual_output, retained_reserves], reserves.miningIntensity);
}

/**
 * Closing retained resources: opening − mined − lost + exploration change + re-estimation change (年末保有资源储量, the flow of the reserve change ledger).
 * @customfunction CLOSING_RESERVES
 * @param opening Retained resources at the start of the year (年初保有资源储量), any tonnage unit.
 * @param mined Quantity mined in the year (开采量), same unit.
 * @param lost Quantity lost in the year (损失量), same unit.
 * @param [exploration_change] Change from exploration (勘查增减量), signed; default 0.
 * @param [reestimation_change] Change from re-estimation (重算增减量), signed; default 0.
 * @returns Closing retained resources, in the unit of the inputs.
 * @helpurl https://localhost:3000/help.html#closing_reserves
 */
export function closingReserves(
  opening: unknown,
  mined: unknown,
  lost: unknown,
  exploration_change?: unknown,
  reestimation_change?: unknown,
): number {
  return excelRun(
    FUNCTIONS.CLOSING_RESERVES,
    [opening, mined, lost, exploration_change, reestimation_change],
    reserves.closingReserves,
  );
}
