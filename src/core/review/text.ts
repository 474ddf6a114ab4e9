/**
 * The review as plain text (what `npm run review` prints): tables found, each finding with its cell, the stated
 * and the recomputed value, the rule and its source, the checks that could not run and why, and the verdict.
 */
import { TABLES } from "../templates/columns";
import { Lang, verdictText } from "./plans";
import { Finding, ValueFormat } from "./record";
import { ReviewReport } from "./review";

/** A value as a finding shows it: rates as percent, quantities with their unit, text quoted, blank as (空). */
export function showValue(v: number | string | null, format: ValueFormat, unit: string, lang: Lang): string {
  if (v === null) return "—";
  if (typeof v === "string") return v === "" ? (lang === "en" ? "(blank)" : "(空)") : `“${v}”`;
  if (format === "percent") return `${Number((v * 100).toFixed(4))}%`;
  const n = Number(v.toPrecision(10));
  return `${n.toLocaleString("en-US", { maximumFractionDigits: 6 })}${unit && unit !== "%" ? ` ${unit}` : unit}`;
}

export function findingValues(f: Finding, lang: Lang): string {
  const stated = showValue(f.stated, f.format, f.unit, lang);
  if (f.recomputed === null) return lang === "en" ? `stated ${stated}` : `填报 ${stated}`;
  const recomputed = showValue(f.recomputed, f.format, f.unit, lang);
  return lang === "en" ? `stated ${stated}, recomputed ${recomputed}` : `填报 ${stated}，复核 ${recomputed}`;
}

export interface TextOptions {
  readonly lang?: Lang;
  /** What was reviewed, for the first line. */
  readonly source?: string;
}

/** The whole report as text, one finding per block. */
export function reportText(report: ReviewReport, options: TextOptions = {}): string {
  const lang = options.lang ?? "zh";
  const en = lang === "en";
  const out: string[] = [];
  out.push(en ? `MINE spot-check: ${options.source ?? ""}` : `MINE 复核：${options.source ?? ""}`);
  out.push("");
  out.push(en ? `Tables found: ${report.tables.length}` : `找到的表：${report.tables.length} 张`);
  for (const t of report.tables) {
    const name = en ? TABLES[t.kind].en : TABLES[t.kind].zh;
    const rows = en ? `${t.rows} rows${t.total ? " + total" : ""}` : `${t.rows} 行${t.total ? "，有合计行" : ""}`;
    const missing =
      t.missing.length > 0
        ? en
          ? `; missing ${t.missing.map((m) => m.en).join(", ")}`
          : `；缺少 ${t.missing.map((m) => m.zh).join("、")}`
        : "";
    out.push(`  ${name}  ${t.sheet}!${t.range}  ${rows}${t.template ? (en ? ", template" : "，模板") : ""}${missing}`);
  }
  for (const s of report.skippedSheets) out.push(`  (${s.name}: ${en ? s.reason.en : s.reason.zh})`);
  out.push("");
  const { fail, warn } = report.counts;
  if (report.findings.length === 0) out.push(en ? "Findings: none" : "发现的问题：无");
  else {
    out.push(
      en
        ? `Findings: ${report.findings.length} (${fail} fail, ${warn} warn)`
        : `发现的问题：${report.findings.length} 项(${fail} 项不通过，${warn} 项提示)`,
    );
  }
  report.findings.forEach((f, i) => {
    const mark = f.severity === "fail" ? "✗" : "!";
    const where = f.cell ? `${f.sheet}!${f.cell}` : f.sheet || (en ? "(workbook)" : "(工作簿)");
    out.push(` ${mark} ${i + 1}. ${where}  [${f.rule}]`);
    out.push(`      ${en ? f.en : f.zh}`);
    if (f.stated !== null || f.recomputed !== null) out.push(`      ${findingValues(f, lang)}`);
    if (f.note) out.push(`      ${en ? f.note.en : f.note.zh}`);
    if (f.formula) out.push(`      ${en ? "formula" : "公式"} ${f.formula}`);
    out.push(`      ${en ? "source" : "依据"}: ${en ? f.source.en : f.source.zh}`);
  });
  out.push("");
  const skipped = report.checks.filter((c) => c.status === "skipped" || c.reasons.length > 0);
  out.push(
    en
      ? `Checks: ${report.counts.checks} (${report.counts.passed} passed, ${report.counts.skipped} not run)`
      : `检查项：${report.counts.checks} 项(${report.counts.passed} 项通过，${report.counts.skipped} 项未查)`,
  );
  for (const c of report.checks) {
    if (c.status === "skipped") continue;
    const where = [c.sheet, c.tableRange].filter(Boolean).join("!");
    const status = {
      pass: en ? "pass" : "通过",
      fail: en ? "FAIL" : "不通过",
      warn: en ? "warn" : "提示",
      skipped: "",
    }[c.status];
    out.push(`  ${status.padEnd(en ? 4 : 3)}  ${c.rule}  ${where}  ${c.checked - c.flagged}/${c.checked}`);
  }
  if (skipped.length > 0) {
    out.push(en ? "Not checked, or not everywhere:" : "未查或未全部核对：");
    for (const c of skipped) {
      const where = [c.sheet, c.tableRange].filter(Boolean).join("!");
      for (const r of c.reasons) out.push(`  - ${c.rule}${where ? `  ${where}` : ""}: ${en ? r.en : r.zh}`);
    }
  }
  out.push("");
  out.push(`${en ? "Verdict" : "结论"}: ${verdictText(report, lang)}`);
  return out.join("\n");
}
