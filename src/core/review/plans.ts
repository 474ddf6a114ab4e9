/**
 * The review as sheets the add-in (or `npm run review -- --out`) writes: the report (findings, checks run,
 * tables found) and a draft 专家审查意见书 in the format of 浙自然资规〔2025〕6号 附件 七 — 前言, 一 to 五, the
 * 三率 of section 四 filled from the workbook, 六、审查结论 (通过□ 不通过□) left for the expert group, the
 * group leader's signature and the 审查专家组名单.
 */
import { meetsMinimum } from "../standards/minimum";
import { TABLES } from "../templates/columns";
import { Bilingual, Language, pick, same, commaList } from "../text";
import { CellRole, SheetPlan, SheetPlanBuilder } from "../workbook/sheetPlan";
import { RateFact } from "./checkSummary";
import { LifeFacts } from "./checkLife";
import { INDICATORS, INDICATOR_NAMES } from "./indicators";
import { ROLE_NAMES, ReservesFacts } from "./checkReserves";
import { Finding } from "./record";
import { CheckResult, OPINION_MARKER, REVIEW_MARKER, ReviewReport, Verdict, WorkbookFacts, undecides } from "./review";
import { NUMBER_FORMATS } from "../workbook/numberFormats";

export interface ReportOptions {
  readonly lang?: Language;
  readonly sheetName?: string;
  /** What was reviewed (a file name), shown under the title. */
  readonly source?: string;
  /** When (ISO date), shown under the title. */
  readonly date?: string;
}

export interface OpinionOptions extends ReportOptions {
  /** 矿山(采矿权)名称, when the caller knows it. */
  readonly mine?: string;
}

const PERCENT = NUMBER_FORMATS.percent;
const NUMBER = NUMBER_FORMATS.figure;

/** What a cell of a report shows: a text in both languages (shown in the sheet's), or a value as it is. */
type Shown = Bilingual | string | number;

/**
 * A report laid out row by row in one language: a cursor over the one SheetPlanBuilder every planner uses. Texts
 * are given as {@link Bilingual} pairs and shown in the sheet's language.
 */
class ReportSheet extends SheetPlanBuilder {
  row = 0;

  constructor(readonly language: Language) {
    super();
  }

  /** `text` in the sheet's language. */
  say(text: Bilingual): string {
    return pick(text, this.language);
  }

  cell(column: number, role: CellRole, value: Shown, numberFormat?: string): void {
    this.put(this.row, column, role, typeof value === "object" ? this.say(value) : value, numberFormat);
  }

  /** One row of cells from column A; blank values leave their cell out. */
  line(role: CellRole, ...values: (Shown | undefined)[]): void {
    values.forEach((value, column) => {
      const shown = typeof value === "object" ? this.say(value) : value;
      if (shown !== undefined && shown !== "") this.cell(column, role, shown);
    });
    this.row++;
  }

  skip(rows = 1): void {
    this.row += rows;
  }

  /** An empty cell for the expert to fill, on its own row. */
  blank(): void {
    this.cell(0, "input", "");
    this.row++;
  }

  /** A label and its value (an input to fill when there is none). */
  pair(label: Bilingual, value: string | undefined): void {
    this.cell(0, "label", label);
    if (value) this.cell(1, "note", value);
    else this.cell(1, "input", "");
    this.row++;
  }

  /** A stated or recomputed value of a finding: rates as percent, quantities as numbers, texts as they are. */
  value(column: number, value: number | string | null, format: Finding["format"]): void {
    if (value === null || value === "") return;
    if (typeof value === "number") this.cell(column, "note", value, format === "percent" ? PERCENT : NUMBER);
    else this.cell(column, "note", value);
  }

  sheet(sheetName: string, marker: string, widths: readonly number[]): SheetPlan {
    return this.plan(
      sheetName,
      marker,
      widths.map((width, column) => ({ column, width })),
    );
  }
}

/** Where a check ran, as the report names it: `sheet!range`, or the sheet alone. */
export const whereOf = (check: CheckResult): string => [check.sheet, check.tableRange].filter(Boolean).join("!");

/** What the report calls a check's status or a finding's severity. */
const STATUS_NAMES: Readonly<Record<CheckResult["status"], Bilingual>> = {
  fail: { zh: "不通过", en: "fail" },
  warn: { zh: "提示", en: "warn" },
  pass: { zh: "通过", en: "pass" },
  partial: { zh: "未全部核对", en: "not everywhere" },
  skipped: { zh: "未查", en: "not run" },
  inapplicable: { zh: "无可核对", en: "nothing to check" },
};

/** What each verdict is called. */
const VERDICT_NAMES: Readonly<Record<Verdict, Bilingual>> = {
  pass: { zh: "通过", en: "PASS" },
  fail: { zh: "不通过", en: "FAIL" },
  undecided: { zh: "无法判定(须人工核对)", en: "CANNOT BE DECIDED (needs a manual check)" },
};

/** The counts behind a pass: checks passed, warnings, and warnings' checks left undone (they decide nothing). */
function passCounts(report: ReviewReport): Bilingual {
  const { warn, passed, skipped } = report.counts;
  const undone: Bilingual =
    skipped > 0
      ? {
          zh: `；${skipped} 项提示类检查未查或未全部核对(不影响结论)`,
          en: `; ${skipped} warning check(s) not run, or not everywhere (they decide nothing)`,
        }
      : { zh: "", en: "" };
  return {
    zh: `${passed} 项检查通过，${warn} 项提示${undone.zh}`,
    en: `${passed} checks passed, ${warn} warning(s)${undone.en}`,
  };
}

/** The verdict with the counts, in both languages. */
function verdict(report: ReviewReport): Bilingual {
  const { fail, warn, passed, skipped } = report.counts;
  const name = VERDICT_NAMES[report.verdict];
  switch (report.verdict) {
    case "pass": {
      const counts = passCounts(report);
      return { zh: `${name.zh}：${counts.zh}`, en: `${name.en}: ${counts.en}` };
    }
    case "fail":
      return {
        zh: `${name.zh}：${fail} 项不通过，${warn} 项提示；${passed} 项检查通过，${skipped} 项未查或未全部核对`,
        en: `${name.en}: ${fail} failure(s), ${warn} warning(s); ${passed} checks passed, ${skipped} not run, or not everywhere`,
      };
    case "undecided":
      return {
        zh: `${name.zh}：没有不通过项，但 ${skipped} 项检查未查或未全部核对；${passed} 项检查通过，${warn} 项提示`,
        en: `${name.en}: nothing fails, but ${skipped} check(s) not run, or not everywhere; ${passed} checks passed, ${warn} warning(s)`,
      };
  }
}

/** One line of verdict: pass, fail or cannot be decided, with the counts. */
export function verdictText(report: ReviewReport, language: Language): string {
  return pick(verdict(report), language);
}

/** A check the review could not do that could have failed the plan: its rule, where it ran, and why. */
export interface ManualCheck {
  /** The rule's id, for the reviewer (the report sheet, a tooltip). */
  readonly rule: string;
  /** What the rule says, in both languages. */
  readonly statement: Bilingual;
  /** `sheet!range`, or the sheet alone, or "" for the workbook. */
  readonly where: string;
  readonly reason: Bilingual;
}

/** The checks that keep a review from passing although nothing fails, one per reason. */
export function manualCheckItems(report: ReviewReport): ManualCheck[] {
  return report.checks.filter(undecides).flatMap((check) =>
    check.reasons.map((reason) => ({
      rule: check.rule,
      statement: { zh: check.zh, en: check.en },
      where: whereOf(check),
      reason,
    })),
  );
}

/** The checks that keep a review from passing although nothing fails, each as "rule sheet!range: why". */
export function manualChecks(report: ReviewReport): Bilingual[] {
  return manualCheckItems(report).map(({ rule, where, reason }) => {
    const at = where ? ` ${where}` : "";
    return { zh: `${rule}${at}：${reason.zh}`, en: `${rule}${at}: ${reason.en}` };
  });
}

/** What was reviewed and when, as one line under the title (undefined when neither is known). */
function aboutLine(options: ReportOptions): string | undefined {
  const about = [options.source, options.date].filter(Boolean).join("  ");
  return about || undefined;
}

// ---------------------------------------------------------------- the report sheet

const FINDING_COLUMNS: readonly Bilingual[] = [
  { zh: "序号", en: "#" },
  { zh: "工作表", en: "sheet" },
  { zh: "单元格", en: "cell" },
  { zh: "表", en: "table" },
  { zh: "规则", en: "rule" },
  { zh: "严重程度", en: "severity" },
  { zh: "填报值", en: "stated" },
  { zh: "复核值", en: "recomputed" },
  { zh: "说明", en: "detail" },
  { zh: "规则说明", en: "rule text" },
  { zh: "依据", en: "source" },
  { zh: "公式", en: "formula" },
];

const CHECK_COLUMNS: readonly Bilingual[] = [
  { zh: "规则", en: "rule" },
  { zh: "工作表", en: "sheet" },
  { zh: "表", en: "table" },
  { zh: "区域", en: "range" },
  { zh: "状态", en: "status" },
  { zh: "已查", en: "checked" },
  { zh: "发现", en: "flagged" },
  { zh: "规则说明", en: "rule text" },
  { zh: "未查原因", en: "why not run" },
  { zh: "无可核对", en: "nothing to check" },
];

const TABLE_COLUMNS: readonly Bilingual[] = [
  { zh: "工作表", en: "sheet" },
  { zh: "表", en: "table" },
  { zh: "区域", en: "range" },
  { zh: "行数", en: "rows" },
  { zh: "合计行", en: "total row" },
  { zh: "缺少的列", en: "missing columns" },
];

const YES: Bilingual = { zh: "是", en: "yes" };
const NO: Bilingual = { zh: "否", en: "no" };

function findingsTable(sheet: ReportSheet, findings: readonly Finding[]): void {
  sheet.line("heading", { zh: "发现的问题", en: "Findings" });
  sheet.line("label", ...FINDING_COLUMNS);
  if (findings.length === 0) sheet.line("note", { zh: "无", en: "none" });
  findings.forEach((finding, index) => {
    sheet.cell(0, "note", index + 1);
    sheet.cell(1, "note", finding.sheet);
    if (finding.cell) sheet.cell(2, "note", finding.cell);
    if (finding.table) sheet.cell(3, "note", TABLES[finding.table]);
    sheet.cell(4, "note", finding.rule);
    sheet.cell(5, "note", STATUS_NAMES[finding.severity]);
    sheet.value(6, finding.stated, finding.format);
    sheet.value(7, finding.recomputed, finding.format);
    if (finding.note) sheet.cell(8, "note", finding.note);
    sheet.cell(9, "note", finding); // the rule's text
    sheet.cell(10, "note", finding.source);
    if (finding.formula) sheet.cell(11, "note", finding.formula);
    sheet.skip();
  });
}

function checksTable(sheet: ReportSheet, checks: readonly CheckResult[]): void {
  sheet.line("heading", { zh: "检查项", en: "Checks run" });
  sheet.line("label", ...CHECK_COLUMNS);
  for (const check of checks) {
    sheet.cell(0, "note", check.rule);
    if (check.sheet) sheet.cell(1, "note", check.sheet);
    if (check.table) sheet.cell(2, "note", TABLES[check.table]);
    if (check.tableRange) sheet.cell(3, "note", check.tableRange);
    sheet.cell(4, "note", STATUS_NAMES[check.status]);
    sheet.cell(5, "note", check.checked);
    sheet.cell(6, "note", check.flagged);
    sheet.cell(7, "note", check); // the rule's text
    if (check.reasons.length > 0) sheet.cell(8, "note", check.reasons.map((reason) => sheet.say(reason)).join("；"));
    if (check.notes.length > 0) sheet.cell(9, "note", check.notes.map((note) => sheet.say(note)).join("；"));
    sheet.skip();
  }
}

function tablesFound(sheet: ReportSheet, report: ReviewReport): void {
  sheet.line("heading", { zh: "找到的表", en: "Tables found" });
  sheet.line("label", ...TABLE_COLUMNS);
  for (const table of report.tables) {
    sheet.line(
      "note",
      table.sheet,
      table, // its name
      table.range,
      table.rows,
      table.total ? { zh: "有", en: "yes" } : { zh: "无", en: "no" },
      commaList(table.missing),
    );
  }
  for (const skipped of report.skippedSheets) sheet.line("note", skipped.name, skipped.reason);
}

/** The report sheet: verdict, findings, checks run (with why a check did not run) and tables found. */
export function planReviewReport(report: ReviewReport, options: ReportOptions = {}): SheetPlan {
  const sheet = new ReportSheet(options.lang ?? "zh");
  sheet.line("title", `${REVIEW_MARKER}${sheet.say({ zh: "：复核报告", en: ": spot-check report" })}`);
  sheet.line("heading", verdict(report));
  const about = aboutLine(options);
  if (about) sheet.line("note", about);
  sheet.skip();
  findingsTable(sheet, report.findings);
  sheet.skip();
  checksTable(sheet, report.checks);
  sheet.skip();
  tablesFound(sheet, report);
  return sheet.sheet(
    options.sheetName ?? sheet.say({ zh: "复核报告", en: "Review" }),
    REVIEW_MARKER,
    [6, 16, 8, 22, 28, 8, 14, 14, 48, 48, 40, 24],
  );
}

// ---------------------------------------------------------------- the draft opinion

const RATE_RULES = /^(sanlv\.|recovery\.|utilization\.)/;

/** Section 二 takes the findings on the resources and design tables; section 四 those on the rates. */
function sectionOf(finding: Finding): "reserves" | "rates" | "other" {
  if (RATE_RULES.test(finding.rule)) return "rates";
  return finding.table === "design" || finding.table === "resources" ? "reserves" : "other";
}

/** 达到 / 低于, on the stated and on the recomputed value when they disagree. */
function rateVerdict(rate: RateFact): Bilingual {
  if (rate.stated === undefined) return { zh: "未明确", en: "not explicit" };
  const minimum = rate.minimum;
  if (minimum === undefined) return { zh: "无法判定(须人工核对)", en: "cannot be decided (manual check)" };
  const statedReaches = meetsMinimum(rate.stated, minimum);
  if (rate.recomputed === undefined || meetsMinimum(rate.recomputed, minimum) === statedReaches) {
    return statedReaches ? { zh: "达到", en: "reaches it" } : { zh: "低于最低指标", en: "below the minimum" };
  }
  return statedReaches
    ? { zh: "方案值达到，复核值低于最低指标", en: "plan value reaches it, the recomputed one does not" }
    : { zh: "方案值低于，复核值达到最低指标", en: "plan value below, the recomputed one reaches it" };
}

/** A finding as one line of the opinion: where, the rule, and what exactly is wrong. */
function findingLine(finding: Finding, language: Language): string {
  const where = finding.cell ? `${finding.sheet}!${finding.cell}` : finding.sheet;
  const note = finding.note ? pick(finding.note, language) : "";
  return `${where}：${pick(finding, language)}${note ? `(${note})` : ""}`;
}

/** The findings of one section as draft remarks, each marked as the review's. */
function checkedLines(sheet: ReportSheet, findings: readonly Finding[]): void {
  for (const finding of findings) {
    sheet.line("note", sheet.say({ zh: "复核：", en: "check: " }) + findingLine(finding, sheet.language));
  }
}

/** A section heading, and what the expert group is to write under it. */
function section(sheet: ReportSheet, heading: Bilingual, hint?: Bilingual): void {
  sheet.line("heading", heading);
  if (hint) sheet.line("note", hint);
}

/** The end of a section: a cell for the expert group's own words, and a blank row. */
function sectionEnd(sheet: ReportSheet): void {
  sheet.blank();
  sheet.skip();
}

function opinionTitle(sheet: ReportSheet, options: OpinionOptions): void {
  sheet.line("title", `${OPINION_MARKER}${sheet.say({ zh: "：草稿", en: ": draft" })}`);
  sheet.line("title", {
    zh: "矿产资源开采方案 专家审查意见书",
    en: "Mining plan: expert review opinion (专家审查意见书)",
  });
  sheet.line("note", {
    zh: "草稿：由 MINE 复核据工作簿生成(浙自然资规〔2025〕6号 附件 七 格式)。“三率”与资源储量数值取自工作簿；其余各节、审查结论与签名由专家组填写。",
    en: "Draft generated by the MINE spot-check from the workbook (format of 浙自然资规〔2025〕6号 annex 7). The rates and reserve figures come from the workbook; the other sections, the conclusion and the signatures are for the expert group.",
  });
  const about = aboutLine(options);
  if (about) sheet.line("note", about);
  sheet.skip();
}

/** 前言. */
function preamble(sheet: ReportSheet): void {
  section(
    sheet,
    { zh: "前言", en: "Preamble" },
    { zh: "(简述评审过程，评审时间、地点、参加人员、评审方式等)", en: "(the review: when, where, who took part, how)" },
  );
  sectionEnd(sheet);
}

/** 一、矿业权基本情况: the mine, its main mineral, mining method and co- and by-products. */
function miningRight(sheet: ReportSheet, facts: WorkbookFacts, options: OpinionOptions): void {
  section(sheet, { zh: "一、矿业权基本情况。", en: "1. The mining right." });
  sheet.pair({ zh: "矿山名称", en: "mine" }, options.mine);
  sheet.pair({ zh: "主矿种", en: "main mineral" }, facts.mainMineral);
  const recovery = facts.rates.find((rate) => rate.indicator === "RECOVERY");
  sheet.pair({ zh: "开采方式", en: "mining method" }, recovery?.method);
  const byProducts = facts.minerals.filter((entry) => entry.role === "co" || entry.role === "associated");
  const named = byProducts.map((entry): Bilingual =>
    entry.role === "co"
      ? { zh: `${entry.mineral}(共生)`, en: `${entry.mineral}(co)` }
      : { zh: `${entry.mineral}(伴生)`, en: `${entry.mineral}(by)` },
  );
  sheet.pair({ zh: "共伴生矿产", en: "co- and by-products" }, sheet.say(commaList(named)));
  sheet.skip();
}

/** The reserve figures of one design table, each with its unit, then the design recovery and inferred factors. */
function reserveFigures(sheet: ReportSheet, reserves: ReservesFacts): void {
  const figures: [Bilingual, number | undefined][] = [
    [{ zh: "保有资源量", en: "retained resources" }, reserves.retained],
    [{ zh: "压覆扣除", en: "overlaid, deducted" }, reserves.overlaid],
    [{ zh: "禁采区/境界外扣除", en: "excluded" }, reserves.excluded],
    [{ zh: "设计利用资源量", en: "usable resources" }, reserves.usable],
    [{ zh: "设计损失量", en: "design losses" }, reserves.losses],
    [{ zh: "设计可采储量", en: "design recoverable reserves" }, reserves.recoverable],
  ];
  for (const [name, value] of figures) {
    if (value === undefined) continue;
    sheet.cell(0, "label", name);
    sheet.cell(1, "note", value, NUMBER);
    if (reserves.unit) sheet.cell(2, "note", reserves.unit);
    sheet.skip();
  }
  if (reserves.designRecovery !== undefined) {
    sheet.cell(0, "label", { zh: "设计开采回采率", en: "design mining recovery" });
    sheet.cell(1, "note", reserves.designRecovery, PERCENT);
    sheet.skip();
  }
  if (reserves.inferredFactors.length > 0) {
    const blank = sheet.say({ zh: "(空)", en: "(blank)" });
    sheet.pair(
      { zh: "推断资源量设计利用系数", en: "design factor of inferred resources" },
      reserves.inferredFactors.map((factor) => (Number.isNaN(factor) ? blank : String(factor))).join(", "),
    );
  }
  const where = `${reserves.sheet}!${reserves.range}`;
  sheet.line("note", { zh: `(取自 ${where})`, en: `(from ${where})` });
}

/** 二、资源储量利用的合理性意见: the figures of the first design table, and the review's findings on them. */
function reservesSection(sheet: ReportSheet, report: ReviewReport, facts: WorkbookFacts): void {
  section(sheet, { zh: "二、资源储量利用的合理性意见。", en: "2. Use of the resources and reserves." });
  const reserves = facts.reserves[0];
  if (reserves) reserveFigures(sheet, reserves);
  else {
    sheet.line("note", {
      zh: "(工作簿中没有设计利用资源量与设计可采储量计算表)",
      en: "(the workbook has no usable-resources table)",
    });
  }
  checkedLines(
    sheet,
    report.findings.filter((finding) => sectionOf(finding) === "reserves"),
  );
  sectionEnd(sheet);
}

/** 三、开采区域的合规性、合理性意见: for the expert group. */
function miningArea(sheet: ReportSheet): void {
  section(sheet, { zh: "三、开采区域的合规性、合理性意见。", en: "3. Compliance and soundness of the mining area." });
  sectionEnd(sheet);
}

const RATE_COLUMNS: readonly Bilingual[] = [
  { zh: "指标", en: "indicator" },
  { zh: "矿种", en: "mineral" },
  { zh: "方案值", en: "plan value" },
  { zh: "复核值", en: "recomputed" },
  { zh: "国家最低指标", en: "national minimum" },
  { zh: "复核结论", en: "check" },
  { zh: "出处", en: "source" },
];

/** Where a rate's minimum comes from: the built-in row, the plan's own, or why there is none. */
function minimumSource(rate: RateFact): Bilingual {
  if (rate.minimumFrom === "plan") {
    return { zh: `方案自列：${rate.minimumSource}`, en: `the plan's own: ${rate.minimumSource}` };
  }
  return rate.minimumSource ? same(rate.minimumSource) : (rate.reason ?? same(""));
}

/** The three rates as the plan states them, recomputed, against their minimums. */
function ratesTable(sheet: ReportSheet, rates: readonly RateFact[]): void {
  sheet.line("label", ...RATE_COLUMNS);
  for (const rate of rates) {
    sheet.cell(0, "note", INDICATOR_NAMES[rate.indicator]);
    if (rate.mineral) sheet.cell(1, "note", rate.mineral);
    if (rate.stated !== undefined) sheet.cell(2, "note", rate.stated, PERCENT);
    else sheet.cell(2, "note", rate.statedText || sheet.say({ zh: "(未填)", en: "(blank)" }));
    if (rate.recomputed !== undefined) sheet.cell(3, "note", rate.recomputed, PERCENT);
    if (rate.minimum !== undefined) sheet.cell(4, "note", rate.minimum, PERCENT);
    sheet.cell(5, "note", rateVerdict(rate));
    const source = sheet.say(minimumSource(rate));
    if (source) sheet.cell(6, "note", source);
    sheet.skip();
  }
  if (rates.length === 0) {
    sheet.line("note", { zh: "(工作簿中没有三率指标汇总表)", en: "(the workbook has no summary of the three rates)" });
  }
}

/** "方案确定的“三率”指标：开采回采率 83.46%，…。" */
function ratesSentence(rates: readonly RateFact[]): Bilingual {
  const parts = INDICATORS.map((indicator): Bilingual => {
    const stated = rates.find((rate) => rate.indicator === indicator)?.stated;
    const name = INDICATOR_NAMES[indicator];
    if (stated === undefined) return { zh: `${name.zh}(未明确)`, en: `${name.en} (not explicit)` };
    const percent = Number((stated * 100).toFixed(2));
    return { zh: `${name.zh} ${percent}%`, en: `${name.en} ${percent}%` };
  });
  const zh = parts.map((part) => part.zh).join("，");
  const en = parts.map((part) => part.en).join(", ");
  return { zh: `方案确定的“三率”指标：${zh}。`, en: `The plan's three rates: ${en}.` };
}

const UTILIZATION_COLUMNS: readonly Bilingual[] = [
  { zh: "矿种", en: "mineral" },
  { zh: "类别", en: "role" },
  { zh: "是否利用", en: "used" },
  { zh: "综合回收率", en: "combined recovery" },
  { zh: "保护措施", en: "protection" },
];

/** Each mineral of the utilisation tables: its role, whether it is used, its combined recovery or protection. */
function utilizationTable(sheet: ReportSheet, facts: WorkbookFacts): void {
  const minerals = facts.utilization.flatMap((table) => table.minerals);
  if (minerals.length === 0) return;
  sheet.line("label", ...UTILIZATION_COLUMNS);
  for (const mineral of minerals) {
    sheet.cell(0, "note", mineral.mineral);
    const role = sheet.say(ROLE_NAMES[mineral.role]);
    if (role) sheet.cell(1, "note", role);
    if (mineral.used !== undefined) sheet.cell(2, "note", mineral.used ? YES : NO);
    if (mineral.combined !== undefined) sheet.cell(3, "note", mineral.combined, PERCENT);
    if (mineral.protection) sheet.cell(4, "note", mineral.protection);
    sheet.skip();
  }
}

/** 附件 六.6 in 四: the planned scale (and the minimum the plan states), the service life stated and recomputed. */
function lifeSentence(life: LifeFacts): Bilingual | undefined {
  const { scale, minimumScale, serviceLife, construction, recomputed } = life;
  if (!scale && !serviceLife) return undefined;
  const amount = (tonnes: number) => Number((tonnes / 1e4).toPrecision(6));
  const years = (value: number) => Number(value.toFixed(2));
  const zh: string[] = [];
  const en: string[] = [];
  if (scale) {
    const minimum = minimumScale ? `(最低生产规模 ${amount(minimumScale.value)} 万t/a)` : "";
    zh.push(`生产规模 ${amount(scale.value)} 万t/a${minimum}`);
    en.push(`scale ${amount(scale.value)} × 10⁴ t/a${minimumScale ? ` (minimum ${amount(minimumScale.value)})` : ""}`);
  }
  if (serviceLife) {
    zh.push(`服务年限 ${years(serviceLife.value)} 年${construction ? `(基建期 ${years(construction.value)} 年)` : ""}`);
    en.push(
      `service life ${years(serviceLife.value)} years${construction ? ` (construction ${years(construction.value)})` : ""}`,
    );
  }
  if (recomputed !== undefined) {
    zh.push(`按设计可采储量 ÷ 生产规模重算 ${years(recomputed)} 年`);
    en.push(`recomputed as recoverable reserves ÷ scale: ${years(recomputed)} years`);
  }
  return { zh: `附件 六.6：${zh.join("，")}。`, en: `Annex 6.6: ${en.join(", ")}.` };
}

/** 四、矿产资源开采与综合利用意见: the three rates, the plan's sentence naming them, the co- and by-products. */
function ratesSection(sheet: ReportSheet, report: ReviewReport, facts: WorkbookFacts): void {
  section(sheet, {
    zh: "四、矿产资源开采与综合利用意见。明确“三率”指标。",
    en: "4. Mining and comprehensive utilisation: the three rates.",
  });
  ratesTable(sheet, facts.rates);
  sheet.line("note", ratesSentence(facts.rates));
  const life = lifeSentence(facts.life);
  if (life) sheet.line("note", life);
  utilizationTable(sheet, facts);
  checkedLines(
    sheet,
    report.findings.filter((finding) => sectionOf(finding) === "rates"),
  );
  sectionEnd(sheet);
}

/** The spot-check's own verdict, for the expert group's reference, and what it could not check (须人工核对). */
function reviewVerdict(sheet: ReportSheet, report: ReviewReport): void {
  const said = verdict(report);
  sheet.line("note", {
    zh: `复核结论(供参考，不代替审查结论)：${said.zh}`,
    en: `The spot-check's verdict (for reference, not the conclusion): ${said.en}`,
  });
  const manual = manualChecks(report);
  if (manual.length === 0) return;
  sheet.line(
    "note",
    report.verdict === "undecided"
      ? {
          zh: "须人工核对(复核未能完成以下检查，故无法判定)：",
          en: "Needs a manual check (the spot-check could not do these, so it cannot decide):",
        }
      : { zh: "须人工核对(复核未能完成以下检查)：", en: "Needs a manual check (the spot-check could not do these):" },
  );
  for (const item of manual) sheet.line("note", { zh: `- ${item.zh}`, en: `- ${item.en}` });
}

/** 五、说明与建议: the spot-check's verdict and what it could not check, then the findings 二 and 四 do not take. */
function remarks(sheet: ReportSheet, report: ReviewReport): void {
  section(
    sheet,
    { zh: "五、说明与建议。", en: "5. Remarks and recommendations." },
    {
      zh: "(复核发现的其他问题，供专家组参考；请删改)",
      en: "(other findings of the spot-check, for the expert group to keep or strike)",
    },
  );
  reviewVerdict(sheet, report);
  const others = report.findings.filter((finding) => sectionOf(finding) === "other");
  others.forEach((finding, index) => sheet.line("note", `${index + 1}. ${findingLine(finding, sheet.language)}`));
  if (report.findings.length === 0) sheet.line("note", { zh: "复核未发现问题。", en: "The spot-check found nothing." });
  else if (others.length === 0) {
    sheet.line("note", { zh: "(其余发现已列于二、四)", en: "(the findings are listed under 2 and 4)" });
  }
  sectionEnd(sheet);
}

const DATE_LINE: Bilingual = { zh: "年    月    日", en: "date" };

/** 六、审查结论 (left to the expert group) and the group leader's signature. */
function conclusion(sheet: ReportSheet): void {
  section(
    sheet,
    { zh: "六、审查结论：通过□ 不通过□", en: "6. Conclusion: pass □ fail □" },
    { zh: "(由专家组填写，本工具不作结论)", en: "(for the expert group; the tool draws no conclusion)" },
  );
  sectionEnd(sheet);
  sheet.line("label", { zh: "专家组组长(签名)：", en: "Group leader (signature):" });
  sheet.line("label", DATE_LINE);
  sheet.skip();
}

const EXPERT_COLUMNS: readonly Bilingual[] = [
  { zh: "评审组", en: "role" },
  { zh: "姓名", en: "name" },
  { zh: "职务/职称", en: "post / title" },
  { zh: "专业", en: "speciality" },
  { zh: "单位", en: "organisation" },
  { zh: "签名", en: "signature" },
];

const LEADER: Bilingual = { zh: "组长", en: "leader" };
const MEMBER: Bilingual = { zh: "成员", en: "member" };

/** 审查专家组名单: a leader and four members to fill in. */
function expertList(sheet: ReportSheet): void {
  sheet.line("heading", { zh: "审查专家组名单", en: "Expert group" });
  sheet.line("label", ...EXPERT_COLUMNS);
  for (const role of [LEADER, MEMBER, MEMBER, MEMBER, MEMBER]) {
    sheet.cell(0, "label", role);
    for (let column = 1; column < EXPERT_COLUMNS.length; column++) sheet.cell(column, "input", "");
    sheet.skip();
  }
  sheet.line("label", DATE_LINE);
}

/**
 * A draft 专家审查意见书 (浙自然资规〔2025〕6号 附件 七): the 三率 of section 四 and the reserve figures of
 * section 二 filled from the workbook as checked, the review's findings offered in 五 as draft remarks, and the
 * conclusion (通过□ 不通过□), signatures and the expert list left blank for the expert group.
 */
export function planReviewOpinion(report: ReviewReport, facts: WorkbookFacts, options: OpinionOptions = {}): SheetPlan {
  const sheet = new ReportSheet(options.lang ?? "zh");
  opinionTitle(sheet, options);
  preamble(sheet);
  miningRight(sheet, facts, options);
  reservesSection(sheet, report, facts);
  miningArea(sheet);
  ratesSection(sheet, report, facts);
  remarks(sheet, report);
  conclusion(sheet);
  expertList(sheet);
  return sheet.sheet(
    options.sheetName ?? sheet.say({ zh: "专家审查意见书", en: "Review opinion" }),
    OPINION_MARKER,
    [22, 16, 14, 14, 16, 28, 60],
  );
}
