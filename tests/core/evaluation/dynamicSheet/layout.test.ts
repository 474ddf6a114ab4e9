/** Where everything of a dynamic-assessment sheet is, from the assessment's shape and the number of subjects. */
import { defaultAssessment } from "../../../../src/core/evaluation/assessment";
import { indicatorCount } from "../../../../src/core/evaluation/dynamic";
import { DYNAMIC_COLUMNS, dynamicLayoutOf } from "../../../../src/core/evaluation/dynamicSheet";

describe("the layout of a dynamic-assessment sheet", () => {
  const a = defaultAssessment();

  it("puts the values of each subject right of the breakpoints, one column each", () => {
    const layout = dynamicLayoutOf(a, 3);
    expect(layout.valuesColumn).toBe(DYNAMIC_COLUMNS.breakpoints + a.grades.length + 1);
  });

  it("lays out one trend row and one block per subject, each below the last", () => {
    const layout = dynamicLayoutOf(a, 4);
    expect(layout.trendRows).toHaveLength(4);
    expect(layout.blocks).toHaveLength(4);
    const I = indicatorCount(a);
    let previous = layout.trendRows[3];
    for (const block of layout.blocks) {
      expect(block.row).toBeGreaterThan(previous);
      expect(block.categoryRows[0]).toBe(block.membership + I);
      expect(block.scoreRow).toBe(block.overallRow + 2);
      previous = block.scoreRow;
    }
    expect(layout.lastRow).toBeGreaterThanOrEqual(previous);
  });
});
