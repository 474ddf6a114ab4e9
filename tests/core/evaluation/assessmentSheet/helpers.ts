/**
 * Assessments to write and the checks of a computed evaluation sheet against the engine, part by part (matrices,
 * memberships, fuzzy evaluation, summary), shared by the tests of the sheet's modules.
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
} from "../../../../src/core/evaluation/assessment";
import {
  MEMBERSHIP_COLUMNS,
  layoutOf,
  membershipColumn,
  shapeOf,
  usedBlocks,
} from "../../../../src/core/evaluation/assessmentSheet";
import { ComputedSheet } from "../../../support/hyperformula";

export const OPTIONS = { sheetName: "动态评估", language: "zh" as const, version: "test", date: "2026-11-23" };

/** Vote counts for indicator (k, i) of a 10-expert panel over 4 grades: varied, every row non-zero. */
function votesFor(k: number, i: number, grades = 4): number[] {
  return Array.from({ length: grades }, (_, j) => ((k * 7 + i * 3 + j * 5) % 6) + (j === (k + i) % grades ? 3 : 0));
}

export function withVotes(a: Assessment): Assessment {
  let next = a;
  next.categories.forEach((c, k) =>
    c.indicators.forEach((_, i) => {
      next = setMembership(next, k, i, { kind: "votes", votes: votesFor(k, i, a.grades.length) });
    }),
  );
  return next;
}

/** Table 1 with votes everywhere, one measured indicator (开采强度, a cost indicator), scores and a second expert. */
export function sampleAssessment(): Assessment {
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

/** One expert, RGMM weights, another RI table and operator, no scores, in English. */
export function singleExpertAssessment(): Assessment {
  const a = withVotes(defaultAssessment("en"));
  return setMethods(a, { weightMethod: "RGMM", riTable: "DD1991", operator: "M(∧,∨)" });
}

/** Assessments of any shape: extra indicators and categories, 2–5 grades, 1–3 experts. */
export const anyAssessment: fc.Arbitrary<Assessment> = fc
  .record({
    extraIndicators: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 3, maxLength: 3 }),
    extraCategories: fc.integer({ min: 0, max: 1 }),
    grades: fc.integer({ min: 2, max: 5 }),
    experts: fc.integer({ min: 1, max: 3 }),
    judgement: fc.constantFrom(1 / 9, 1 / 5, 1 / 2, 2, 3, 7),
  })
  .map((s) => {
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
  });

export const close = (actual: unknown, expected: number, digits = 10): void => {
  expect(typeof actual).toBe("number");
  expect(actual as number).toBeCloseTo(expected, digits);
};

export const WORDS = {
  zh: { noScores: "未设分值", allPass: "全部通过", someFail: "有判断矩阵未通过，请修改判断" },
  en: { noScores: "no scores set", allPass: "all matrices pass", someFail: "a matrix fails: revise its judgements" },
};

export type Language = keyof typeof WORDS;

/** Weights and consistency of every matrix in use, and each expert's own CR. */
export function checkMatrices(a: Assessment, sheet: ComputedSheet): void {
  const result = evaluateAssessment(a);
  const layout = layoutOf(shapeOf(a));
  const blocks = usedBlocks(layout);
  [result.weights.categories, ...result.weights.indicators].forEach((solved, index) => {
    const block = blocks[index];
    solved.weights.forEach((w, i) => close(sheet.value(block.weights.row + i, block.weights.column), w));
    close(sheet.value(block.cr.row, block.cr.column), solved.consistency.cr);
    close(sheet.value(block.lambda.row, block.lambda.column), solved.consistency.lambdaMax);
    close(sheet.value(block.ci.row, block.ci.column), solved.consistency.ci);
  });
  result.weights.perExpert.forEach((expert, e) => {
    [expert.categories, ...expert.indicators].forEach((solved, index) => {
      const block = layout.expertBlocks[e][index];
      close(sheet.value(block.cr.row, block.cr.column), solved.consistency.cr);
    });
  });
}

/** Global weights and memberships. */
export function checkMembership(a: Assessment, sheet: ComputedSheet): void {
  const result = evaluateAssessment(a);
  const layout = layoutOf(shapeOf(a));
  const m = a.grades.length;
  let flat = 0;
  a.categories.forEach((c, k) =>
    c.indicators.forEach((_, i) => {
      const r = layout.membershipRows[k] + i;
      close(sheet.value(r, MEMBERSHIP_COLUMNS.globalWeight), result.weights.global[flat++]);
      result.membership[k][i]!.forEach((mu, j) => close(sheet.value(r, membershipColumn(m) + j), mu));
    }),
  );
}

/** B, the verdict and the score, and every operator side by side. */
export function checkFuzzy(a: Assessment, sheet: ComputedSheet, language: Language = "zh"): void {
  const result = evaluateAssessment(a);
  const layout = layoutOf(shapeOf(a));
  const m = a.grades.length;
  const fuzzy = result.fuzzy!;
  fuzzy.b.forEach((b, j) => close(sheet.value(layout.overallRow, 2 + j), b));
  fuzzy.categoryResults.forEach((bk, k) =>
    bk.forEach((b, j) => close(sheet.value(layout.categoryResultRows[k], 2 + j), b)),
  );
  expect(sheet.value(layout.verdictRow, 2)).toBe(fuzzy.verdict.grade);
  if (fuzzy.score === null) expect(sheet.value(layout.scoreRow, 2)).toBe(WORDS[language].noScores);
  else close(sheet.value(layout.scoreRow, 2), fuzzy.score);
  result.byOperator!.forEach((r, o) => {
    const overall = layout.operatorRows[o] + a.categories.length;
    r.b.forEach((b, j) => close(sheet.value(overall, 2 + j), b));
    expect(sheet.value(overall, 2 + m)).toBe(r.verdict.grade);
  });
}

/** The summary: the verdict, and whether every matrix passes its consistency check. */
export function checkSummary(a: Assessment, sheet: ComputedSheet, language: Language = "zh"): void {
  const result = evaluateAssessment(a);
  const layout = layoutOf(shapeOf(a));
  expect(sheet.value(layout.summary.verdict, 1)).toBe(result.fuzzy!.verdict.grade);
  const allPass = [...result.weights.perExpert.flatMap((e) => [e.categories, ...e.indicators])]
    .concat(a.experts.length > 1 ? [result.weights.categories, ...result.weights.indicators] : [])
    .every((s) => s.consistency.passes);
  expect(sheet.value(layout.summary.consistency, 1)).toBe(allPass ? WORDS[language].allPass : WORDS[language].someFail);
}

/** Every part of the computed sheet against evaluateAssessment. */
export function checkAgainstEngine(a: Assessment, sheet: ComputedSheet, language: Language = "zh"): void {
  checkMatrices(a, sheet);
  checkMembership(a, sheet);
  checkFuzzy(a, sheet, language);
  checkSummary(a, sheet, language);
}
