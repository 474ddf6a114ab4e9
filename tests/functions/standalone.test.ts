/**
 * The evaluation sheet's functions called outside Excel (src/functions/standalone.ts), as the taskpane computes a
 * portable evaluation sheet's values: the same functions, with the same range parameters, as the built
 * functions.js associates and its metadata declares, and every function the sheet calls among them; over the
 * sheets of arbitrary assessments, the same value in every cell as the built bundle gives.
 */
import fc from "fast-check";
import { readFileSync } from "fs";
import { join } from "path";
import { planAssessmentSheet } from "../../src/core/evaluation/assessmentSheet";
import {
  CellError,
  CellValue,
  CustomFunctionEntry,
  evaluatePlan,
  functionName,
  mapCalls,
  parseFormula,
} from "../../src/core/workbook/evaluate";
import { SheetPlan } from "../../src/core/workbook/sheetPlan";
import { EVALUATION_FUNCTION_NAMES, evaluationFunction } from "../../src/functions/standalone";
import { OPTIONS, anyAssessment, sampleAssessment } from "../core/evaluation/assessmentSheet/helpers";
import { DIST, loadFunctionsBundle } from "../support/bundle";

interface Metadata {
  functions: { id: string; parameters: { dimensionality?: string }[] }[];
}
const metadata = (JSON.parse(readFileSync(join(DIST, "functions.json"), "utf8")) as Metadata).functions;
const bundle = loadFunctionsBundle();

/** The built functions by formula name, each with its range parameters from functions.json. */
function built(name: string): CustomFunctionEntry | undefined {
  const id = name.slice("MINE.".length);
  const fn = bundle.get(id);
  const declared = metadata.find((m) => m.id === id);
  return fn && declared ? { fn, matrix: declared.parameters.map((p) => p.dimensionality === "matrix") } : undefined;
}

/** Every MINE function a plan's formulas call. */
function mineCalls(plan: SheetPlan): Set<string> {
  const names = new Set<string>();
  for (const cell of plan.cells) {
    if (cell.formula === undefined) continue;
    mapCalls(parseFormula(cell.formula), (call) => {
      const name = functionName(call.name);
      if (name.startsWith("MINE.")) names.add(name);
      return call;
    });
  }
  return names;
}

const shown = (v: CellValue | undefined) => (v instanceof CellError ? v.code : v);

describe("the evaluation sheet's functions outside Excel", () => {
  it("are the built functions, with the range parameters their metadata declares", () => {
    for (const name of EVALUATION_FUNCTION_NAMES) {
      const ours = evaluationFunction(name);
      const theirs = built(name);
      expect(theirs).toBeDefined();
      expect(ours?.matrix).toEqual(theirs?.matrix);
    }
    expect(evaluationFunction("MINE.RECOVERY")).toBeUndefined();
  });

  it("cover every function the evaluation sheet calls, in either language", () => {
    for (const language of ["zh", "en"] as const) {
      const calls = mineCalls(planAssessmentSheet(sampleAssessment(), { ...OPTIONS, language }));
      expect([...calls].sort()).toEqual([...EVALUATION_FUNCTION_NAMES].sort());
    }
  });

  it("give the built bundle's value in every cell of an arbitrary assessment's sheet", () => {
    fc.assert(
      fc.property(anyAssessment, (assessment) => {
        const plan = planAssessmentSheet(assessment, OPTIONS);
        const ours = evaluatePlan(plan, { functions: evaluationFunction });
        const theirs = evaluatePlan(plan, { functions: built });
        expect([...ours.keys()].sort()).toEqual([...theirs.keys()].sort());
        for (const [address, value] of theirs) expect(shown(ours.get(address))).toEqual(shown(value));
      }),
      { numRuns: 25 },
    );
  });

  it("answer a bad judgement matrix with Excel's error and its message, never a number", () => {
    const weights = evaluationFunction("MINE.AHP_WEIGHTS");
    let thrown: unknown;
    try {
      weights?.fn([
        [1, 3],
        [2, 1],
      ]);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toMatchObject({ code: "#VALUE!" });
    expect(String((thrown as Error).message)).toMatch(/倒数/);
  });
});
