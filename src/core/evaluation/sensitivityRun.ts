/**
 * The Monte-Carlo robustness of an assessment in steps, for the taskpane: the same model and draws as
 * `assessmentSensitivity` (EVM weights of the aggregated matrices, the assessment's operator, seed 1), yielding the
 * draws done after each chunk so the pane can show progress and yield to the browser between chunks.
 */
import { messages } from "../messages";
import { fail } from "../errors";
import { Assessment, AssessmentResult } from "./assessment";
import { MonteCarloSummary, monteCarloSteps } from "./sensitivity";

/** Draws the pane runs, as `assessmentSensitivity` does by default. */
export const PANE_DRAWS = 2000;

export function assessmentSensitivitySteps(
  a: Assessment,
  result: AssessmentResult,
  draws = PANE_DRAWS,
  chunk = 100,
): Generator<number, MonteCarloSummary, void> {
  if (result.fuzzy === null) fail("value", messages.sensitivityIncomplete());
  return monteCarloSteps(
    {
      categoryMatrix: result.weights.categories.matrix,
      indicatorMatrices: result.weights.indicators.map((solved) => solved.matrix),
      membership: result.membership as number[][][],
      grades: a.grades,
      operator: a.operator,
    },
    { draws, seed: 1 },
    chunk,
  );
}
