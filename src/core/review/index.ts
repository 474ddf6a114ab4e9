/** The spot-check (复核) of the drafting tables: locate, recompute, apply the reviewer rules, plan the report sheets. */
export { locateTable, locateTables, splitHeader, templateKind } from "./locate";
export type { LocatedColumn, LocatedTable, TableRow } from "./locate";
export { TableReader } from "./read";
export type { Stated } from "./read";
export { RULES, RULE_IDS, derivedRule } from "./rules";
export type { Rule, Severity } from "./rules";
export type { CheckRun, CheckStatus, Finding, ValueFormat } from "./record";
export { OPINION_MARKER, REVIEW_MARKER, reviewWorkbook } from "./review";
export type {
  CheckResult,
  ReviewOptions,
  ReviewReport,
  ReviewSheet,
  TableSummary,
  Verdict,
  WorkbookFacts,
} from "./review";
export { manualCheckItems, manualChecks, planReviewOpinion, planReviewReport, verdictText } from "./plans";
export type { ManualCheck, OpinionOptions, ReportOptions } from "./plans";
