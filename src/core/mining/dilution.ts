/**
 * 贫化: the grade ratio 品位贫化率 and the tonnage ratio 废石混入率 (domain.md §1.4, both ✅ in the
 * 《矿产资源加工概论》 P104 exercise). Plans and valuation reports often write "贫化率" for the tonnage ratio;
 * the two are kept apart and named.
 */
import { fail } from "../errors";
import { checkQuantity } from "../quantity";
import { checkWasteBelowOre } from "./recovery";
import { MINING } from "../parameters";
import { messages } from "../messages";

/**
 * 品位贫化率 P = (C − Cₜ) ÷ C. Negative when the mined grade exceeds the geological grade (负贫化): that happens
 * (selective mining, sorting) and is returned as is.
 */
export function gradeDilution(oreGrade: number, minedGrade: number): number {
  checkQuantity(oreGrade, MINING.oreGrade);
  checkQuantity(minedGrade, MINING.minedGrade);
  if (oreGrade === 0) fail("div0", messages.zeroDenominator(MINING.oreGrade));
  return (oreGrade - minedGrade) / oreGrade;
}

/**
 * 废石混入率 r = (C − Cₜ) ÷ (C − C_y): the share of waste in the mined ore implied by the grades.
 * Requires C_y ≤ Cₜ ≤ C, since a mix of ore and waste cannot grade outside them.
 */
export function wasteRatio(oreGrade: number, minedGrade: number, wasteGrade: number): number {
  checkWasteBelowOre(oreGrade, minedGrade, wasteGrade);
  if (minedGrade > oreGrade) {
    fail("num", messages.gradeOrder(messages.wasteMinedOreOrder, `C=${oreGrade}, Cₜ=${minedGrade}, C_y=${wasteGrade}`));
  }
  return (oreGrade - minedGrade) / (oreGrade - wasteGrade);
}
