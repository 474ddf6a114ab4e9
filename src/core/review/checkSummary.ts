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
import { splitWords } from "../standards/words";
import { meetsMinimum } from "../standards/minimum";
import { mineralKey } from "../standards/words";
import { same, wordList } from "../text";
import { CoMineralScope, coMineralUtilization } from "../utilization/utilization";
import { MineralEntry, ROLE_NAMES, ReservesFacts, roleInScope } from "./checkReserves";
import { messages } from "../messages";
import { BalanceFacts, BlocksFacts } from "./checkRecovery";
import { UtilizationFacts } from "./checkUtilization";
import { TableRow } from "./locate";
import { Stated } from "./read";
import { agrees } from "./record";
import { RULES, Rule, derivedRule } from "./rules";
import { REASONS, TableCheck, figureOf, percent } from "./tableCheck";
import { INDICATORS, INDICATOR_NAMES, Indicator, coMineralScopeOf, indicatorOf } from "./indicators";
import { methodNamedIn } from "./caption";

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
  /** Co- and by-products of the resources table that no utilisation table lists: each counts as not used (0). */
  readonly unlisted: readonly MineralEntry[];
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

/** Words a drafter puts in brackets after an indicator: "采区回采率（中厚煤层）" (an assay such as "(mFe)" is not one). */
const BRACKETED = /[（(]([^）)]*[\u4e00-\u9fff][^）)]*)[）)]/g;

/**
 * What a summary row is about. Its own cells first; the indicator's name adds the class it names (煤矸石综合利用率);
 * words in brackets after it ("采区回采率（中厚煤层）", "开采回采率（地下）") and in its 依据 cell ("2013年第21号公告
 * 地下开采 围岩稳固 缓倾斜矿体") give the method, and each is added to the condition only where the minimum lookup
 * reads it as one (a document's number or an assay is not a class); the plan's titles give what is still missing.
 */
function subjectOf(check: TableCheck, row: TableRow, context: SummaryContext, indicator: Indicator): RowSubject {
  const { reader } = check;
  const indicatorText = reader.text(row, "indicator");
  const bracketed = [...indicatorText.matchAll(BRACKETED)].map((found) => found[1].trim());
  const source = reader.text(row, "source");
  const named = (indicatorText.match(CONDITION_IN_NAME) ?? []).filter(
    (word) => !reader.text(row, "condition").includes(word),
  );
  const subject: RowSubject = {
    mineral: reader.text(row, "mineral") || context.mainMineral || "",
    method: reader.text(row, "method") || methodNamedIn([...bracketed, source]) || context.method || "",
    condition: [reader.text(row, "condition"), ...new Set(named)].filter((word) => word !== "").join(" "),
  };
  // the table's title and notes give classes in brackets: "XX铁矿（露天开采，中型）", "生产规模120万t/a（中型）"
  const captioned = [...check.table.caption, ...check.table.footer].flatMap((text) =>
    [...text.matchAll(BRACKETED)].flatMap((found) => splitWords(found[1])),
  );
  const extras = [...bracketed, ...splitWords(source), ...captioned]
    .map((word) => word.replace(/(?:≥|>=|≤|<=|>|<)\s*\d+(?:\.\d+)?\s*%?/g, "").trim())
    .filter((word, index, words) => word !== "" && words.indexOf(word) === index && !methodNamedIn([word]));
  return extras.reduce((taken, word) => {
    const widened = { ...taken, condition: `${taken.condition} ${word}`.trim() };
    return readsCondition({ ...widened, indicator: INDICATOR_NAMES[indicator].zh }) ? widened : taken;
  }, subject);
}

/** Whether the minimum lookup reads a query's condition: it answers, or asks only which class is meant. */
function readsCondition(query: MinimumQuery): boolean {
  if (minimumChoices(query)) return true;
  try {
    findMinimum(query);
    return true;
  } catch (error) {
    if (error instanceof MineError) return false;
    throw error;
  }
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
  const lower = lowerFromTables(value, stated, fromTables);
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

/** The rate the workbook's own tables give, where it is lower than the stated one beyond its rounding. */
function lowerFromTables(value: Stated, stated: number, fromTables: Recomputed | undefined): Recomputed | undefined {
  return fromTables && fromTables.value < stated && !agrees(value, fromTables.value) ? fromTables : undefined;
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
  const held = lowerFromTables(value, stated, fromTables)?.value ?? stated;
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
    const listed = table.coMinerals[scope];
    if (listed === undefined) continue;
    const allMinerals = table.total?.value ?? table.recomputed;
    const unlisted = context.unlisted.filter((entry) => roleInScope(entry.role, scope));
    // a co- or by-product the resources table lists and the utilisation table leaves out is not used: it counts 0
    const figure = unlisted.length === 0 ? listed : withUnlisted(table, unlisted, scope);
    if (figure === undefined) continue;
    const where = `${table.sheet}!${table.range}${unlisted.length > 0 ? ` + ${unlisted.map((entry) => `${entry.mineral} 0`).join("、")}` : ""}`;
    return {
      scope,
      name: scope === "coAndAssociated" ? { zh: "共伴生", en: "co- and by-product" } : messages.scopeNames[scope],
      figure,
      where,
      ...(allMinerals !== undefined ? { allMinerals } : {}),
    };
  }
  return undefined;
}

/** The utilisation table's co-/by-product figure with the unlisted ones added as not used (the engine's mean). */
function withUnlisted(
  table: UtilizationFacts,
  unlisted: readonly MineralEntry[],
  scope: CoMineralScope,
): number | undefined {
  const rows = [
    ...table.minerals.map((mineral) => ({
      mining: mineral.used === false ? 0 : mineral.miningRecovery,
      process: mineral.used === false ? 0 : mineral.processRecovery,
      role: mineral.roleText,
    })),
    ...unlisted.map((entry) => ({ mining: 0, process: 0, role: ROLE_NAMES[entry.role].zh })),
  ];
  if (rows.some((row) => row.mining === undefined || row.process === undefined)) return undefined;
  return figureOf(() =>
    coMineralUtilization(
      rows.map((row) => row.mining as number),
      rows.map((row) => row.process as number),
      rows.map((row) => row.role),
      scope,
    ),
  );
}

/** One row of the summary: explicit, not below its minimum, the same as the table that computes it. */
function checkRate(check: TableCheck, row: TableRow, indicator: Indicator, context: SummaryContext): RateFact {
  const { reader } = check;
  const subject = subjectOf(check, row, context, indicator);
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
  if (stated !== undefined) checkPreliminary(check, row, value);
  const used = minimumOf(check, row, indicator, subject);
  const { minimum } = used;
  // a minimum with no rate to hold against it: the check did not run (the rate is flagged as not explicit)
  if (stated === undefined && minimum !== undefined) {
    check.recorder.skip(RULES.minimum, check.scope, value.kind === "uncached" ? REASONS.uncached : REASONS.inputs);
  }
  const scope = indicator === "UTILIZATION" ? (used.scope ?? coMineralScopeOf(condition)) : undefined;
  const basis = scope ? coMineralBasis(scope, context) : undefined;
  const otherQuantity = indicator === "UTILIZATION" && !scope && OTHER_UTILIZATION.test(condition);
  // a 采区回采率 (coal) leaves the permanent pillars out: only the panels' table computes it, not the design table
  const named: RowNames = {
    panelOnly: /采区回采率/.test(reader.text(row, "indicator")),
    assay: assayNamedIn(reader.text(row, "indicator")),
    value,
  };
  const fromTables = basis || otherQuantity ? undefined : recomputedRate(indicator, mineral, context, named);
  const recomputed = basis ? basis.figure : fromTables?.value;
  const open =
    stated !== undefined && used.choices ? judgeOpenClass(check, row, value, stated, fromTables, used) : undefined;
  const meets =
    stated !== undefined && minimum !== undefined
      ? checkMeetsMinimum(check, row, value, stated, { ...used, minimum }, basis, fromTables)
      : open?.meets;
  if (stated !== undefined && !otherQuantity) {
    if (basis) checkCoMinerals(check, value, basis);
    else checkConsistent(check, value, indicator, mineral, context, named);
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

/** 正文 七: the preliminary design's value of the rate, where the table gives one, not below the plan's. */
function checkPreliminary(check: TableCheck, row: TableRow, value: Stated): void {
  const preliminary = check.reader.get(row, "preliminary");
  if (!preliminary) return;
  if (preliminary.kind === "blank") {
    check.recorder.inapplicable(RULES.preliminary, check.scope, {
      zh: "初步设计值未填(方案阶段)",
      en: "no preliminary design value (plan stage)",
    });
    return;
  }
  if (preliminary.kind !== "number") {
    if (preliminary.kind === "uncached") check.recorder.skip(RULES.preliminary, check.scope, REASONS.uncached);
    else {
      check.unreadable("preliminary", preliminary);
      check.recorder.skip(RULES.preliminary, check.scope, REASONS.unreadable);
    }
    return;
  }
  if (preliminary.value >= value.value || agrees(preliminary, value.value)) {
    check.recorder.pass(RULES.preliminary, check.scope);
    return;
  }
  check.recorder.flag(RULES.preliminary, check.scope, {
    cell: preliminary.cell.address,
    stated: preliminary.value,
    recomputed: value.value,
    format: "percent",
    note: {
      zh: `初步设计值 ${percent(preliminary.value)} 低于方案确定的 ${percent(value.value)}`,
      en: `the preliminary design's ${percent(preliminary.value)} is below the plan's ${percent(value.value)}`,
    },
  });
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
  // coal sets 原煤入选率 where other minerals set 选矿回收率 (2012 coal notice ✅): the row stands for it
  const washing = table.rows.find((row) => /入选率/.test(reader.text(row, "indicator")));
  for (const indicator of INDICATORS) {
    if (present.has(indicator)) continue;
    if (indicator === "PROCESS" && washing) {
      check.recorder.inapplicable(RULES.explicit, check.scope, {
        zh: `煤矿以“${reader.text(washing, "indicator")}”代替选矿回收率`,
        en: `a coal mine states "${reader.text(washing, "indicator")}" instead of a process recovery`,
      });
      continue;
    }
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
  { panelOnly, assay }: RowNames,
): void {
  const compare = (
    expected: number,
    where: string,
    rule: Rule = RULES.consistent,
    note?: Message,
    also: readonly number[] = [],
  ) => {
    if ([expected, ...also].some((figure) => agrees(value, figure))) check.recorder.pass(rule, check.scope);
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
    if (withTotal?.total) {
      // the total as typed (rounded) or the exact weighted rate it rounds: a summary may refer to either
      const exact = withTotal.weighted !== undefined ? [withTotal.weighted] : [];
      compare(withTotal.total.value, `${withTotal.sheet}!${withTotal.total.cell}`, RULES.consistent, undefined, exact);
    } else if (weighted?.weighted !== undefined) {
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
    } else if (!panelOnly) {
      const design = context.designs.find((reserves) => reserves.designRecovery !== undefined);
      if (design?.designRecovery !== undefined) compare(design.designRecovery, `${design.sheet}!${design.range}`);
    }
  } else if (indicator === "PROCESS" && isMain(mineral, context.mainMineral)) {
    const balance = context.balances.find(
      (table) => table.concentrates.length === 1 && table.concentrates[0].recovery !== undefined,
    );
    const concentrate = balance?.concentrates[0];
    if (balance && concentrate?.recovery !== undefined) {
      // a balance of several assays: the one the row names (选矿回收率（磁性铁）), else any the stated value is
      const assays = assay ? concentrate.assays.filter((each) => each.assay === assay) : concentrate.assays;
      const same = assays.find((each) => agrees(value, each.recovery));
      compare(same?.recovery ?? assays[0]?.recovery ?? concentrate.recovery, `${balance.sheet}!${concentrate.cell}`);
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
/** What a summary row's indicator names besides the rate: a coal 采区回采率, an assay (选矿回收率（磁性铁）). */
interface RowNames {
  readonly panelOnly: boolean;
  readonly assay: string | undefined;
  /** The rate as stated: of a balance's assays, the one it is when the row names none. */
  readonly value: Stated;
}

/** Chinese names of assays plans put after a rate. */
const ASSAY_NAMES: Readonly<Record<string, string>> = { 磁性铁: "mFe", 全铁: "TFe" };

/** The assay a rate's name gives: "选矿回收率（磁性铁）" → mFe, "选矿回收率(mFe)" → mFe, "P₂O₅回收率" → P₂O₅. */
function assayNamedIn(text: string): string | undefined {
  const named = Object.keys(ASSAY_NAMES).find((name) => text.includes(name));
  if (named) return ASSAY_NAMES[named];
  return /(?:^|[^A-Za-z])(TFe|mFe|[A-Z][a-z]?[0-9₂₃₄₅]*(?:O[0-9₂₃₄₅]*)?)(?![A-Za-z])/.exec(text)?.[1];
}

function recomputedRate(
  indicator: Indicator,
  mineral: string,
  context: SummaryContext,
  { panelOnly, assay, value: stated }: RowNames,
): Recomputed | undefined {
  if (indicator === "RECOVERY" && isMain(mineral, context.mainMineral)) {
    const blocks = context.blocks.find((table) => table.weighted !== undefined);
    if (blocks?.weighted !== undefined) return { value: blocks.weighted, where: `${blocks.sheet}!${blocks.range}` };
    if (panelOnly) return undefined;
    const design = context.designs.find((reserves) => (reserves.recovery65 ?? reserves.designRecovery) !== undefined);
    const value = design?.recovery65 ?? design?.designRecovery;
    return design && value !== undefined ? { value, where: `${design.sheet}!${design.range}` } : undefined;
  }
  if (indicator === "PROCESS" && isMain(mineral, context.mainMineral)) {
    const balance = context.balances.find((table) => table.concentrates.length === 1);
    const concentrate = balance?.concentrates[0];
    const where = balance ? `${balance.sheet}!${balance.range}` : "";
    // the assay the row names, as the balance states it; else the table's own assay recomputed from its grades
    const ofAssay = assay
      ? concentrate?.assays.find((each) => each.assay === assay)
      : concentrate && concentrate.assays.length > 1
        ? concentrate.assays.find((each) => agrees(stated, each.recovery))
        : undefined;
    if (ofAssay) return { value: ofAssay.recovery, where };
    const value = concentrate?.recomputed;
    return value !== undefined ? { value, where } : undefined;
  }
  if (indicator === "UTILIZATION") {
    const table = context.utilizations.find((utilization) => utilization.recomputed !== undefined);
    return table?.recomputed !== undefined
      ? { value: table.recomputed, where: `${table.sheet}!${table.range}` }
      : undefined;
  }
  return undefined;
}
