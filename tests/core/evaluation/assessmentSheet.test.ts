/**
 * The evaluation sheet computed in a real spreadsheet engine (HyperFormula with the built MINE.* functions): its
 * live formulas must give exactly what evaluateAssessment gives, and reading the sheet back must give the
 * assessment that was written, including edits made in the sheet itself.
 */
import fc from "fast-check";
import {
  Assessment,
  addCategory,
  addExpert,
  addIndicator,
  defaultAssessment,
  evaluateAssessment,
  setGrades,
  setJudgement,
  setMembership,
  setMethods,
  setScores,
  updateExpert,
} from "../../../src/core/evaluation/assessment";
import {
  ASSESSMENT_MARKER,
  MEMBERSHIP_COLUMNS,
  layoutOf,
  planAssessmentSheet,
  readAssessmentSheet,
  shapeOf,
  usedBlocks,
} from "../../../src/core/evaluation/assessmentSheet";
import { FUZZY_OPERATORS } from "../../../src/core/evaluation/fuzzy";
import { SheetPlan } from "../../../src/core/workbook/sheetPlan";
import { computePlan } from "../../support/hyperformula";
import { checkPlanShape } from "../../support/planShape";

const OPTIONS = { sheetName: "动态评估", language: "zh" as const, version: "test", date: "2026-11-23" };

/** Vote counts for indicator (k, i) of a 10-expert panel over 4 grades: varied, every row non-zero. */
function votesFor(k: number, i: number, grades = 4): number[] {
  return Array.from({ length: grades }, (_, j) => ((k * 7 + i * 3 + j * 5) % 6) + (j === (k + i) % grades ? 3 : 0));
}

function withVotes(a: Assessment): Assessment {
  let next = a;
  next.categories.forEach((c, k) =>
    c.indicators.forEach((_, i) => {
      next = setMembership(next, k, i, { kind: "votes", votes: votesFor(k, i, a.grades.length) });
    }),
  );
  return next;
}

/** Table 1 with votes everywhere, one measured indicator (开采强度, a cost indicator), scores and a second expert. */
function sampleAssessment(): Assessment {
  let a = withVotes(defaultAssessment("zh"));
  a = setMembership(a, 0, 1, {
    kind: "measured",
    value: 0.04,
    breakpoints: [0.02, 0.05, 0.1, 0.333],
    direction: "cost",
  });
  a = setScores(a, [95, 85, 75, 60]);
  a = addExpert(a, "专家2");
  a = updateExpert(a, 1, { weight: 2 });
  a = setJudgement(a, 1, { level: "categories" }, 0, 2, 3);
  a = setJudgement(a, 1, { level: "indicators", category: 2 }, 0, 1, 1 / 3);
  return a;
}

const close = (actual: unknown, expected: number, digits = 10): void => {
  expect(typeof actual).toBe("number");
  expect(actual as number).toBeCloseTo(expected, digits);
};

const WORDS = {
  zh: { noScores: "未设分值", allPass: "全部通过", someFail: "有判断矩阵未通过，请修改判断" },
  en: { noScores: "no scores set", allPass: "all matrices pass", someFail: "a matrix fails: revise its judgements" },
};

function checkAgainstEngine(a: Assessment, plan: SheetPlan, language: "zh" | "en" = "zh"): void {
  const words = WORDS[language];
  const sheet = computePlan(plan);
  const result = evaluateAssessment(a);
  const layout = layoutOf(shapeOf(a));
  const blocks = usedBlocks(layout);
  // Weights and consistency of every matrix in use.
  [result.weights.categories, ...result.weights.indicators].forEach((solved, index) => {
    const block = blocks[index];
    solved.weights.forEach((w, i) => close(sheet.value(block.weights.row + i, block.weights.column), w));
    close(sheet.value(block.cr.row, block.cr.column), solved.consistency.cr);
    close(sheet.value(block.lambda.row, block.lambda.column), solved.consistency.lambdaMax);
    close(sheet.value(block.ci.row, block.ci.column), solved.consistency.ci);
  });
  // Each expert's own CR.
  result.weights.perExpert.forEach((expert, e) => {
    [expert.categories, ...expert.indicators].forEach((solved, index) => {
      const block = layout.expertBlocks[e][index];
      close(sheet.value(block.cr.row, block.cr.column), solved.consistency.cr);
    });
  });
  // Global weights and memberships.
  const m = a.grades.length;
  let flat = 0;
  a.categories.forEach((c, k) =>
    c.indicators.forEach((_, i) => {
      const r = layout.membershipRows[k] + i;
      close(sheet.value(r, MEMBERSHIP_COLUMNS.globalWeight), result.weights.global[flat++]);
      result.membership[k][i]!.forEach((mu, j) => close(sheet.value(r, MEMBERSHIP_COLUMNS.inputs + m + 1 + j), mu));
    }),
  );
  // B, the verdict and the score.
  const fuzzy = result.fuzzy!;
  fuzzy.b.forEach((b, j) => close(sheet.value(layout.overallRow, 2 + j), b));
  fuzzy.categoryResults.forEach((bk, k) =>
    bk.forEach((b, j) => close(sheet.value(layout.categoryResultRows[k], 2 + j), b)),
  );
  expect(sheet.value(layout.verdictRow, 2)).toBe(fuzzy.verdict.grade);
  expect(sheet.value(layout.summary.verdict, 1)).toBe(fuzzy.verdict.grade);
  if (fuzzy.score === null) expect(sheet.value(layout.scoreRow, 2)).toBe(words.noScores);
  else close(sheet.value(layout.scoreRow, 2), fuzzy.score);
  // Every operator side by side.
  result.byOperator!.forEach((r, o) => {
    const overall = layout.operatorRows[o] + a.categories.length;
    r.b.forEach((b, j) => close(sheet.value(overall, 2 + j), b));
    expect(sheet.value(overall, 2 + m)).toBe(r.verdict.grade);
  });
  const allPass = [...result.weights.perExpert.flatMap((e) => [e.categories, ...e.indicators])]
    .concat(a.experts.length > 1 ? [result.weights.categories, ...result.weights.indicators] : [])
    .every((s) => s.consistency.passes);
  expect(sheet.value(layout.summary.consistency, 1)).toBe(allPass ? words.allPass : words.someFail);
}

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

  it("computes in a spreadsheet exactly what the engine computes (two experts, measured and voted inputs)", () => {
    checkAgainstEngine(a, plan);
  });

  it("computes the same with one expert, RGMM weights, another RI table and operator, no scores", () => {
    let single = withVotes(defaultAssessment("en"));
    single = setMethods(single, { weightMethod: "RGMM", riTable: "DD1991", operator: "M(∧,∨)" });
    checkAgainstEngine(single, planAssessmentSheet(single, { ...OPTIONS, language: "en" }), "en");
  });

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

  it("names the cell when a judgement in the sheet is not a positive number", () => {
    // Edited in the grid, not recomputed: HyperFormula cannot reference a spill range whose formula failed.
    const grid = computePlan(plan).grid;
    const block = layoutOf(shapeOf(a)).expertBlocks[1][1];
    (grid.values[block.judgements.row] as unknown[])[block.judgements.column + 2] = "三";
    const address = `${String.fromCharCode(65 + block.judgements.column + 2)}${block.judgements.row + 1}`;
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
  });

  it("refuses scores that are only partly filled", () => {
    const sheet = computePlan(plan);
    const layout = layoutOf(shapeOf(a));
    sheet.set(layout.scoresRow, 2, null);
    expect(() => readAssessmentSheet(sheet.grid)).toThrow("分值要么全填，要么全空");
  });
});

describe("any shape of assessment", () => {
  const shapes = fc.record({
    extraIndicators: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 3, maxLength: 3 }),
    extraCategories: fc.integer({ min: 0, max: 1 }),
    grades: fc.integer({ min: 2, max: 5 }),
    experts: fc.integer({ min: 1, max: 3 }),
    judgement: fc.constantFrom(1 / 9, 1 / 5, 1 / 2, 2, 3, 7),
  });

  function build(s: {
    extraIndicators: number[];
    extraCategories: number;
    grades: number;
    experts: number;
    judgement: number;
  }): Assessment {
    let a = defaultAssessment("zh");
    s.extraIndicators.forEach((extra, k) => {
      for (let x = 0; x < extra; x++) a = addIndicator(a, k, `指标${k}-${x}`);
    });
    for (let x = 0; x < s.extraCategories; x++) a = addCategory(a, `类别${x}`, `单指标${x}`);
    a = setGrades(
      a,
      Array.from({ length: s.grades }, (_, j) => `等级${j + 1}`),
    );
    for (let e = 1; e < s.experts; e++) {
      a = addExpert(a, `专家${e + 1}`);
      a = setJudgement(a, e, { level: "categories" }, 0, 1, s.judgement);
    }
    return withVotes(a);
  }

  it("round-trips through the sheet and computes what the engine computes", () => {
    fc.assert(
      fc.property(shapes, (s) => {
        const a = build(s);
        const plan = planAssessmentSheet(a, OPTIONS);
        checkPlanShape(plan);
        checkAgainstEngine(a, plan);
        expectSameAssessment(readAssessmentSheet(computePlan(plan).grid), a);
      }),
      { numRuns: 15 },
    );
  });

  it("lays out one sheet per shape, with every operator", () => {
    const layout = layoutOf(shapeOf(defaultAssessment()));
    expect(layout.operatorRows).toHaveLength(FUZZY_OPERATORS.length);
  });
});
