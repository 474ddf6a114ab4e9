/** The review's verdict as the pane shows it: its message bar's intent, the line, and what needs a manual check. */
import { ReviewReport, Verdict, manualChecks, verdictText } from "../../core/review";
import { Language, pick } from "../../core/text";

export interface VerdictView {
  /** pass: success; fail: error; cannot be decided: warning. */
  readonly intent: "success" | "error" | "warning";
  /** The verdict with its counts, as the report sheet gives it. */
  readonly text: string;
  /** Each check the review could not do that could have failed the plan: "rule sheet!range: why". */
  readonly manual: readonly string[];
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
    manual: manualChecks(report).map((item) => pick(item, language)),
  };
}
