/**
 * The trend of a dynamic-assessment sheet: one row per subject with its score (or B of the best grade when there
 * are no scores), verdict and B, and a line chart of the score. An incomplete subject's trend value is #N/A, so the
 * chart shows a gap rather than a false zero.
 */
import { SheetPlanBuilder, cellAddress } from "../../workbook/sheetPlan";
import { Assessment } from "../assessment";
import { indicatorCount } from "../dynamic";
import { GRADE_COLUMN, SHEET_FORMATS, gradeLabel } from "../sheetParts";
import { DynamicLayout, complete, subjectLabel } from "./layout";
import { SheetWords } from "./words";

export function writeTrend(plan: SheetPlanBuilder, layout: DynamicLayout, a: Assessment, words: SheetWords): void {
  const m = a.grades.length;
  const n = layout.trendRows.length;
  const trendLabel = a.scores ? words.score : words.trendBest(a.grades[0]);
  plan.put(layout.trendHeading, 0, "heading", words.trend);
  plan.put(layout.trendHeader, 0, "label", words.subject);
  plan.put(layout.trendHeader, 1, "label", trendLabel);
  plan.put(layout.trendHeader, 2, "label", words.verdict);
  for (let j = 0; j < m; j++) plan.formula(layout.trendHeader, 3 + j, gradeLabel(layout, j));
  layout.trendRows.forEach((r, s) => {
    const block = layout.blocks[s];
    const all = complete(layout, s, { row: layout.indicatorRows[0], rows: indicatorCount(a) });
    const trendCell = cellAddress(a.scores ? block.scoreRow : block.overallRow, GRADE_COLUMN, true);
    plan.formula(r, 0, subjectLabel(layout, s));
    plan.formula(r, 1, `=IF(${all},${trendCell},NA())`, {
      numberFormat: a.scores ? SHEET_FORMATS.score : SHEET_FORMATS.weight,
    });
    plan.formula(r, 2, `=${cellAddress(block.verdictRow, GRADE_COLUMN, true)}`);
    for (let j = 0; j < m; j++) {
      plan.formula(r, 3 + j, `=${cellAddress(block.overallRow, GRADE_COLUMN + j, true)}`, {
        numberFormat: SHEET_FORMATS.weight,
      });
    }
  });
  plan.charts.push({
    kind: "line",
    title: words.chart(trendLabel),
    source: { row: layout.trendHeader, column: 0, rows: n + 1, columns: 2 },
    seriesBy: "columns",
    placement: { row: layout.trendHeading, column: 4 + m, rows: Math.max(12, n + 3), columns: 7 },
  });
}
