import { Badge, Caption1, MessageBar, MessageBarBody, Text } from "@fluentui/react-components";
import * as React from "react";
import { Assessment, FuzzyResult } from "../../core/evaluation/assessment";
import { OPERATOR_INFO } from "../../core/evaluation/fuzzy";
import { Language, pick } from "../../core/text";
import { Strings } from "../strings";
import { fixed } from "./format";

export interface FuzzyResultsProps {
  readonly assessment: Assessment;
  readonly fuzzy: FuzzyResult;
  readonly byOperator: readonly FuzzyResult[];
  /** What the verdict cannot be trusted for (judgements failing their consistency check), shown beside it. */
  readonly warnings: readonly string[];
  readonly language: Language;
  readonly text: Strings["fuzzy"];
}

/** B per category and overall, the verdict with its tie/weak flags, the score, and all five operators side by side. */
export function FuzzyResults({
  assessment,
  fuzzy,
  byOperator,
  warnings,
  language,
  text,
}: FuzzyResultsProps): React.JSX.Element {
  const { grades } = assessment;
  const { verdict } = fuzzy;
  return (
    <section className="results" data-testid="fuzzy-results">
      <Text as="h3" weight="semibold" block className="subheading">
        {text.categoryB} ({fuzzy.operator} {pick(OPERATOR_INFO[fuzzy.operator], language)})
      </Text>
      <div className="scroll">
        <table className="grid" data-testid="b-table">
          <thead>
            <tr>
              <th />
              {grades.map((g, j) => (
                <th key={j}>{g}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {assessment.categories.map((c, k) => (
              <tr key={k}>
                <th scope="row">{c.name}</th>
                {fuzzy.categoryResults[k].map((b, j) => (
                  <td key={j}>{fixed(b)}</td>
                ))}
              </tr>
            ))}
            <tr className="total" data-testid="b-overall">
              <th scope="row">{text.overall}</th>
              {fuzzy.b.map((b, j) => (
                <td key={j} data-testid={`b-${j}`} data-value={String(b)}>
                  {fixed(b)}
                </td>
              ))}
            </tr>
          </tbody>
        </table>
      </div>
      {warnings.map((warning, x) => (
        <MessageBar key={x} intent="warning" data-testid="verdict-warning">
          <MessageBarBody>{warning}</MessageBarBody>
        </MessageBar>
      ))}
      <p className="verdict" aria-live="polite">
        <Text weight="semibold">{text.verdict}: </Text>
        <Text size={500} weight="bold" data-testid="verdict">
          {verdict.grade}
        </Text>{" "}
        {verdict.tied && (
          <Badge color="warning" data-testid="verdict-tied">
            {text.tied}
          </Badge>
        )}{" "}
        {verdict.weak && !verdict.tied && (
          <Badge color="warning" data-testid="verdict-weak">
            {text.weak(fixed(verdict.margin, 3))}
          </Badge>
        )}
      </p>
      {fuzzy.score !== null && (
        <p data-testid="score">
          <Text weight="semibold">{text.scoreResult}: </Text>
          <Text>{fixed(fuzzy.score, 2)}</Text>
        </p>
      )}
      <Text as="h3" weight="semibold" block className="subheading">
        {text.byOperator}
      </Text>
      <div className="scroll">
        <table className="grid" data-testid="operators-table">
          <thead>
            <tr>
              <th>{text.operatorColumn}</th>
              {grades.map((g, j) => (
                <th key={j}>{g}</th>
              ))}
              <th>{text.verdictColumn}</th>
            </tr>
          </thead>
          <tbody>
            {byOperator.map((r) => (
              <tr key={r.operator} className={r.operator === fuzzy.operator ? "chosen" : undefined}>
                <th scope="row" title={pick(OPERATOR_INFO[r.operator], language)}>
                  {r.operator}
                  <br />
                  <Caption1>{pick(OPERATOR_INFO[r.operator], language)}</Caption1>
                </th>
                {r.b.map((b, j) => (
                  <td key={j}>{fixed(b, 3)}</td>
                ))}
                <td>
                  {r.verdict.grade}
                  {r.verdict.tied ? ` (${text.tied})` : ""}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
