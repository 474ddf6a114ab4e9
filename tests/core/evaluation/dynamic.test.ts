/**
 * The dynamic assessment over years: one weight model, several subjects. The example is constructed (not from a
 * source): Table 1 with every indicator measured on a 0–1 benefit scale except 开采强度 (a cost indicator with the
 * indicator-thresholds.md §1 boundaries plus a fourth), over three years in which only 开采强度 worsens.
 */
import fc from "fast-check";
import {
  Assessment,
  defaultAssessment,
  evaluateAssessment,
  setMembership,
  setMethods,
  setScores,
} from "../../../src/core/evaluation/assessment";
import {
  Panel,
  defaultPanel,
  evaluatePanel,
  indicatorCount,
  panelSubjects,
  periodSubjects,
  quarterlySubjects,
} from "../../../src/core/evaluation/dynamic";
import { FUZZY_OPERATORS } from "../../../src/core/evaluation/fuzzy";
import { measuredAssessment, threeYears } from "../../support/dynamicExample";
import { amount } from "../../support/arbitraries";

/** The assessment with indicator values put in as its measured inputs. */
function withValues(a: Assessment, values: readonly (number | null)[]): Assessment {
  let next = a;
  let x = 0;
  a.categories.forEach((c, k) =>
    c.indicators.forEach((indicator, i) => {
      const m = indicator.membership;
      if (m.kind === "measured") next = setMembership(next, k, i, { ...m, value: values[x] });
      x++;
    }),
  );
  return next;
}

describe("evaluatePanel", () => {
  const a = setScores(measuredAssessment(), [95, 85, 75, 60]);

  it("moves the score down, year by year, when the mining intensity worsens", () => {
    const result = evaluatePanel(a, threeYears());
    expect(result.problems).toEqual([]);
    expect(result.trendKind).toBe("score");
    const scores = result.subjects.map((s) => s.fuzzy!.score!);
    expect(scores[0]).toBeGreaterThan(scores[1]);
    expect(scores[1]).toBeGreaterThan(scores[2]);
    expect(result.subjects.map((s) => s.trend)).toEqual(scores);
    // 开采强度 0.03 lies between 优 (0.02) and 良 (0.05): 2/3 优, 1/3 良; 0.2 is between 中 (0.1) and 差 (0.333).
    const mu = result.subjects.map((s) => s.membership[0][1]!);
    expect(mu[0][0]).toBeCloseTo(2 / 3, 12);
    expect(mu[0][1]).toBeCloseTo(1 / 3, 12);
    expect(mu[2][3]).toBeCloseTo((0.2 - 0.1) / (0.333 - 0.1), 12);
    // Only the resource category changes.
    expect(result.subjects[2].fuzzy!.categoryResults[1]).toEqual(result.subjects[0].fuzzy!.categoryResults[1]);
  });

  it("trends B of the best grade when there are no scores", () => {
    const result = evaluatePanel(measuredAssessment(), threeYears());
    expect(result.trendKind).toBe("bestGrade");
    const best = result.subjects.map((s) => s.trend!);
    result.subjects.forEach((s, i) => expect(best[i]).toBe(s.fuzzy!.b[0]));
    expect(best[0]).toBeGreaterThan(best[2]);
  });

  it("gives for each subject what evaluateAssessment gives with its values as the measured inputs", () => {
    const value = amount(-0.5, 1.5);
    fc.assert(
      fc.property(
        fc.array(fc.array(value, { minLength: 9, maxLength: 9 }), { minLength: 1, maxLength: 4 }),
        fc.constantFrom(...FUZZY_OPERATORS),
        fc.boolean(),
        (rows, operator, scored) => {
          const model = setMethods(scored ? a : measuredAssessment(), { operator });
          const panel: Panel = { subjects: rows.map((_, s) => `${2020 + s}年`), values: rows };
          const result = evaluatePanel(model, panel);
          rows.forEach((row, s) => {
            const expected = evaluateAssessment(withValues(model, row));
            const got = result.subjects[s];
            expect(got.membership).toEqual(expected.membership);
            expect(got.fuzzy!.b).toEqual(expected.fuzzy!.b);
            expect(got.fuzzy!.categoryResults).toEqual(expected.fuzzy!.categoryResults);
            expect(got.fuzzy!.verdict).toEqual(expected.fuzzy!.verdict);
            expect(got.fuzzy!.score).toEqual(expected.fuzzy!.score);
          });
          expect(result.weights.global).toEqual(evaluateAssessment(model).weights.global);
        },
      ),
      { numRuns: 60 },
    );
  });

  it("lists a missing value as a problem of its subject and indicator, and evaluates the other subjects", () => {
    const panel = threeYears();
    const values = panel.values.map((r) => [...r]);
    values[1][4] = null; // 2024年, category 1 (环境类), indicator 1
    const result = evaluatePanel(a, { ...panel, values });
    expect(result.problems).toEqual([
      {
        subject: 1,
        category: 1,
        indicator: 1,
        message: { zh: "未填写该年度(对象)的数值", en: "no value entered for this subject" },
      },
    ]);
    expect(result.subjects[1].fuzzy).toBeNull();
    expect(result.subjects[1].trend).toBeNull();
    expect(result.subjects[1].membership[1][1]).toBeNull();
    expect(result.subjects[0].fuzzy).not.toBeNull();
    expect(result.subjects[2].fuzzy).not.toBeNull();
  });

  it("says an indicator graded by votes cannot be evaluated per year, for every subject", () => {
    const voted = defaultAssessment("zh"); // every indicator is votes
    const panel = defaultPanel(voted, ["2024年", "2025年"]);
    const result = evaluatePanel(voted, panel);
    expect(result.problems).toHaveLength(2 * indicatorCount(voted));
    expect(result.problems[0].message.zh).toContain("专家投票输入，不能逐年评估");
    expect(result.subjects.every((s) => s.fuzzy === null)).toBe(true);
  });

  it("reports a missing breakpoint and a disordered scale as problems, not exceptions", () => {
    let b = setMembership(a, 2, 0, { kind: "measured", value: null, breakpoints: [1, null, 3, 4], direction: "cost" });
    b = setMembership(b, 2, 1, { kind: "measured", value: null, breakpoints: [1, 2, 3, 4], direction: "benefit" });
    const result = evaluatePanel(b, threeYears());
    const of = (i: number): string[] =>
      result.problems.filter((p) => p.subject === 0 && p.category === 2 && p.indicator === i).map((p) => p.message.zh);
    expect(of(0)).toEqual(["分级断点未填全"]);
    expect(of(1)).toHaveLength(1);
  });

  it("refuses a panel whose shape does not match the assessment", () => {
    expect(() => evaluatePanel(a, { subjects: ["2024年"], values: [[1, 2]] })).toThrow(RangeError);
    expect(() => evaluatePanel(a, { subjects: ["2024年", "2025年"], values: [new Array(9).fill(0)] })).toThrow(
      RangeError,
    );
  });

  it("starts blank", () => {
    const panel = defaultPanel(a, ["2024年", "2025年"]);
    expect(panel.values).toEqual([new Array(9).fill(null), new Array(9).fill(null)]);
  });
});

describe("periodSubjects", () => {
  it("reads a range or a list of years", () => {
    expect(periodSubjects("2022-2025")).toEqual(["2022年", "2023年", "2024年", "2025年"]);
    expect(periodSubjects(" 2022 – 2023 ", "en")).toEqual(["2022", "2023"]);
    expect(periodSubjects("2021，2023、2025")).toEqual(["2021年", "2023年", "2025年"]);
  });

  it("reads quarters, the frequency T/XZBX 0088—2025 §5.2 asks of high-risk or high-intensity mines (issue 9 §6)", () => {
    expect(periodSubjects("2024Q3-2025Q2")).toEqual([
      "2024年第3季度",
      "2024年第4季度",
      "2025年第1季度",
      "2025年第2季度",
    ]);
    expect(periodSubjects("2025q1, 2025-Q2，2025年第3季度", "en")).toEqual(["2025 Q1", "2025 Q2", "2025 Q3"]);
    expect(quarterlySubjects(periodSubjects("2025Q1-2025Q2"))).toBe(true);
    expect(quarterlySubjects(periodSubjects("2024-2025", "en"))).toBe(false);
  });

  it("refuses anything else with a bilingual message", () => {
    for (const text of ["", "2025-2022", "22-25", "2022-2100", "二〇二四", "2025Q4-2025Q1", "2024,2025Q1", "2025Q5"]) {
      expect(() => periodSubjects(text)).toThrow("年份应写成");
    }
  });
});

describe("panelSubjects", () => {
  it("reads years as periodSubjects does, and otherwise mine names", () => {
    expect(panelSubjects("2022-2024")).toEqual(["2022年", "2023年", "2024年"]);
    expect(panelSubjects("东山铁矿、西山铁矿，2号井")).toEqual(["东山铁矿", "西山铁矿", "2号井"]);
  });

  it("refuses blank and repeated names, and bad years with the years message", () => {
    for (const text of ["", " 、 ", "东山、东山"]) expect(() => panelSubjects(text)).toThrow("不重复的矿山名称");
    expect(() => panelSubjects("2025-2022")).toThrow("年份应写成");
  });
});
