/** Mining (开采): declarations of the engine's inputs (./index). */
import { tonnage, grade, rate } from "../quantity";
import { required, aligned } from "./declare";

export const extracted = required(tonnage("采出纯矿石量", "extracted"));
export const consumed = required(tonnage("动用资源储量", "consumed"));
export const loss = required(tonnage("损失量", "loss"));
export const rates = aligned(rate("采区(矿块)回采率", "rates"));
export const weights = aligned(tonnage("采区(矿块)权重量", "weights"));
export const minedOre = required(tonnage("采出矿石量", "mined_ore"));
export const oreGrade = required(grade("地质品位", "ore_grade"));
export const minedGrade = required(grade("采出矿石品位", "mined_grade"));
export const wasteGrade = required(grade("混入废石品位", "waste_grade"));
