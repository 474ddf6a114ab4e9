/** Reserves (储量): declarations of the engine's inputs (./index). */
import { messages } from "../messages";
import { tonnage, rate, change } from "../quantity";
import { required, optionalNumber, itemised, nonNegative } from "./declare";

export const retained = required(tonnage("保有资源量", "retained"));
export const overlaid = itemised(tonnage("压覆资源量", "overlaid"), messages.noOverlaid);
export const inferred = optionalNumber(tonnage("推断资源量", "inferred"), 0);
export const inferredFactor = optionalNumber(rate("推断资源量设计利用系数", "inferred_factor"), 1);
export const usableResources = required(tonnage("设计利用资源量", "usable_resources"));
export const designLosses = itemised(tonnage("设计损失量", "design_losses"), messages.noDesignLosses);
export const recoverableReserves = required(tonnage("设计可采储量", "recoverable_reserves"));
export const annualOutput = required(tonnage("年产量", "annual_output"));
export const dilution = optionalNumber(rate("废石混入率", "dilution"), 0);
/** Omitted: no reserve factor (K = 1, the non-coal formula); the engine never supplies a coal K. */
export const reserveFactor = optionalNumber(nonNegative("储量备用系数", "reserve_factor"), 1);
export const constructionYears = optionalNumber(nonNegative("基建期", "construction_years"), 0);
export const annualMined = required(tonnage("年开采量", "annual_output"));
export const retainedReserves = required(tonnage("保有资源储量", "retained_reserves"));
export const opening = required(tonnage("年初保有资源储量", "opening"));
export const mined = required(tonnage("开采量", "mined"));
export const lost = required(tonnage("损失量", "lost"));
export const explorationChange = optionalNumber(change("勘查增减量", "exploration_change"), 0);
export const reestimationChange = optionalNumber(change("重算增减量", "reestimation_change"), 0);
