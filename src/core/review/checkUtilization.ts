/**
 * 共伴生矿产综合利用表: each mineral's combined recovery, the 综合利用率 as the arithmetic mean over every listed
 * mineral with an unused one counted as 0 (the legacy method the engine implements), protection measures for
 * every mineral not used (浙自然资规〔2025〕6号 六, 附件 六.8), and — against the 资源储量表 — every co- and
 * by-product mineral listed.
 */
import { combinedRecovery, utilizationRate } from "../utilization/utilization";
import { mineralKey } from "../standards/words";
import { MineralEntry, Role, roleOf } from "./checkReserves";
import { Stated } from "./read";
import { Recorder, Scope, agrees } from "./record";
import { RULES } from "./rules";
import { TableCheck, percent } from "./tableCheck";

/** 是否利用: true, false, or undefined when blank or not understood. */
export function usedOf(text: string): boolean | undefined {
  const t = text.trim();
  if (t === "") return undefined;
  if (/^(否|无|不|未|暂不|暂未|暂缓|(no|not|n)\b|false|×|✗|✘)/i.test(t)) return false;
  if (/^(是|有|利用|已利用|综合利用|回收|综合回收|y(es)?\b|true|√|✓|✔)/i.test(t)) return true;
  return undefined;
}

export interface UtilizationMineral {
  readonly mineral: string;
  readonly key: string;
  readonly role: Role;
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
}

/** The 共伴生矿产综合利用表. */
export function checkUtilization(tc: TableCheck): UtilizationFacts {
  const { reader, table, rec, scope } = tc;
  const minerals: UtilizationMineral[] = [];
  const ms: number[] = [];
  const ps: number[] = [];
  const statedCombined: number[] = [];
  const usedOnly: number[] = [];
  let complete = true;
  for (const row of table.rows) {
    const mineral = reader.text(row, "mineral");
    const used = usedOf(reader.text(row, "used"));
    const protection = reader.text(row, "protection");
    const m = tc.input(row, "miningRecovery");
    const p = tc.input(row, "processRecovery");
    tc.derived(row, "combined", () => {
      if (m !== undefined && p !== undefined) return [combinedRecovery(m, p)];
      return used === false ? [0] : undefined;
    });
    const c = reader.get(row, "combined");
    if (c?.kind === "number") statedCombined.push(c.value);
    if (used === false) {
      const cell = row.cells.protection ?? row.cells.used;
      if (protection === "" && cell) {
        rec.flag(RULES.protection, scope, {
          cell: cell.address,
          stated: protection,
          recomputed: null,
          format: "text",
          note: {
            zh: `${mineral} 不利用，但未写保护措施`,
            en: `${mineral} is not used but no protection measure is stated`,
          },
        });
      } else rec.pass(RULES.protection, scope);
    }
    if (m !== undefined && p !== undefined) {
      ms.push(m);
      ps.push(p);
      if (used !== false) usedOnly.push(m * p);
    } else if (used === false) {
      ms.push(0);
      ps.push(0);
    } else complete = false;
    minerals.push({
      mineral,
      key: mineralKey(mineral),
      role: roleOf(reader.text(row, "role")),
      ...(used !== undefined ? { used } : {}),
      protection,
      ...(m !== undefined ? { miningRecovery: m } : {}),
      ...(p !== undefined ? { processRecovery: p } : {}),
      ...(c?.kind === "number" ? { combined: c.value } : {}),
    });
  }
  const recomputed = complete && ms.length > 0 ? utilizationRate(ms, ps) : undefined;
  const total = table.total;
  let totalFact: UtilizationFacts["total"];
  if (total) {
    tc.derived(
      total,
      "combined",
      () => {
        if (recomputed === undefined) return undefined;
        const out = [recomputed];
        if (statedCombined.length === table.rows.length) {
          out.push(statedCombined.reduce((a, b) => a + b, 0) / statedCombined.length);
        }
        return out;
      },
      {
        total: true,
        diagnose: (s: Stated, expected: number) => {
          if (usedOnly.length === 0 || usedOnly.length === ms.length) return undefined;
          const m = usedOnly.reduce((a, b) => a + b, 0) / usedOnly.length;
          return agrees(s, m)
            ? {
                note: {
                  zh: `填报值 ${percent(m)} 只平均了利用的 ${usedOnly.length} 个矿种；未利用的矿种须计 0，n = ${ms.length}，应为 ${percent(expected)}`,
                  en: `the stated ${percent(m)} averages only the ${usedOnly.length} minerals used; one not used counts as 0 with n = ${ms.length}: ${percent(expected)}`,
                },
              }
            : undefined;
        },
      },
    );
    const s = reader.get(total, "combined");
    if (s?.kind === "number") totalFact = { cell: s.cell.address, value: s.value };
  }
  return {
    sheet: tc.sheet,
    range: table.range,
    minerals,
    ...(totalFact ? { total: totalFact } : {}),
    ...(recomputed !== undefined ? { recomputed } : {}),
  };
}

/**
 * Every co- and by-product mineral of the 资源储量表 has a row in a 综合利用表 (flagged at its first cell in the
 * 资源储量表). Without a 资源储量表 there is nothing to compare with.
 */
export function checkCoMinerals(
  rec: Recorder,
  resources: readonly { scope: Scope; minerals: readonly MineralEntry[] }[],
  utilization: readonly UtilizationFacts[],
): void {
  const listed = new Set(utilization.flatMap((u) => u.minerals.map((m) => m.key)));
  for (const { scope, minerals } of resources) {
    const co = minerals.filter((m) => m.role === "co" || m.role === "associated");
    if (co.length === 0) {
      rec.skip(RULES.utilizationMissing, scope, {
        zh: "资源储量表中没有标为共生或伴生的矿产",
        en: "the resources table lists no co- or by-product mineral",
      });
      continue;
    }
    for (const m of co) {
      if (listed.has(m.key)) {
        rec.pass(RULES.utilizationMissing, scope);
        continue;
      }
      rec.flag(RULES.utilizationMissing, scope, {
        cell: m.cell,
        stated: m.mineral,
        recomputed: null,
        format: "text",
        note:
          utilization.length === 0
            ? {
                zh: `${m.mineral}(${m.role === "co" ? "共生" : "伴生"})：工作簿中没有综合利用表`,
                en: `${m.mineral} (${m.role === "co" ? "co-product" : "by-product"}): the workbook has no comprehensive-utilisation table`,
              }
            : {
                zh: `${m.mineral}(${m.role === "co" ? "共生" : "伴生"})不在综合利用表中：须列出，利用或写明保护措施`,
                en: `${m.mineral} (${m.role === "co" ? "co-product" : "by-product"}) is missing from the utilisation table: list it, used or with protection measures`,
              },
      });
    }
  }
}
