import { Caption1, MessageBar, MessageBarBody, Text } from "@fluentui/react-components";
import * as React from "react";
import { ReviewReport } from "../../core/review";
import { Language, pick } from "../../core/text";
import { Strings } from "../strings";
import { Marked } from "./Marked";
import { ReviewFinding } from "./ReviewFinding";
import { cellView, verdictView } from "./reviewVerdict";

/** Findings listed in the pane; the report sheet has them all. */
const SHOWN = 100;

export interface ReviewSummaryProps {
  readonly report: ReviewReport;
  /** What was reviewed, in words. */
  readonly scope: string;
  /** A selection that is one cell: the review of its sheet is told about that cell only. */
  readonly cell?: { readonly sheet: string; readonly address: string };
  /** A selection was reviewed: with no table in it there is no verdict, only what to select. */
  readonly selection: boolean;
  readonly language: Language;
  readonly text: Strings["review"];
  readonly onGoTo?: (sheet: string, cell: string) => void;
}

/**
 * The review's verdict (pass, fail, or cannot be decided) and counts, the checks it could not do that need a manual
 * check, the tables found, and each finding. A single selected cell gets what the review of its sheet says about
 * it instead of a verdict on the plan; a selection without a table gets what to select.
 */
export function ReviewSummary(props: ReviewSummaryProps): React.JSX.Element {
  const { report, scope, cell, selection, language, text, onGoTo } = props;
  if (cell) return <CellSummary {...props} cell={cell} />;
  if (selection && report.tables.length === 0) {
    return (
      <section data-testid="review-summary">
        <MessageBar intent="warning" data-testid="review-verdict" data-verdict="no-table">
          <MessageBarBody>{text.noTableSelected}</MessageBarBody>
        </MessageBar>
      </section>
    );
  }
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
            {verdict.manual.map((item, i) => (
              <li key={i} title={item.rule}>
                <Caption1>
                  <Marked text={item.text} language={language} />
                </Caption1>
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
          <ReviewFinding key={i} finding={f} index={i} language={language} text={text} onGoTo={onGoTo} />
        ))}
      </ul>
      {report.findings.length > SHOWN && <Caption1>{text.more(report.findings.length - SHOWN)}</Caption1>}
    </section>
  );
}

/** What the review of a sheet says about one cell of it: what it can and cannot judge, then its findings. */
function CellSummary({
  report,
  cell,
  language,
  text,
  onGoTo,
}: ReviewSummaryProps & { cell: { sheet: string; address: string } }): React.JSX.Element {
  const view = cellView(report, cell.sheet, cell.address);
  const outcome =
    view.findings.length > 0
      ? text.cellFindings(cell.address, view.findings.length)
      : view.table
        ? text.cellClean(cell.address, `${view.table.sheet}!${view.table.range} ${pick(view.table, language)}`)
        : text.cellOutside(cell.address);
  const intent = view.findings.some((f) => f.finding.severity === "fail")
    ? "error"
    : view.findings.length > 0 || !view.table
      ? "warning"
      : "success";
  return (
    <section data-testid="review-summary">
      <MessageBar intent="info" data-testid="review-cell-note">
        <MessageBarBody>{text.cellOnly(cell.sheet, cell.address)}</MessageBarBody>
      </MessageBar>
      <MessageBar intent={intent} data-testid="review-verdict" data-verdict="cell">
        <MessageBarBody>{outcome}</MessageBarBody>
      </MessageBar>
      <ul className="sheets" data-testid="review-findings">
        {view.findings.map(({ finding, index }) => (
          <ReviewFinding key={index} finding={finding} index={index} language={language} text={text} onGoTo={onGoTo} />
        ))}
      </ul>
    </section>
  );
}
