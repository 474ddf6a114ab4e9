/**
 * 三率指标汇总与达标判定表: each of the three rates stated as a number (浙自然资规〔2025〕6号 六 “指标不明确”),
 * not below the national minimum of the built-in table (六; 附件 六.5, 六.7, 六.8), the stated minimum and
 * verdict recomputed, and each rate equal to the table that computes it (the blocks' total, the balance's
 * concentrate, the utilisation table's total).
 */
import { Message, MineError } from "../errors";
import { Minimum, certainValue, findMinimum, sourceText } from "../standards";
import { meetsMinimum } from "../standards/minimum";
import { mineralKey } from "../standards/words";
import { BalanceFacts, BlocksFacts } from "./checkRecovery";
import { ReservesFacts } from "./checkReserves";
import { UtilizationFacts } from "./checkUtilization";
import { TableRow } from "./locate";
import { Stated } from "./read";
import { agrees } from "./record";
import { RULES, Rule, derivedRule } from "./rules";
import { TableCheck, percent } from "./tableCheck";

export type Indicator = "RECOVERY" | "PROCESS" | "UTILIZATION";

export const INDICATOR_NAMES: Readonly<Record<Indicator, Message>> = {
  RECOVERY: { zh: "开采回采率", en: "mining recovery" },
  PROCESS: { zh: "选矿回收率", en: "process recovery" },
  UTILIZATION: { zh: "综合利用率", en: "comprehensive utilisation" },
};

/** Which of the three rates an 指标 cell names (other indicators — 贫化率, 损失率 — are not checked here). */
export function indicatorOf(text: string): Indicator | undefined {
  const t = text.replace(/\s+/g, "").toLowerCase();
  if (/综合利用率|utili[sz]ation/.test(t)) return "UTILIZATION";
  if (/回采率|mining ?recovery|^recovery$/.test(t)) return "RECOVERY";
  if (/选矿回收率|选冶回收率|选矿|process/.test(t)) return "PROCESS";
  return undefined;
}

/** 是否达标: true, false, or undefined. */
export function verdictOf(text: string): boolean | undefined {
  const t = text.trim();
  if (/^(否|不|未|no\b|false|below|fails?\b|×|✗)/i.test(t)) return false;
  if (/^(是|达标|符合|满足|合格|yes\b|true|meets?\b|pass(es)?\b|√|✓)/i.test(t)) return true;
  return undefined;
}

const NOT_APPLICABLE = /^(不涉及|不适用|无|无选矿|n\/?a)$/i;

/** One of the three rates as the plan states it, with the minimum it was checked against. */
export interface RateFact {
  readonly indicator: Indicator;
  readonly mineral: string;
  readonly method: string;
  readonly condition: string;
  readonly sheet: string;
  readonly cell: string;
  /** As a fraction; undefined when not stated as a number. */
  readonly stated?: number;
  readonly statedText: string;
  /** The minimum used: from the built-in table, from the plan (no row in the table), or none. */
  readonly minimum?: number;
  readonly minimumFrom: "table" | "plan" | "none";
  /** The built-in row's source text, or the plan's 出处. */
  readonly minimumSource: string;
  readonly meets?: boolean;
  /** The rate recomputed from the table that computes it (the blocks weighted, the balance, the utilisation). */
  readonly recomputed?: number;
  /** Why no minimum was found, when none was. */
  readonly reason?: Message;
}

export interface SummaryContext {
  readonly mainMineral?: string;
  readonly blocks: readonly BlocksFacts[];
  readonly designs: readonly ReservesFacts[];
  readonly balances: readonly BalanceFacts[];
  readonly utilizations: readonly UtilizationFacts[];
}

/** The 三率指标汇总与达标判定表. */
export function checkSummary(tc: TableCheck, ctx: SummaryContext): RateFact[] {
  const { reader, table, rec, scope } = tc;
  const facts: RateFact[] = [];
  const present = new Set<Indicator>();
  for (const row of table.rows) {
    const indicator = indicatorOf(reader.text(row, "indicator"));
    if (!indicator) continue;
    present.add(indicator);
    const mineral = reader.text(row, "mineral");
    const method = reader.text(row, "method");
    const condition = reader.text(row, "condition");
    const value = reader.get(row, "value") as Stated;

    // 1. explicit
    let stated: number | undefined;
    if (value.kind === "number") {
      stated = value.value;
      rec.pass(RULES.explicit, scope);
    } else if (value.kind === "text" && NOT_APPLICABLE.test(value.text)) {
      rec.flag(RULES.notApplicable, scope, {
        cell: value.cell.address,
        stated: value.text,
        recomputed: null,
        format: "text",
      });
    } else {
      rec.flag(RULES.explicit, scope, {
        cell: value.cell.address,
        stated: value.text,
        recomputed: null,
        format: "text",
        ...(value.cell.formula ? { formula: value.cell.formula } : {}),
        note: {
          zh: `${INDICATOR_NAMES[indicator].zh}没有填写数值`,
          en: `${INDICATOR_NAMES[indicator].en} is not stated as a number`,
        },
      });
    }

    // 2. the minimum: built-in table, else the plan's own (with its source), else not checked
    let minimum: number | undefined;
    let minimumFrom: RateFact["minimumFrom"] = "none";
    let minimumSource = "";
    let reason: Message | undefined;
    let found: Minimum | undefined;
    try {
      found = findMinimum({ mineral, indicator: INDICATOR_NAMES[indicator].zh, method, condition });
      minimum = certainValue(found);
      minimumFrom = "table";
      minimumSource = sourceText(found);
    } catch (error) {
      if (!(error instanceof MineError)) throw error;
      reason = { zh: error.zh, en: error.en };
    }
    if (minimumFrom === "table" && minimum !== undefined) {
      const m = minimum;
      tc.derived(row, "minimum", () => [m], {
        diagnose: () => ({ note: { zh: minimumSource, en: minimumSource } }),
      });
    } else {
      const own = reader.get(row, "minimum");
      if (own?.kind === "number") {
        minimum = own.value;
        minimumFrom = "plan";
        minimumSource = reader.text(row, "source");
      } else if (reason) {
        rec.skip(RULES.minimum, scope, {
          zh: `${reader.text(row, "indicator")} ${mineral}：${reason.zh}`,
          en: `${reader.text(row, "indicator")} ${mineral}: ${reason.en}`,
        });
      }
    }

    let meets: boolean | undefined;
    if (stated !== undefined && minimum !== undefined) {
      meets = meetsMinimum(stated, minimum);
      if (meets) rec.pass(RULES.minimum, scope);
      else {
        rec.flag(RULES.minimum, scope, {
          cell: value.cell.address,
          stated,
          recomputed: minimum,
          format: "percent",
          ...(value.cell.formula ? { formula: value.cell.formula } : {}),
          note:
            minimumFrom === "table"
              ? {
                  zh: `${percent(stated)} 低于国家最低指标 ${percent(minimum)}：${minimumSource}`,
                  en: `${percent(stated)} is below the national minimum ${percent(minimum)}: ${minimumSource}`,
                }
              : {
                  zh: `${percent(stated)} 低于方案所列最低指标 ${percent(minimum)}(${minimumSource || "未注明出处"}；内置表无对应行)`,
                  en: `${percent(stated)} is below the plan's own minimum ${percent(minimum)} (${minimumSource || "no source given"}; not in the built-in table)`,
                },
        });
      }
      checkVerdict(tc, row, meets);
    }

    // 3. the same rate as the table that computes it
    if (stated !== undefined) consistent(tc, value, indicator, mineral, ctx);
    const recomputed = recomputedRate(indicator, mineral, ctx);

    facts.push({
      indicator,
      mineral,
      method,
      condition,
      sheet: tc.sheet,
      cell: value.cell.address,
      ...(stated !== undefined ? { stated } : {}),
      statedText: value.text,
      ...(minimum !== undefined ? { minimum } : {}),
      minimumFrom,
      minimumSource,
      ...(meets !== undefined ? { meets } : {}),
      ...(recomputed !== undefined ? { recomputed } : {}),
      ...(reason && minimumFrom === "none" ? { reason } : {}),
    });
  }
  const header = table.rows[0]?.cells.indicator?.address ?? table.range.split(":")[0];
  for (const indicator of ["RECOVERY", "PROCESS", "UTILIZATION"] as const) {
    if (present.has(indicator)) continue;
    rec.flag(RULES.explicit, scope, {
      cell: header,
      stated: null,
      recomputed: null,
      format: "text",
      note: {
        zh: `汇总表中没有“${INDICATOR_NAMES[indicator].zh}”一行`,
        en: `the summary table has no row for ${INDICATOR_NAMES[indicator].en}`,
      },
    });
  }
  return facts;
}

function checkVerdict(tc: TableCheck, row: TableRow, meets: boolean): void {
  const s = tc.reader.get(row, "meets");
  if (!s || s.kind === "blank") return;
  const rule = derivedRule(tc.table.kind, "meets", false);
  const stated = verdictOf(s.text);
  if (stated === undefined) {
    tc.unreadable("meets", s);
    return;
  }
  if (stated === meets) tc.rec.pass(rule, tc.scope);
  else {
    tc.rec.flag(rule, tc.scope, {
      cell: s.cell.address,
      stated: s.text,
      recomputed: meets ? "是" : "否",
      format: "text",
      ...(s.cell.formula ? { formula: s.cell.formula } : {}),
    });
  }
}

function isMain(mineral: string, main: string | undefined): boolean {
  return main === undefined || mineral === "" || mineralKey(mineral) === mineralKey(main);
}

/** The stated rate against the value of the table that computes it. */
function consistent(tc: TableCheck, value: Stated, indicator: Indicator, mineral: string, ctx: SummaryContext): void {
  const compare = (expected: number, where: string, rule: Rule = RULES.consistent, note?: Message) => {
    if (agrees(value, expected)) tc.rec.pass(rule, tc.scope);
    else {
      tc.rec.flag(rule, tc.scope, {
        cell: value.cell.address,
        stated: value.value,
        recomputed: expected,
        format: "percent",
        ...(value.cell.formula ? { formula: value.cell.formula } : {}),
        note: note ?? {
          zh: `与 ${where} 的 ${percent(expected)} 不一致`,
          en: `differs from ${percent(expected)} in ${where}`,
        },
      });
    }
  };
  if (indicator === "RECOVERY" && isMain(mineral, ctx.mainMineral)) {
    const withTotal = ctx.blocks.find((b) => b.total);
    const blocks = ctx.blocks.find((b) => b.weighted !== undefined);
    if (withTotal?.total) compare(withTotal.total.value, `${withTotal.sheet}!${withTotal.total.cell}`);
    else if (blocks?.weighted !== undefined) {
      // no total row: the summary itself is where the mine rate is stated, so it must be the weighted one
      const mean = blocks.simpleMean;
      const note =
        mean !== undefined && agrees(value, mean)
          ? {
              zh: `填报值等于 ${blocks.sheet} 各采区(矿块)的简单平均 ${percent(mean)}；加权应为 ${percent(blocks.weighted)}`,
              en: `the stated value is the simple mean of the blocks in ${blocks.sheet}, ${percent(mean)}; weighted it is ${percent(blocks.weighted)}`,
            }
          : undefined;
      compare(blocks.weighted, `${blocks.sheet}(Σ采出 ÷ Σ动用)`, RULES.weighted, note);
    } else {
      const design = ctx.designs.find((d) => d.designRecovery !== undefined);
      if (design?.designRecovery !== undefined) compare(design.designRecovery, `${design.sheet}!${design.range}`);
    }
  } else if (indicator === "PROCESS" && isMain(mineral, ctx.mainMineral)) {
    const balance = ctx.balances.find((b) => b.concentrates.length === 1 && b.concentrates[0].recovery !== undefined);
    const c = balance?.concentrates[0];
    if (balance && c?.recovery !== undefined) compare(c.recovery, `${balance.sheet}!${c.cell}`);
  } else if (indicator === "UTILIZATION") {
    const u = ctx.utilizations.find((x) => x.total || x.recomputed !== undefined);
    if (u?.total) compare(u.total.value, `${u.sheet}!${u.total.cell}`);
    else if (u?.recomputed !== undefined) compare(u.recomputed, `${u.sheet}!${u.range}`);
  }
}

/** The rate as the workbook's own tables compute it, when one of them does. */
function recomputedRate(indicator: Indicator, mineral: string, ctx: SummaryContext): number | undefined {
  if (indicator === "RECOVERY" && isMain(mineral, ctx.mainMineral)) {
    const blocks = ctx.blocks.find((b) => b.weighted !== undefined);
    if (blocks?.weighted !== undefined) return blocks.weighted;
    return ctx.designs.find((d) => d.designRecovery !== undefined)?.designRecovery;
  }
  if (indicator === "PROCESS" && isMain(mineral, ctx.mainMineral)) {
    const b = ctx.balances.find((x) => x.concentrates.length === 1);
    return b?.concentrates[0].recomputed;
  }
  if (indicator === "UTILIZATION") return ctx.utilizations.find((u) => u.recomputed !== undefined)?.recomputed;
  return undefined;
}
