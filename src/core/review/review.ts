/**
 * The spot-check of a workbook (复核): find the drafting tables in every sheet, recompute every derived number from
 * the stated values of its own row, apply the reviewer rules, and report each discrepancy with its cell, the
 * stated and the recomputed value and the rule — and every check that ran, and why some could not, so that what
 * was not checked is never passed. The verdict is one of three:
 * - `fail` (不通过): a check fails;
 * - `undecided` (无法判定，须人工核对): none fails, but a check that could fail the review could not be done, here
 *   or on some cells (no minimum for the mineral, a number that cannot be read, a formula saved without a result,
 *   a missing table — with no recognisable table at all, `workbook.no-table`);
 * - `pass` (通过): every such check ran wherever it applies and none fails. Warnings (提示) never fail a review, so
 *   a warning's check left undone is listed and counted but does not keep the review from passing.
 *
 * Pure: the taskpane hands it the sheets read through Excel, `npm run review` the sheets read by exceljs.
 */
import { Message } from "../errors";
import { TABLES, TableKind } from "../templates/columns";
import { SheetGrid, parseCellAddress } from "../workbook/sheetPlan";
import { MineralEntry, ReservesFacts, ResourcesFacts, checkDesign, checkResources } from "./checkReserves";
import { BalanceFacts, BlocksFacts, checkBalance, checkBlocks } from "./checkRecovery";
import { RateFact, checkSummary } from "./checkSummary";
import { UtilizationFacts, checkCoMinerals, checkUtilization } from "./checkUtilization";
import { mineralNamedIn, methodNamedIn } from "./caption";
import { knownMineral } from "../standards/words";
import { LicenceFacts, checkCorners } from "./checkLicence";
import { LifeFacts, checkLife } from "./checkLife";
import { cellRanges, textOf } from "./grid";
import { LocatedTable, locateTables } from "./locate";
import { TableReader } from "./read";
import { CheckRun, CheckStatus, Finding, Recorder, Scope, isUndone, statusOf } from "./record";
import { RULES } from "./rules";
import { TableCheck } from "./tableCheck";
import { commaList } from "../text";

/** A1 of the report sheet and of the opinion draft: sheets the review wrote are never reviewed. */
export const REVIEW_MARKER = "MINE 复核 | MINE review";
export const OPINION_MARKER = "MINE 审查意见书 | MINE review opinion";

export interface ReviewSheet {
  readonly name: string;
  readonly grid: SheetGrid;
}

export interface ReviewOptions {
  /** Formula cells saved without a result (the reader knows; a grid cannot tell them from a formula giving ""). */
  readonly uncachedFormulas?: readonly { readonly sheet: string; readonly cell: string }[];
}

export interface TableSummary {
  readonly sheet: string;
  readonly kind: TableKind;
  readonly zh: string;
  readonly en: string;
  readonly range: string;
  readonly rows: number;
  readonly total: boolean;
  readonly template: boolean;
  /** Required columns the header lacks (then the table was not checked). */
  readonly missing: readonly { readonly id: string; readonly zh: string; readonly en: string }[];
}

export interface WorkbookFacts {
  readonly mainMineral?: string;
  /** Minerals of the 资源储量表 (first row of each mineral and role). */
  readonly minerals: readonly MineralEntry[];
  readonly reserves: readonly ReservesFacts[];
  readonly blocks: readonly BlocksFacts[];
  readonly balances: readonly BalanceFacts[];
  readonly utilization: readonly UtilizationFacts[];
  /** The three rates as the summary table states them, with the minimum each was checked against. */
  readonly rates: readonly RateFact[];
  /** The licence areas the corner tables give, and the areas the plan states. */
  readonly licences: readonly LicenceFacts[];
  /** The scale, minimum scale, service life and construction period the plan's sentences state (附件 六.6). */
  readonly life: LifeFacts;
}

export type CheckResult = CheckRun & { readonly status: CheckStatus };

/** The review's conclusion: a check fails; none fails but one could not be done (须人工核对); every check passed. */
export type Verdict = "pass" | "fail" | "undecided";

export interface ReviewReport {
  readonly tables: readonly TableSummary[];
  readonly findings: readonly Finding[];
  readonly checks: readonly CheckResult[];
  /** Sheets not reviewed (the review's own report and opinion sheets). */
  readonly skippedSheets: readonly { readonly name: string; readonly reason: Message }[];
  readonly counts: {
    /** Findings that fail, findings that warn. */
    readonly fail: number;
    readonly warn: number;
    /** Checks (a rule on a table): all, passed everywhere, left undone (not run, or not on every cell), with nothing to check. */
    readonly checks: number;
    readonly passed: number;
    readonly skipped: number;
    readonly inapplicable: number;
  };
  readonly verdict: Verdict;
  /** True only when the verdict is pass: no check fails and none that could fail was left undone. */
  readonly passed: boolean;
  readonly facts: WorkbookFacts;
}

function summaryOf(sheet: string, table: LocatedTable): TableSummary {
  return {
    sheet,
    kind: table.kind,
    zh: table.spec.zh,
    en: table.spec.en,
    range: table.range,
    rows: table.rows.length,
    total: table.total !== undefined,
    template: table.template,
    missing: table.missing.map((column) => ({ id: column.id, zh: column.zh, en: column.en })),
  };
}

function within(table: LocatedTable, address: string): boolean {
  try {
    const { row, column } = parseCellAddress(address);
    return row >= table.headerRow && row <= table.endRow && column >= table.firstColumn && column <= table.lastColumn;
  } catch {
    return false;
  }
}

const ORDER: readonly TableKind[] = ["resources", "design", "blocks", "balance", "utilization", "summary", "corners"];

interface Located {
  readonly sheet: string;
  readonly table: LocatedTable;
}

/** The tables of every sheet, and the sheets set aside: those the review itself wrote. */
function locateAll(sheets: readonly ReviewSheet[]): {
  located: Located[];
  skippedSheets: ReviewReport["skippedSheets"];
} {
  const located: Located[] = [];
  const skippedSheets: { name: string; reason: Message }[] = [];
  for (const { name, grid } of sheets) {
    const a1 = textOf(grid.values[0]?.[0]);
    if (a1.startsWith(REVIEW_MARKER) || a1.startsWith(OPINION_MARKER)) {
      skippedSheets.push({
        name,
        reason: { zh: "复核工具写出的报告或意见书", en: "a report or opinion the review wrote" },
      });
      continue;
    }
    for (const table of locateTables(grid)) located.push({ sheet: name, table });
  }
  return { located, skippedSheets };
}

/** The formula cells saved without a result, by sheet. */
function uncachedBySheet(uncached: ReviewOptions["uncachedFormulas"]): Map<string, Set<string>> {
  const bySheet = new Map<string, Set<string>>();
  for (const { sheet, cell } of uncached ?? []) bySheet.set(sheet, (bySheet.get(sheet) ?? new Set()).add(cell));
  return bySheet;
}

/**
 * A formula without a saved result matters where the review reads it: inside a table. Said once per table, with
 * the cells as ranges; the checks that need them say they were not done.
 */
function flagUncached(recorder: Recorder, located: readonly Located[], uncached: Map<string, Set<string>>): void {
  for (const { sheet, table } of located) {
    const cells = [...(uncached.get(sheet) ?? [])].filter((cell) => within(table, cell)).map(parseCellAddress);
    if (cells.length === 0) continue;
    const ranges = cellRanges(cells);
    const listed = ranges.join(", ");
    recorder.flag(
      RULES.noCachedResult,
      { sheet, table },
      {
        cell: ranges[0].split(":")[0],
        stated: null,
        recomputed: null,
        format: "text",
        note: {
          zh: `${cells.length} 个公式单元格没有保存计算结果：${ranges.join("、")}；依赖它们的检查未做，结论须人工核对`,
          en: `${cells.length} formula cell(s) saved without a result: ${listed}; the checks that need them were not done and need a manual check`,
        },
      },
    );
  }
}

/** What each table's check found, by kind; the summary tables are kept to be checked once the others are. */
interface TableFacts {
  readonly resources: ({ scope: Scope } & ResourcesFacts)[];
  readonly reserves: ReservesFacts[];
  readonly blocks: BlocksFacts[];
  readonly balances: BalanceFacts[];
  readonly utilization: UtilizationFacts[];
  readonly summaries: TableCheck[];
  readonly licences: LicenceFacts[];
}

/**
 * A table that lacks a column every one of its rules needs is reported, not checked: its checks did not run, so
 * the review cannot pass on it (须人工核对), but a drafter's layout is not a failure of the plan.
 */
function skipMissingColumns(recorder: Recorder, check: TableCheck): void {
  const { table } = check;
  const missing = commaList(table.missing);
  recorder.skip(RULES.missingColumns, check.scope, {
    zh: `${check.sheet}!${table.range} ${table.spec.zh}缺少：${missing.zh}；该表未复核`,
    en: `${check.sheet}!${table.range} ${table.spec.en} lacks: ${missing.en}; the table was not checked`,
  });
}

/** Checks every table in the order in which each needs the others' facts (the summary last). */
function checkTables(recorder: Recorder, located: readonly Located[], uncached: Map<string, Set<string>>): TableFacts {
  const facts: TableFacts = {
    resources: [],
    reserves: [],
    blocks: [],
    balances: [],
    utilization: [],
    summaries: [],
    licences: [],
  };
  const byOrder = [...located].sort((a, b) => ORDER.indexOf(a.table.kind) - ORDER.indexOf(b.table.kind));
  for (const { sheet, table } of byOrder) {
    const check = new TableCheck(recorder, sheet, new TableReader(table, uncached.get(sheet)));
    if (table.missing.length > 0) {
      skipMissingColumns(recorder, check);
      continue;
    }
    switch (table.kind) {
      case "resources":
        facts.resources.push({ scope: check.scope, ...checkResources(check) });
        break;
      case "design":
        facts.reserves.push(checkDesign(check));
        break;
      case "blocks":
        facts.blocks.push(checkBlocks(check));
        break;
      case "balance":
        facts.balances.push(checkBalance(check));
        break;
      case "utilization":
        facts.utilization.push(checkUtilization(check));
        break;
      case "summary":
        facts.summaries.push(check);
        break;
      case "corners":
        facts.licences.push(checkCorners(check, [...table.caption, ...table.footer]));
        break;
    }
  }
  return facts;
}

/**
 * Workbook-level: the summary table's rules did not run without one; with no table at all nothing was checked, and
 * the review cannot be decided (never passed).
 */
function checkWorkbook(
  recorder: Recorder,
  sheets: readonly ReviewSheet[],
  located: readonly Located[],
  summaries: number,
  reserves: readonly ReservesFacts[],
): void {
  if (located.length === 0) {
    recorder.skip(
      RULES.noTable,
      { sheet: sheets[0]?.name ?? "" },
      {
        zh: `在 ${sheets.length} 张工作表中未找到任何一张表(${ORDER.map((kind) => TABLES[kind].zh).join("、")})：什么也没有复核`,
        en: `none of the ${ORDER.length} tables was found in ${sheets.length} sheet(s): nothing was checked`,
      },
    );
    return;
  }
  if (reserves.length > 0 && reserves.every((table) => table.retained === undefined)) {
    recorder.skip(
      RULES.overlaidOnly,
      { sheet: "" },
      {
        zh: `${TABLES.design.zh}都没有保有资源量列：设计利用资源量是否只扣压覆(附件 六.5)未核对`,
        en: `no ${TABLES.design.en} table has a retained-resources column: whether only overlaid resources were deducted (annex 6.5) was not checked`,
      },
    );
  }
  if (summaries === 0) {
    recorder.skip(
      RULES.explicit,
      { sheet: "" },
      {
        zh: `工作簿中没有${TABLES.summary.zh}：“三率”是否明确、是否达到最低指标未核对`,
        en: `the workbook has no ${TABLES.summary.en} table: whether the three rates are explicit and reach the minimums was not checked`,
      },
    );
  }
}

/** Whether a check that could fail the review (a 不通过 rule) was left undone: then the review cannot pass. */
export function undecides(check: CheckResult): boolean {
  return check.severity === "fail" && isUndone(check);
}

/** fail when a check fails; else undecided when a check that could fail was left undone; else pass. */
function verdictOf(fail: number, checks: readonly CheckResult[]): Verdict {
  if (fail > 0) return "fail";
  return checks.some(undecides) ? "undecided" : "pass";
}

/** The checks that ran with their status, the counts, and the verdict. */
function outcome(recorder: Recorder): Pick<ReviewReport, "findings" | "checks" | "counts" | "verdict" | "passed"> {
  const checks: CheckResult[] = recorder.checks().map((run) => ({ ...run, status: statusOf(run) }));
  const findings = recorder.findings;
  const fail = findings.filter((finding) => finding.severity === "fail").length;
  const verdict = verdictOf(fail, checks);
  return {
    findings,
    checks,
    counts: {
      fail,
      warn: findings.length - fail,
      checks: checks.length,
      passed: checks.filter((check) => check.status === "pass").length,
      skipped: checks.filter(isUndone).length,
      inapplicable: checks.filter((check) => check.status === "inapplicable").length,
    },
    verdict,
    passed: verdict === "pass",
  };
}

/**
 * What the workbook says of its minerals: the main one (the resources table's, the utilisation table's, else what
 * the titles or, failing them, the notes under the tables name — "某金矿", "矿体为层状磁铁矿"; one the standards know
 * before an assay such as P₂O₅), the titles and sheet names (caption.ts reads a method there too), and the co- and
 * by-products the tables list.
 */
function mineralsOfPlan(
  located: readonly Located[],
  minerals: readonly MineralEntry[],
  utilization: readonly UtilizationFacts[],
): { mainMineral?: string; captions: string[]; coMinerals: string[] } {
  const captions = located.flatMap(({ sheet, table }) => [sheet, ...table.caption]);
  const footers = located.flatMap(({ table }) => table.footer);
  const listed = [...minerals, ...utilization.flatMap((table) => table.minerals)];
  const candidates = [
    minerals.find((entry) => entry.role === "main")?.mineral,
    utilization.flatMap((table) => table.minerals).find((entry) => entry.role === "main")?.mineral,
    mineralNamedIn(captions),
    mineralNamedIn(footers),
  ].filter((mineral): mineral is string => mineral !== undefined);
  const mainMineral = candidates.find((mineral) => knownMineral(mineral) !== undefined) ?? candidates[0];
  const coMinerals = [
    ...new Set(listed.filter((entry) => entry.role === "co" || entry.role === "associated").map((e) => e.mineral)),
  ];
  return { ...(mainMineral ? { mainMineral } : {}), captions, coMinerals };
}

/** Reviews the sheets of a workbook. */
export function reviewWorkbook(sheets: readonly ReviewSheet[], options: ReviewOptions = {}): ReviewReport {
  const recorder = new Recorder();
  const { located, skippedSheets } = locateAll(sheets);
  const uncached = uncachedBySheet(options.uncachedFormulas);
  flagUncached(recorder, located, uncached);
  const { resources, reserves, blocks, balances, utilization, summaries, licences } = checkTables(
    recorder,
    located,
    uncached,
  );
  const unlisted = checkCoMinerals(recorder, resources, utilization);
  const reviewed = sheets.filter(({ name }) => !skippedSheets.some((skipped) => skipped.name === name));
  const life = checkLife(recorder, reviewed, reserves);
  const minerals = resources.flatMap((table) => table.minerals);
  const { mainMineral, captions, coMinerals } = mineralsOfPlan(located, minerals, utilization);
  const rates = summaries.flatMap((check) => {
    const own = [check.sheet, ...check.table.caption];
    const mineral = mineralNamedIn(own) ?? mainMineral;
    const method = methodNamedIn(own) ?? methodNamedIn(captions);
    return checkSummary(check, {
      ...(mineral ? { mainMineral: mineral } : {}),
      ...(method ? { method } : {}),
      coMinerals,
      unlisted,
      blocks,
      designs: reserves,
      balances,
      utilizations: utilization,
    });
  });
  checkWorkbook(recorder, sheets, located, summaries.length, reserves);
  const { findings, checks, counts, verdict, passed } = outcome(recorder);
  return {
    tables: located.map(({ sheet, table }) => summaryOf(sheet, table)),
    findings,
    checks,
    skippedSheets,
    counts,
    verdict,
    passed,
    facts: {
      ...(mainMineral ? { mainMineral } : {}),
      minerals,
      reserves,
      blocks,
      balances,
      utilization,
      rates,
      licences,
      life,
    },
  };
}
