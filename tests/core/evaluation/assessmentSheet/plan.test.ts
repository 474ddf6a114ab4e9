/**
 * The evaluation sheet as planned, computed in a real spreadsheet engine (HyperFormula with the built MINE.*
 * functions): its live formulas must give exactly what evaluateAssessment gives, for any shape.
 */
import fc from "fast-check";
import { ASSESSMENT_MARKER, planAssessmentSheet } from "../../../../src/core/evaluation/assessmentSheet";
import { computePlan } from "../../../support/hyperformula";
import { checkPlanShape } from "../../../support/planShape";
import {
  OPTIONS,
  anyAssessment,
  checkAgainstEngine,
  checkSummary,
  sampleAssessment,
  singleExpertAssessment,
} from "./helpers";

describe("the evaluation sheet", () => {
  const a = sampleAssessment();
  const plan = planAssessmentSheet(a, OPTIONS);

  it("marks A1 and keeps every cell and spill apart", () => {
    expect(plan.cells.find((c) => c.row === 0 && c.column === 0)?.value).toBe(ASSESSMENT_MARKER);
    checkPlanShape(plan);
  });

  it("writes live MINE.* formulas, not numbers, for every result", () => {
    const formulas = plan.cells.flatMap((c) => (c.formula ? [c.formula] : []));
    for (const name of [
      "AHP_WEIGHTS",
      "AHP_CR",
      "AHP_LAMBDA",
      "FUZZY_EVAL",
      "FUZZY_GRADE",
      "FUZZY_SCORE",
      "MEMBERSHIP",
    ]) {
      expect(formulas.some((f) => f.includes(`MINE.${name}(`))).toBe(true);
    }
    expect(plan.charts.map((c) => c.kind)).toEqual(["bar", "column"]);
  });

  it("sums up the verdict and the consistency of every matrix", () => {
    checkSummary(a, computePlan(plan));
    const single = singleExpertAssessment();
    checkSummary(single, computePlan(planAssessmentSheet(single, { ...OPTIONS, language: "en" })), "en");
  });
});

describe("any shape of assessment", () => {
  it("lays out every cell apart and computes what the engine computes", () => {
    fc.assert(
      fc.property(anyAssessment, (a) => {
        const plan = planAssessmentSheet(a, OPTIONS);
        checkPlanShape(plan);
        checkAgainstEngine(a, computePlan(plan));
      }),
      { numRuns: 15 },
    );
  });
});
