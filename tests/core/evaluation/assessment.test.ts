/**
 * The assessment model: edits keep every matrix square and reciprocal, and the evaluation is the engine's own
 * (AIJ for several experts, the two-level fuzzy evaluation, every operator), with incomplete inputs listed.
 */
import fc from "fast-check";
import { aggregateJudgements, ahpWeights } from "../../../src/core/evaluation/ahp";
import {
  Assessment,
  addCategory,
  addExpert,
  addIndicator,
  assessmentSensitivity,
  defaultAssessment,
  evaluateAssessment,
  membershipRow,
  removeCategory,
  removeExpert,
  removeGrade,
  removeIndicator,
  renameCategory,
  renameIndicator,
  setGrades,
  setJudgement,
  setMembership,
  setScores,
  updateExpert,
} from "../../../src/core/evaluation/assessment";
import { FUZZY_OPERATORS } from "../../../src/core/evaluation/fuzzy";
import { SAMPLE_JUDGEMENTS, TABLE1 } from "../../../src/core/evaluation/indicators";
import { evaluateModel } from "../../../src/core/evaluation/sensitivity";

function matrices(a: Assessment): number[][][] {
  return a.experts.flatMap((e) => [e.categoryMatrix, ...e.indicatorMatrices].map((m) => m.map((r) => [...r])));
}

function expectWellFormed(a: Assessment): void {
  for (const expert of a.experts) {
    expect(expert.categoryMatrix).toHaveLength(a.categories.length);
    expect(expert.indicatorMatrices).toHaveLength(a.categories.length);
    expert.indicatorMatrices.forEach((m, k) => expect(m).toHaveLength(a.categories[k].indicators.length));
  }
  for (const m of matrices(a)) {
    m.forEach((row, i) => {
      expect(row).toHaveLength(m.length);
      row.forEach((v, j) => expect(v * m[j][i]).toBeCloseTo(1, 12));
    });
  }
  for (const c of a.categories) {
    for (const ind of c.indicators) {
      const width = ind.membership.kind === "votes" ? ind.membership.votes.length : ind.membership.breakpoints.length;
      expect(width).toBe(a.grades.length);
    }
  }
}

function withVotes(a: Assessment): Assessment {
  let next = a;
  a.categories.forEach((c, k) =>
    c.indicators.forEach((_, i) => {
      const votes = a.grades.map((_, j) => ((k + 2 * i + 3 * j) % 5) + 1);
      next = setMembership(next, k, i, { kind: "votes", votes });
    }),
  );
  return next;
}

describe("the default assessment", () => {
  it("is Table 1 with the labelled sample judgements, the default grades and blank votes", () => {
    const a = defaultAssessment("zh");
    expect(a.categories.map((c) => c.name)).toEqual(["资源类", "环境类", "社会类"]);
    expect(a.categories.map((c) => c.indicators.map((i) => i.name))).toEqual(
      TABLE1.map((c) => c.indicators.map((i) => i.name.zh)),
    );
    expect(a.grades).toEqual(["优", "良", "中", "差"]);
    expect(a.experts[0].categoryMatrix).toEqual(SAMPLE_JUDGEMENTS.categories);
    expect(defaultAssessment("en").categories[0].name).toBe("Resources");
    expectWellFormed(a);
  });

  it("lists every indicator without votes as a problem and evaluates nothing fuzzy yet", () => {
    const result = evaluateAssessment(defaultAssessment());
    expect(result.problems).toHaveLength(9);
    expect(result.problems[0]).toMatchObject({ category: 0, indicator: 0 });
    expect(result.problems[0].message.zh).toContain("票数");
    expect(result.fuzzy).toBeNull();
    expect(result.weights.global.reduce((s, w) => s + w, 0)).toBeCloseTo(1, 12);
  });
});

describe("edits", () => {
  it("keep matrices square and reciprocal through any sequence of structural edits", () => {
    const edit = fc.oneof(
      fc.record({ op: fc.constant("addIndicator" as const), k: fc.nat(5) }),
      fc.record({ op: fc.constant("removeIndicator" as const), k: fc.nat(5), i: fc.nat(5) }),
      fc.record({ op: fc.constant("addCategory" as const) }),
      fc.record({ op: fc.constant("removeCategory" as const), k: fc.nat(5) }),
      fc.record({ op: fc.constant("addExpert" as const) }),
      fc.record({
        op: fc.constant("judge" as const),
        k: fc.nat(5),
        i: fc.nat(5),
        j: fc.nat(5),
        v: fc.constantFrom(1 / 3, 2, 9),
      }),
      fc.record({ op: fc.constant("grades" as const), g: fc.integer({ min: 2, max: 6 }) }),
    );
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 12 }), (edits) => {
        let a = defaultAssessment();
        for (const e of edits) {
          const K = a.categories.length;
          try {
            if (e.op === "addIndicator") a = addIndicator(a, e.k % K, "新指标");
            else if (e.op === "removeIndicator")
              a = removeIndicator(a, e.k % K, e.i % a.categories[e.k % K].indicators.length);
            else if (e.op === "addCategory") a = addCategory(a, "新类别", "新指标");
            else if (e.op === "removeCategory") a = removeCategory(a, e.k % K);
            else if (e.op === "addExpert") a = addExpert(a, "新专家");
            else if (e.op === "grades")
              a = setGrades(
                a,
                Array.from({ length: e.g }, (_, j) => `G${j}`),
              );
            else {
              const n = a.categories[e.k % K].indicators.length;
              if (n > 1 && e.i % n !== e.j % n) {
                a = setJudgement(a, 0, { level: "indicators", category: e.k % K }, e.i % n, e.j % n, e.v);
              }
            }
          } catch (error) {
            // Only the documented refusals: removing the last category or indicator.
            expect(String(error)).toMatch(/at least one/);
          }
          expectWellFormed(a);
        }
      }),
      { numRuns: 60 },
    );
  });

  it("removing an indicator removes its row and column in every expert's matrix", () => {
    let a = addExpert(defaultAssessment(), "专家2");
    a = removeIndicator(a, 0, 1);
    for (const e of a.experts) {
      expect(e.indicatorMatrices[0]).toEqual([
        [1, 1 / 3],
        [3, 1],
      ]);
    }
    expect(a.categories[0].indicators.map((i) => i.name)).toEqual(["储量动态变化", "综合利用率"]);
  });

  it("renames, and refuses what would leave the assessment malformed", () => {
    let a = renameCategory(defaultAssessment(), 1, "生态环境");
    a = renameIndicator(a, 1, 0, "土地复垦");
    expect(a.categories[1].name).toBe("生态环境");
    expect(a.categories[1].indicators[0].name).toBe("土地复垦");
    expect(() => setJudgement(a, 0, { level: "categories" }, 0, 0, 2)).toThrow("diagonal");
    expect(() => setJudgement(a, 0, { level: "categories" }, 0, 1, 0)).toThrow("positive");
    expect(() => removeExpert(a, 0)).toThrow("at least one expert");
    expect(() => updateExpert(a, 0, { weight: -1 })).toThrow("positive");
    expect(() => setScores(a, [1, 2])).toThrow("4 values");
    expect(() => setGrades(a, ["优"])).toThrow("two grades");
    expect(() => setMembership(a, 0, 0, { kind: "votes", votes: [1, 2] })).toThrow("4 grades");
  });

  it("keeps scores when grades are renamed and drops them when their number changes", () => {
    let a = setScores(defaultAssessment(), [95, 85, 75, 60]);
    a = setGrades(a, ["A", "B", "C", "D"]);
    expect(a.scores).toEqual([95, 85, 75, 60]);
    a = setGrades(a, ["A", "B", "C"]);
    expect(a.scores).toBeNull();
  });
});

describe("removing a grade", () => {
  it("drops its label, score and column of votes and breakpoints, keeping the others in place", () => {
    let a = setScores(defaultAssessment(), [95, 85, 75, 60]);
    a = setMembership(a, 0, 0, { kind: "votes", votes: [1, 2, 3, 4] });
    a = setMembership(a, 0, 1, {
      kind: "measured",
      value: 0.04,
      breakpoints: [0.02, 0.05, 0.1, 0.333],
      direction: "cost",
    });
    a = removeGrade(a, 1);
    expect(a.grades).toEqual(["优", "中", "差"]);
    expect(a.scores).toEqual([95, 75, 60]);
    expect(a.categories[0].indicators[0].membership).toEqual({ kind: "votes", votes: [1, 3, 4] });
    expect(a.categories[0].indicators[1].membership).toMatchObject({ breakpoints: [0.02, 0.1, 0.333] });
    expectWellFormed(a);
    a = removeGrade(a, 0);
    expect(() => removeGrade(a, 0)).toThrow("two grades");
  });
});

describe("evaluation", () => {
  it("with one expert and EVM equals the sensitivity module's evaluation of the same model", () => {
    const a = withVotes(defaultAssessment());
    const result = evaluateAssessment(a);
    const model = evaluateModel({
      categoryMatrix: a.experts[0].categoryMatrix,
      indicatorMatrices: a.experts[0].indicatorMatrices,
      membership: result.membership as number[][][],
      grades: a.grades,
    });
    result.fuzzy!.b.forEach((b, j) => expect(b).toBeCloseTo(model.b[j], 12));
    result.weights.global.forEach((w, i) => expect(w).toBeCloseTo(model.globalWeights[i], 12));
    expect(result.fuzzy!.verdict.grade).toBe(model.verdict.grade);
    expect(result.byOperator!.map((r) => r.operator)).toEqual(FUZZY_OPERATORS);
  });

  it("aggregates several experts by AIJ with their normalised weights", () => {
    let a = addExpert(withVotes(defaultAssessment()), "专家2");
    a = setJudgement(a, 1, { level: "categories" }, 0, 2, 5);
    a = updateExpert(a, 1, { weight: 3 });
    const result = evaluateAssessment(a);
    const group = aggregateJudgements(
      a.experts.map((e) => e.categoryMatrix),
      [0.25, 0.75],
    );
    result.weights.categories.weights.forEach((w, i) => expect(w).toBeCloseTo(ahpWeights(group)[i], 12));
    expect(result.weights.perExpert[1].categories.weights[0]).toBeGreaterThan(
      result.weights.perExpert[0].categories.weights[0],
    );
  });

  it("grades a measured value by its breakpoints (开采强度 0.04 a⁻¹, a cost indicator)", () => {
    // Between breakpoints 0.02 (优) and 0.05 (良): 0.04 is one third of the way to 优, two thirds to 良.
    const row = membershipRow({
      kind: "measured",
      value: 0.04,
      breakpoints: [0.02, 0.05, 0.1, 0.333],
      direction: "cost",
    });
    expect(row[0]).toBeCloseTo(1 / 3, 12);
    expect(row[1]).toBeCloseTo(2 / 3, 12);
    expect(() => membershipRow({ kind: "measured", value: null, breakpoints: [1, 2], direction: "cost" })).toThrow(
      "未填写实测值",
    );
    expect(() => membershipRow({ kind: "measured", value: 1, breakpoints: [1, null], direction: "cost" })).toThrow(
      "断点未填全",
    );
  });

  it("computes the weighted score when scores are set", () => {
    const a = setScores(withVotes(defaultAssessment()), [95, 85, 75, 60]);
    const { fuzzy } = evaluateAssessment(a);
    const expected = fuzzy!.b.reduce((s, b, j) => s + b * [95, 85, 75, 60][j], 0) / fuzzy!.b.reduce((s, b) => s + b, 0);
    expect(fuzzy!.score).toBeCloseTo(expected, 12);
  });

  it("summarises Monte-Carlo robustness, repeatably", () => {
    const a = withVotes(defaultAssessment());
    const result = evaluateAssessment(a);
    const first = assessmentSensitivity(a, result, 500);
    expect(first.draws).toBe(500);
    expect(first.baselineGrade).toBe(result.fuzzy!.verdict.grade);
    expect(Object.values(first.gradeCounts).reduce((s, n) => s + n, 0)).toBe(500);
    expect(assessmentSensitivity(a, result, 500)).toEqual(first);
    expect(() => assessmentSensitivity(defaultAssessment(), evaluateAssessment(defaultAssessment()))).toThrow(
      "complete",
    );
  });
});
