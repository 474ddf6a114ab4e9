import { Button, Caption1, MessageBar, MessageBarBody, Spinner } from "@fluentui/react-components";
import * as React from "react";
import { ReviewReport, planReviewOpinion, planReviewReport, reviewWorkbook } from "../../core/review";
import { Language, pick } from "../../core/text";
import {
  highlightCells,
  readSelectionGrid,
  readSheetGrid,
  readWorkbookGrids,
  selectCell,
  suggestSheetName,
} from "../host";
import { Strings } from "../strings";
import { useAction, withNotes } from "../useAction";
import { useAskingWriter } from "./OverwriteDialog";
import { ReviewSummary } from "./ReviewSummary";
import { StatusBar } from "./StatusBar";
import { today } from "./stamp";

export interface ReviewTabProps {
  /** Whether a workbook can be read and written (Excel or WPS); otherwise every button is disabled. */
  readonly canWrite: boolean;
  /** The last review, kept by the pane so that it outlives a visit to another tab. */
  readonly reviewed: Reviewed | null;
  readonly onReviewed: (reviewed: Reviewed) => void;
  readonly language: Language;
  readonly text: Strings["review"];
  /** The overwrite question's words, shared with the workbook tab. */
  readonly writeText: Strings["write"];
}

type Sheet = "report" | "opinion";

/** A review and what it covered: the whole workbook, the selection on one sheet, or one selected cell. */
export interface Reviewed {
  readonly report: ReviewReport;
  /** The sheet of a reviewed selection. */
  readonly selection?: string;
  /** A selection of one cell: its sheet was reviewed, and the pane speaks of that cell. */
  readonly cell?: { readonly sheet: string; readonly address: string };
}

/**
 * The spot-check (复核) of the workbook or of the selected table: the findings in the pane, then the report sheet,
 * the draft 专家审查意见书 (each into a new sheet, asking before overwriting) and the problem cells highlighted.
 */
export function ReviewTab({
  canWrite,
  reviewed,
  onReviewed: setReviewed,
  language,
  text,
  writeText,
}: ReviewTabProps): React.JSX.Element {
  const { busy, status, run } = useAction(language, text.failed);
  const asking = useAskingWriter(writeText, language);
  const scope = reviewed?.cell
    ? text.cellScope(reviewed.cell.sheet, reviewed.cell.address)
    : reviewed?.selection !== undefined
      ? text.scopeSelection(reviewed.selection)
      : text.scopeWorkbook;

  const review = (selection: boolean) =>
    run(async () => {
      if (selection) {
        const sheet = await readSelectionGrid();
        if (sheet.cells === 1) {
          // One cell cannot be checked alone: its sheet is, and the pane says what that tells about the cell.
          const whole = { name: sheet.name, grid: await readSheetGrid(sheet.name) };
          const cell = { sheet: sheet.name, address: sheet.address };
          setReviewed({ report: reviewWorkbook([whole]), selection: sheet.name, cell });
        } else setReviewed({ report: reviewWorkbook([sheet]), selection: sheet.name });
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
      const notes = await asking.write(plan);
      return notes && withNotes(text.written(plan.sheetName), notes);
    });

  const highlight = () =>
    run(async () => {
      const at = reviewed?.cell;
      const cells = (reviewed?.report.findings ?? [])
        .filter((f) => f.cell !== "")
        .filter((f) => !at || (f.sheet === at.sheet && f.cell.replace(/\$/g, "") === at.address))
        .map((f) => ({ sheet: f.sheet, address: f.cell, severity: f.severity, note: pick(f, language) }));
      if (cells.length === 0) return text.nothingToHighlight;
      await highlightCells(cells);
      return text.highlighted(new Set(cells.map((c) => `${c.sheet}!${c.address}`)).size);
    });

  // Going to a cell has its own status line: it neither clears the review's nor shows the review's spinner.
  const jump = useAction(language, text.failed);
  const goTo = (sheet: string, cell: string) =>
    void jump.run(async () => {
      await selectCell(sheet, cell);
      return null;
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
      <StatusBar status={jump.status} testId="review-goto-status" />
      {reviewed && (
        <ReviewSummary
          report={reviewed.report}
          scope={scope}
          cell={reviewed.cell}
          selection={reviewed.selection !== undefined}
          language={language}
          text={text}
          onGoTo={canWrite ? goTo : undefined}
        />
      )}
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
