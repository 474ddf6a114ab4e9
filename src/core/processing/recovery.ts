/**
 * 选矿回收率 and 精矿产率 (domain.md §1.5).
 * Actual (商品金属平衡) ε = Q精·β ÷ (Q原·α) ✅; theoretical (工艺金属平衡) ε = β(α − θ) ÷ [α(β − θ)] ✅;
 * 精矿产率 γ = (α − θ) ÷ (β − θ) 🔶 (γ = Q精/Q原 ✅, the grade form is algebra).
 * α, β, θ = 原矿(入选), 精矿, 尾矿 grade, in one unit (%, g/t) within a formula.
 */
import { fail } from "../errors";
import { atMostWhole, checkQuantity, exceedsBeyondRounding } from "../quantity";
import { messages } from "../messages";
import { PROCESSING } from "../parameters";

/** θ < α < β: tailings leaner than feed, concentrate richer; otherwise there was no separation to measure. */
function checkGradeOrder(feedGrade: number, concentrateGrade: number, tailingsGrade: number): void {
  checkQuantity(feedGrade, PROCESSING.feedGrade);
  checkQuantity(concentrateGrade, PROCESSING.concentrateGrade);
  checkQuantity(tailingsGrade, PROCESSING.tailingsGrade);
  if (!(tailingsGrade < feedGrade && feedGrade < concentrateGrade)) {
    fail(
      "num",
      messages.gradeOrder(messages.processGradeOrder, `α=${feedGrade}, β=${concentrateGrade}, θ=${tailingsGrade}`),
    );
  }
}

/** 理论选矿回收率 ε = β(α − θ) ÷ [α(β − θ)]. */
export function theoreticalProcessRecovery(feedGrade: number, concentrateGrade: number, tailingsGrade: number): number {
  checkGradeOrder(feedGrade, concentrateGrade, tailingsGrade);
  return (concentrateGrade * (feedGrade - tailingsGrade)) / (feedGrade * (concentrateGrade - tailingsGrade));
}

/** 精矿产率 γ = (α − θ) ÷ (β − θ). */
export function concentrateYield(feedGrade: number, concentrateGrade: number, tailingsGrade: number): number {
  checkGradeOrder(feedGrade, concentrateGrade, tailingsGrade);
  return (feedGrade - tailingsGrade) / (concentrateGrade - tailingsGrade);
}

/** 实际选矿回收率 ε = Q精·β ÷ (Q原·α): metal reporting to concentrate over metal fed. */
export function actualProcessRecovery(
  concentrateMass: number,
  concentrateGrade: number,
  feedMass: number,
  feedGrade: number,
): number {
  checkQuantity(concentrateMass, PROCESSING.concentrateMass);
  checkQuantity(concentrateGrade, PROCESSING.concentrateGrade);
  checkQuantity(feedMass, PROCESSING.feedMass);
  checkQuantity(feedGrade, PROCESSING.feedGrade);
  if (feedMass === 0) fail("div0", messages.zeroDenominator(PROCESSING.feedMass));
  if (feedGrade === 0) fail("div0", messages.zeroDenominator(PROCESSING.feedGrade));
  if (exceedsBeyondRounding(concentrateMass, feedMass)) {
    fail("num", messages.exceeds(PROCESSING.concentrateMass, concentrateMass, PROCESSING.feedMass, feedMass));
  }
  const recovery = (concentrateMass * concentrateGrade) / (feedMass * feedGrade);
  return atMostWhole(recovery, messages.results.actualProcessRecovery);
}
