/**
 * The Monte-Carlo robustness of an assessment in steps, for the taskpane: the same model and draws as
 * `assessmentSensitivity` (its `sensitivityModel`, seed 1), yielding the draws done after each chunk so the pane can
 * show progress and yield to the browser between chunks.
 */
import { Assessment, AssessmentResult, SENSITIVITY_DRAWS, sensitivityModel } from "./assessment";
import { MonteCarloSummary, monteCarloSteps } from "./sensitivity";

/** Draws the pane runs, as `assessmentSensitivity` does by default. */
export const PANE_DRAWS = SENSITIVITY_DRAWS;

export function assessmentSensitivitySteps(
  a: Assessment,
  result: AssessmentResult,
  draws = PANE_DRAWS,
  chunk = 100,
): Generator<number, MonteCarloSummary, void> {
  return monteCarloSteps(sensitivityModel(a, result), { draws, seed: 1 }, chunk);
}
