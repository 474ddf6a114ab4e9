/**
 * The review as plain text (what `npm run review` prints): tables found, each finding with its cell, the stated
 * and the recomputed value, the rule and its source, the checks that could not run and why, and the verdict.
 */
import { TABLES } from "../templates/columns";
import { Bilingual, Language, pick, commaList } from "../text";
import { verdictText, whereOf } from "./plans";
import { CheckStatus, Finding, ValueFormat, isUndone } from "./record";
import { CheckResult, ReviewReport } from "./review";

/** A value as a finding shows it: rates as percent, quantities with their unit, text quoted, blank as (空). */
export function showValue(
  value: number | string | null,
  format: ValueFormat,
  unit: string,
  language: Language,
): string {
  if (value === null) return "—";
  if (typeof value === "string") return value === "" ? pick({ zh: "(空)", en: "(blank)" }, language) : `“${value}”`;
  if (format === "percent") return `${Number((value * 100).toFixed(4))}%`;
  const rounded = Number(value.toPrecision(10));
  return `${rounded.toLocaleString("en-US", { maximumFractionDigits: 6 })}${unit && unit !== "%" ? ` ${unit}` : unit}`;
}

/** The stated value of a finding, and the recomputed one when there is one. */
export function findingValues(finding: Finding, language: Language): string {
  const stated = showValue(finding.stated, finding.format, finding.unit, language);
  if (finding.recomputed === null) return pick({ zh: `填报 ${stated}`, en: `stated ${stated}` }, language);
  const recomputed = showValue(finding.recomputed, finding.format, finding.unit, language);
  return pick({ zh: `填报 ${stated}，复核 ${recomputed}`, en: `stated ${stated}, recomputed ${recomputed}` }, language);
}

export interface TextOptions {
  readonly lang?: Language;
  /** What was reviewed, for the first line. */
  readonly source?: string;
}

/** The tables found, one line each (and the sheets not reviewed). */
function tableLines(report: ReviewReport, language: Language): string[] {
  const lines = [
    pick({ zh: `找到的表：${report.tables.length} 张`, en: `Tables found: ${report.tables.length}` }, language),
  ];
  for (const table of report.tables) {
    const rows: Bilingual = table.total
      ? { zh: `${table.rows} 行，有合计行`, en: `${table.rows} rows + total` }
      : { zh: `${table.rows} 行`, en: `${table.rows} rows` };
    const template: Bilingual = table.template ? { zh: "，模板", en: ", template" } : { zh: "", en: "" };
    const missing = commaList(table.missing);
    const lacks: Bilingual =
      table.missing.length > 0 ? { zh: `；缺少 ${missing.zh}`, en: `; missing ${missing.en}` } : { zh: "", en: "" };
    const where = `${table.sheet}!${table.range}`;
    lines.push(
      `  ${pick(TABLES[table.kind], language)}  ${where}  ${pick(rows, language)}${pick(template, language)}${pick(lacks, language)}`,
    );
  }
  for (const skipped of report.skippedSheets) lines.push(`  (${skipped.name}: ${pick(skipped.reason, language)})`);
  return lines;
}

/** The findings, one block each: where and which rule, what, the values, the note, the formula, the source. */
function findingLines(report: ReviewReport, language: Language): string[] {
  const { fail, warn } = report.counts;
  const count = report.findings.length;
  const lines = [
    pick(
      count === 0
        ? { zh: "发现的问题：无", en: "Findings: none" }
        : {
            zh: `发现的问题：${count} 项(${fail} 项不通过，${warn} 项提示)`,
            en: `Findings: ${count} (${fail} fail, ${warn} warn)`,
          },
      language,
    ),
  ];
  report.findings.forEach((finding, index) => {
    const mark = finding.severity === "fail" ? "✗" : "!";
    const where = finding.cell
      ? `${finding.sheet}!${finding.cell}`
      : finding.sheet || pick({ zh: "(工作簿)", en: "(workbook)" }, language);
    lines.push(` ${mark} ${index + 1}. ${where}  [${finding.rule}]`);
    lines.push(`      ${pick(finding, language)}`);
    if (finding.stated !== null || finding.recomputed !== null) lines.push(`      ${findingValues(finding, language)}`);
    if (finding.note) lines.push(`      ${pick(finding.note, language)}`);
    if (finding.formula) lines.push(`      ${pick({ zh: "公式", en: "formula" }, language)} ${finding.formula}`);
    lines.push(`      ${pick({ zh: "依据", en: "source" }, language)}: ${pick(finding.source, language)}`);
  });
  return lines;
}

/** How the checks' status reads in the text: FAIL in capitals, so that it stands out in a terminal. */
const STATUS_WORDS: Readonly<Record<Exclude<CheckStatus, "skipped" | "inapplicable">, Bilingual>> = {
  pass: { zh: "通过", en: "pass" },
  fail: { zh: "不通过", en: "FAIL" },
  warn: { zh: "提示", en: "warn" },
  partial: { zh: "未全部核对", en: "partly" },
};

/** Where a check ran: sheet!range, "" for the workbook. */

/** One line per message of each check: "  - rule  sheet!range: message". */
function messageLines(
  checks: readonly CheckResult[],
  messages: (check: CheckResult) => readonly Bilingual[],
  language: Language,
): string[] {
  return checks.flatMap((check) => {
    const where = whereOf(check);
    const at = where ? `  ${where}` : "";
    return messages(check).map((message) => `  - ${check.rule}${at}: ${pick(message, language)}`);
  });
}

/**
 * The checks that ran, with how many cells each passed; then those left undone (not run, or not on every cell)
 * and why, each a check the counts call 未查或未全部核对; then those with nothing to check (or nothing in some
 * cells), which are not undone.
 */
function checkLines(report: ReviewReport, language: Language): string[] {
  const { checks, passed, skipped, inapplicable } = report.counts;
  const lines = [
    pick(
      {
        zh: `检查项：${checks} 项(${passed} 项通过，${skipped} 项未查或未全部核对，${inapplicable} 项无可核对)`,
        en: `Checks: ${checks} (${passed} passed, ${skipped} not run or not everywhere, ${inapplicable} with nothing to check)`,
      },
      language,
    ),
  ];
  const statusWidth = Math.max(...Object.values(STATUS_WORDS).map((word) => pick(word, language).length));
  for (const check of report.checks) {
    if (check.status === "skipped" || check.status === "inapplicable") continue;
    const status = pick(STATUS_WORDS[check.status], language).padEnd(statusWidth);
    lines.push(`  ${status}  ${check.rule}  ${whereOf(check)}  ${check.checked - check.flagged}/${check.checked}`);
  }
  const undone = report.checks.filter(isUndone);
  if (undone.length > 0) {
    lines.push(pick({ zh: "未查或未全部核对：", en: "Not run, or not everywhere:" }, language));
    lines.push(...messageLines(undone, (check) => check.reasons, language));
  }
  const noted = report.checks.filter((check) => check.notes.length > 0);
  if (noted.length > 0) {
    lines.push(pick({ zh: "无可核对(不影响结论)：", en: "Nothing to check (decides nothing):" }, language));
    lines.push(...messageLines(noted, (check) => check.notes, language));
  }
  return lines;
}

/** The whole report as text, one finding per block. */
export function reportText(report: ReviewReport, options: TextOptions = {}): string {
  const language = options.lang ?? "zh";
  const source = options.source ?? "";
  return [
    pick({ zh: `MINE 复核：${source}`, en: `MINE spot-check: ${source}` }, language),
    "",
    ...tableLines(report, language),
    "",
    ...findingLines(report, language),
    "",
    ...checkLines(report, language),
    "",
    `${pick({ zh: "结论", en: "Verdict" }, language)}: ${verdictText(report, language)}`,
  ].join("\n");
}
