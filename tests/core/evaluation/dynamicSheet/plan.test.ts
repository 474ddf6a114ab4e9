/**
 * The dynamic-assessment sheet as planned, computed in HyperFormula with the built MINE.* functions: its header and
 * notes, a blank template, and for any panel what evaluatePanel gives.
 */
import fc from "fast-check";
import {
  addExpert,
  setJudgement,
  setMembership,
  setMethods,
  setScores,
  updateExpert,
} from "../../../../src/core/evaluation/assessment";
import { Panel, defaultPanel, indicatorCount, periodSubjects } from "../../../../src/core/evaluation/dynamic";
import { DYNAMIC_MARKER, dynamicLayoutOf, planDynamicSheet } from "../../../../src/core/evaluation/dynamicSheet";
import { FUZZY_OPERATORS } from "../../../../src/core/evaluation/fuzzy";
import { computePlan } from "../../../support/hyperformula";
import { checkPlanShape } from "../../../support/planShape";
import { OPTIONS, checkAgainstEngine } from "./helpers";
import { measuredAssessment, threeYears } from "../../../support/dynamicExample";
import { amount } from "../../../support/arbitraries";

describe("the dynamic-assessment sheet", () => {
  const a = setScores(measuredAssessment(), [95, 85, 75, 60]);
  const plan = planDynamicSheet(a, threeYears(), OPTIONS);

  it("says which update frequency T/XZBX 0088—2025 §5.2 calls for, and that a quarterly sheet is quarterly", () => {
    const notes = (subjects: string) =>
      planDynamicSheet(a, defaultPanel(a, periodSubjects(subjects)), OPTIONS)
        .cells.map((c) => String(c.value ?? ""))
        .filter((text) => text.includes("§5.2"));
    expect(notes("2025Q1-2025Q2")).toEqual([expect.stringContaining("本表按季度评价")]);
    expect(notes("2023-2025")).toEqual([expect.stringContaining("高风险或高强度开采矿山应实时监测或季度更新")]);
  });

  it("marks A1 and keeps every cell and spill apart", () => {
    expect(plan.marker).toBe(DYNAMIC_MARKER);
    expect(plan.cells.find((c) => c.row === 0 && c.column === 0)?.value).toBe(DYNAMIC_MARKER);
    checkPlanShape(plan);
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

  it("names the indicators it cannot compute per year (graded by votes in the assessment), and none otherwise", () => {
    const noteOf = (plan: ReturnType<typeof planDynamicSheet>) =>
      plan.cells.map((c) => String(c.value ?? "")).find((text) => text.includes("=MINE.MEMBERSHIP")) ?? "";
    expect(noteOf(plan)).not.toContain("逐年无法计算");
    const voted = setMembership(a, 1, 0, { kind: "votes", votes: [1, 2, 3, 4] });
    const name = `${voted.categories[1].name} / ${voted.categories[1].indicators[0].name}`;
    const votedPlan = planDynamicSheet(voted, defaultPanel(voted, ["2024年"]), OPTIONS);
    expect(noteOf(votedPlan)).toMatch(new RegExp(`逐年无法计算.*：${name}$`));
  });

  it("writes a blank template from defaultPanel: every subject incomplete, no error", () => {
    const blank = defaultPanel(a, ["2022年", "2023年"]);
    const blankPlan = planDynamicSheet(a, blank, OPTIONS);
    checkPlanShape(blankPlan);
    checkAgainstEngine(a, blank, computePlan(blankPlan));
    const layout = dynamicLayoutOf(a, 2);
    const inputs = blankPlan.cells.filter((c) => c.column >= layout.valuesColumn && c.row > layout.valuesHeader);
    expect(inputs).toEqual([]);
  });
});

describe("any panel", () => {
  it("computes in the sheet what evaluatePanel computes (two experts, any operator, random values and gaps)", () => {
    let two = setScores(measuredAssessment(), [95, 85, 75, 60]);
    two = addExpert(two, "专家2");
    two = updateExpert(two, 1, { weight: 2 });
    two = setJudgement(two, 1, { level: "categories" }, 0, 2, 3);
    const width = indicatorCount(two);
    const value = fc.option(amount(-0.2, 1.2), { freq: 8 });
    fc.assert(
      fc.property(
        fc.array(fc.array(value, { minLength: width, maxLength: width }), { minLength: 1, maxLength: 4 }),
        fc.constantFrom(...FUZZY_OPERATORS),
        (rows, operator) => {
          const model = setMethods(two, { operator });
          const p: Panel = { subjects: rows.map((_, s) => `${2021 + s}年`), values: rows };
          const plan = planDynamicSheet(model, p, OPTIONS);
          checkPlanShape(plan);
          checkAgainstEngine(model, p, computePlan(plan));
        },
      ),
      { numRuns: 15 },
    );
  });
});
