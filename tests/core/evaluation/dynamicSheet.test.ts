/**
 * The dynamic-assessment sheet computed in HyperFormula with the built MINE.* functions: every subject's memberships,
 * B, verdict and score must be what evaluatePanel gives; an incomplete subject shows blanks, 数据不全 and #N/A in
 * the trend (a gap in the line chart), not an error cascade. The example is constructed, as in dynamic.test.ts.
 */
import fc from "fast-check";
import {
  Assessment,
  addExpert,
  defaultAssessment,
  setJudgement,
  setMembership,
  setMethods,
  setScores,
  updateExpert,
} from "../../../src/core/evaluation/assessment";
import { Panel, defaultPanel, evaluatePanel, indicatorCount } from "../../../src/core/evaluation/dynamic";
import {
  DYNAMIC_COLUMNS,
  DYNAMIC_MARKER,
  dynamicLayoutOf,
  planDynamicSheet,
} from "../../../src/core/evaluation/dynamicSheet";
import { FUZZY_OPERATORS } from "../../../src/core/evaluation/fuzzy";
import { SheetPlan } from "../../../src/core/workbook/sheetPlan";
import { computePlan } from "../../support/hyperformula";
import { checkPlanShape } from "../../support/planShape";

const OPTIONS = { sheetName: "多年度评估", language: "zh" as const, version: "test", date: "2026-11-23" };

function measuredAssessment(language: "zh" | "en" = "zh"): Assessment {
  let a = defaultAssessment(language);
  a.categories.forEach((c, k) =>
    c.indicators.forEach((_, i) => {
      const cost = k === 0 && i === 1;
      a = setMembership(a, k, i, {
        kind: "measured",
        value: null,
        breakpoints: cost ? [0.02, 0.05, 0.1, 0.333] : [0.9, 0.7, 0.5, 0.3],
        direction: cost ? "cost" : "benefit",
      });
    }),
  );
  return a;
}

const OTHERS = [0.8, 0.6, 0.75, 0.55, 0.65, 0.7, 0.5, 0.85];
function threeYears(): Panel {
  const row = (intensity: number): number[] => [OTHERS[0], intensity, ...OTHERS.slice(1)];
  return { subjects: ["2023年", "2024年", "2025年"], values: [row(0.03), row(0.08), row(0.2)] };
}

const close = (actual: unknown, expected: number, digits = 10): void => {
  expect(typeof actual).toBe("number");
  expect(actual as number).toBeCloseTo(expected, digits);
};

const INCOMPLETE = { zh: "数据不全", en: "incomplete" };
const NO_SCORES = { zh: "未设分值", en: "no scores set" };

/** Every subject of the computed sheet against evaluatePanel. */
function checkAgainstEngine(a: Assessment, panel: Panel, plan: SheetPlan, language: "zh" | "en" = "zh"): void {
  const sheet = computePlan(plan);
  const result = evaluatePanel(a, panel);
  const layout = dynamicLayoutOf(a, panel.subjects.length);
  const m = a.grades.length;
  result.weights.global.forEach((w, x) =>
    close(sheet.value(layout.indicatorRows[0] + x, DYNAMIC_COLUMNS.globalWeight), w, 12),
  );
  result.subjects.forEach((subject, s) => {
    const block = layout.blocks[s];
    const trendRow = layout.trendRows[s];
    expect(sheet.value(block.row, 0)).toBe(panel.subjects[s]);
    expect(sheet.value(trendRow, 0)).toBe(panel.subjects[s]);
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
      expect(sheet.value(trendRow, 1)).toBe("#N/A");
      expect(sheet.value(trendRow, 2)).toBe(INCOMPLETE[language]);
      if (a.scores === null) expect(sheet.value(block.scoreRow, 2)).toBe(NO_SCORES[language]);
      else expect(sheet.value(block.scoreRow, 2)).toBe("");
      return;
    }
    fuzzy.categoryResults.forEach((bk, k) => bk.forEach((b, j) => close(sheet.value(block.categoryRows[k], 2 + j), b)));
    fuzzy.b.forEach((b, j) => {
      close(sheet.value(block.overallRow, 2 + j), b);
      close(sheet.value(trendRow, 3 + j), b);
    });
    expect(sheet.value(block.verdictRow, 2)).toBe(fuzzy.verdict.grade);
    expect(sheet.value(trendRow, 2)).toBe(fuzzy.verdict.grade);
    if (fuzzy.score === null) expect(sheet.value(block.scoreRow, 2)).toBe(NO_SCORES[language]);
    else close(sheet.value(block.scoreRow, 2), fuzzy.score);
    close(sheet.value(trendRow, 1), subject.trend!);
    expect(m).toBe(fuzzy.b.length);
  });
}

describe("the dynamic-assessment sheet", () => {
  const a = setScores(measuredAssessment(), [95, 85, 75, 60]);
  const panel = threeYears();
  const plan = planDynamicSheet(a, panel, OPTIONS);

  it("marks A1, keeps every cell and spill apart, and charts the trend as a line", () => {
    expect(plan.marker).toBe(DYNAMIC_MARKER);
    expect(plan.cells.find((c) => c.row === 0 && c.column === 0)?.value).toBe(DYNAMIC_MARKER);
    checkPlanShape(plan);
    expect(plan.charts).toHaveLength(1);
    const layout = dynamicLayoutOf(a, 3);
    expect(plan.charts[0]).toMatchObject({
      kind: "line",
      source: { row: layout.trendHeader, column: 0, rows: 4, columns: 2 },
      seriesBy: "columns",
    });
  });

  it("writes live MINE.* formulas for every result and labels where the weights come from", () => {
    const formulas = plan.cells.flatMap((c) => (c.formula ? [c.formula] : []));
    for (const name of ["MEMBERSHIP", "FUZZY_EVAL", "FUZZY_GRADE", "FUZZY_SCORE"]) {
      expect(formulas.some((f) => f.includes(`MINE.${name}(`))).toBe(true);
    }
    const notes = plan.cells.filter((c) => c.role === "note").map((c) => String(c.value));
    expect(notes.some((n) => n.includes(`由评估“${a.title}”的判断矩阵计算(EVM`))).toBe(true);
    expect(notes.some((n) => n.includes("T/XZBX 0088—2025 §5.2"))).toBe(true);
  });

  it("computes in a spreadsheet what evaluatePanel computes, and the score falls as the intensity worsens", () => {
    checkAgainstEngine(a, panel, plan);
    const sheet = computePlan(plan);
    const layout = dynamicLayoutOf(a, 3);
    const trend = layout.trendRows.map((r) => sheet.value(r, 1) as number);
    expect(trend[0]).toBeGreaterThan(trend[1]);
    expect(trend[1]).toBeGreaterThan(trend[2]);
  });

  it("shows an incomplete year as blanks, 数据不全 and a chart gap, and completes it when the value is typed", () => {
    const values = panel.values.map((r) => [...r]);
    values[1][4] = null;
    const gappy = { ...panel, values };
    const gappyPlan = planDynamicSheet(a, gappy, OPTIONS);
    checkAgainstEngine(a, gappy, gappyPlan);
    const layout = dynamicLayoutOf(a, 3);
    const sheet = computePlan(gappyPlan);
    const block = layout.blocks[1];
    expect(sheet.value(block.membership + 4, 2)).toBe("");
    expect(sheet.value(block.categoryRows[1], 2)).toBe("");
    expect(sheet.value(block.categoryRows[0], 2)).not.toBe(""); // the complete category still evaluates
    sheet.set(layout.indicatorRows[0] + 4, layout.valuesColumn + 1, panel.values[1][4]);
    close(sheet.value(block.scoreRow, 2), evaluatePanel(a, panel).subjects[1].fuzzy!.score!);
  });

  it("follows the trend of B's best grade without scores, in English, with another operator", () => {
    const en = setMethods(measuredAssessment("en"), { operator: "M(·,⊕)" });
    const enPanel = { ...threeYears(), subjects: ["2023", "2024", "2025"] };
    const enPlan = planDynamicSheet(en, enPanel, { ...OPTIONS, language: "en" });
    checkAgainstEngine(en, enPanel, enPlan, "en");
  });

  it("writes a blank template from defaultPanel: every subject incomplete, no error", () => {
    const blank = defaultPanel(a, ["2022年", "2023年"]);
    const blankPlan = planDynamicSheet(a, blank, OPTIONS);
    checkPlanShape(blankPlan);
    checkAgainstEngine(a, blank, blankPlan);
    const layout = dynamicLayoutOf(a, 2);
    const inputs = blankPlan.cells.filter((c) => c.column >= layout.valuesColumn && c.row > layout.valuesHeader);
    expect(inputs).toEqual([]);
  });

  it("leaves the scale of a vote-graded indicator blank for the user, and says so in the engine", () => {
    const mixed = setMembership(a, 2, 2, { kind: "votes", votes: [1, 2, 3, 4] });
    const mixedPlan = planDynamicSheet(mixed, panel, OPTIONS);
    const layout = dynamicLayoutOf(mixed, 3);
    const r = layout.indicatorRows[2] + 2;
    const scale = mixedPlan.cells.filter(
      (c) =>
        c.row === r &&
        c.column >= DYNAMIC_COLUMNS.direction &&
        c.column < DYNAMIC_COLUMNS.breakpoints + 4 &&
        c.column !== DYNAMIC_COLUMNS.localWeight &&
        c.column !== DYNAMIC_COLUMNS.globalWeight,
    );
    expect(scale).toEqual([]);
    expect(evaluatePanel(mixed, panel).problems).toHaveLength(3);
  });
});

describe("any panel", () => {
  it("computes in the sheet what evaluatePanel computes (two experts, any operator, random values and gaps)", () => {
    let two = setScores(measuredAssessment(), [95, 85, 75, 60]);
    two = addExpert(two, "专家2");
    two = updateExpert(two, 1, { weight: 2 });
    two = setJudgement(two, 1, { level: "categories" }, 0, 2, 3);
    const width = indicatorCount(two);
    const value = fc.option(fc.double({ min: -0.2, max: 1.2, noNaN: true }), { freq: 8 });
    fc.assert(
      fc.property(
        fc.array(fc.array(value, { minLength: width, maxLength: width }), { minLength: 1, maxLength: 4 }),
        fc.constantFrom(...FUZZY_OPERATORS),
        (rows, operator) => {
          const model = setMethods(two, { operator });
          const p: Panel = { subjects: rows.map((_, s) => `${2021 + s}年`), values: rows };
          const plan = planDynamicSheet(model, p, OPTIONS);
          checkPlanShape(plan);
          checkAgainstEngine(model, p, plan);
        },
      ),
      { numRuns: 15 },
    );
  });
});
