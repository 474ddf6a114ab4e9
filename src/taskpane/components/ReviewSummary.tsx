import { Caption1, MessageBar, MessageBarBody, Text } from "@fluentui/react-components";
import * as React from "react";
import { ReviewReport } from "../../core/review";
import { Language, pick } from "../../core/text";
import { Strings } from "../strings";
import { ReviewFinding } from "./ReviewFinding";
import { verdictView } from "./reviewVerdict";

/** Findings listed in the pane; the report sheet has them all. */
const SHOWN = 100;

export interface ReviewSummaryProps {
  readonly report: ReviewReport;
  /** What was reviewed, in words. */
  readonly scope: string;
  readonly language: Language;
  readonly text: Strings["review"];
}

/**
 * The review's verdict (pass, fail, or cannot be decided) and counts, the checks it could not do that need a manual
 * check, the tables found, and each finding.
 */
export function ReviewSummary({ report, scope, language, text }: ReviewSummaryProps): React.JSX.Element {
  const verdict = verdictView(report, language);
  return (
    <section data-testid="review-summary">
      <MessageBar intent={verdict.intent} data-testid="review-verdict" data-verdict={report.verdict}>
        <MessageBarBody>{verdict.text}</MessageBarBody>
      </MessageBar>
      {verdict.manual.length > 0 && (
        <>
          <Text as="h3" block weight="semibold">
            {text.manualChecks(verdict.manual.length)}
          </Text>
          <ul data-testid="review-manual">
            {verdict.manual.map((item) => (
              <li key={item}>
                <Caption1>{item}</Caption1>
              </li>
            ))}
          </ul>
        </>
      )}
      <Caption1 as="p" block>
        {text.scope(scope)}
      </Caption1>
      <Caption1 as="p" block>
        {text.tables(report.tables.length)}
      </Caption1>
      <ul data-testid="review-tables">
        {report.tables.map((t) => (
          <li key={`${t.sheet}!${t.range}`}>
            <Caption1>
              {text.table(t.sheet, t.range, pick(t, language), t.rows)}
              {t.missing.length > 0 && " · " + text.missing(t.missing)}
            </Caption1>
          </li>
        ))}
      </ul>
      <Text as="h3" block weight="semibold">
        {text.findings(report.findings.length)}
      </Text>
      {report.findings.length === 0 && <Caption1>{text.noFindings}</Caption1>}
      <ul className="sheets" data-testid="review-findings">
        {report.findings.slice(0, SHOWN).map((f, i) => (
          <ReviewFinding key={i} finding={f} index={i} language={language} text={text} />
        ))}
      </ul>
      {report.findings.length > SHOWN && <Caption1>{text.more(report.findings.length - SHOWN)}</Caption1>}
    </section>
  );
}
