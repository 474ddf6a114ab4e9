/**
 * The spot-check of a workbook (复核): find the six tables in every sheet, recompute every derived number from
 * the stated values of its own row, apply the reviewer rules, and report each discrepancy with its cell, the
 * stated and the recomputed value and the rule — and every check that ran, so that a workbook in which nothing
 * could be checked never passes silently: with no recognisable table the report fails (`workbook.no-table`).
 *
 * Pure: the taskpane hands it the sheets read through Excel, `npm run review` the sheets read by exceljs.
 */
import { Message } from "../errors";
import { TABLES, TableKind } from "../templates/columns";
import { SheetGrid, parseCellAddress } from "../workbook/sheetPlan";
import { MineralEntry, ReservesFacts, checkDesign, checkResources } from "./checkReserves";
import { BalanceFacts, BlocksFacts, checkBalance, checkBlocks } from "./checkRecovery";
import { RateFact, checkSummary } from "./checkSummary";
import { UtilizationFacts, checkCoMinerals, checkUtilization } from "./checkUtilization";
import { textOf } from "./grid";
import { LocatedTable, locateTables } from "./locate";
import { TableReader } from "./read";
import { CheckRun, CheckStatus, Finding, Recorder, Scope, statusOf } from "./record";
import { RULES } from "./rules";
import { TableCheck } from "./tableCheck";

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
}

export type CheckResult = CheckRun & { readonly status: CheckStatus };

export interface ReviewReport {
  readonly tables: readonly TableSummary[];
  readonly findings: readonly Finding[];
  readonly checks: readonly CheckResult[];
  /** Sheets not reviewed (the review's own report and opinion sheets). */
  readonly skippedSheets: readonly { readonly name: string; readonly reason: Message }[];
  readonly counts: {
    readonly fail: number;
    readonly warn: number;
    readonly checks: number;
    readonly passed: number;
    readonly skipped: number;
  };
  /** True when no finding fails (warnings do not fail a review). */
  readonly passed: boolean;
  readonly facts: WorkbookFacts;
}

function summaryOf(sheet: string, t: LocatedTable): TableSummary {
  return {
    sheet,
    kind: t.kind,
    zh: t.spec.zh,
    en: t.spec.en,
    range: t.range,
    rows: t.rows.length,
    total: t.total !== undefined,
    template: t.template,
    missing: t.missing.map((c) => ({ id: c.id, zh: c.zh, en: c.en })),
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

const ORDER: readonly TableKind[] = ["resources", "design", "blocks", "balance", "utilization", "summary"];

/** Reviews the sheets of a workbook. */
export function reviewWorkbook(sheets: readonly ReviewSheet[], options: ReviewOptions = {}): ReviewReport {
  const rec = new Recorder();
  const skippedSheets: { name: string; reason: Message }[] = [];
  const located: { sheet: string; table: LocatedTable }[] = [];
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

  // a formula without a saved result matters where the review reads it: inside a table
  for (const u of options.uncachedFormulas ?? []) {
    const at = located.find((l) => l.sheet === u.sheet && within(l.table, u.cell));
    if (!at) continue;
    rec.flag(
      RULES.noCachedResult,
      { sheet: u.sheet, table: at.table },
      { cell: u.cell, stated: null, recomputed: null, format: "text" },
    );
  }

  const resources: { scope: Scope; minerals: readonly MineralEntry[] }[] = [];
  const reserves: ReservesFacts[] = [];
  const blocks: BlocksFacts[] = [];
  const balances: BalanceFacts[] = [];
  const utilization: UtilizationFacts[] = [];
  const summaries: TableCheck[] = [];
  const byOrder = [...located].sort((a, b) => ORDER.indexOf(a.table.kind) - ORDER.indexOf(b.table.kind));
  for (const { sheet, table } of byOrder) {
    const tc = new TableCheck(rec, sheet, new TableReader(table));
    if (table.missing.length > 0) {
      rec.flag(RULES.missingColumns, tc.scope, {
        cell: table.range.split(":")[0],
        stated: null,
        recomputed: null,
        format: "text",
        note: {
          zh: `${table.spec.zh}缺少：${table.missing.map((c) => c.zh).join("、")}；该表未复核`,
          en: `${table.spec.en} lacks: ${table.missing.map((c) => c.en).join(", ")}; the table was not checked`,
        },
      });
      continue;
    }
    switch (table.kind) {
      case "resources":
        resources.push({ scope: tc.scope, minerals: checkResources(tc).minerals });
        break;
      case "design":
        reserves.push(checkDesign(tc));
        break;
      case "blocks":
        blocks.push(checkBlocks(tc));
        break;
      case "balance":
        balances.push(checkBalance(tc));
        break;
      case "utilization":
        utilization.push(checkUtilization(tc));
        break;
      case "summary":
        summaries.push(tc);
        break;
    }
  }
  checkCoMinerals(rec, resources, utilization);
  const minerals = resources.flatMap((r) => r.minerals);
  const mainMineral =
    minerals.find((m) => m.role === "main")?.mineral ??
    utilization.flatMap((u) => u.minerals).find((m) => m.role === "main")?.mineral;
  const rates = summaries.flatMap((tc) =>
    checkSummary(tc, {
      ...(mainMineral ? { mainMineral } : {}),
      blocks,
      designs: reserves,
      balances,
      utilizations: utilization,
    }),
  );
  if (summaries.length === 0 && located.length > 0) {
    rec.skip(
      RULES.explicit,
      { sheet: "" },
      {
        zh: `工作簿中没有${TABLES.summary.zh}：“三率”是否明确、是否达到最低指标未核对`,
        en: `the workbook has no ${TABLES.summary.en} table: whether the three rates are explicit and reach the minimums was not checked`,
      },
    );
  }
  if (located.length === 0) {
    rec.flag(
      RULES.noTable,
      { sheet: sheets[0]?.name ?? "" },
      {
        cell: "",
        stated: null,
        recomputed: null,
        format: "text",
        note: {
          zh: `在 ${sheets.length} 张工作表中未找到任何一张表(${ORDER.map((k) => TABLES[k].zh).join("、")})`,
          en: `none of the six tables was found in ${sheets.length} sheet(s)`,
        },
      },
    );
  }

  const checks: CheckResult[] = rec.checks().map((r) => ({ ...r, status: statusOf(r) }));
  const findings = rec.findings;
  const fail = findings.filter((f) => f.severity === "fail").length;
  return {
    tables: located.map(({ sheet, table }) => summaryOf(sheet, table)),
    findings,
    checks,
    skippedSheets,
    counts: {
      fail,
      warn: findings.length - fail,
      checks: checks.length,
      passed: checks.filter((c) => c.status === "pass").length,
      skipped: checks.filter((c) => c.status === "skipped").length,
    },
    passed: fail === 0,
    facts: {
      ...(mainMineral ? { mainMineral } : {}),
      minerals,
      reserves,
      blocks,
      balances,
      utilization,
      rates,
    },
  };
}
