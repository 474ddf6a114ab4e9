/** The review's verdict as the pane shows it: its message bar's intent, the line, and what needs a manual check. */
import { Finding, ReviewReport, TableSummary, Verdict, manualCheckItems, verdictText } from "../../core/review";
import { Language, pick } from "../../core/text";
import { parseCellAddress } from "../../core/workbook/sheetPlan";

/** A check the review could not do, as the pane lists it: where and why in words, the rule's id for a tooltip. */
export interface ManualItem {
  readonly text: string;
  readonly rule: string;
}

export interface VerdictView {
  /** pass: success; fail: error; cannot be decided: warning. */
  readonly intent: "success" | "error" | "warning";
  /** The verdict with its counts, as the report sheet gives it. */
  readonly text: string;
  /** Each check the review could not do that could have failed the plan: "sheet!range: why". */
  readonly manual: readonly ManualItem[];
}

const INTENTS: Readonly<Record<Verdict, VerdictView["intent"]>> = {
  pass: "success",
  fail: "error",
  undecided: "warning",
};

export function verdictView(report: ReviewReport, language: Language): VerdictView {
  return {
    intent: INTENTS[report.verdict],
    text: verdictText(report, language),
    manual: manualCheckItems(report).map(({ rule, where, reason }) => ({
      text: where ? `${where}${language === "zh" ? "：" : ": "}${pick(reason, language)}` : pick(reason, language),
      rule,
    })),
  };
}

const sameCell = (a: string, b: string) => a.replace(/\$/g, "").toUpperCase() === b.replace(/\$/g, "").toUpperCase();

/** Whether A1 `cell` lies inside A1 `range` ("A3:H12", or a single cell). */
export function rangeHolds(range: string, cell: string): boolean {
  const [first, last = first] = range.split(":");
  const a = parseCellAddress(first);
  const b = parseCellAddress(last);
  const c = parseCellAddress(cell);
  return c.row >= a.row && c.row <= b.row && c.column >= a.column && c.column <= b.column;
}

/** What the review of one sheet says about one of its cells: the findings at it, and the table it belongs to. */
export interface CellView {
  readonly findings: readonly { readonly finding: Finding; readonly index: number }[];
  readonly table: TableSummary | undefined;
}

export function cellView(report: ReviewReport, sheet: string, cell: string): CellView {
  return {
    findings: report.findings
      .map((finding, index) => ({ finding, index }))
      .filter(({ finding }) => finding.sheet === sheet && finding.cell !== "" && sameCell(finding.cell, cell)),
    table: report.tables.find((t) => t.sheet === sheet && t.range !== "" && rangeHolds(t.range, cell)),
  };
}
