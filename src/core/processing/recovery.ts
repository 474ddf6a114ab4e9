/**
 * 选矿回收率 and 精矿产率 (domain.md §1.5).
 * Actual (商品金属平衡) ε = Q精·β ÷ (Q原·α) ✅; theoretical (工艺金属平衡) ε = β(α − θ) ÷ [α(β − θ)] ✅;
 * 精矿产率 γ = (α − θ) ÷ (β − θ) 🔶 (γ = Q精/Q原 ✅, the grade form is algebra).
 * α, β, θ = 原矿(入选), 精矿, 尾矿 grade, in one unit (%, g/t) within a formula.
 */
import { fail, messages } from "../errors";
import { Quantity, checkQuantity, exceedsBeyondRounding, grade, tonnage } from "../quantity";

export const PROCESSING = {
  feedGrade: grade("原矿品位 α", "feed_grade"),
  concentrateGrade: grade("精矿品位 β", "concentrate_grade"),
  tailingsGrade: grade("尾矿品位 θ", "tailings_grade"),
  feedMass: tonnage("原矿量", "feed_mass"),
  concentrateMass: tonnage("精矿量", "concentrate_mass"),
} as const satisfies Record<string, Quantity>;

const ACTUAL_RECOVERY = { zh: "实际选矿回收率", en: "actual process recovery" };

/** θ < α < β: tailings leaner than feed, concentrate richer; otherwise there was no separation to measure. */
function checkGradeOrder(feedGrade: number, concentrateGrade: number, tailingsGrade: number): void {
  checkQuantity(feedGrade, PROCESSING.feedGrade);
  checkQuantity(concentrateGrade, PROCESSING.concentrateGrade);
  checkQuantity(tailingsGrade, PROCESSING.tailingsGrade);
  if (!(tailingsGrade < feedGrade && feedGrade < concentrateGrade)) {
    fail(
      "num",
      messages.gradeOrder(
        { zh: "尾矿品位 θ < 原矿品位 α < 精矿品位 β", en: "tailings_grade θ < feed_grade α < concentrate_grade β" },
        `α=${feedGrade}, β=${concentrateGrade}, θ=${tailingsGrade}`,
      ),
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
  if (exceedsBeyondRounding(recovery, 1)) fail("num", messages.resultAboveOne(ACTUAL_RECOVERY, recovery));
  return Math.min(1, recovery);
}
