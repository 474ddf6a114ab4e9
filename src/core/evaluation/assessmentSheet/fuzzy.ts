/**
 * The fuzzy evaluation of an evaluation sheet: B of each category and overall (=MINE.FUZZY_EVAL with the chosen
 * operator), the verdict and the score, the chart of B, and every operator side by side so a reviewer sees whether
 * the verdict depends on it.
 */
import { textLiteral } from "../../workbook/formulas";
import { SheetPlanBuilder, absoluteAddress, rangeAddress } from "../../workbook/sheetPlan";
import { Assessment } from "../assessment";
import { FUZZY_OPERATORS, OPERATOR_INFO } from "../fuzzy";
import { GRADE_COLUMN, SHEET_FORMATS, gradeLabel, gradeRanges } from "../sheetParts";
import { AssessmentLayout, categoryNameCell, membershipRange, usedBlocks, weightsRange } from "./layout";
import { SheetWords } from "./words";

/** The two-level evaluation with the chosen operator, its verdict and score, and the chart of B. */
function writeEvaluation(plan: SheetPlanBuilder, layout: AssessmentLayout, a: Assessment, words: SheetWords): void {
  const m = a.grades.length;
  const K = a.categories.length;
  const blocks = usedBlocks(layout);
  const { grades, scores } = gradeRanges(layout, m);
  plan.put(layout.fuzzyHeading, 0, "heading", `${words.fuzzy}(B = A ∘ R)`);
  plan.put(layout.fuzzyHeader, 0, "label", words.level);
  for (let j = 0; j < m; j++) plan.formula(layout.fuzzyHeader, GRADE_COLUMN + j, gradeLabel(layout, j));
  const results = { row: layout.categoryResultRows[0], column: GRADE_COLUMN, rows: K, columns: m };
  const operator = absoluteAddress(layout.operator);
  plan.put(layout.overallRow, 0, "label", words.overall);
  plan.put(layout.overallRow, 1, "label", "B");
  plan.formula(
    layout.overallRow,
    GRADE_COLUMN,
    `=MINE.FUZZY_EVAL(${weightsRange(blocks[0])},${rangeAddress(results, true)},${operator})`,
    { numberFormat: SHEET_FORMATS.weight, spill: { rows: 1, columns: m } },
  );
  a.categories.forEach((_, k) => {
    const r = layout.categoryResultRows[k];
    plan.put(r, 0, "label", words.category);
    plan.formula(r, 1, `=${categoryNameCell(layout, k)}`);
    plan.formula(
      r,
      GRADE_COLUMN,
      `=MINE.FUZZY_EVAL(${weightsRange(blocks[k + 1])},${membershipRange(layout, k)},${operator})`,
      { numberFormat: SHEET_FORMATS.weight, spill: { rows: 1, columns: m } },
    );
  });
  const overall = rangeAddress({ row: layout.overallRow, column: GRADE_COLUMN, rows: 1, columns: m }, true);
  plan.put(layout.verdictRow, 0, "label", words.verdict);
  plan.formula(layout.verdictRow, GRADE_COLUMN, `=MINE.FUZZY_GRADE(${overall},${grades})`);
  plan.put(layout.scoreRow, 0, "label", words.score);
  plan.formula(
    layout.scoreRow,
    GRADE_COLUMN,
    `=IF(COUNT(${scores})=${m},MINE.FUZZY_SCORE(${overall},${scores}),${textLiteral(words.noScores)})`,
    { numberFormat: SHEET_FORMATS.score },
  );
  plan.charts.push({
    kind: "column",
    title: `B(${words.overall})`,
    source: { row: layout.fuzzyHeader, column: 1, rows: 2, columns: m + 1 },
    seriesBy: "rows",
    placement: { row: layout.fuzzyHeading, column: GRADE_COLUMN + m + 1, rows: 12, columns: 7 },
  });
}

/** Every operator, each in its own two-level evaluation, with its verdict. */
function writeOperators(plan: SheetPlanBuilder, layout: AssessmentLayout, a: Assessment, words: SheetWords): void {
  const m = a.grades.length;
  const K = a.categories.length;
  const blocks = usedBlocks(layout);
  const { grades } = gradeRanges(layout, m);
  plan.put(layout.operatorsHeading, 0, "heading", words.operators);
  plan.put(layout.operatorsHeader, 0, "label", words.operator);
  plan.put(layout.operatorsHeader, 1, "label", words.level);
  for (let j = 0; j < m; j++) plan.formula(layout.operatorsHeader, GRADE_COLUMN + j, gradeLabel(layout, j));
  plan.put(layout.operatorsHeader, GRADE_COLUMN + m, "label", words.verdict);
  FUZZY_OPERATORS.forEach((op, o) => {
    const first = layout.operatorRows[o];
    const name = textLiteral(OPERATOR_INFO[op].ascii);
    a.categories.forEach((_, k) => {
      plan.put(first + k, 0, "label", op);
      plan.formula(first + k, 1, `=${categoryNameCell(layout, k)}`);
      plan.formula(
        first + k,
        GRADE_COLUMN,
        `=MINE.FUZZY_EVAL(${weightsRange(blocks[k + 1])},${membershipRange(layout, k)},${name})`,
        { numberFormat: SHEET_FORMATS.weight, spill: { rows: 1, columns: m } },
      );
    });
    const overallRow = first + K;
    const stacked = rangeAddress({ row: first, column: GRADE_COLUMN, rows: K, columns: m });
    const b = rangeAddress({ row: overallRow, column: GRADE_COLUMN, rows: 1, columns: m });
    plan.put(overallRow, 0, "label", op);
    plan.put(overallRow, 1, "label", words.overall);
    plan.formula(overallRow, GRADE_COLUMN, `=MINE.FUZZY_EVAL(${weightsRange(blocks[0])},${stacked},${name})`, {
      numberFormat: SHEET_FORMATS.weight,
      spill: { rows: 1, columns: m },
    });
    plan.formula(overallRow, GRADE_COLUMN + m, `=MINE.FUZZY_GRADE(${b},${grades})`);
  });
}

/** The fuzzy evaluation with the chosen operator, then every operator side by side. */
export function writeFuzzy(plan: SheetPlanBuilder, layout: AssessmentLayout, a: Assessment, words: SheetWords): void {
  writeEvaluation(plan, layout, a, words);
  writeOperators(plan, layout, a, words);
}
