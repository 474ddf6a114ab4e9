/** Where everything of an evaluation sheet is, from the shape alone. */
import fc from "fast-check";
import { defaultAssessment } from "../../../../src/core/evaluation/assessment";
import { HEADER, layoutOf, shapeOf, usedBlocks } from "../../../../src/core/evaluation/assessmentSheet/layout";
import { FUZZY_OPERATORS } from "../../../../src/core/evaluation/fuzzy";
import { anyAssessment } from "./helpers";

describe("the layout of an evaluation sheet", () => {
  it("lays out one sheet per shape, with every operator", () => {
    const layout = layoutOf(shapeOf(defaultAssessment()));
    expect(layout.operatorRows).toHaveLength(FUZZY_OPERATORS.length);
  });

  it("keeps the header where a reader finds the layout record before it knows the shape", () => {
    fc.assert(
      fc.property(anyAssessment, (a) => {
        const layout = layoutOf(shapeOf(a));
        expect(layout.structure).toEqual(HEADER.structure);
        expect(usedBlocks(layout)).toBe(a.experts.length > 1 ? layout.aggregateBlocks : layout.expertBlocks[0]);
      }),
      { numRuns: 20 },
    );
  });
});
