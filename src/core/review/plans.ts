/**
 * The review as sheets the add-in (or `npm run review -- --out`) writes: the report (findings, checks run,
 * tables found) and a draft 专家审查意见书 in the format of 浙自然资规〔2025〕6号 附件 七 — 前言, 一 to 五, the
 * 三率 of section 四 filled from the workbook, 六、审查结论 (通过□ 不通过□) left for the expert group, the
 * group leader's signature and the 审查专家组名单.
 */
import { Message } from "../errors";
import { meetsMinimum } from "../standards/minimum";
import { TABLES } from "../templates/columns";
import { CellRole, SheetPlan, SheetPlanBuilder } from "../workbook/sheetPlan";
import { INDICATOR_NAMES, RateFact } from "./checkSummary";
import { Finding } from "./record";
import { OPINION_MARKER, REVIEW_MARKER, ReviewReport, WorkbookFacts } from "./review";

export type Lang = "zh" | "en";

export interface ReportOptions {
  readonly lang?: Lang;
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

const PERCENT = "0.00%";
const NUMBER = "#,##0.####";

/** A report laid out row by row: a cursor over the one SheetPlanBuilder every planner uses. */
class Builder extends SheetPlanBuilder {
  row = 0;

  cell(column: number, role: CellRole, value: string | number, numberFormat?: string): void {
    this.put(this.row, column, role, value, numberFormat);
  }

  line(role: CellRole, ...values: (string | number | undefined)[]): void {
    values.forEach((v, c) => {
      if (v !== undefined && v !== "") this.cell(c, role, v);
    });
    this.row++;
  }

  skip(n = 1): void {
    this.row += n;
  }

  /** An empty cell for the expert to fill, on its own row. */
  blank(): void {
    this.cell(0, "input", "");
    this.row++;
  }

  /** A label and its value (an input to fill when there is none). */
  pair(label: string, value: string | undefined): void {
    this.cell(0, "label", label);
    if (value) this.cell(1, "note", value);
    else this.cell(1, "input", "");
    this.row++;
  }

  sheet(sheetName: string, marker: string, widths: readonly number[]): SheetPlan {
    return this.plan(
      sheetName,
      marker,
      widths.map((width, column) => ({ column, width })),
    );
  }
}

const pick = (lang: Lang, m: Message): string => (lang === "en" ? m.en : m.zh);

function valueCell(b: Builder, column: number, v: number | string | null, format: Finding["format"]): void {
  if (v === null || v === "") return;
  if (typeof v === "number") b.cell(column, "note", v, format === "percent" ? PERCENT : NUMBER);
  else b.cell(column, "note", v);
}

const SEVERITY: Record<Lang, Record<string, string>> = {
  zh: { fail: "不通过", warn: "提示", pass: "通过", skipped: "未查" },
  en: { fail: "fail", warn: "warn", pass: "pass", skipped: "not run" },
};

function tableName(lang: Lang, kind: Finding["table"]): string {
  return kind ? (lang === "en" ? TABLES[kind].en : TABLES[kind].zh) : "";
}

/** One line of verdict: passed or not, with the counts. */
export function verdictText(report: ReviewReport, lang: Lang): string {
  const { fail, warn, passed, skipped } = report.counts;
  if (lang === "en") {
    return report.passed
      ? `PASS: ${passed} checks passed, ${warn} warning(s), ${skipped} not run`
      : `FAIL: ${fail} failure(s), ${warn} warning(s); ${passed} checks passed, ${skipped} not run`;
  }
  return report.passed
    ? `通过：${passed} 项检查通过，${warn} 项提示，${skipped} 项未查`
    : `不通过：${fail} 项不通过，${warn} 项提示；${passed} 项检查通过，${skipped} 项未查`;
}

/** The report sheet: verdict, findings, checks run (with why a check did not run) and tables found. */
export function planReviewReport(report: ReviewReport, options: ReportOptions = {}): SheetPlan {
  const lang = options.lang ?? "zh";
  const zh = lang === "zh";
  const b = new Builder();
  b.line("title", `${REVIEW_MARKER}${zh ? "：复核报告" : ": spot-check report"}`);
  b.line("heading", verdictText(report, lang));
  const about = [options.source, options.date].filter(Boolean).join("  ");
  if (about) b.line("note", about);
  b.skip();

  b.line("heading", zh ? "发现的问题" : "Findings");
  b.line(
    "label",
    ...(zh
      ? ["序号", "工作表", "单元格", "表", "规则", "严重程度", "填报值", "复核值", "说明", "规则说明", "依据", "公式"]
      : [
          "#",
          "sheet",
          "cell",
          "table",
          "rule",
          "severity",
          "stated",
          "recomputed",
          "detail",
          "rule text",
          "source",
          "formula",
        ]),
  );
  if (report.findings.length === 0) b.line("note", zh ? "无" : "none");
  report.findings.forEach((f, i) => {
    b.cell(0, "note", i + 1);
    b.cell(1, "note", f.sheet);
    if (f.cell) b.cell(2, "note", f.cell);
    if (f.table) b.cell(3, "note", tableName(lang, f.table));
    b.cell(4, "note", f.rule);
    b.cell(5, "note", SEVERITY[lang][f.severity]);
    valueCell(b, 6, f.stated, f.format);
    valueCell(b, 7, f.recomputed, f.format);
    if (f.note) b.cell(8, "note", pick(lang, f.note));
    b.cell(9, "note", zh ? f.zh : f.en);
    b.cell(10, "note", pick(lang, f.source));
    if (f.formula) b.cell(11, "note", f.formula);
    b.skip();
  });
  b.skip();

  b.line("heading", zh ? "检查项" : "Checks run");
  b.line(
    "label",
    ...(zh
      ? ["规则", "工作表", "表", "区域", "状态", "已查", "发现", "规则说明", "未查原因"]
      : ["rule", "sheet", "table", "range", "status", "checked", "flagged", "rule text", "why not run"]),
  );
  for (const c of report.checks) {
    b.cell(0, "note", c.rule);
    if (c.sheet) b.cell(1, "note", c.sheet);
    if (c.table) b.cell(2, "note", tableName(lang, c.table));
    if (c.tableRange) b.cell(3, "note", c.tableRange);
    b.cell(4, "note", SEVERITY[lang][c.status]);
    b.cell(5, "note", c.checked);
    b.cell(6, "note", c.flagged);
    b.cell(7, "note", zh ? c.zh : c.en);
    if (c.reasons.length > 0) b.cell(8, "note", c.reasons.map((r) => pick(lang, r)).join("；"));
    b.skip();
  }
  b.skip();

  b.line("heading", zh ? "找到的表" : "Tables found");
  b.line(
    "label",
    ...(zh
      ? ["工作表", "表", "区域", "行数", "合计行", "缺少的列"]
      : ["sheet", "table", "range", "rows", "total row", "missing columns"]),
  );
  for (const t of report.tables) {
    b.line(
      "note",
      t.sheet,
      zh ? t.zh : t.en,
      t.range,
      t.rows,
      t.total ? (zh ? "有" : "yes") : zh ? "无" : "no",
      t.missing.map((m) => (zh ? m.zh : m.en)).join(zh ? "、" : ", "),
    );
  }
  for (const s of report.skippedSheets) b.line("note", s.name, pick(lang, s.reason));

  return b.sheet(
    options.sheetName ?? (zh ? "复核报告" : "Review"),
    REVIEW_MARKER,
    [6, 16, 8, 22, 28, 8, 14, 14, 48, 48, 40, 24],
  );
}

const RATE_RULES = /^(sanlv\.|recovery\.|utilization\.)/;

/** Section 二 takes the findings on the resources and design tables; section 四 those on the rates. */
function section(f: Finding): "reserves" | "rates" | "other" {
  if (RATE_RULES.test(f.rule)) return "rates";
  return f.table === "design" || f.table === "resources" ? "reserves" : "other";
}

/** 达到 / 低于, on the stated and on the recomputed value when they disagree. */
function rateVerdict(rate: RateFact, lang: Lang): string {
  const zh = lang === "zh";
  if (rate.stated === undefined) return zh ? "未明确" : "not explicit";
  if (rate.minimum === undefined) return zh ? "无国家最低指标，未判定" : "no national minimum: not judged";
  const minimum = rate.minimum;
  const reaches = (x: number) => meetsMinimum(x, minimum);
  const stated = reaches(rate.stated);
  if (rate.recomputed === undefined || reaches(rate.recomputed) === stated) {
    return stated ? (zh ? "达到" : "reaches it") : zh ? "低于最低指标" : "below the minimum";
  }
  return stated
    ? zh
      ? "方案值达到，复核值低于最低指标"
      : "plan value reaches it, the recomputed one does not"
    : zh
      ? "方案值低于，复核值达到最低指标"
      : "plan value below, the recomputed one reaches it";
}

function findingLine(f: Finding, lang: Lang): string {
  const where = f.cell ? `${f.sheet}!${f.cell}` : f.sheet;
  const rule = lang === "en" ? f.en : f.zh;
  const note = f.note ? (lang === "en" ? f.note.en : f.note.zh) : "";
  return `${where}：${rule}${note ? `(${note})` : ""}`;
}

/**
 * A draft 专家审查意见书 (浙自然资规〔2025〕6号 附件 七): the 三率 of section 四 and the reserve figures of
 * section 二 filled from the workbook as checked, the review's findings offered in 五 as draft remarks, and the
 * conclusion (通过□ 不通过□), signatures and the expert list left blank for the expert group.
 */
export function planReviewOpinion(report: ReviewReport, facts: WorkbookFacts, options: OpinionOptions = {}): SheetPlan {
  const lang = options.lang ?? "zh";
  const zh = lang === "zh";
  const t = (z: string, e: string): string => (zh ? z : e);
  const b = new Builder();
  b.line("title", `${OPINION_MARKER}${t("：草稿", ": draft")}`);
  b.line("title", t("矿产资源开采方案 专家审查意见书", "Mining plan: expert review opinion (专家审查意见书)"));
  b.line(
    "note",
    t(
      "草稿：由 MINE 复核据工作簿生成(浙自然资规〔2025〕6号 附件 七 格式)。“三率”与资源储量数值取自工作簿；其余各节、审查结论与签名由专家组填写。",
      "Draft generated by the MINE spot-check from the workbook (format of 浙自然资规〔2025〕6号 annex 7). The rates and reserve figures come from the workbook; the other sections, the conclusion and the signatures are for the expert group.",
    ),
  );
  const about = [options.source, options.date].filter(Boolean).join("  ");
  if (about) b.line("note", about);
  b.skip();

  b.line("heading", t("前言", "Preamble"));
  b.line(
    "note",
    t("(简述评审过程，评审时间、地点、参加人员、评审方式等)", "(the review: when, where, who took part, how)"),
  );
  b.blank();
  b.skip();

  b.line("heading", t("一、矿业权基本情况。", "1. The mining right."));
  b.pair(t("矿山名称", "mine"), options.mine);
  b.pair(t("主矿种", "main mineral"), facts.mainMineral);
  const recovery = facts.rates.find((r) => r.indicator === "RECOVERY");
  b.pair(t("开采方式", "mining method"), recovery?.method);
  const co = facts.minerals.filter((m) => m.role === "co" || m.role === "associated");
  b.pair(
    t("共伴生矿产", "co- and by-products"),
    co.map((m) => `${m.mineral}(${m.role === "co" ? t("共生", "co") : t("伴生", "by")})`).join(t("、", ", ")),
  );
  b.skip();

  b.line("heading", t("二、资源储量利用的合理性意见。", "2. Use of the resources and reserves."));
  const r = facts.reserves[0];
  if (r) {
    const rows: [string, string, number | undefined, string][] = [
      ["保有资源量", "retained resources", r.retained, r.unit],
      ["压覆扣除", "overlaid, deducted", r.overlaid, r.unit],
      ["禁采区/境界外扣除", "excluded", r.excluded, r.unit],
      ["设计利用资源量", "usable resources", r.usable, r.unit],
      ["设计损失量", "design losses", r.losses, r.unit],
      ["设计可采储量", "design recoverable reserves", r.recoverable, r.unit],
    ];
    for (const [z, e, v, unit] of rows) {
      if (v === undefined) continue;
      b.cell(0, "label", t(z, e));
      b.cell(1, "note", v, NUMBER);
      if (unit) b.cell(2, "note", unit);
      b.skip();
    }
    if (r.designRecovery !== undefined) {
      b.cell(0, "label", t("设计开采回采率", "design mining recovery"));
      b.cell(1, "note", r.designRecovery, PERCENT);
      b.skip();
    }
    if (r.inferredFactors.length > 0) {
      b.pair(
        t("推断资源量设计利用系数", "design factor of inferred resources"),
        r.inferredFactors.map((k) => (Number.isNaN(k) ? t("(空)", "(blank)") : String(k))).join(", "),
      );
    }
    b.line("note", t(`(取自 ${r.sheet}!${r.range})`, `(from ${r.sheet}!${r.range})`));
  } else
    b.line(
      "note",
      t("(工作簿中没有设计利用资源量与设计可采储量计算表)", "(the workbook has no usable-resources table)"),
    );
  const reserveFindings = report.findings.filter((f) => section(f) === "reserves");
  for (const f of reserveFindings) b.line("note", t("复核：", "check: ") + findingLine(f, lang));
  b.blank();
  b.skip();

  b.line("heading", t("三、开采区域的合规性、合理性意见。", "3. Compliance and soundness of the mining area."));
  b.blank();
  b.skip();

  b.line(
    "heading",
    t("四、矿产资源开采与综合利用意见。明确“三率”指标。", "4. Mining and comprehensive utilisation: the three rates."),
  );
  b.line(
    "label",
    ...(zh
      ? ["指标", "矿种", "方案值", "复核值", "国家最低指标", "复核结论", "出处"]
      : ["indicator", "mineral", "plan value", "recomputed", "national minimum", "check", "source"]),
  );
  for (const rate of facts.rates) {
    b.cell(0, "note", t(INDICATOR_NAMES[rate.indicator].zh, INDICATOR_NAMES[rate.indicator].en));
    if (rate.mineral) b.cell(1, "note", rate.mineral);
    if (rate.stated !== undefined) b.cell(2, "note", rate.stated, PERCENT);
    else b.cell(2, "note", rate.statedText || t("(未填)", "(blank)"));
    if (rate.recomputed !== undefined) b.cell(3, "note", rate.recomputed, PERCENT);
    if (rate.minimum !== undefined) b.cell(4, "note", rate.minimum, PERCENT);
    b.cell(5, "note", rateVerdict(rate, lang));
    const source =
      rate.minimumFrom === "plan"
        ? t(`方案自列：${rate.minimumSource}`, `the plan's own: ${rate.minimumSource}`)
        : rate.minimumSource || (rate.reason ? pick(lang, rate.reason) : "");
    if (source) b.cell(6, "note", source);
    b.skip();
  }
  if (facts.rates.length === 0)
    b.line("note", t("(工作簿中没有三率指标汇总表)", "(the workbook has no summary of the three rates)"));
  const sentence = (["RECOVERY", "PROCESS", "UTILIZATION"] as const)
    .map((id) => {
      const rate = facts.rates.find((x) => x.indicator === id);
      const name = t(INDICATOR_NAMES[id].zh, INDICATOR_NAMES[id].en);
      return rate?.stated !== undefined
        ? `${name} ${Number((rate.stated * 100).toFixed(2))}%`
        : `${name}${t("(未明确)", " (not explicit)")}`;
    })
    .join(t("，", ", "));
  b.line("note", t(`方案确定的“三率”指标：${sentence}。`, `The plan's three rates: ${sentence}.`));
  const minerals = facts.utilization.flatMap((u) => u.minerals);
  if (minerals.length > 0) {
    b.line(
      "label",
      ...(zh
        ? ["矿种", "类别", "是否利用", "综合回收率", "保护措施"]
        : ["mineral", "role", "used", "combined recovery", "protection"]),
    );
    for (const m of minerals) {
      b.cell(0, "note", m.mineral);
      const role = {
        main: t("主矿产", "main"),
        co: t("共生", "co-product"),
        associated: t("伴生", "by-product"),
        unknown: "",
      }[m.role];
      if (role) b.cell(1, "note", role);
      if (m.used !== undefined) b.cell(2, "note", m.used ? t("是", "yes") : t("否", "no"));
      if (m.combined !== undefined) b.cell(3, "note", m.combined, PERCENT);
      if (m.protection) b.cell(4, "note", m.protection);
      b.skip();
    }
  }
  for (const f of report.findings.filter((x) => section(x) === "rates"))
    b.line("note", t("复核：", "check: ") + findingLine(f, lang));
  b.blank();
  b.skip();

  b.line("heading", t("五、说明与建议。", "5. Remarks and recommendations."));
  b.line(
    "note",
    t(
      "(复核发现的其他问题，供专家组参考；请删改)",
      "(other findings of the spot-check, for the expert group to keep or strike)",
    ),
  );
  const others = report.findings.filter((f) => section(f) === "other");
  others.forEach((f, i) => b.line("note", `${i + 1}. ${findingLine(f, lang)}`));
  if (report.findings.length === 0) b.line("note", t("复核未发现问题。", "The spot-check found nothing."));
  else if (others.length === 0) b.line("note", t("(其余发现已列于二、四)", "(the findings are listed under 2 and 4)"));
  b.blank();
  b.skip();

  b.line("heading", t("六、审查结论：通过□ 不通过□", "6. Conclusion: pass □ fail □"));
  b.line("note", t("(由专家组填写，本工具不作结论)", "(for the expert group; the tool draws no conclusion)"));
  b.blank();
  b.skip();

  b.line("label", t("专家组组长(签名)：", "Group leader (signature):"));
  b.line("label", t("年    月    日", "date"));
  b.skip();

  b.line("heading", t("审查专家组名单", "Expert group"));
  b.line(
    "label",
    ...(zh
      ? ["评审组", "姓名", "职务/职称", "专业", "单位", "签名"]
      : ["role", "name", "post / title", "speciality", "organisation", "signature"]),
  );
  for (const role of [
    t("组长", "leader"),
    t("成员", "member"),
    t("成员", "member"),
    t("成员", "member"),
    t("成员", "member"),
  ]) {
    b.cell(0, "label", role);
    for (let c = 1; c <= 5; c++) b.cell(c, "input", "");
    b.skip();
  }
  b.line("label", t("年    月    日", "date"));

  return b.sheet(
    options.sheetName ?? (zh ? "专家审查意见书" : "Review opinion"),
    OPINION_MARKER,
    [22, 16, 14, 14, 16, 28, 60],
  );
}
