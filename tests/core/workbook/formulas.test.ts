/** The pieces of formula text every planner writes the same way. */
import { sheetReference, textLiteral } from "../../../src/core/workbook/formulas";

describe("formula text", () => {
  it("writes text as a string literal, doubling the quotes inside", () => {
    expect(textLiteral("通过")).toBe('"通过"');
    expect(textLiteral('say "hi"')).toBe('"say ""hi"""');
    expect(textLiteral("")).toBe('""');
  });

  it("refers to another sheet with its name quoted, doubling the apostrophes inside", () => {
    expect(sheetReference("设计利用资源量与设计可采储量计算表", "N9")).toBe("'设计利用资源量与设计可采储量计算表'!N9");
    expect(sheetReference("Mine's plan", "$A$1")).toBe("'Mine''s plan'!$A$1");
  });
});
