/** The judgement matrices of the evaluation sheet: live weights and consistency equal the engine's. */
import { planAssessmentSheet } from "../../../../src/core/evaluation/assessmentSheet";
import { computePlan } from "../../../support/hyperformula";
import { OPTIONS, checkMatrices, sampleAssessment, singleExpertAssessment } from "./helpers";

describe("the judgement matrices", () => {
  it("compute each expert's and the aggregate's weights and consistency (two experts)", () => {
    const a = sampleAssessment();
    checkMatrices(a, computePlan(planAssessmentSheet(a, OPTIONS)));
  });

  it("compute the same with one expert, RGMM weights and another RI table", () => {
    const a = singleExpertAssessment();
    checkMatrices(a, computePlan(planAssessmentSheet(a, { ...OPTIONS, language: "en" })));
  });
});
