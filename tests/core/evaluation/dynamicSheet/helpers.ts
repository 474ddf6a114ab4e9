/**
 * Assessments and panels to write, and the checks of a computed dynamic-assessment sheet against evaluatePanel,
 * part by part (indicator table, subject blocks, trend), shared by the tests of the sheet's modules. The example is
 * constructed: tests/support/dynamicExample.ts.
 */
import { Assessment } from "../../../../src/core/evaluation/assessment";
import { Panel, evaluatePanel } from "../../../../src/core/evaluation/dynamic";
import { DYNAMIC_COLUMNS, dynamicLayoutOf } from "../../../../src/core/evaluation/dynamicSheet";
import { Language } from "../../../../src/core/text";
import { ComputedSheet } from "../../../support/hyperformula";

export const OPTIONS = { sheetName: "多年度评估", language: "zh" as const, version: "test", date: "2026-11-23" };

export const close = (actual: unknown, expected: number, digits = 10): void => {
  expect(typeof actual).toBe("number");
  expect(actual as number).toBeCloseTo(expected, digits);
};

const INCOMPLETE = { zh: "数据不全", en: "incomplete" };
const NO_SCORES = { zh: "未设分值", en: "no scores set" };

/** The global weights of the indicator table. */
export function checkIndicators(a: Assessment, panel: Panel, sheet: ComputedSheet): void {
  const result = evaluatePanel(a, panel);
  const layout = dynamicLayoutOf(a, panel.subjects.length);
  result.weights.global.forEach((w, x) =>
    close(sheet.value(layout.indicatorRows[0] + x, DYNAMIC_COLUMNS.globalWeight), w, 12),
  );
}

/** Every subject's block: memberships, B per category and overall, verdict and score, or the blanks of a gap. */
export function checkSubjects(a: Assessment, panel: Panel, sheet: ComputedSheet, language: Language = "zh"): void {
  const result = evaluatePanel(a, panel);
  const layout = dynamicLayoutOf(a, panel.subjects.length);
  result.subjects.forEach((subject, s) => {
    const block = layout.blocks[s];
    expect(sheet.value(block.row, 0)).toBe(panel.subjects[s]);
    let x = 0;
    subject.membership.forEach((rows) =>
      rows.forEach((mu) => {
        const r = block.membership + x++;
        if (mu === null) return;
        mu.forEach((v, j) => close(sheet.value(r, 2 + j), v));
      }),
    );
    const fuzzy = subject.fuzzy;
    if (fuzzy === null) {
      expect(sheet.value(block.verdictRow, 2)).toBe(INCOMPLETE[language]);
      expect(sheet.value(block.overallRow, 2)).toBe("");
      if (a.scores === null) expect(sheet.value(block.scoreRow, 2)).toBe(NO_SCORES[language]);
      else expect(sheet.value(block.scoreRow, 2)).toBe("");
      return;
    }
    fuzzy.categoryResults.forEach((bk, k) => bk.forEach((b, j) => close(sheet.value(block.categoryRows[k], 2 + j), b)));
    fuzzy.b.forEach((b, j) => close(sheet.value(block.overallRow, 2 + j), b));
    expect(sheet.value(block.verdictRow, 2)).toBe(fuzzy.verdict.grade);
    if (fuzzy.score === null) expect(sheet.value(block.scoreRow, 2)).toBe(NO_SCORES[language]);
    else close(sheet.value(block.scoreRow, 2), fuzzy.score);
    expect(a.grades.length).toBe(fuzzy.b.length);
  });
}

/** The trend table: each subject's label, trend value (#N/A for a gap), verdict and B. */
export function checkTrend(a: Assessment, panel: Panel, sheet: ComputedSheet, language: Language = "zh"): void {
  const result = evaluatePanel(a, panel);
  const layout = dynamicLayoutOf(a, panel.subjects.length);
  result.subjects.forEach((subject, s) => {
    const trendRow = layout.trendRows[s];
    expect(sheet.value(trendRow, 0)).toBe(panel.subjects[s]);
    const fuzzy = subject.fuzzy;
    if (fuzzy === null) {
      expect(sheet.value(trendRow, 1)).toBe("#N/A");
      expect(sheet.value(trendRow, 2)).toBe(INCOMPLETE[language]);
      return;
    }
    fuzzy.b.forEach((b, j) => close(sheet.value(trendRow, 3 + j), b));
    expect(sheet.value(trendRow, 2)).toBe(fuzzy.verdict.grade);
    close(sheet.value(trendRow, 1), subject.trend!);
  });
}

/** Every part of the computed sheet against evaluatePanel. */
export function checkAgainstEngine(a: Assessment, panel: Panel, sheet: ComputedSheet, language: Language = "zh"): void {
  checkIndicators(a, panel, sheet);
  checkSubjects(a, panel, sheet, language);
  checkTrend(a, panel, sheet, language);
}
