/**
 * Reading an evaluation sheet back must give the assessment that was written, including edits made in the sheet
 * itself, and name the cell when an input is not what its place needs.
 */
import fc from "fast-check";
import { Assessment, evaluateAssessment, setMembership } from "../../../../src/core/evaluation/assessment";
import {
  layoutOf,
  planAssessmentSheet,
  readAssessmentSheet,
  shapeOf,
  usedBlocks,
} from "../../../../src/core/evaluation/assessmentSheet";
import { cellAddress } from "../../../../src/core/workbook/sheetPlan";
import { computePlan } from "../../../support/hyperformula";
import { OPTIONS, anyAssessment, close, sampleAssessment, singleExpertAssessment } from "./helpers";

function expectSameAssessment(actual: Assessment, expected: Assessment): void {
  const { experts: e1, ...rest1 } = actual;
  const { experts: e2, ...rest2 } = expected;
  expect(rest1).toEqual(rest2);
  expect(e1.length).toBe(e2.length);
  e1.forEach((expert, e) => {
    expect(expert.name).toBe(e2[e].name);
    expect(expert.weight).toBe(e2[e].weight);
    [expert.categoryMatrix, ...expert.indicatorMatrices].forEach((matrix, index) => {
      const want = [e2[e].categoryMatrix, ...e2[e].indicatorMatrices][index];
      matrix.forEach((row, i) => row.forEach((v, j) => expect(v).toBeCloseTo(want[i][j], 12)));
    });
  });
}

describe("reading the evaluation sheet", () => {
  const a = sampleAssessment();
  const plan = planAssessmentSheet(a, OPTIONS);

  it("reads back the assessment it wrote", () => {
    expectSameAssessment(readAssessmentSheet(computePlan(plan).grid), a);
  });

  it("reads back edits made in the sheet, and its formulas follow them", () => {
    const sheet = computePlan(plan);
    const layout = layoutOf(shapeOf(a));
    const block = layout.expertBlocks[0][0];
    sheet.set(block.judgements.row, block.judgements.column + 1, "=1/4");
    sheet.set(layout.systemRows[1], 0, "环境");
    sheet.set(layout.gradesRow, 4, "较差");
    const edited = readAssessmentSheet(sheet.grid);
    expect(edited.experts[0].categoryMatrix[0][1]).toBeCloseTo(0.25, 15);
    expect(edited.experts[0].categoryMatrix[1][0]).toBeCloseTo(4, 12);
    expect(edited.categories[1].name).toBe("环境");
    expect(edited.grades[3]).toBe("较差");
    const expected = evaluateAssessment(edited);
    const used = usedBlocks(layout)[0];
    expected.weights.categories.weights.forEach((w, i) =>
      close(sheet.value(used.weights.row + i, used.weights.column), w),
    );
    expect(sheet.value(layout.verdictRow, 2)).toBe(expected.fuzzy!.verdict.grade);
  });

  it("reads back a sheet written in English", () => {
    const single = setMembership(singleExpertAssessment(), 1, 0, {
      kind: "measured",
      value: 0.6,
      breakpoints: [0.9, 0.7, 0.5, 0.3],
      direction: "benefit",
    });
    const english = planAssessmentSheet(single, { ...OPTIONS, language: "en" });
    expectSameAssessment(readAssessmentSheet(computePlan(english).grid), single);
  });

  it("names the cell when a judgement in the sheet is not a positive number", () => {
    // Edited in the grid, not recomputed: HyperFormula cannot reference a spill range whose formula failed.
    const grid = computePlan(plan).grid;
    const block = layoutOf(shapeOf(a)).expertBlocks[1][1];
    (grid.values[block.judgements.row] as unknown[])[block.judgements.column + 2] = "三";
    const address = cellAddress(block.judgements.row, block.judgements.column + 2);
    expect(() => readAssessmentSheet(grid)).toThrow(`单元格 ${address}：判断值应为数字，现为“三”`);
  });

  it("refuses a sheet it did not write and a damaged layout record", () => {
    expect(() => readAssessmentSheet({ values: [["资源储量表"]], formulas: [["资源储量表"]] })).toThrow(
      "这不是本加载项写入的评估表",
    );
    const sheet = computePlan(plan);
    const layout = layoutOf(shapeOf(a));
    sheet.set(layout.structure.row, layout.structure.column, "{");
    expect(() => readAssessmentSheet(sheet.grid)).toThrow("结构信息已损坏");
    for (const record of [
      '{"layout":99,"categories":[2],"grades":4,"experts":1}',
      '{"layout":1,"categories":[0],"grades":4,"experts":1}',
      "7",
    ]) {
      sheet.set(layout.structure.row, layout.structure.column, record);
      expect(() => readAssessmentSheet(sheet.grid)).toThrow("结构信息不是本版本(1)可读的格式");
    }
  });

  it("refuses scores that are only partly filled", () => {
    const sheet = computePlan(plan);
    const layout = layoutOf(shapeOf(a));
    sheet.set(layout.scoresRow, 2, null);
    expect(() => readAssessmentSheet(sheet.grid)).toThrow("分值要么全填，要么全空");
  });
});

describe("any shape of assessment", () => {
  it("round-trips through the sheet", () => {
    fc.assert(
      fc.property(anyAssessment, (a) => {
        expectSameAssessment(readAssessmentSheet(computePlan(planAssessmentSheet(a, OPTIONS)).grid), a);
      }),
      { numRuns: 15 },
    );
  });
});
