/**
 * =MINE.* functions for mining (开采): recovery, loss, design recovery, weighted recovery, dilution.
 * Each is one line: the runner reads Excel's arguments through their declarations (typed `unknown` so blanks and
 * text reach the engine instead of being coerced to 0) and calls the engine.
 */
import { forEachPair } from "../core/cells";
import * as dilutionRules from "../core/mining/dilution";
import * as mining from "../core/mining/recovery";
import { FUNCTIONS } from "./catalogue";
import { excelRun } from "./excel";

/**
 * Mining recovery: extracted ÷ consumed (采出的纯矿石量 ÷ 动用资源储量; textbook form, recovery + loss rate = 1).
 * @customfunction RECOVERY
 * @param extracted Pure ore extracted (采出的纯矿石量, tonnage without diluting waste), any tonnage unit.
 * @param consumed Resources consumed by mining (动用资源储量), same unit as extracted.
 * @returns Mining recovery as a fraction (format the cell as %).
 * @helpurl https://localhost:3000/help.html#recovery
 */
export function recovery(extracted: unknown, consumed: unknown): number {
  return excelRun(FUNCTIONS.RECOVERY, [extracted, consumed], mining.miningRecovery);
}

/**
 * Ore loss rate: loss ÷ consumed (损失量 ÷ 动用资源储量; loss rate + recovery = 1).
 * @customfunction LOSS_RATE
 * @param loss Ore lost in mining (损失量), any tonnage unit.
 * @param consumed Resources consumed by mining (动用资源储量), same unit.
 * @returns Loss rate as a fraction.
 * @helpurl https://localhost:3000/help.html#loss_rate
 */
export function lossRate(loss: unknown, consumed: unknown): number {
  return excelRun(FUNCTIONS.LOSS_RATE, [loss, consumed], mining.lossRate);
}

/**
 * Design mining recovery: (usable − Σ design losses) ÷ usable (设计可采储量 ÷ 设计利用资源量; Zhejiang notice 浙自然资规〔2025〕6号 annex 6.9).
 * @customfunction DESIGN_RECOVERY
 * @param usable_resources Resources used by the design (设计利用资源量), any tonnage unit.
 * @param design_losses Every itemised design loss (设计损失量: pit walls, geology, pillars, no-mining zones and outside the pit limit, stope losses; annex 6.9), same unit; a cell or a range, blank cells skipped, 0 if none.
 * @returns Design mining recovery as a fraction.
 * @helpurl https://localhost:3000/help.html#design_recovery
 */
export function designRecovery(usable_resources: unknown, design_losses: unknown[][]): number {
  return excelRun(FUNCTIONS.DESIGN_RECOVERY, [usable_resources, design_losses], mining.designRecovery);
}

/**
 * Mine-level mining recovery: weighted average Σ rate·weight ÷ Σ weight over every block (采区/矿块), as GB/T 42249-2022 and the Zhejiang review (浙自然资规〔2025〕6号) require; weighting by usable resources (设计利用资源量) or resources consumed (动用资源储量) is our reading (not seen in the standard's text). Rows blank in both ranges are skipped.
 * @customfunction WEIGHTED_RECOVERY
 * @param rates Mining recovery of each block (采区/矿块开采回采率), fractions.
 * @param weights Each block's usable resources (设计利用资源量, at design) or resources consumed (动用资源储量, in production); same number of cells as rates.
 * @returns Weighted mining recovery as a fraction.
 * @helpurl https://localhost:3000/help.html#weighted_recovery
 */
export function weightedRecovery(rates: unknown[][], weights: unknown[][]): number {
  return excelRun(FUNCTIONS.WEIGHTED_RECOVERY, [rates, weights], (rateCells, weightCells) => {
    const sum = new mining.WeightedRecoverySum();
    forEachPair(rateCells, weightCells, "skip", sum);
    return sum.result();
  });
}

/**
 * Grade dilution: (C − Cₜ) ÷ C (品位贫化率); negative when the mined grade exceeds the geological grade.
 * @customfunction DILUTION
 * @param ore_grade Geological grade of the ore block (地质品位 C), any grade unit.
 * @param mined_grade Grade of the ore as mined (采出矿石品位 Cₜ), same unit.
 * @returns Grade dilution as a fraction.
 * @helpurl https://localhost:3000/help.html#dilution
 */
export function dilution(ore_grade: unknown, mined_grade: unknown): number {
  return excelRun(FUNCTIONS.DILUTION, [ore_grade, mined_grade], dilutionRules.gradeDilution);
}

/**
 * Waste rock ratio: (C − Cₜ) ÷ (C − C_y) (废石混入率, tonnage share of waste in the mined ore); requires C_y ≤ Cₜ ≤ C.
 * @customfunction WASTE_RATIO
 * @param ore_grade Geological grade (地质品位 C).
 * @param mined_grade Mined ore grade (采出矿石品位 Cₜ), same unit.
 * @param waste_grade Grade of the diluting waste rock (混入废石品位 C_y), same unit.
 * @returns Waste rock ratio as a fraction.
 * @helpurl https://localhost:3000/help.html#waste_ratio
 */
export function wasteRatio(ore_grade: unknown, mined_grade: unknown, waste_grade: unknown): number {
  return excelRun(FUNCTIONS.WASTE_RATIO, [ore_grade, mined_grade, waste_grade], dilutionRules.wasteRatio);
}

/**
 * Mining recovery from grades: T·(Cₜ − C_y) ÷ [Q·(C − C_y)], when the diluting waste is not weighed; requires C_y ≤ Cₜ ≤ C (ore mined richer than the block: use RECOVERY).
 * @customfunction RECOVERY_BY_GRADE
 * @param consumed Resources consumed (动用资源储量 Q), any tonnage unit.
 * @param mined_ore Ore mined including diluting waste (采出矿石量 T), same unit.
 * @param ore_grade Geological grade (地质品位 C).
 * @param mined_grade Mined ore grade (采出矿石品位 Cₜ), same unit.
 * @param waste_grade Waste rock grade (混入废石品位 C_y), same unit.
 * @returns Mining recovery as a fraction.
 * @helpurl https://localhost:3000/help.html#recovery_by_grade
 */
export function recoveryByGrade(
  consumed: unknown,
  mined_ore: unknown,
  ore_grade: unknown,
  mined_grade: unknown,
  waste_grade: unknown,
): number {
  return excelRun(
    FUNCTIONS.RECOVERY_BY_GRADE,
    [consumed, mined_ore, ore_grade, mined_grade, waste_grade],
    mining.recoveryByGrade,
  );
}

/**
 * Metal recovery in mining: T·Cₜ ÷ (Q·C) (金属采收率, counts the metal in the diluting waste, so it can exceed 100%).
 * @customfunction METAL_RECOVERY
 * @param consumed Resources consumed (动用资源储量 Q), any tonnage unit.
 * @param mined_ore Ore mined including waste (采出矿石量 T), same unit.
 * @param ore_grade Geological grade (地质品位 C).
 * @param mined_grade Mined ore grade (采出矿石品位 Cₜ), same unit.
 * @returns Metal recovery as a fraction.
 * @helpurl https://localhost:3000/help.html#metal_recovery
 */
export function metalRecovery(consumed: unknown, mined_ore: unknown, ore_grade: unknown, mined_grade: unknown): number {
  return excelRun(FUNCTIONS.METAL_RECOVERY, [consumed, mined_ore, ore_grade, mined_grade], mining.metalRecovery);
}
