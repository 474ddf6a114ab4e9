/**
 * 共伴生矿产综合利用表: each mineral's combined recovery, the 综合利用率 row as the arithmetic mean over every listed
 * mineral with an unused one counted as 0 (the legacy method the engine implements), the 共伴生矿产综合利用率 over the
 * co- and by-products only (共伴生, 共生, 伴生: the figures the national thresholds are set on), protection measures for
 * every mineral not used (浙自然资规〔2025〕6号 六, 附件 六.8), and — against the 资源储量表 — every co- and
 * by-product mineral listed.
 */
import { CoMineralScope, coMineralUtilization, combinedRecovery, utilizationRate } from "../utilization/utilization";
import { mineralKey } from "../standards/words";
import { MineralEntry, ROLE_NAMES, ResourcesFacts, Role, mineralNamed, roleInScope, roleOf } from "./checkReserves";
import { TableRow } from "./locate";
import { Stated } from "./read";
import { Recorder, Scope, agrees } from "./record";
import { RULES } from "./rules";
import { REASONS, TableCheck, figureOf, mean, percent } from "./tableCheck";
import { coMineralScopeOf } from "./indicators";

/** 是否利用: true, false, or undefined when blank or not understood. */
export function usedOf(text: string): boolean | undefined {
  const answer = text.trim();
  if (answer === "") return undefined;
  if (/^(否|无|不|未|暂不|暂未|暂缓|(no|not|n)\b|false|×|✗|✘)/i.test(answer)) return false;
  if (/^(是|有|利用|已利用|综合利用|回收|综合回收|y(es)?\b|true|√|✓|✔)/i.test(answer)) return true;
  return undefined;
}

export interface UtilizationMineral {
  readonly mineral: string;
  readonly key: string;
  readonly role: Role;
  /** The 矿产类别 cell as written (共伴生 is neither 共生 nor 伴生 alone). */
  readonly roleText: string;
  readonly used?: boolean;
  readonly protection: string;
  readonly miningRecovery?: number;
  readonly processRecovery?: number;
  readonly combined?: number;
}

export interface UtilizationFacts {
  readonly sheet: string;
  readonly range: string;
  readonly minerals: readonly UtilizationMineral[];
  /** The 综合利用率 row as stated, and where. */
  readonly total?: { readonly cell: string; readonly value: number };
  /** The mean over every listed mineral (0 for one not used), when every row could be read. */
  readonly recomputed?: number;
  /**
   * 共伴生矿产综合利用率 over the co- and by-products together, the co-products or the by-products only (the main
   * mineral left out), when every row could be read and the table lists such minerals.
   */
  readonly coMinerals: Readonly<Partial<Record<CoMineralScope, number>>>;
}

/** One mineral's row: its combined recovery recomputed, and its protection measures when it is not used. */
/** The words the engine reads a role from (utilization.ts), for a role a mineral's name carries ("伴生金"). */
const ROLE_WORDS: Readonly<Record<Role, string>> = { main: "主矿产", co: "共生", associated: "伴生", unknown: "" };

function checkMineral(check: TableCheck, row: TableRow): UtilizationMineral {
  const { reader } = check;
  const named = mineralNamed(reader.text(row, "mineral"));
  const mineral = named.mineral;
  const roleText = reader.text(row, "role") || ROLE_WORDS[named.role ?? "unknown"];
  const used = usedOf(reader.text(row, "used"));
  const protection = reader.text(row, "protection");
  const miningRecovery = check.input(row, "miningRecovery");
  const processRecovery = check.input(row, "processRecovery");
  check.derived(row, "combined", () => {
    if (miningRecovery !== undefined && processRecovery !== undefined) {
      return [combinedRecovery(miningRecovery, processRecovery)];
    }
    return used === false ? [0] : undefined;
  });
  const combined = reader.get(row, "combined");
  if (reader.isUncached(row, "used") || (used === false && reader.isUncached(row, "protection"))) {
    check.recorder.skip(RULES.protection, check.scope, REASONS.uncached);
  } else if (used === false) {
    const cell = row.cells.protection ?? row.cells.used;
    if (protection === "" && cell) {
      check.recorder.flag(RULES.protection, check.scope, {
        cell: cell.address,
        stated: protection,
        recomputed: null,
        format: "text",
        note: {
          zh: `${mineral} 不利用，但未写保护措施`,
          en: `${mineral} is not used but no protection measure is stated`,
        },
      });
    } else check.recorder.pass(RULES.protection, check.scope);
  }
  return {
    mineral,
    key: mineralKey(mineral),
    role: roleOf(roleText),
    roleText,
    ...(used !== undefined ? { used } : {}),
    protection,
    ...(miningRecovery !== undefined ? { miningRecovery } : {}),
    ...(processRecovery !== undefined ? { processRecovery } : {}),
    ...(combined?.kind === "number" ? { combined: combined.value } : {}),
  };
}

const CO_MINERAL_SCOPES = ["coAndAssociated", "co", "associated"] as const satisfies readonly CoMineralScope[];

/** The rates the 综合利用率 is computed from: every mineral's, 0 and 0 for one not used. */
interface RateLists {
  readonly miningRecoveries: number[];
  readonly processRecoveries: number[];
  /** m × p of the minerals used only: the 综合利用率 of a drafter who left the unused ones out. */
  readonly usedCombined: number[];
  /** Every row could be read. */
  complete: boolean;
}

function rateLists(minerals: readonly UtilizationMineral[]): RateLists {
  const lists: RateLists = { miningRecoveries: [], processRecoveries: [], usedCombined: [], complete: true };
  for (const { miningRecovery, processRecovery, used } of minerals) {
    if (miningRecovery !== undefined && processRecovery !== undefined) {
      lists.miningRecoveries.push(miningRecovery);
      lists.processRecoveries.push(processRecovery);
      const combined = figureOf(() => combinedRecovery(miningRecovery, processRecovery));
      if (combined === undefined) lists.complete = false;
      else if (used !== false) lists.usedCombined.push(combined);
    } else if (used === false) {
      lists.miningRecoveries.push(0);
      lists.processRecoveries.push(0);
    } else lists.complete = false;
  }
  return lists;
}

/**
 * The 综合利用率 row: the mean over every mineral (or of the stated combined recoveries), with the mistake of
 * averaging only the minerals used named.
 */
function checkTotal(
  check: TableCheck,
  total: TableRow,
  minerals: readonly UtilizationMineral[],
  lists: RateLists,
  recomputed: number | undefined,
): UtilizationFacts["total"] {
  // a total row named 共伴生矿产综合利用率 (共生, 伴生) states the co-/by-product figure, not the all-minerals mean
  const scope = coMineralScopeOf(total.label);
  if (scope) {
    const counted = minerals.filter((mineral) => roleInScope(mineral.role, scope));
    const statedCo = counted.flatMap((mineral) => (mineral.combined !== undefined ? [mineral.combined] : []));
    check.derived(
      total,
      "combined",
      () => {
        if (!lists.complete) return undefined;
        const figure = figureOf(() =>
          coMineralUtilization(
            lists.miningRecoveries,
            lists.processRecoveries,
            minerals.map((m) => m.roleText),
            scope,
          ),
        );
        if (figure === undefined) return undefined;
        return statedCo.length === counted.length && counted.length > 0 ? [figure, mean(statedCo)] : [figure];
      },
      { total: true },
    );
    return undefined;
  }
  const statedCombined = minerals.flatMap((mineral) => (mineral.combined !== undefined ? [mineral.combined] : []));
  const { usedCombined } = lists;
  const count = lists.miningRecoveries.length;
  check.derived(
    total,
    "combined",
    () => {
      if (recomputed === undefined) return undefined;
      const candidates = [recomputed];
      if (statedCombined.length === check.table.rows.length) candidates.push(mean(statedCombined));
      return candidates;
    },
    {
      total: true,
      diagnose: (stated: Stated, expected: number) => {
        if (usedCombined.length === 0 || usedCombined.length === count) return undefined;
        const usedMean = mean(usedCombined);
        return agrees(stated, usedMean)
          ? {
              note: {
                zh: `填报值 ${percent(usedMean)} 只平均了利用的 ${usedCombined.length} 个矿种；未利用的矿种须计 0，n = ${count}，应为 ${percent(expected)}`,
                en: `the stated ${percent(usedMean)} averages only the ${usedCombined.length} minerals used; one not used counts as 0 with n = ${count}: ${percent(expected)}`,
              },
            }
          : undefined;
      },
    },
  );
  const stated = check.reader.get(total, "combined");
  return stated?.kind === "number" ? { cell: stated.cell.address, value: stated.value } : undefined;
}

/** The 共伴生矿产综合利用表. */
export function checkUtilization(check: TableCheck): UtilizationFacts {
  const { table } = check;
  const minerals = table.rows.map((row) => checkMineral(check, row));
  const lists = rateLists(minerals);
  const recomputed =
    lists.complete && lists.miningRecoveries.length > 0
      ? figureOf(() => utilizationRate(lists.miningRecoveries, lists.processRecoveries))
      : undefined;
  const total = table.total ? checkTotal(check, table.total, minerals, lists, recomputed) : undefined;
  const coMinerals: Partial<Record<CoMineralScope, number>> = {};
  if (lists.complete) {
    const roles = minerals.map((mineral) => mineral.roleText);
    for (const scope of CO_MINERAL_SCOPES) {
      const figure = figureOf(() =>
        coMineralUtilization(lists.miningRecoveries, lists.processRecoveries, roles, scope),
      );
      if (figure !== undefined) coMinerals[scope] = figure;
    }
  }
  return {
    sheet: check.sheet,
    range: table.range,
    minerals,
    ...(total ? { total } : {}),
    ...(recomputed !== undefined ? { recomputed } : {}),
    coMinerals,
  };
}

/**
 * Every co- and by-product mineral of the 资源储量表 has a row in a 综合利用表 (flagged at its first cell in the
 * 资源储量表). Without a 资源储量表 there is nothing to compare with; a 资源储量表 that lists none has nothing to
 * check, unless its roles cannot be read (then the check is not done). Returns those left out: they count as not
 * used in the 共伴生 figure.
 */
export function checkCoMinerals(
  recorder: Recorder,
  resources: readonly ({ scope: Scope } & ResourcesFacts)[],
  utilization: readonly UtilizationFacts[],
): MineralEntry[] {
  const listed = new Set(utilization.flatMap((table) => table.minerals.map((mineral) => mineral.key)));
  const unlisted: MineralEntry[] = [];
  for (const { scope, minerals, rolesUnread } of resources) {
    if (rolesUnread) recorder.skip(RULES.utilizationMissing, scope, rolesUnread);
    const byProducts = minerals.filter((entry) => entry.role === "co" || entry.role === "associated");
    if (byProducts.length === 0) {
      if (!rolesUnread) {
        recorder.inapplicable(RULES.utilizationMissing, scope, {
          zh: "资源储量表中没有标为共生或伴生的矿产",
          en: "the resources table lists no co- or by-product mineral",
        });
      }
      continue;
    }
    for (const entry of byProducts) {
      if (listed.has(entry.key)) {
        recorder.pass(RULES.utilizationMissing, scope);
        continue;
      }
      unlisted.push(entry);
      const role = ROLE_NAMES[entry.role];
      recorder.flag(RULES.utilizationMissing, scope, {
        cell: entry.cell,
        stated: entry.mineral,
        recomputed: null,
        format: "text",
        note:
          utilization.length === 0
            ? {
                zh: `${entry.mineral}(${role.zh})：工作簿中没有综合利用表`,
                en: `${entry.mineral} (${role.en}): the workbook has no comprehensive-utilisation table`,
              }
            : {
                zh: `${entry.mineral}(${role.zh})不在综合利用表中：须列出，利用或写明保护措施`,
                en: `${entry.mineral} (${role.en}) is missing from the utilisation table: list it, used or with protection measures`,
              },
      });
    }
  }
  return unlisted;
}
