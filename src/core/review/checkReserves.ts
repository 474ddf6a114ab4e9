/**
 * 资源储量表 and 设计利用资源量与设计可采储量计算表: resources and reserves not added together (GB/T 17766-2020),
 * 推断资源量 with a design utilisation factor below 1 (one 2025 review), 设计利用资源量, 设计损失量, 设计可采储量 and
 * 设计开采回采率 recomputed (浙自然资规〔2025〕6号 附件 六.5, 六.9), and every design loss deducted.
 */
import { Message } from "../errors";
import { tonnageShare } from "../mining/recovery";
import { checkedSum } from "../quantity";
import { recoverableReserves, usableResources } from "../reserves/reserves";
import { TABLES } from "../templates/columns";
import { mineralKey } from "../standards/words";
import { TableRow } from "./locate";
import { Stated } from "./read";
import { agrees, tolerance } from "./record";
import { RULES } from "./rules";
import { Diagnosis, TableCheck, percent, quantity, subsets } from "./tableCheck";
import { RESERVES } from "../parameters";
import { meetsMinimum } from "../standards/minimum";

/** What a 资源量类型 cell names: resource classes (探明/控制/推断), reserve classes (证实/可信), or both. */
export function classOf(text: string): { resource: boolean; reserve: boolean; inferred: boolean } {
  const t = text.replace(/\s+/g, "");
  const reserve = /证实|可信/.test(t) || /(^|[^资源基础])储量/.test(t);
  const resource = /探明|控制|推断|资源量/.test(t) || /^33[1-4]/.test(t);
  return { resource, reserve, inferred: /推断|^333|^334/.test(t) };
}

export type Role = "main" | "co" | "associated" | "unknown";

/** 主矿产 / 共生 / 伴生 from a 矿产类别 cell. */
export function roleOf(text: string): Role {
  if (/共/.test(text)) return "co";
  if (/伴/.test(text)) return "associated";
  if (/主/.test(text)) return "main";
  return "unknown";
}

export interface MineralEntry {
  readonly mineral: string;
  readonly key: string;
  readonly role: Role;
  /** sheet!A1 of the mineral's first cell. */
  readonly sheet: string;
  readonly cell: string;
}

export interface ResourcesFacts {
  readonly minerals: readonly MineralEntry[];
}

/** The 资源储量表: 资源量 and 储量 not added, within a row or in the total row. */
export function checkResources(tc: TableCheck): ResourcesFacts {
  const { reader, table, rec, scope } = tc;
  const minerals: MineralEntry[] = [];
  const seen = new Set<string>();
  let resourceRows = 0;
  let reserveRows = 0;
  for (const row of table.rows) {
    const mineral = reader.text(row, "mineral");
    const key = mineralKey(mineral);
    if (mineral !== "" && !seen.has(`${key}|${roleOf(reader.text(row, "role"))}`)) {
      seen.add(`${key}|${roleOf(reader.text(row, "role"))}`);
      minerals.push({
        mineral,
        key,
        role: roleOf(reader.text(row, "role")),
        sheet: tc.sheet,
        cell: row.cells.mineral.address,
      });
    }
    const category = reader.text(row, "category");
    const c = classOf(category);
    if (c.resource) resourceRows++;
    if (c.reserve) reserveRows++;
    if (c.resource && c.reserve) {
      rec.flag(RULES.notSummed, scope, {
        cell: row.cells.category.address,
        stated: category,
        recomputed: null,
        format: "text",
        note: { zh: "同一行把资源量类别与储量类别合在一起", en: "one row joins a resource class and a reserve class" },
      });
    } else rec.pass(RULES.notSummed, scope);
  }
  const total = table.total;
  const ore = total ? reader.get(total, "ore") : undefined;
  if (total && ore?.kind === "number" && resourceRows > 0 && reserveRows > 0) {
    // the total adds both kinds: over all rows, or over the rows of one mineral
    const groups = new Map<string, TableRow[]>([["", [...table.rows]]]);
    for (const row of table.rows) {
      const k = `m:${mineralKey(reader.text(row, "mineral"))}`;
      groups.set(k, [...(groups.get(k) ?? []), row]);
    }
    let found: { res: number; rsv: number } | undefined;
    for (const rows of groups.values()) {
      let res = 0;
      let rsv = 0;
      for (const row of rows) {
        const v = reader.get(row, "ore");
        if (v?.kind !== "number") continue;
        const c = classOf(reader.text(row, "category"));
        if (c.reserve) rsv += v.value;
        else if (c.resource) res += v.value;
      }
      if (res > 0 && rsv > 0 && agrees(ore, res + rsv)) {
        found = { res, rsv };
        break;
      }
    }
    if (found) {
      const unit = reader.unit("ore");
      rec.flag(RULES.notSummed, scope, {
        cell: ore.cell.address,
        stated: tc.shown("ore", ore.value),
        recomputed: tc.shown("ore", found.res),
        format: "number",
        unit,
        ...(ore.cell.formula ? { formula: ore.cell.formula } : {}),
        note: {
          zh: `合计 = 资源量 ${quantity(tc.shown("ore", found.res), unit)} + 储量 ${quantity(tc.shown("ore", found.rsv), unit)}；储量由探明、控制资源量转化而来，相加即重复计算`,
          en: `the total = resources ${quantity(tc.shown("ore", found.res), unit)} + reserves ${quantity(tc.shown("ore", found.rsv), unit)}; reserves come out of measured and indicated resources, so adding them counts twice`,
        },
      });
    } else rec.pass(RULES.notSummed, scope);
  }
  return { minerals };
}

export interface ReservesFacts {
  readonly sheet: string;
  readonly range: string;
  /** The unit of the tonnage columns as the header gives it ("万t"), "" when none. */
  readonly unit: string;
  /** Totals as stated (the total row, or the sum of the rows when there is none), in that unit. */
  readonly retained?: number;
  readonly overlaid?: number;
  readonly excluded?: number;
  readonly usable?: number;
  readonly losses?: number;
  readonly recoverable?: number;
  readonly designRecovery?: number;
  /** 设计利用系数 of the 推断 rows as stated (NaN when blank). */
  readonly inferredFactors: readonly number[];
}

const LOSS_ITEMS = ["pillarLoss", "slopeLoss", "safetyLoss", "stopeLoss", "otherLoss"] as const;

/** 设计开采回采率 = 设计可采储量 ÷ 设计利用资源量, refused with the engine's messages when it cannot be a share. */
function designRecoveryOf(recoverable: number, usable: number): number {
  return tonnageShare(recoverable, RESERVES.recoverableReserves, usable, RESERVES.usableResources);
}

function names(tc: TableCheck, row: TableRow, ids: readonly string[], values: readonly number[]): Message {
  const unit = tc.reader.unit(ids[0]);
  const parts = ids.map((id, i) => {
    const spec = TABLES.design.columns.find((c) => c.id === id);
    return {
      zh: spec?.zh ?? id,
      en: spec?.en ?? id,
      at: row.cells[id]?.address ?? "",
      v: quantity(tc.shown(id, values[i]), unit),
    };
  });
  return {
    zh: parts.map((p) => `${p.zh.replace(/[（(][^）)]*[）)]/, "")} ${p.at} = ${p.v}`).join("、"),
    en: parts.map((p) => `${p.en} ${p.at} = ${p.v}`).join(", "),
  };
}

/** The 设计利用资源量与设计可采储量计算表. */
export function checkDesign(tc: TableCheck): ReservesFacts {
  const { reader, table, rec, scope } = tc;
  const items = LOSS_ITEMS.filter((id) => reader.has(id));
  const inferredFactors: number[] = [];
  const rowRates: number[] = [];

  /** Nonzero itemised losses of a row, and their sum; undefined when one is unreadable. */
  const itemised = (row: TableRow) => {
    const values: number[] = [];
    for (const id of items) {
      const v = tc.input(row, id, 0);
      if (v === undefined) return undefined;
      values.push(v);
    }
    return { values, sum: values.reduce((a, b) => a + b, 0) };
  };

  /** A stated value that equals `whole − (Σitems − Σsubset)`: the subset was left out. */
  const omitted = (row: TableRow, s: Stated, whole: number, sign: 1 | -1): Message | undefined => {
    const it = itemised(row);
    if (!it || items.length === 0) return undefined;
    const nonzero = it.values.map((v, i) => ({ v, i })).filter((x) => x.v > 0);
    for (const subset of subsets(nonzero.length)) {
      const left = subset.reduce((a, j) => a + nonzero[j].v, 0);
      if (agrees(s, whole + sign * (it.sum - left))) {
        const ids = subset.map((j) => items[nonzero[j].i]);
        return names(
          tc,
          row,
          ids,
          subset.map((j) => nonzero[j].v),
        );
      }
    }
    return undefined;
  };

  for (const row of table.rows) {
    const category = reader.text(row, "category");
    const retained = tc.input(row, "retained");
    const overlaid = tc.input(row, "overlaid", 0);
    const excluded = tc.input(row, "excluded", 0);
    const factorCell = reader.get(row, "factor");
    const factor = tc.input(row, "factor");
    if (classOf(category).inferred) {
      inferredFactors.push(factor ?? NaN);
      if (factorCell && (factorCell.kind === "blank" || (factor !== undefined && meetsMinimum(factor, 1)))) {
        rec.flag(RULES.inferredFactor, scope, {
          cell: factorCell.cell.address,
          stated: factorCell.kind === "blank" ? "" : (factor ?? factorCell.text),
          recomputed: null,
          format: "number",
          ...(factorCell.cell.formula ? { formula: factorCell.cell.formula } : {}),
          note: {
            zh: "推断资源量按 1 全部计入设计利用资源量；请取小于 1 的系数(一份 2025 年审查取 0.8)并写明依据",
            en: "inferred resources are counted in full; use a factor below 1 (one 2025 review used 0.8) and state its basis",
          },
        });
      } else if (factorCell) rec.pass(RULES.inferredFactor, scope);
    }

    tc.derived(row, "usable", () => {
      if (retained === undefined || overlaid === undefined || excluded === undefined) return undefined;
      const k = factor ?? 1;
      const rest = retained - overlaid - excluded;
      return [usableResources(retained, [overlaid, excluded], Math.max(rest, 0), k)];
    });

    const usable = tc.input(row, "usable");
    const losses = tc.input(row, "losses");
    const recoverable = tc.input(row, "recoverable");
    if (items.length > 0) {
      tc.derived(
        row,
        "losses",
        () => {
          const it = itemised(row);
          return it ? [checkedSum(it.values, RESERVES.designLosses)] : undefined;
        },
        {
          covers: [RULES.allLosses],
          diagnose: (s, expected): Diagnosis | undefined => {
            const left = omitted(row, s, 0, 1);
            return left
              ? {
                  rule: RULES.allLosses,
                  note: {
                    zh: `设计损失量漏计：${left.zh}(分项合计 ${quantity(tc.shown("losses", expected), reader.unit("losses"))})`,
                    en: `design losses leave out: ${left.en} (itemised total ${quantity(tc.shown("losses", expected), reader.unit("losses"))})`,
                  },
                }
              : undefined;
          },
        },
      );
    }

    tc.derived(
      row,
      "recoverable",
      () => {
        if (usable === undefined) return undefined;
        const out: number[] = [];
        if (losses !== undefined) out.push(recoverableReserves(usable, [losses]));
        const it = items.length > 0 ? itemised(row) : undefined;
        if (it) out.push(recoverableReserves(usable, [it.sum]));
        return out.length > 0 ? out : undefined;
      },
      {
        covers: [RULES.allLosses],
        diagnose: (s): Diagnosis | undefined => {
          if (usable === undefined) return undefined;
          if (agrees(s, usable)) {
            return {
              rule: RULES.allLosses,
              note: { zh: "设计可采储量未扣减任何设计损失", en: "no design loss was deducted at all" },
            };
          }
          const left = omitted(row, s, usable, -1);
          return left
            ? {
                rule: RULES.allLosses,
                note: { zh: `设计可采储量漏减：${left.zh}`, en: `recoverable reserves leave out: ${left.en}` },
              }
            : undefined;
        },
      },
    );

    tc.derived(row, "designRecovery", () => {
      if (usable === undefined) return undefined;
      const out: number[] = [];
      if (recoverable !== undefined) out.push(designRecoveryOf(recoverable, usable));
      if (losses !== undefined) out.push(designRecoveryOf(recoverableReserves(usable, [losses]), usable));
      return out.length > 0 ? out : undefined;
    });
    const stated = reader.get(row, "designRecovery");
    if (stated?.kind === "number") rowRates.push(stated.value);
  }

  tc.sums(["retained", "overlaid", "excluded", "usable", ...items, "losses", "recoverable"]);
  const total = table.total;
  if (total) {
    tc.derived(
      total,
      "designRecovery",
      () => {
        const out: number[] = [];
        const u = tc.input(total, "usable");
        const c = tc.input(total, "recoverable");
        if (u !== undefined && c !== undefined) out.push(designRecoveryOf(c, u));
        let su = 0;
        let sc = 0;
        for (const row of table.rows) {
          const ru = tc.input(row, "usable");
          const rc = tc.input(row, "recoverable");
          if (ru === undefined || rc === undefined) return out.length > 0 ? out : undefined;
          su += ru;
          sc += rc;
        }
        out.push(designRecoveryOf(sc, su));
        return out;
      },
      {
        total: true,
        diagnose: (s, expected) => {
          if (rowRates.length < 2) return undefined;
          const mean = rowRates.reduce((a, b) => a + b, 0) / rowRates.length;
          return Math.abs(s.value - mean) <= tolerance(s, mean)
            ? {
                note: {
                  zh: `合计行等于各行的简单平均 ${percent(mean)}；加权应为 ${percent(expected)}`,
                  en: `the total equals the simple mean of the rows, ${percent(mean)}; weighted it is ${percent(expected)}`,
                },
              }
            : undefined;
        },
      },
    );
  }

  return { ...reservesFacts(tc), inferredFactors };
}

function reservesFacts(tc: TableCheck): Omit<ReservesFacts, "inferredFactors"> {
  const { reader, table } = tc;
  const value = (id: string): number | undefined => {
    if (!reader.has(id)) return undefined;
    if (table.total) {
      const s = reader.get(table.total, id);
      if (s?.kind === "number") return tc.shown(id, s.value);
    }
    if (id === "designRecovery") return undefined;
    let sum = 0;
    for (const row of table.rows) {
      const s = reader.get(row, id);
      if (s?.kind === "number") sum += s.value;
      else if (s?.kind !== "blank") return undefined;
    }
    return tc.shown(id, sum);
  };
  const usable = value("usable");
  const recoverable = value("recoverable");
  const rate = value("designRecovery") ?? (usable && recoverable !== undefined ? recoverable / usable : undefined);
  const facts: Record<string, number | undefined> = {
    retained: value("retained"),
    overlaid: value("overlaid"),
    excluded: value("excluded"),
    usable,
    losses: value("losses"),
    recoverable,
    designRecovery: rate,
  };
  const defined = Object.fromEntries(Object.entries(facts).filter(([, v]) => v !== undefined));
  return { sheet: tc.sheet, range: table.range, unit: reader.unit("retained") || reader.unit("usable"), ...defined };
}
