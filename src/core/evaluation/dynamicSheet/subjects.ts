/**
 * One block per subject of a dynamic-assessment sheet: the memberships of its values (=MINE.MEMBERSHIP), B per
 * category and overall (=MINE.FUZZY_EVAL), the verdict and the score. While a subject misses a value, what needs it
 * is "" and the verdict says so, rather than an error cascading down the sheet.
 */
import { textLiteral } from "../../workbook/formulas";
import { SheetPlanBuilder, cellAddress, rangeAddress } from "../../workbook/sheetPlan";
import { Assessment } from "../assessment";
import { indicatorCount } from "../dynamic";
import { GRADE_COLUMN, SHEET_FORMATS, gradeLabel, gradeRanges } from "../sheetParts";
import { DYNAMIC_COLUMNS, DynamicLayout, SubjectBlock, categoryWeights, complete, subjectLabel } from "./layout";
import { SheetWords } from "./words";

/** The membership of each of the subject's values, graded by its indicator's breakpoints. */
function writeMemberships(
  plan: SheetPlanBuilder,
  layout: DynamicLayout,
  block: SubjectBlock,
  s: number,
  I: number,
  m: number,
): void {
  const C = DYNAMIC_COLUMNS;
  const firstIndicator = layout.indicatorRows[0];
  for (let x = 0; x < I; x++) {
    const r = block.membership + x;
    const source = firstIndicator + x;
    const value = cellAddress(source, layout.valuesColumn + s, true);
    const breakpoints = rangeAddress({ row: source, column: C.breakpoints, rows: 1, columns: m }, true);
    plan.formula(r, 0, `=${cellAddress(source, C.category, true)}`);
    plan.formula(r, 1, `=${cellAddress(source, C.indicator, true)}`);
    plan.formula(
      r,
      GRADE_COLUMN,
      `=IF(COUNT(${value})=1,MINE.MEMBERSHIP(${value},${breakpoints},${cellAddress(source, C.direction, true)}),"")`,
      { numberFormat: SHEET_FORMATS.weight, spill: { rows: 1, columns: m } },
    );
  }
}

/** B of each category from its memberships and local weights, then B overall, the verdict and the score. */
function writeEvaluation(
  plan: SheetPlanBuilder,
  layout: DynamicLayout,
  a: Assessment,
  block: SubjectBlock,
  s: number,
  words: SheetWords,
): void {
  const C = DYNAMIC_COLUMNS;
  const m = a.grades.length;
  const K = a.categories.length;
  const firstIndicator = layout.indicatorRows[0];
  const operator = cellAddress(layout.operator, 1, true);
  a.categories.forEach((c, k) => {
    const r = block.categoryRows[k];
    const first = layout.indicatorRows[k];
    const rows = { row: first, rows: c.indicators.length };
    const local = rangeAddress({ ...rows, column: C.localWeight, columns: 1 }, true);
    const memberships = rangeAddress(
      { row: block.membership + (first - firstIndicator), column: GRADE_COLUMN, rows: rows.rows, columns: m },
      true,
    );
    plan.formula(r, 0, `=${cellAddress(layout.categoryRows[k], 0, true)}`);
    plan.put(r, 1, "label", "B");
    plan.formula(
      r,
      GRADE_COLUMN,
      `=IF(${complete(layout, s, rows)},MINE.FUZZY_EVAL(${local},${memberships},${operator}),"")`,
      { numberFormat: SHEET_FORMATS.weight, spill: { rows: 1, columns: m } },
    );
  });
  const all = complete(layout, s, { row: firstIndicator, rows: indicatorCount(a) });
  const stacked = rangeAddress({ row: block.categoryRows[0], column: GRADE_COLUMN, rows: K, columns: m }, true);
  plan.put(block.overallRow, 0, "label", words.overall);
  plan.put(block.overallRow, 1, "label", "B");
  plan.formula(
    block.overallRow,
    GRADE_COLUMN,
    `=IF(${all},MINE.FUZZY_EVAL(${rangeAddress(categoryWeights(layout), true)},${stacked},${operator}),"")`,
    { numberFormat: SHEET_FORMATS.weight, spill: { rows: 1, columns: m } },
  );
  const b = rangeAddress({ row: block.overallRow, column: GRADE_COLUMN, rows: 1, columns: m }, true);
  const { grades, scores } = gradeRanges(layout, m);
  plan.put(block.verdictRow, 0, "label", words.verdict);
  plan.formula(
    block.verdictRow,
    GRADE_COLUMN,
    `=IF(${all},MINE.FUZZY_GRADE(${b},${grades}),${textLiteral(words.incompleteVerdict)})`,
  );
  plan.put(block.scoreRow, 0, "label", words.score);
  plan.formula(
    block.scoreRow,
    GRADE_COLUMN,
    `=IF(COUNT(${scores})<>${m},${textLiteral(words.noScores)},IF(${all},MINE.FUZZY_SCORE(${b},${scores}),""))`,
    { numberFormat: SHEET_FORMATS.score },
  );
}

/** Every subject's block. */
export function writeSubjects(plan: SheetPlanBuilder, layout: DynamicLayout, a: Assessment, words: SheetWords): void {
  const m = a.grades.length;
  const I = indicatorCount(a);
  layout.blocks.forEach((block, s) => {
    plan.formula(block.row, 0, subjectLabel(layout, s));
    plan.put(block.row, 1, "label", words.membership);
    for (let j = 0; j < m; j++) plan.formula(block.row, GRADE_COLUMN + j, gradeLabel(layout, j));
    writeMemberships(plan, layout, block, s, I, m);
    writeEvaluation(plan, layout, a, block, s, words);
  });
}
