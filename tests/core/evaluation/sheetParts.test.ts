/** What both evaluation sheets write alike. */
import { defaultAssessment, setScores } from "../../../src/core/evaluation/assessment";
import { FUZZY_OPERATORS } from "../../../src/core/evaluation/fuzzy";
import {
  SHEET_WORDS,
  directionValidation,
  gradeLabel,
  gradeRanges,
  operatorChoice,
  stackRows,
  writeChoice,
  writeGrades,
} from "../../../src/core/evaluation/sheetParts";
import { localize } from "../../../src/core/text";
import { SheetPlanBuilder } from "../../../src/core/workbook/sheetPlan";

const rows = { gradesHeading: 10, gradesRow: 11, scoresRow: 12 };

describe("the parts both evaluation sheets write", () => {
  it("writes the grades and, when set, their scores from column B", () => {
    const plan = new SheetPlanBuilder();
    const a = setScores(defaultAssessment(), [95, 85, 75, 60]);
    writeGrades(plan, a, rows, localize(SHEET_WORDS, "en"));
    expect(plan.cells.filter((c) => c.row === 11 && c.role === "input").map((c) => c.value)).toEqual(a.grades);
    expect(plan.cells.filter((c) => c.row === 12 && c.role === "input").map((c) => c.value)).toEqual([95, 85, 75, 60]);
    expect(gradeLabel(rows, 0)).toBe("=$B$12");
    expect(gradeRanges(rows, 4)).toEqual({ grades: "$B$12:$E$12", scores: "$B$13:$E$13" });
  });

  it("writes the operator as a list choice with every operator's meaning beside it", () => {
    const plan = new SheetPlanBuilder();
    writeChoice(plan, { row: 4, column: 1 }, operatorChoice(defaultAssessment(), localize(SHEET_WORDS, "zh")));
    expect(plan.cells.map((c) => [c.column, c.role, c.value])).toEqual([
      [0, "label", "合成算子"],
      [1, "input", "WEIGHTED"],
      [2, "note", expect.stringContaining("MINMAX M(∧,∨)")],
    ]);
    expect(plan.validations).toEqual([
      expect.objectContaining({ range: { row: 4, column: 1, rows: 1, columns: 1 }, kind: "list" }),
    ]);
    expect(plan.validations[0]).toHaveProperty("choices", expect.arrayContaining(["WEIGHTED", "PRODSUM"]));
    expect((plan.validations[0] as { choices: readonly string[] }).choices).toHaveLength(FUZZY_OPERATORS.length);
  });

  it("stacks runs of rows and says where the next begins", () => {
    expect(stackRows(10, [2, 1, 3])).toEqual({ starts: [10, 12, 13], next: 16 });
    expect(stackRows(4, [])).toEqual({ starts: [], next: 4 });
  });

  it("offers the directions in the sheet's language", () => {
    const range = { row: 5, column: 3, rows: 4, columns: 1 };
    expect(directionValidation(range, localize(SHEET_WORDS, "zh"))).toMatchObject({ choices: ["正向", "负向"] });
    expect(directionValidation(range, localize(SHEET_WORDS, "en"))).toMatchObject({ choices: ["benefit", "cost"] });
  });
});
