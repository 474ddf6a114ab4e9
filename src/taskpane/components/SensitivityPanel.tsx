import { Button, Caption1, Text } from "@fluentui/react-components";
import * as React from "react";
import { Assessment, AssessmentResult, assessmentSensitivity } from "../../core/evaluation/assessment";
import { MonteCarloSummary } from "../../core/evaluation/sensitivity";
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

/** Monte-Carlo robustness on demand (it re-solves every matrix thousands of times, so not on every keystroke). */
export function SensitivityPanel({ assessment, result, language, text }: SensitivityPanelProps): React.JSX.Element {
  const [run, setRun] = React.useState<{ of: Assessment; summary: MonteCarloSummary } | null>(null);
  const action = useAction(language);
  const compute = () =>
    void action.run(() => {
      setRun({ of: assessment, summary: assessmentSensitivity(assessment, result) });
      return Promise.resolve(null);
    });
  const stale = run !== null && run.of !== assessment;
  return (
    <section className="sensitivity" data-testid="sensitivity">
      <div className="row">
        <Text weight="semibold" className="grow">
          {text.sensitivity}
        </Text>
        <Button size="small" data-testid="run-sensitivity" onClick={compute}>
          {text.runSensitivity}
        </Button>
      </div>
      {action.status && (
        <Text as="p" block className="error">
          {action.status.text}
        </Text>
      )}
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
    </section>
  );
}
