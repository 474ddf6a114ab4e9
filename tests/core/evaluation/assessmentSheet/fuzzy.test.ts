/** The fuzzy evaluation of the evaluation sheet: B, verdict, score and every operator equal the engine's. */
import { planAssessmentSheet } from "../../../../src/core/evaluation/assessmentSheet";
import { computePlan } from "../../../support/hyperformula";
import { OPTIONS, checkFuzzy, sampleAssessment, singleExpertAssessment } from "./helpers";

describe("the fuzzy evaluation", () => {
  it("computes B, the verdict, the score and every operator (two experts, scores)", () => {
    const a = sampleAssessment();
    checkFuzzy(a, computePlan(planAssessmentSheet(a, OPTIONS)));
  });

  it("computes the same with another operator, and says there are no scores", () => {
    const a = singleExpertAssessment();
    checkFuzzy(a, computePlan(planAssessmentSheet(a, { ...OPTIONS, language: "en" })), "en");
  });
});
