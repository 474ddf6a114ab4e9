/** The indicator table of the dynamic-assessment sheet: weights, scales and the values per subject. */
import { setMembership, setScores } from "../../../../src/core/evaluation/assessment";
import { evaluatePanel } from "../../../../src/core/evaluation/dynamic";
import { DYNAMIC_COLUMNS, dynamicLayoutOf, planDynamicSheet } from "../../../../src/core/evaluation/dynamicSheet";
import { computePlan } from "../../../support/hyperformula";
import { OPTIONS, checkIndicators } from "./helpers";
import { measuredAssessment, threeYears } from "../../../support/dynamicExample";

describe("the indicator table", () => {
  const a = setScores(measuredAssessment(), [95, 85, 75, 60]);
  const panel = threeYears();

  it("computes the global weights the engine computes", () => {
    checkIndicators(a, panel, computePlan(planDynamicSheet(a, panel, OPTIONS)));
  });

  it("leaves the scale of a vote-graded indicator blank for the user, and says so in the engine", () => {
    const mixed = setMembership(a, 2, 2, { kind: "votes", votes: [1, 2, 3, 4] });
    const mixedPlan = planDynamicSheet(mixed, panel, OPTIONS);
    const layout = dynamicLayoutOf(mixed, 3);
    const r = layout.indicatorRows[2] + 2;
    const scale = mixedPlan.cells.filter(
      (c) =>
        c.row === r &&
        c.column >= DYNAMIC_COLUMNS.direction &&
        c.column < DYNAMIC_COLUMNS.breakpoints + 4 &&
        c.column !== DYNAMIC_COLUMNS.localWeight &&
        c.column !== DYNAMIC_COLUMNS.globalWeight,
    );
    expect(scale).toEqual([]);
    expect(evaluatePanel(mixed, panel).problems).toHaveLength(3);
  });
});
