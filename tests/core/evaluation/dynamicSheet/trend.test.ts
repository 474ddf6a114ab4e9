/** The trend of the dynamic-assessment sheet: one row per subject and a line chart, with a gap for a missing value. */
import { setMethods, setScores } from "../../../../src/core/evaluation/assessment";
import { dynamicLayoutOf, planDynamicSheet } from "../../../../src/core/evaluation/dynamicSheet";
import { computePlan } from "../../../support/hyperformula";
import { OPTIONS, checkAgainstEngine, checkTrend } from "./helpers";
import { measuredAssessment, threeYears } from "../../../support/dynamicExample";

describe("the trend", () => {
  const a = setScores(measuredAssessment(), [95, 85, 75, 60]);
  const panel = threeYears();
  const plan = planDynamicSheet(a, panel, OPTIONS);

  it("is charted as a line of the subjects' scores", () => {
    expect(plan.charts).toHaveLength(1);
    const layout = dynamicLayoutOf(a, 3);
    expect(plan.charts[0]).toMatchObject({
      kind: "line",
      source: { row: layout.trendHeader, column: 0, rows: 4, columns: 2 },
      seriesBy: "columns",
    });
  });

  it("follows the score, which falls as the intensity worsens", () => {
    const sheet = computePlan(plan);
    checkTrend(a, panel, sheet);
    const layout = dynamicLayoutOf(a, 3);
    const trend = layout.trendRows.map((r) => sheet.value(r, 1) as number);
    expect(trend[0]).toBeGreaterThan(trend[1]);
    expect(trend[1]).toBeGreaterThan(trend[2]);
  });

  it("shows #N/A for an incomplete year, a gap in the chart", () => {
    const values = panel.values.map((r) => [...r]);
    values[1][4] = null;
    const gappy = { ...panel, values };
    const sheet = computePlan(planDynamicSheet(a, gappy, OPTIONS));
    checkTrend(a, gappy, sheet);
    expect(sheet.value(dynamicLayoutOf(a, 3).trendRows[1], 1)).toBe("#N/A");
  });

  it("follows B's best grade without scores, in English, with another operator", () => {
    const en = setMethods(measuredAssessment("en"), { operator: "M(·,⊕)" });
    const enPanel = { ...threeYears(), subjects: ["2023", "2024", "2025"] };
    const enPlan = planDynamicSheet(en, enPanel, { ...OPTIONS, language: "en" });
    checkAgainstEngine(en, enPanel, computePlan(enPlan), "en");
  });
});
