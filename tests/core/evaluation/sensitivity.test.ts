import { SAMPLE_JUDGEMENTS } from "../../../src/core/evaluation/indicators";
import {
  EvaluationModel,
  evaluateModel,
  monteCarlo,
  monteCarloSteps,
  oneAtATime,
} from "../../../src/core/evaluation/sensitivity";

const GRADES = ["优", "良", "中", "差"];

/** Table 1 with the illustrative judgements; memberships chosen so that 良 clearly leads. */
const clear: EvaluationModel = {
  categoryMatrix: SAMPLE_JUDGEMENTS.categories,
  indicatorMatrices: [
    SAMPLE_JUDGEMENTS.indicators.resource,
    SAMPLE_JUDGEMENTS.indicators.environment,
    SAMPLE_JUDGEMENTS.indicators.social,
  ],
  membership: [
    [
      [0.1, 0.6, 0.3, 0],
      [0.2, 0.7, 0.1, 0],
      [0.3, 0.6, 0.1, 0],
    ],
    [
      [0.1, 0.5, 0.4, 0],
      [0, 0.6, 0.3, 0.1],
      [0.2, 0.6, 0.2, 0],
    ],
    [
      [0.3, 0.5, 0.2, 0],
      [0.1, 0.6, 0.3, 0],
      [0.2, 0.6, 0.2, 0],
    ],
  ],
  grades: GRADES,
};

/**
 * The same system, but the indicators leaning to 优 (综合利用率, 生态破坏程度, 经济贡献, 就业贡献) carry global weight
 * 0.4958 against 0.5042 leaning to 良: B is about (0.498, 0.502, 0, 0), so small weight changes flip the verdict.
 */
const TOWARDS_BEST = [0.7, 0.3, 0, 0];
const TOWARDS_GOOD = [0.3, 0.7, 0, 0];
const knifeEdge: EvaluationModel = {
  ...clear,
  membership: [
    [TOWARDS_GOOD, TOWARDS_GOOD, TOWARDS_BEST],
    [TOWARDS_BEST, TOWARDS_GOOD, TOWARDS_GOOD],
    [TOWARDS_BEST, TOWARDS_BEST, TOWARDS_GOOD],
  ],
};

describe("evaluateModel", () => {
  it("combines EVM weights and two-level M(·,+) into B summing to 1 and a verdict", () => {
    const result = evaluateModel(clear);
    expect(result.globalWeights.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(result.b.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(result.verdict.grade).toBe("良");
  });
});

describe("oneAtATime", () => {
  it("tries each of the nine indicators up and down and keeps a clear verdict", () => {
    const rows = oneAtATime(clear, 0.1);
    expect(rows).toHaveLength(18);
    expect(rows.every((r) => !r.changed && r.grade === "良")).toBe(true);
  });

  it("changes nothing when the change is zero", () => {
    const base = evaluateModel(knifeEdge).b;
    for (const row of oneAtATime(knifeEdge, 0)) row.b.forEach((b, j) => expect(b).toBeCloseTo(base[j], 12));
  });

  it("finds the indicators whose weight flips a knife-edge verdict", () => {
    expect(oneAtATime(knifeEdge, 0.3).some((r) => r.changed)).toBe(true);
  });
});

describe("monteCarlo", () => {
  it("reports no change when judgements are not perturbed (spread 1)", () => {
    const summary = monteCarlo(clear, { draws: 200, spread: 1 });
    expect(summary.verdictChangeRate).toBe(0);
    expect(summary.gradeCounts).toEqual({ 良: 200 });
  });

  it("is repeatable for a seed and counts every draw once", () => {
    const a = monteCarlo(knifeEdge, { draws: 500, seed: 7 });
    expect(monteCarlo(knifeEdge, { draws: 500, seed: 7 })).toEqual(a);
    expect(Object.values(a.gradeCounts).reduce((x, y) => x + y, 0)).toBe(500);
  });

  it("runs in steps (the pane's progress) to the same summary as one run, saying the draws done after each chunk", () => {
    const steps = monteCarloSteps(knifeEdge, { draws: 250, seed: 7 }, 100);
    const done: number[] = [];
    let step = steps.next();
    for (; !step.done; step = steps.next()) done.push(step.value);
    expect(done).toEqual([100, 200]);
    expect(step.value).toEqual(monteCarlo(knifeEdge, { draws: 250, seed: 7 }));
  });

  it("gives the same counts through the direct M(·,+) sum as through the full two-level evaluation", () => {
    // M(·,⊕) equals M(·,+) when the weights sum to 1 but is not short-cut, so it exercises the full path.
    const direct = monteCarlo(knifeEdge, { draws: 300, seed: 3 });
    const full = monteCarlo({ ...knifeEdge, operator: "M(·,⊕)" }, { draws: 300, seed: 3 });
    expect(full).toEqual(direct);
    expect(monteCarlo({ ...clear, operator: "M(∧,∨)" }, { draws: 100, spread: 1 }).verdictChangeRate).toBe(0);
  });

  it("shows a knife-edge verdict as unstable and a clear one as stable", () => {
    expect(monteCarlo(knifeEdge, { draws: 1000 }).verdictChangeRate).toBeGreaterThan(0.05);
    expect(monteCarlo(clear, { draws: 1000 }).verdictChangeRate).toBe(0);
    expect(monteCarlo(clear, { draws: 1000, spread: 3 }).rankingChangeRate).toBeGreaterThan(0);
  });

  it("does not count indicators tied in the baseline as a ranking change when they come out either way", () => {
    const ones = (n: number): number[][] => Array.from({ length: n }, () => new Array<number>(n).fill(1));
    const tied = { ...clear, categoryMatrix: ones(3), indicatorMatrices: [ones(3), ones(3), ones(3)] };
    const summary = monteCarlo(tied, { draws: 500 });
    expect(summary.rankingChangeRate).toBe(0);
    expect(summary.topIndicatorChangeRate).toBe(0);
  });
});
