/**
 * The =MINE.* functions called directly, outside Excel's custom-functions runtime: by the taskpane, to compute what
 * a portable evaluation sheet keeps as values (it must work where Excel cannot run custom functions at all), and by
 * the headless tools (src/tools/engine.ts). Not imported by ./index, so functions.js does not carry it.
 */
import type { CustomFunctionEntry } from "../core/workbook/evaluate";
import { ahpCr, ahpLambda, ahpWeights, fuzzyEval, fuzzyGrade, fuzzyScore, membership } from "./evaluation";

/** What the function modules throw where Excel's runtime is absent: its code and message, as Excel's would carry. */
class StandaloneError extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message);
  }
}

/**
 * Gives the functions a `CustomFunctions.Error` to throw where Excel's runtime has not defined one (they read the
 * global only when they throw); Excel's own is kept where it exists.
 */
export function provideCustomFunctionsError(): void {
  const globals = globalThis as { CustomFunctions?: { Error?: unknown } };
  globals.CustomFunctions ??= {};
  globals.CustomFunctions.Error ??= StandaloneError;
}

/**
 * The functions the evaluation sheet calls, by the name a formula calls them, with which parameters take a range
 * (as their JSDoc's `unknown[][]` tells the metadata; tests/functions/standalone.test.ts holds both to the
 * generated metadata).
 */
const EVALUATION_FUNCTIONS = new Map<string, CustomFunctionEntry>(
  (
    [
      ["MINE.AHP_WEIGHTS", ahpWeights, [true, false]],
      ["MINE.AHP_LAMBDA", ahpLambda, [true]],
      ["MINE.AHP_CR", ahpCr, [true, false]],
      ["MINE.FUZZY_EVAL", fuzzyEval, [true, true, false]],
      ["MINE.FUZZY_GRADE", fuzzyGrade, [true, true]],
      ["MINE.FUZZY_SCORE", fuzzyScore, [true, true]],
      ["MINE.MEMBERSHIP", membership, [false, true, false]],
    ] as const
  ).map(([name, fn, matrix]) => [name, { fn: fn as CustomFunctionEntry["fn"], matrix }]),
);

/** The evaluation sheet's function of a formula name ("MINE.AHP_WEIGHTS"), ready to be called outside Excel. */
export function evaluationFunction(name: string): CustomFunctionEntry | undefined {
  provideCustomFunctionsError();
  return EVALUATION_FUNCTIONS.get(name);
}

/** The names {@link evaluationFunction} answers for. */
export const EVALUATION_FUNCTION_NAMES: readonly string[] = [...EVALUATION_FUNCTIONS.keys()];
