/**
 * The subject blocks of the dynamic-assessment sheet: every subject's memberships, B, verdict and score must be
 * what evaluatePanel gives; an incomplete subject shows blanks and 数据不全, not an error cascade.
 */
import { setScores } from "../../../../src/core/evaluation/assessment";
import { evaluatePanel } from "../../../../src/core/evaluation/dynamic";
import { dynamicLayoutOf, planDynamicSheet } from "../../../../src/core/evaluation/dynamicSheet";
import { computePlan } from "../../../support/hyperformula";
import { OPTIONS, checkSubjects, close } from "./helpers";
import { measuredAssessment, threeYears } from "../../../support/dynamicExample";

describe("the subject blocks", () => {
  const a = setScores(measuredAssessment(), [95, 85, 75, 60]);
  const panel = threeYears();

  it("compute in a spreadsheet what evaluatePanel computes", () => {
    checkSubjects(a, panel, computePlan(planDynamicSheet(a, panel, OPTIONS)));
  });

  it("show an incomplete year as blanks and 数据不全, and complete it when the value is typed", () => {
    const values = panel.values.map((r) => [...r]);
    values[1][4] = null;
    const gappy = { ...panel, values };
    const sheet = computePlan(planDynamicSheet(a, gappy, OPTIONS));
    checkSubjects(a, gappy, sheet);
    const layout = dynamicLayoutOf(a, 3);
    const block = layout.blocks[1];
    expect(sheet.value(block.membership + 4, 2)).toBe("");
    expect(sheet.value(block.categoryRows[1], 2)).toBe("");
    expect(sheet.value(block.categoryRows[0], 2)).not.toBe(""); // the complete category still evaluates
    sheet.set(layout.indicatorRows[0] + 4, layout.valuesColumn + 1, panel.values[1][4]);
    close(sheet.value(block.scoreRow, 2), evaluatePanel(a, panel).subjects[1].fuzzy!.score!);
  });
});
