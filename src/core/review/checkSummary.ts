/**
 * 三率指标汇总与达标判定表: each of the three rates stated as a number (浙自然资规〔2025〕6号 六 “指标不明确”),
 * not below the national minimum of the built-in table (六; 附件 六.5, 六.7, 六.8), the stated minimum and
 * verdict recomputed, and each rate equal to the table that computes it (the blocks' total, the balance's
 * concentrate, the utilisation table's total). A 共伴生 threshold (磷 共伴生 45%; 金 共生 60%, 伴生 40%) is held against the
 * 共伴生矿产综合利用率 the utilisation table gives over the co- and/or by-products only, never against a mean that
 * includes the main mineral, so a well-recovered main mineral cannot mask an unused by-product.
 */
import { Message, MineError } from "../errors";
import { MinimumQuery, findMinimum, isUnverified, minimumChoices, sourceText } from "../standards";
import { meetsMinimum } from "../standards/minimum";
import { mineralKey } from "../standards/words";
import { same, wordList } from "../text";
import { CoMineralScope } from "../utilization/utilization";
import { messages } from "../messages";
import { BalanceFacts, BlocksFacts } from "./checkRecovery";
import { ReservesFacts } from "./checkReserves";
import { UtilizationFacts } from "./checkUtilization";
import { TableRow } from "./locate";
import { Stated } from "./read";
import { agrees } from "./record";
import { RULES, Rule, derivedRule } from "./rules";
import { REASONS, TableCheck, percent } from "./tableCheck";
import { INDICATORS, INDICATOR_NAMES, Indicator, indicatorOf } from "./indicators";

/** 是否达标: true, false, or undefined. */
export function verdictOf(text: string): boolean | undefined {
  const answer = text.trim();
  if (/^(否|不|未|no\b|false|below|fails?\b|×|✗)/i.test(answer)) return false;
  if (/^(是|达标|符合|满足|合格|yes\b|true|meets?\b|pass(es)?\b|√|✓)/i.test(answer)) return true;
  return undefined;
}

/** What drafters write for a rate that does not apply: words, or a dash or slash typed on purpose. */
const NOT_APPLICABLE = /^(不涉及|不适用|无|无选矿|无共伴生矿产|n\/?a)$/i;

/** Whether a stated value says the rate does not apply (an empty cell says nothing: the rate is not stated). */
function notApplicable(value: Stated): boolean {
  return (
    (value.kind === "text" || value.kind === "blank") &&
    value.text !== "" &&
    (value.kind === "blank" || NOT_APPLICABLE.test(value.text))
  );
}

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
  /** The mining method the plan's titles name (露天 or 地下), for rows that do not say. */
  readonly method?: string;
  /** The co- and by-products the resources and utilisation tables list: a 综合利用率 applies to them. */
  readonly coMinerals: readonly string[];
  readonly blocks: readonly BlocksFacts[];
  readonly designs: readonly ReservesFacts[];
  readonly balances: readonly BalanceFacts[];
  readonly utilizations: readonly UtilizationFacts[];
}

/** The rate as a number, flagged as not explicit (or as "not applicable", for the reviewer) when it is not one. */
function explicitRate(check: TableCheck, value: Stated, indicator: Indicator): number | undefined {
  if (value.kind === "uncached") {
    check.recorder.skip(RULES.explicit, check.scope, REASONS.uncached);
    return undefined;
  }
  if (value.kind === "number") {
    check.recorder.pass(RULES.explicit, check.scope);
    return value.value;
  }
  if (notApplicable(value)) {
    check.recorder.flag(RULES.notApplicable, check.scope, {
      cell: value.cell.address,
      stated: value.text,
      recomputed: null,
      format: "text",
    });
    return undefined;
  }
  check.recorder.flag(RULES.explicit, check.scope, {
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
  return undefined;
}

/** The minimum a rate is held to, where it comes from, and why there is none when there is none. */
interface MinimumUsed {
  readonly minimum?: number;
  readonly minimumFrom: RateFact["minimumFrom"];
  readonly minimumSource: string;
  readonly reason?: Message;
  /** For a 综合利用率 minimum of the built-in table: the minerals its class counts (共伴生, 共生 or 伴生). */
  readonly scope?: CoMineralScope;
  /** The minimums of the classes the row leaves open (大型 or 中小型 …), when it names none of them. */
  readonly choices?: readonly { readonly value: number; readonly source: string }[];
}

/** Which co-/by-product figure a 综合利用率 class names (共伴生 before 共生 and 伴生); none for 尾矿, 废石 …. */
export function coMineralScopeOf(words: string): CoMineralScope | undefined {
  if (/共伴生/.test(words)) return "coAndAssociated";
  if (/共生/.test(words)) return "co";
  if (/伴生/.test(words)) return "associated";
  return undefined;
}

/** A 综合利用率 class about something other than co-/by-products (尾矿, 废石, 煤矸石, 矿井水): another quantity. */
const OTHER_UTILIZATION = /尾矿|废石|煤矸石|矿井水/;

/** The built-in table's minimum for a row and the text naming its source, or why the table has none. */
function builtInMinimum(
  query: MinimumQuery,
): { minimum: number; source: string; unverified: boolean; scope?: CoMineralScope } | Message {
  try {
    const found = findMinimum(query);
    const scope = found.row ? coMineralScopeOf(found.row.condition.flat().join(" ")) : undefined;
    const unverified = isUnverified(found);
    return { minimum: found.value, source: sourceText(found), unverified, ...(scope ? { scope } : {}) };
  } catch (error) {
    if (!(error instanceof MineError)) throw error;
    return { zh: error.zh, en: error.en };
  }
}

/** A 🔶 minimum is used, never refused: the reviewer is told to check it against the official text (a 提示). */
function flagUnverified(check: TableCheck, row: TableRow, minimum: number, source: string): void {
  const stated = check.reader.get(row, "minimum");
  check.recorder.flag(RULES.minimumUnverified, check.scope, {
    cell: stated?.cell.address ?? row.cells.indicator?.address ?? "",
    stated: stated?.kind === "number" ? stated.value : null,
    recomputed: minimum,
    format: "percent",
    note: same(source),
  });
}

/** What a summary row is about: its own cells, else what the plan's titles say (see caption.ts). */
interface RowSubject {
  readonly mineral: string;
  readonly method: string;
  readonly condition: string;
}

/** Words of an indicator's name that are a condition of its minimum: 煤矸石综合利用率, 共伴生矿产综合利用率. */
const CONDITION_IN_NAME = /煤矸石|矿井水|尾矿|废石|共伴生|共生|伴生/g;

function subjectOf(check: TableCheck, row: TableRow, context: SummaryContext): RowSubject {
  const { reader } = check;
  const condition = reader.text(row, "condition");
  const named = (reader.text(row, "indicator").match(CONDITION_IN_NAME) ?? []).filter(
    (word) => !condition.includes(word),
  );
  return {
    mineral: reader.text(row, "mineral") || context.mainMineral || "",
    method: reader.text(row, "method") || context.method || "",
    condition: [condition, ...named].filter((word) => word !== "").join(" "),
  };
}

/**
 * The minimum of the built-in table (its stated value checked), else none: the rule noted as not run, with the
 * lookup's reason; a minimum the plan states for a class the built-in table lacks is used to compare, and the
 * rule is still noted as not run, since whether that minimum is the national one was not checked.
 */
function minimumOf(check: TableCheck, row: TableRow, indicator: Indicator, subject: RowSubject): MinimumUsed {
  const { reader } = check;
  if (["mineral", "method", "condition"].some((id) => reader.isUncached(row, id))) {
    check.recorder.skip(RULES.minimum, check.scope, REASONS.uncached);
    return { minimumFrom: "none", minimumSource: "", reason: REASONS.uncached };
  }
  const { mineral } = subject;
  const query = { ...subject, indicator: INDICATOR_NAMES[indicator].zh };
  const builtIn = builtInMinimum(query);
  if ("minimum" in builtIn) {
    const { minimum, source, scope } = builtIn;
    check.derived(row, "minimum", () => [minimum], { diagnose: () => ({ note: same(source) }) });
    if (builtIn.unverified) flagUnverified(check, row, minimum, source);
    return { minimum, minimumFrom: "table", minimumSource: source, ...(scope ? { scope } : {}) };
  }
  const reason = builtIn;
  const choices = indicator === "UTILIZATION" ? undefined : minimumChoices(query);
  if (choices) {
    const values = choices.map((choice) => ({
      value: choice.percent / 100,
      source: sourceText({ value: choice.percent / 100, row: choice }),
    }));
    return { minimumFrom: "none", minimumSource: "", reason, choices: values };
  }
  const own = reader.get(row, "minimum");
  if (own?.kind === "uncached") {
    check.recorder.skip(RULES.minimum, check.scope, REASONS.uncached);
    return { minimumFrom: "none", minimumSource: "", reason: REASONS.uncached };
  }
  const named = reader.text(row, "indicator");
  if (own?.kind === "number") {
    check.recorder.skip(RULES.minimum, check.scope, {
      zh: `${named} ${mineral}：方案所列最低指标 ${percent(own.value)} 未能核对(${reason.zh})`,
      en: `${named} ${mineral}: the plan's minimum ${percent(own.value)} could not be checked (${reason.en})`,
    });
    return { minimum: own.value, minimumFrom: "plan", minimumSource: reader.text(row, "source"), reason };
  }
  check.recorder.skip(RULES.minimum, check.scope, {
    zh: `${named} ${mineral}：${reason.zh}`,
    en: `${named} ${mineral}: ${reason.en}`,
  });
  return { minimumFrom: "none", minimumSource: "", reason };
}

/**
 * The rate against its minimum ("不低于", the engine's {@link meetsMinimum}), and the 是否达标 cell. The rate held
 * is the figure the minimum is set on: a 共伴生 figure recomputed over the co-/by-products; else the stated rate, or
 * the rate the workbook's own tables give where that is lower (a stated rate that only passes because it is wrong
 * does not pass).
 */
function checkMeetsMinimum(
  check: TableCheck,
  row: TableRow,
  value: Stated,
  stated: number,
  used: MinimumUsed & { readonly minimum: number },
  basis?: CoMineralBasis,
  fromTables?: Recomputed,
): boolean {
  const { minimum, minimumSource } = used;
  const lower = fromTables && fromTables.value < stated && !agrees(value, fromTables.value) ? fromTables : undefined;
  const meets = meetsMinimum(basis ? basis.figure : (lower?.value ?? stated), minimum);
  if (meets) check.recorder.pass(RULES.minimum, check.scope);
  else {
    check.recorder.flag(RULES.minimum, check.scope, {
      cell: value.cell.address,
      stated,
      recomputed: minimum,
      format: "percent",
      ...(value.cell.formula ? { formula: value.cell.formula } : {}),
      note: basis
        ? {
            zh: `${basis.name.zh}矿产综合利用率 ${percent(basis.figure)}(${basis.where} 重算，不计主矿产)低于国家最低指标 ${percent(minimum)}：${minimumSource}${agrees(value, basis.figure) ? "" : `；填报值 ${percent(stated)} 不是该指标所衡量的值`}`,
            en: `${basis.name.en} utilisation ${percent(basis.figure)} (recomputed from ${basis.where}, main mineral left out) is below the national minimum ${percent(minimum)}: ${minimumSource}${agrees(value, basis.figure) ? "" : `; the stated ${percent(stated)} is not the figure that minimum is set on`}`,
          }
        : lower && meetsMinimum(stated, minimum)
          ? {
              zh: `按 ${lower.where} 重算为 ${percent(lower.value)}(填报 ${percent(stated)})，低于${used.minimumFrom === "table" ? "国家" : "方案所列"}最低指标 ${percent(minimum)}：${minimumSource || "未注明出处"}`,
              en: `recomputed from ${lower.where} it is ${percent(lower.value)} (stated ${percent(stated)}), below the ${used.minimumFrom === "table" ? "national" : "plan's own"} minimum ${percent(minimum)}: ${minimumSource || "no source given"}`,
            }
          : used.minimumFrom === "table"
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
  checkVerdict(check, row, meets);
  return meets;
}

/**
 * A rate whose row leaves the class open (大型 or 中小型, 磁铁矿 or 赤铁矿): decided when it reaches every possible
 * minimum (passes whatever the class) or none of them (fails whatever the class); otherwise the class decides and
 * the check is left undone, naming the choices. The rate held is the lower of the stated one and the tables' own.
 */
function judgeOpenClass(
  check: TableCheck,
  row: TableRow,
  value: Stated,
  stated: number,
  fromTables: Recomputed | undefined,
  used: MinimumUsed,
): { meets?: boolean; minimum?: number; source?: string } {
  const choices = used.choices ?? [];
  const reason = used.reason;
  const held = fromTables && fromTables.value < stated && !agrees(value, fromTables.value) ? fromTables.value : stated;
  const highest = choices.reduce((a, b) => (b.value > a.value ? b : a));
  const lowest = choices.reduce((a, b) => (b.value < a.value ? b : a));
  const named = check.reader.text(row, "indicator");
  if (meetsMinimum(held, highest.value)) {
    check.recorder.pass(RULES.minimum, check.scope);
    checkVerdict(check, row, true);
    return {
      meets: true,
      minimum: highest.value,
      source: `${highest.source}；方案未写明类别，按可能适用的最高值判`,
    };
  }
  if (!meetsMinimum(held, lowest.value)) {
    check.recorder.flag(RULES.minimum, check.scope, {
      cell: value.cell.address,
      stated,
      recomputed: lowest.value,
      format: "percent",
      ...(value.cell.formula ? { formula: value.cell.formula } : {}),
      note: {
        zh: `${percent(held)} 低于可能适用的任一国家最低指标(最低为 ${percent(lowest.value)}：${lowest.source})，无论属哪一类均不达标`,
        en: `${percent(held)} is below every national minimum that may apply (the lowest, ${percent(lowest.value)}: ${lowest.source}), whatever the class`,
      },
    });
    checkVerdict(check, row, false);
    return { meets: false, minimum: lowest.value, source: lowest.source };
  }
  check.recorder.skip(RULES.minimum, check.scope, {
    zh: `${named}：${percent(held)} 达到 ${percent(lowest.value)}、未达到 ${percent(highest.value)}，取决于方案未写明的类别(${reason?.zh ?? ""})`,
    en: `${named}: ${percent(held)} reaches ${percent(lowest.value)} but not ${percent(highest.value)}; it depends on a class the plan does not state (${reason?.en ?? ""})`,
  });
  return {};
}

/** The 共伴生矿产综合利用率 a 共伴生, 共生 or 伴生 threshold is held against, and where it was recomputed. */
interface CoMineralBasis {
  readonly scope: CoMineralScope;
  readonly name: Message;
  readonly figure: number;
  readonly where: string;
  /** The utilisation table's mean over every mineral (main included), to name a stated value that is that mean. */
  readonly allMinerals?: number;
}

/** The co-/by-product figure of the first utilisation table that gives one for `scope`. */
function coMineralBasis(scope: CoMineralScope, context: SummaryContext): CoMineralBasis | undefined {
  for (const table of context.utilizations) {
    const figure = table.coMinerals[scope];
    if (figure === undefined) continue;
    const allMinerals = table.total?.value ?? table.recomputed;
    return {
      scope,
      name: scope === "coAndAssociated" ? { zh: "共伴生", en: "co- and by-product" } : messages.scopeNames[scope],
      figure,
      where: `${table.sheet}!${table.range}`,
      ...(allMinerals !== undefined ? { allMinerals } : {}),
    };
  }
  return undefined;
}

/** One row of the summary: explicit, not below its minimum, the same as the table that computes it. */
function checkRate(check: TableCheck, row: TableRow, indicator: Indicator, context: SummaryContext): RateFact {
  const { reader } = check;
  const subject = subjectOf(check, row, context);
  const { mineral, condition } = subject;
  const value = reader.get(row, "value") as Stated;
  const stated = explicitRate(check, value, indicator);
  if (stated === undefined && notApplicable(value) && indicator === "UTILIZATION" && context.coMinerals.length > 0) {
    // 六: co- and by-products that can be used must be in the comprehensive utilisation; "不涉及" contradicts the tables
    const listed = wordList(context.coMinerals);
    check.recorder.flag(RULES.explicit, check.scope, {
      cell: value.cell.address,
      stated: value.text,
      recomputed: null,
      format: "text",
      note: {
        zh: `方案称综合利用率不涉及，但工作簿的表中列有共伴生矿产(${listed.zh})：须填写综合利用率`,
        en: `the plan says comprehensive utilisation does not apply, but its tables list co- or by-products (${listed.en}): it must be stated`,
      },
    });
  } else if (stated === undefined && notApplicable(value)) {
    check.recorder.inapplicable(RULES.minimum, check.scope, {
      zh: `${reader.text(row, "indicator")}：方案写明不涉及(“${value.text}”)`,
      en: `${reader.text(row, "indicator")}: the plan states it does not apply ("${value.text}")`,
    });
    return {
      indicator,
      mineral,
      method: subject.method,
      condition,
      sheet: check.sheet,
      cell: value.cell.address,
      statedText: value.text,
      minimumFrom: "none",
      minimumSource: "",
    };
  }
  const used = minimumOf(check, row, indicator, subject);
  const { minimum } = used;
  // a minimum with no rate to hold against it: the check did not run (the rate is flagged as not explicit)
  if (stated === undefined && minimum !== undefined) {
    check.recorder.skip(RULES.minimum, check.scope, value.kind === "uncached" ? REASONS.uncached : REASONS.inputs);
  }
  const scope = indicator === "UTILIZATION" ? (used.scope ?? coMineralScopeOf(condition)) : undefined;
  const basis = scope ? coMineralBasis(scope, context) : undefined;
  const otherQuantity = indicator === "UTILIZATION" && !scope && OTHER_UTILIZATION.test(condition);
  const fromTables = basis || otherQuantity ? undefined : recomputedRate(indicator, mineral, context);
  const recomputed = basis ? basis.figure : fromTables?.value;
  const open =
    stated !== undefined && used.choices ? judgeOpenClass(check, row, value, stated, fromTables, used) : undefined;
  const meets =
    stated !== undefined && minimum !== undefined
      ? checkMeetsMinimum(check, row, value, stated, { ...used, minimum }, basis, fromTables)
      : open?.meets;
  if (stated !== undefined && !otherQuantity) {
    if (basis) checkCoMinerals(check, value, basis);
    else checkConsistent(check, value, indicator, mineral, context);
  }
  return {
    indicator,
    mineral,
    method: subject.method,
    condition,
    sheet: check.sheet,
    cell: value.cell.address,
    ...(stated !== undefined ? { stated } : {}),
    statedText: value.text,
    ...((minimum ?? open?.minimum) !== undefined ? { minimum: minimum ?? open?.minimum } : {}),
    minimumFrom: open?.minimum !== undefined ? "table" : used.minimumFrom,
    minimumSource: open?.source ?? used.minimumSource,
    ...(meets !== undefined ? { meets } : {}),
    ...(recomputed !== undefined ? { recomputed } : {}),
    ...(used.reason && used.minimumFrom === "none" ? { reason: used.reason } : {}),
  };
}

/** The 三率指标汇总与达标判定表. */
export function checkSummary(check: TableCheck, context: SummaryContext): RateFact[] {
  const { reader, table } = check;
  const facts: RateFact[] = [];
  const present = new Set<Indicator>();
  for (const row of table.rows) {
    const indicator = indicatorOf(reader.text(row, "indicator"));
    if (!indicator) continue;
    present.add(indicator);
    facts.push(checkRate(check, row, indicator, context));
  }
  // an indicator cell saved without a result may name any of the three: which one is missing cannot be said
  if (table.rows.some((row) => reader.isUncached(row, "indicator"))) {
    check.recorder.skip(RULES.explicit, check.scope, REASONS.uncached);
    return facts;
  }
  const header = table.rows[0]?.cells.indicator?.address ?? table.range.split(":")[0];
  for (const indicator of INDICATORS) {
    if (present.has(indicator)) continue;
    check.recorder.flag(RULES.explicit, check.scope, {
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

/**
 * A 共伴生 (共生, 伴生) 综合利用率 as stated against the figure recomputed over those minerals only, naming the usual
 * mistake: the stated value is the mean over every mineral, the main one included.
 */
function checkCoMinerals(check: TableCheck, value: Stated, basis: CoMineralBasis): void {
  if (agrees(value, basis.figure)) {
    check.recorder.pass(RULES.consistent, check.scope);
    return;
  }
  const name = basis.name;
  const allMinerals = basis.allMinerals !== undefined && agrees(value, basis.allMinerals);
  check.recorder.flag(RULES.consistent, check.scope, {
    cell: value.cell.address,
    stated: value.value,
    recomputed: basis.figure,
    format: "percent",
    ...(value.cell.formula ? { formula: value.cell.formula } : {}),
    note: allMinerals
      ? {
          zh: `填报值是 ${basis.where} 含主矿产的全矿种平均；国家指标按${name.zh}矿产综合利用率衡量(不计主矿产)：${percent(basis.figure)}`,
          en: `the stated value is the all-minerals mean of ${basis.where}, main mineral included; the national minimum is set on the ${name.en} utilisation, main mineral left out: ${percent(basis.figure)}`,
        }
      : {
          zh: `与 ${basis.where} 重算的${name.zh}矿产综合利用率 ${percent(basis.figure)} 不一致`,
          en: `differs from the ${name.en} utilisation recomputed from ${basis.where}, ${percent(basis.figure)}`,
        },
  });
}

/** The 是否达标 cell against the verdict recomputed. */
function checkVerdict(check: TableCheck, row: TableRow, meets: boolean): void {
  const cell = check.reader.get(row, "meets");
  if (!cell || cell.kind === "blank") return;
  const rule = derivedRule(check.table.kind, "meets", false);
  if (cell.kind === "uncached") {
    check.recorder.skip(rule, check.scope, REASONS.uncached);
    return;
  }
  const stated = verdictOf(cell.text);
  if (stated === undefined) {
    check.unreadable("meets", cell);
    return;
  }
  if (stated === meets) check.recorder.pass(rule, check.scope);
  else {
    check.recorder.flag(rule, check.scope, {
      cell: cell.cell.address,
      stated: cell.text,
      recomputed: meets ? "是" : "否",
      format: "text",
      ...(cell.cell.formula ? { formula: cell.cell.formula } : {}),
    });
  }
}

function isMain(mineral: string, main: string | undefined): boolean {
  return main === undefined || mineral === "" || mineralKey(mineral) === mineralKey(main);
}

/** The stated rate against the value of the table that computes it. */
function checkConsistent(
  check: TableCheck,
  value: Stated,
  indicator: Indicator,
  mineral: string,
  context: SummaryContext,
): void {
  const compare = (expected: number, where: string, rule: Rule = RULES.consistent, note?: Message) => {
    if (agrees(value, expected)) check.recorder.pass(rule, check.scope);
    else {
      check.recorder.flag(rule, check.scope, {
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
  if (indicator === "RECOVERY" && isMain(mineral, context.mainMineral)) {
    const withTotal = context.blocks.find((blocks) => blocks.total);
    const weighted = context.blocks.find((blocks) => blocks.weighted !== undefined);
    if (withTotal?.total) compare(withTotal.total.value, `${withTotal.sheet}!${withTotal.total.cell}`);
    else if (weighted?.weighted !== undefined) {
      // no total row: the summary itself is where the mine rate is stated, so it must be the weighted one
      const simpleMean = weighted.simpleMean;
      const note =
        simpleMean !== undefined && agrees(value, simpleMean)
          ? {
              zh: `填报值等于 ${weighted.sheet} 各采区(矿块)的简单平均 ${percent(simpleMean)}；加权应为 ${percent(weighted.weighted)}`,
              en: `the stated value is the simple mean of the blocks in ${weighted.sheet}, ${percent(simpleMean)}; weighted it is ${percent(weighted.weighted)}`,
            }
          : undefined;
      compare(weighted.weighted, `${weighted.sheet}(Σ采出 ÷ Σ动用)`, RULES.weighted, note);
    } else {
      const design = context.designs.find((reserves) => reserves.designRecovery !== undefined);
      if (design?.designRecovery !== undefined) compare(design.designRecovery, `${design.sheet}!${design.range}`);
    }
  } else if (indicator === "PROCESS" && isMain(mineral, context.mainMineral)) {
    const balance = context.balances.find(
      (table) => table.concentrates.length === 1 && table.concentrates[0].recovery !== undefined,
    );
    const concentrate = balance?.concentrates[0];
    if (balance && concentrate?.recovery !== undefined) {
      compare(concentrate.recovery, `${balance.sheet}!${concentrate.cell}`);
    }
  } else if (indicator === "UTILIZATION") {
    const utilization = context.utilizations.find((table) => table.total || table.recomputed !== undefined);
    if (utilization?.total) compare(utilization.total.value, `${utilization.sheet}!${utilization.total.cell}`);
    else if (utilization?.recomputed !== undefined) {
      compare(utilization.recomputed, `${utilization.sheet}!${utilization.range}`);
    }
  }
}

/** A rate as one of the workbook's tables computes it, and where. */
interface Recomputed {
  readonly value: number;
  readonly where: string;
}

/**
 * The rate as the workbook's own tables compute it, when one of them does: the blocks' weighted mean, else the
 * design recovery under 附件 六.5 (else as the design table computes it), the balance's concentrate recovery, the
 * utilisation table's mean.
 */
function recomputedRate(indicator: Indicator, mineral: string, context: SummaryContext): Recomputed | undefined {
  if (indicator === "RECOVERY" && isMain(mineral, context.mainMineral)) {
    const blocks = context.blocks.find((table) => table.weighted !== undefined);
    if (blocks?.weighted !== undefined) return { value: blocks.weighted, where: `${blocks.sheet}!${blocks.range}` };
    const design = context.designs.find((reserves) => (reserves.recovery65 ?? reserves.designRecovery) !== undefined);
    const value = design?.recovery65 ?? design?.designRecovery;
    return design && value !== undefined ? { value, where: `${design.sheet}!${design.range}` } : undefined;
  }
  if (indicator === "PROCESS" && isMain(mineral, context.mainMineral)) {
    const balance = context.balances.find((table) => table.concentrates.length === 1);
    const value = balance?.concentrates[0].recomputed;
    return balance && value !== undefined ? { value, where: `${balance.sheet}!${balance.range}` } : undefined;
  }
  if (indicator === "UTILIZATION") {
    const table = context.utilizations.find((utilization) => utilization.recomputed !== undefined);
    return table?.recomputed !== undefined
      ? { value: table.recomputed, where: `${table.sheet}!${table.range}` }
      : undefined;
  }
  return undefined;
}
