/**
 * =MINE.* functions for mineral processing (选矿): theoretical and actual recovery, concentrate yield.
 */
import * as processing from "../core/processing/recovery";
import { FUNCTIONS } from "./catalogue";
import { excelRun } from "./excel";

/**
 * Theoretical process recovery: β(α − θ) ÷ [α(β − θ)] (理论选矿回收率, technological metal balance); requires θ < α < β.
 * @customfunction PROCESS_RECOVERY
 * @param feed_grade Feed (run-of-mine) grade α (原矿品位), any grade unit.
 * @param concentrate_grade Concentrate grade β (精矿品位), same unit.
 * @param tailings_grade Tailings grade θ (尾矿品位), same unit.
 * @returns Theoretical process recovery as a fraction.
 * @helpurl https://localhost:3000/help.html#process_recovery
 */
export function processRecovery(feed_grade: unknown, concentrate_grade: unknown, tailings_grade: unknown): number {
  return excelRun(
    FUNCTIONS.PROCESS_RECOVERY,
    [feed_grade, concentrate_grade, tailings_grade],
    processing.theoreticalProcessRecovery,
  );
}

/**
 * Actual process recovery: Q_c·β ÷ (Q_f·α) (实际选矿回收率, commercial metal balance).
 * @customfunction PROCESS_RECOVERY_ACTUAL
 * @param concentrate_mass Concentrate produced (精矿量 Q_c), any tonnage unit.
 * @param concentrate_grade Concentrate grade β (精矿品位), any grade unit.
 * @param feed_mass Ore fed to the mill (原矿量 Q_f), same tonnage unit.
 * @param feed_grade Feed grade α (原矿品位), same grade unit as β.
 * @returns Actual process recovery as a fraction.
 * @helpurl https://localhost:3000/help.html#process_recovery_actual
 */
export function processRecoveryActual(
  concentrate_mass: unknown,
  concentrate_grade: unknown,
  feed_mass: unknown,
  feed_grade: unknown,
): number {
  return excelRun(
    FUNCTIONS.PROCESS_RECOVERY_ACTUAL,
    [concentrate_mass, concentrate_grade, feed_mass, feed_grade],
    processing.actualProcessRecovery,
  );
}

/**
 * Concentrate yield: (α − θ) ÷ (β − θ) (精矿产率, concentrate mass over feed mass from grades); requires θ < α < β.
 * @customfunction CONCENTRATE_YIELD
 * @param feed_grade Feed grade α (原矿品位).
 * @param concentrate_grade Concentrate grade β (精矿品位), same unit.
 * @param tailings_grade Tailings grade θ (尾矿品位), same unit.
 * @returns Concentrate yield as a fraction.
 * @helpurl https://localhost:3000/help.html#concentrate_yield
 */
export function concentrateYield(feed_grade: unknown, concentrate_grade: unknown, tailings_grade: unknown): number {
  return excelRun(
    FUNCTIONS.CONCENTRATE_YIELD,
    [feed_grade, concentrate_grade, tailings_grade],
    processing.concentrateYield,
  );
}
