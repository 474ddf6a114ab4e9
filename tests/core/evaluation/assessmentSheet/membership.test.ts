/** The membership table of the evaluation sheet: global weights and memberships equal the engine's. */
import { planAssessmentSheet } from "../../../../src/core/evaluation/assessmentSheet";
import { computePlan } from "../../../support/hyperformula";
import { OPTIONS, checkMembership, sampleAssessment, singleExpertAssessment } from "./helpers";

describe("the membership table", () => {
  it("computes global weights and memberships from votes and from a measured value", () => {
    const a = sampleAssessment();
    checkMembership(a, computePlan(planAssessmentSheet(a, OPTIONS)));
  });

  it("computes the same with one expert and RGMM weights", () => {
    const a = singleExpertAssessment();
    checkMembership(a, computePlan(planAssessmentSheet(a, { ...OPTIONS, language: "en" })));
  });
});
