import { Button, Caption1, Field, ProgressBar, Text } from "@fluentui/react-components";
import * as React from "react";
import { Assessment, AssessmentResult } from "../../core/evaluation/assessment";
import { MonteCarloSummary } from "../../core/evaluation/sensitivity";
import { PANE_DRAWS, assessmentSensitivitySteps } from "../../core/evaluation/sensitivityRun";
import { Language } from "../../core/text";
import { Strings } from "../strings";
import { useAction } from "../useAction";
import { percent } from "./format";

export interface SensitivityPanelProps {
  readonly assessment: Assessment;
  readonly result: AssessmentResult;
  readonly language: Language;
  readonly text: Strings["fuzzy"];
}

/** Lets the browser paint and handle input between two chunks of draws. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Monte-Carlo robustness on demand (it re-solves every matrix thousands of times, so not on every keystroke). The
 * draws run in chunks of 100 with the browser given a turn between chunks, so the pane stays responsive and shows
 * the progress; the summary is the same as one uninterrupted run's (same seed, same draws).
 */
export function SensitivityPanel({ assessment, result, language, text }: SensitivityPanelProps): React.JSX.Element {
  const [run, setRun] = React.useState<{ of: Assessment; summary: MonteCarloSummary } | null>(null);
  const [done, setDone] = React.useState<number | null>(null);
  const action = useAction(language);
  const compute = () =>
    void action.run(async () => {
      const steps = assessmentSensitivitySteps(assessment, result, PANE_DRAWS);
      setDone(0);
      try {
        for (;;) {
          const step = steps.next();
          if (step.done) {
            setRun({ of: assessment, summary: step.value });
            return null;
          }
          setDone(step.value);
          await nextTask();
        }
      } finally {
        setDone(null);
      }
    });
  const stale = run !== null && run.of !== assessment;
  return (
    <section className="sensitivity" data-testid="sensitivity">
      <div className="row">
        <Text weight="semibold" className="grow">
          {text.sensitivity}
        </Text>
        <Button size="small" data-testid="run-sensitivity" disabled={action.busy} onClick={compute}>
          {text.runSensitivity}
        </Button>
      </div>
      {done !== null && (
        <Field validationMessage={text.progress(done, PANE_DRAWS)} validationState="none">
          <ProgressBar value={done / PANE_DRAWS} data-testid="sensitivity-progress" />
        </Field>
      )}
      {action.status && (
        <Text as="p" block className="error" role="alert">
          {action.status.text}
        </Text>
      )}
      <div aria-live="polite" data-testid="sensitivity-live">
        {run && (
          <div data-testid="sensitivity-summary" className={stale ? "stale" : undefined}>
            {stale && (
              <Caption1 as="p" block>
                {text.stale}
              </Caption1>
            )}
            <Caption1 as="p" block>
              {text.sensitivityMethod(run.summary.draws)}
            </Caption1>
            <table className="grid">
              <tbody>
                <tr>
                  <th scope="row">{text.baseline}</th>
                  <td>{run.summary.baselineGrade}</td>
                </tr>
                <tr>
                  <th scope="row">{text.verdictChange}</th>
                  <td data-testid="verdict-change">{percent(run.summary.verdictChangeRate)}</td>
                </tr>
                <tr>
                  <th scope="row">{text.rankingChange}</th>
                  <td data-testid="ranking-change">{percent(run.summary.rankingChangeRate)}</td>
                </tr>
                <tr>
                  <th scope="row">{text.topChange}</th>
                  <td>{percent(run.summary.topIndicatorChangeRate)}</td>
                </tr>
                <tr>
                  <th scope="row">{text.gradeCounts}</th>
                  <td data-testid="grade-counts">
                    {Object.entries(run.summary.gradeCounts)
                      .map(([grade, n]) => `${grade} ${n}`)
                      .join(", ")}
                  </td>
                </tr>
              </tbody>
            </table>
          </div>
        )}
      </div>
    </section>
  );
}
