import { Button, Caption1, MessageBar, MessageBarBody, Spinner } from "@fluentui/react-components";
import * as React from "react";
import { ReviewReport, planReviewOpinion, planReviewReport, reviewWorkbook } from "../../core/review";
import { Language, pick } from "../../core/text";
import { highlightCells, readSelectionGrid, readWorkbookGrids, suggestSheetName } from "../excel";
import { Strings } from "../strings";
import { useAction } from "../useAction";
import { useAskingWriter } from "./OverwriteDialog";
import { ReviewSummary } from "./ReviewSummary";
import { StatusBar } from "./StatusBar";
import { today } from "./stamp";

export interface ReviewTabProps {
  /** Whether the page runs in Excel with the API the adapter needs; outside it every button is disabled. */
  readonly canWrite: boolean;
  readonly language: Language;
  readonly text: Strings["review"];
  /** The overwrite question's words, shared with the workbook tab. */
  readonly writeText: Strings["write"];
}

type Sheet = "report" | "opinion";

/** A review and what it covered: the whole workbook, or the selection on one sheet. */
interface Reviewed {
  readonly report: ReviewReport;
  readonly selection?: string;
}

/**
 * The spot-check (复核) of the workbook or of the selected table: the findings in the pane, then the report sheet,
 * the draft 专家审查意见书 (each into a new sheet, asking before overwriting) and the problem cells highlighted.
 */
export function ReviewTab({ canWrite, language, text, writeText }: ReviewTabProps): React.JSX.Element {
  const [reviewed, setReviewed] = React.useState<Reviewed | null>(null);
  const { busy, status, run } = useAction(language, text.failed);
  const asking = useAskingWriter(writeText);
  const scope = reviewed?.selection !== undefined ? text.scopeSelection(reviewed.selection) : text.scopeWorkbook;

  const review = (selection: boolean) =>
    run(async () => {
      if (selection) {
        const sheet = await readSelectionGrid();
        setReviewed({ report: reviewWorkbook([sheet]), selection: sheet.name });
      } else {
        setReviewed({ report: reviewWorkbook(await readWorkbookGrids()) });
      }
      return null;
    });

  const write = (sheet: Sheet) =>
    run(async () => {
      if (!reviewed) return null;
      const sheetName = await suggestSheetName(sheet === "report" ? text.reportSheet : text.opinionSheet);
      const options = { lang: language, sheetName, source: scope, date: today() };
      const plan =
        sheet === "report"
          ? planReviewReport(reviewed.report, options)
          : planReviewOpinion(reviewed.report, reviewed.report.facts, options);
      return (await asking.write(plan)) ? text.written(plan.sheetName) : null;
    });

  const highlight = () =>
    run(async () => {
      const cells = (reviewed?.report.findings ?? [])
        .filter((f) => f.cell !== "")
        .map((f) => ({ sheet: f.sheet, address: f.cell, severity: f.severity, note: pick(f, language) }));
      if (cells.length === 0) return text.nothingToHighlight;
      await highlightCells(cells);
      return text.highlighted(new Set(cells.map((c) => `${c.sheet}!${c.address}`)).size);
    });

  const idle = canWrite && !busy;
  return (
    <section className="review" data-testid="review-panel">
      {!canWrite && (
        <MessageBar intent="warning" data-testid="review-note">
          <MessageBarBody>{text.needsExcel}</MessageBarBody>
        </MessageBar>
      )}
      <Caption1 as="p" block className="hint">
        {text.intro}
      </Caption1>
      <div className="row">
        <Button appearance="primary" data-testid="review-workbook" disabled={!idle} onClick={() => void review(false)}>
          {text.reviewWorkbook}
        </Button>
        <Button data-testid="review-selection" disabled={!idle} onClick={() => void review(true)}>
          {text.reviewSelection}
        </Button>
      </div>
      {busy && <Spinner size="tiny" label={text.reviewing} />}
      <StatusBar status={status} testId="review-status" />
      {reviewed && <ReviewSummary report={reviewed.report} scope={scope} language={language} text={text} />}
      <div className="row">
        <Button data-testid="review-write-report" disabled={!idle || !reviewed} onClick={() => void write("report")}>
          {text.writeReport}
        </Button>
        <Button data-testid="review-highlight" disabled={!idle || !reviewed} onClick={() => void highlight()}>
          {text.highlight}
        </Button>
      </div>
      <div className="row">
        <Button data-testid="review-write-opinion" disabled={!idle || !reviewed} onClick={() => void write("opinion")}>
          {text.writeOpinion}
        </Button>
      </div>
      <Caption1 as="p" block className="hint">
        {text.opinionHint}
      </Caption1>
      {asking.dialog}
    </section>
  );
}
