/**
 * 资源储量表 and 设计利用资源量与设计可采储量计算表: resources and reserves not added together (GB/T 17766-2020);
 * 设计利用资源量 holding every retained resource but the overlaid ones, any other deduction or a factor below 1
 * failed with the design recovery recomputed on 浙自然资规〔2025〕6号 附件 六.5/六.9 (✅ read in the notice); a
 * 推断 factor below 1 shown to the experts as a 提示 (a drafting practice 六.5 does not list); 设计利用资源量,
 * 设计损失量, 设计可采储量 and 设计开采回采率 recomputed, and every design loss deducted.
 */
import { Message } from "../errors";
import { tonnageShare } from "../mining/recovery";
import { checkedSum } from "../quantity";
import { recoverableReserves, usableResources } from "../reserves/reserves";
import { DESIGN_LOSS_IDS, TABLES, columnOf } from "../templates/columns";
import { RESERVE_CLASSES, RESOURCE_CLASSES } from "../templates/templateValidations";
import { CoMineralScope } from "../utilization/utilization";
import { Bilingual, commaList } from "../text";
import { knownMineral, mineralKey } from "../standards/words";
import { LOSS_ITEM, TableRow } from "./locate";
import { Stated } from "./read";
import { agrees, tolerance } from "./record";
import { RULES } from "./rules";
import { Diagnosis, REASONS, TableCheck, figureOf, mean, percent, quantity, subsets } from "./tableCheck";
import { RESERVES } from "../parameters";
import { meetsMinimum } from "../standards/minimum";

/** What a 资源量类型 cell names: resource classes (探明/控制/推断), reserve classes (证实/可信), or both. */
export function classOf(text: string): { resource: boolean; reserve: boolean; inferred: boolean } {
  const name = text.replace(/\s+/g, "");
  const reserve = /证实|可信/.test(name) || /(^|[^资源基础])储量/.test(name);
  const resource = /探明|控制|推断|资源量/.test(name) || /^33[1-4]/.test(name);
  return { resource, reserve, inferred: /推断|^333|^334/.test(name) };
}

export type Role = "main" | "co" | "associated" | "unknown";

/** What the review calls each role (an unknown one: nothing). */
export const ROLE_NAMES: Readonly<Record<Role, Bilingual>> = {
  main: { zh: "主矿产", en: "main" },
  co: { zh: "共生", en: "co-product" },
  associated: { zh: "伴生", en: "by-product" },
  unknown: { zh: "", en: "" },
};

/** 主矿产 / 共生 / 伴生 from a 矿产类别 cell. */
export function roleOf(text: string): Role {
  if (/共/.test(text)) return "co";
  if (/伴/.test(text)) return "associated";
  if (/主/.test(text)) return "main";
  return "unknown";
}

/**
 * A mineral as a cell names it, with the role the name carries when the plan writes it there ("伴生金", "伴生银",
 * "金（主矿产）", "铜(共生)") rather than in a 矿产类别 column.
 */
export function mineralNamed(text: string): { mineral: string; role?: Role } {
  // an element symbol after the name ("伴生氟（F）") is not part of it
  const name = text.replace(/\s+/g, "").replace(/[（(][A-Za-z0-9₂₃₄₅]+[）)]$/, "");
  const before = /^(主矿产|共生|伴生)(?:矿产|组分)?[:：]?(.+)$/.exec(name);
  if (before) return { mineral: before[2], role: roleOf(before[1]) };
  const after = /^(.+?)[（(](主矿产|主|共生|伴生)(?:矿产|组分)?[）)]$/.exec(name);
  if (after) return { mineral: after[1], role: roleOf(after[2]) };
  return { mineral: text.trim() };
}

/** Whether a mineral of `role` counts in a 共伴生 (共生, 伴生) figure. */
export function roleInScope(role: Role, scope: CoMineralScope): boolean {
  return scope === "coAndAssociated" ? role === "co" || role === "associated" : role === scope;
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
  /** Why the roles (主矿产/共生/伴生) cannot all be read, when they cannot: a co- or by-product may then be missed. */
  readonly rolesUnread?: Message;
}

/** The distinct minerals the table names (none when it has no 矿种 column: it then states one mineral's resources). */
function namedMinerals(check: TableCheck): Set<string> {
  const keys = new Set<string>();
  for (const row of check.table.rows) {
    const mineral = check.reader.text(row, "mineral");
    if (mineral !== "") keys.add(mineralKey(mineralNamed(mineral).mineral));
  }
  return keys;
}

/** A row's mineral and role: the role column, else the role its name carries ("伴生金"). */
function rowMineral(check: TableCheck, row: TableRow): { mineral: string; role: Role } {
  const named = mineralNamed(check.reader.text(row, "mineral"));
  const role = roleOf(check.reader.text(row, "role"));
  return { mineral: named.mineral, role: role !== "unknown" ? role : (named.role ?? "unknown") };
}

/**
 * Why the roles of the table's minerals cannot all be read: several minerals and no role column, or formulas saved
 * without a result. A table of one mineral (or without a 矿种 column) lists no co- or by-product.
 */
function rolesUnread(check: TableCheck): Message | undefined {
  const { reader, table } = check;
  if (!reader.has("role")) {
    // one mineral, or every one named with its role ("伴生金"): nothing is left to guess
    if (namedMinerals(check).size <= 1) return undefined;
    if (table.rows.every((row) => rowMineral(check, row).role !== "unknown" || reader.text(row, "mineral") === "")) {
      return undefined;
    }
    return {
      zh: `资源储量表列有多个矿种，但没有${columnOf(TABLES.resources, "role").zh}列：共生、伴生矿产无法识别`,
      en: "the resources table lists several minerals but has no role column (main / co / associated): co- and by-products cannot be told",
    };
  }
  return table.rows.some((row) => reader.isUncached(row, "role")) ? REASONS.uncached : undefined;
}

/**
 * Minerals a resources table names in its header rather than in rows: group headings over their grade and metal
 * columns ("金（主矿产）" | "伴生银"), with the role the heading carries, for minerals the standards know.
 */
/** Words a heading names besides a mineral: "伴生组分", "伴生有益组分" are not minerals. */
const NOT_MINERALS = new Set(["组分", "有益组分", "矿产", "元素", "资源量", "金属量", "品位"]);

function headingMinerals(check: TableCheck): MineralEntry[] {
  return check.table.headings.flatMap(({ text, address }) => {
    const { mineral, role } = mineralNamed(text);
    const isMineral = knownMineral(mineral) !== undefined || /^[\u4e00-\u9fff]{1,3}$/.test(mineral);
    if (role === undefined || !isMineral || NOT_MINERALS.has(mineral)) return [];
    return [{ mineral, key: mineralKey(mineral), role, sheet: check.sheet, cell: address }];
  });
}

/** The minerals of the 资源储量表, each mineral and role once, at its first cell (the only one is the main one). */
function mineralEntries(check: TableCheck): MineralEntry[] {
  const { reader } = check;
  const only = !reader.has("role") && namedMinerals(check).size === 1;
  const entries: MineralEntry[] = [];
  const seen = new Set<string>();
  for (const row of check.table.rows) {
    if (reader.text(row, "mineral") === "") continue;
    const named = rowMineral(check, row);
    const { mineral } = named;
    const key = mineralKey(mineral);
    const role = only && named.role === "unknown" ? "main" : named.role;
    if (seen.has(`${key}|${role}`)) continue;
    seen.add(`${key}|${role}`);
    entries.push({ mineral, key, role, sheet: check.sheet, cell: row.cells.mineral.address });
  }
  for (const entry of headingMinerals(check)) {
    if (seen.has(`${entry.key}|${entry.role}`)) continue;
    seen.add(`${entry.key}|${entry.role}`);
    entries.push(entry);
  }
  return entries;
}

/** The 资源量 and the 储量 of a set of rows, by what their 资源量类型 names. */
function classTotals(check: TableCheck, rows: readonly TableRow[]): { resources: number; reserves: number } {
  let resources = 0;
  let reserves = 0;
  for (const row of rows) {
    const ore = check.reader.get(row, "ore");
    if (ore?.kind !== "number") continue;
    const named = classOf(check.reader.text(row, "category"));
    if (named.reserve) reserves += ore.value;
    else if (named.resource) resources += ore.value;
  }
  return { resources, reserves };
}

/**
 * A total row that adds resources and reserves: over all rows, or over the rows of one mineral; flagged at its ore
 * cell with the two parts.
 */
function checkResourcesTotal(check: TableCheck, ore: Stated): void {
  const { reader, table } = check;
  const groups = new Map<string, TableRow[]>([["", [...table.rows]]]);
  for (const row of table.rows) {
    const key = `m:${mineralKey(reader.text(row, "mineral"))}`;
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  const added = [...groups.values()]
    .map((rows) => classTotals(check, rows))
    .find(({ resources, reserves }) => resources > 0 && reserves > 0 && agrees(ore, resources + reserves));
  if (!added) {
    check.recorder.pass(RULES.notSummed, check.scope);
    return;
  }
  const unit = reader.unit("ore");
  const resources = quantity(check.shown("ore", added.resources), unit);
  const reserves = quantity(check.shown("ore", added.reserves), unit);
  check.recorder.flag(RULES.notSummed, check.scope, {
    cell: ore.cell.address,
    stated: check.shown("ore", ore.value),
    recomputed: check.shown("ore", added.resources),
    format: "number",
    unit,
    ...(ore.cell.formula ? { formula: ore.cell.formula } : {}),
    note: {
      zh: `合计 = 资源量 ${resources} + 储量 ${reserves}；储量由探明、控制资源量转化而来，相加即重复计算`,
      en: `the total = resources ${resources} + reserves ${reserves}; reserves come out of measured and indicated resources, so adding them counts twice`,
    },
  });
}

/** Whether the classes and ore of every row, and the total's ore, can be read (no formula saved without a result). */
function classesReadable(check: TableCheck): boolean {
  const { reader, table } = check;
  const rows = [...table.rows, ...(table.total ? [table.total] : [])];
  return !rows.some((row) => reader.isUncached(row, "category") || reader.isUncached(row, "ore"));
}

/** The 资源储量表: 资源量 and 储量 not added, within a row or in the total row. */
export function checkResources(check: TableCheck): ResourcesFacts {
  const { reader, table } = check;
  const unread = rolesUnread(check);
  const facts = { minerals: mineralEntries(check), ...(unread ? { rolesUnread: unread } : {}) };
  if (!classesReadable(check)) {
    check.recorder.skip(RULES.notSummed, check.scope, REASONS.uncached);
    return facts;
  }
  let resourceRows = 0;
  let reserveRows = 0;
  for (const row of table.rows) {
    const category = reader.text(row, "category");
    const named = classOf(category);
    if (named.resource) resourceRows++;
    if (named.reserve) reserveRows++;
    if (named.resource && named.reserve) {
      check.recorder.flag(RULES.notSummed, check.scope, {
        cell: row.cells.category.address,
        stated: category,
        recomputed: null,
        format: "text",
        note: { zh: "同一行把资源量类别与储量类别合在一起", en: "one row joins a resource class and a reserve class" },
      });
    } else check.recorder.pass(RULES.notSummed, check.scope);
  }
  const ore = table.total ? reader.get(table.total, "ore") : undefined;
  if (table.total && ore?.kind === "number" && resourceRows > 0 && reserveRows > 0) {
    checkResourcesTotal(check, ore);
  }
  if (table.total) checkOreTotal(check, table.total);
  return facts;
}

/** The class words a 资源量类型 cell names (探明, 控制, 推断, 证实, 可信). */
const CLASS_WORDS = new RegExp([...RESOURCE_CLASSES, ...RESERVE_CLASSES].join("|"), "g");

function classWords(text: string): string[] {
  return text.match(CLASS_WORDS) ?? [];
}

/**
 * The total row's 矿石量: the sum of the rows of the class it names ("合计 | 控制资源量"), else of every row of
 * the mineral it totals (a table of several minerals adds each mineral's rows apart).
 */
function checkOreTotal(check: TableCheck, total: TableRow): void {
  const { reader, table } = check;
  const named = classWords(reader.text(total, "category"));
  const mineral = reader.text(total, "mineral");
  const counted = table.rows.filter(
    (row) =>
      (named.length !== 1 || classWords(reader.text(row, "category")).includes(named[0])) &&
      (mineral === "" || reader.text(row, "mineral") === mineral),
  );
  const minerals = new Set(counted.map((row) => mineralKey(mineralNamed(reader.text(row, "mineral")).mineral)));
  if (minerals.size > 1) return; // ore of different minerals (伴生 components of the same ore) is not added
  // a total of the resources alone (or the reserves alone) beside reserve rows is right; one adding both is
  // resources.not-summed's finding, not this one's
  check.derived(
    total,
    "ore",
    () => {
      const sums = { all: 0, resources: 0, reserves: 0 };
      for (const row of counted) {
        const value = check.input(row, "ore", 0);
        if (value === undefined) return undefined;
        const named = classOf(reader.text(row, "category"));
        sums.all += value;
        if (named.reserve) sums.reserves += value;
        else sums.resources += value;
      }
      return [sums.all, sums.resources, sums.reserves];
    },
    { total: true },
  );
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
  /**
   * 设计开采回采率 under 附件 六.5: Σ设计可采储量 ÷ Σ(保有 − 压覆), when every row states them (a fraction); what a
   * deduction 六.5 does not allow kept out of 设计利用资源量 counts as a design loss.
   */
  readonly recovery65?: number;
  /** 设计利用系数 of the 推断 rows as stated (NaN when blank). */
  readonly inferredFactors: readonly number[];
}

/** 设计开采回采率 = 设计可采储量 ÷ 设计利用资源量, refused with the engine's messages when it cannot be a share. */
function designRecoveryOf(recoverable: number, usable: number): number {
  return tonnageShare(recoverable, RESERVES.recoverableReserves, usable, RESERVES.usableResources);
}

/** The itemised loss columns the table has, read row by row. */
class LossItems {
  constructor(
    private readonly check: TableCheck,
    readonly ids: readonly string[],
  ) {}

  /** A row's itemised losses as stated, and their sum; undefined when one is unreadable. */
  of(row: TableRow): { values: number[]; sum: number } | undefined {
    const values: number[] = [];
    for (const id of this.ids) {
      const value = this.check.input(row, id, 0);
      if (value === undefined) return undefined;
      values.push(value);
    }
    return { values, sum: values.reduce((sum, value) => sum + value, 0) };
  }

  /**
   * The losses a stated value leaves out: those of the smallest subset for which it equals
   * `whole + sign × (Σitems − Σsubset)`, named with their cells and amounts.
   */
  omitted(row: TableRow, stated: Stated, whole: number, sign: 1 | -1): Message | undefined {
    const itemised = this.of(row);
    if (!itemised || this.ids.length === 0) return undefined;
    const nonzero = itemised.values
      .map((value, index) => ({ value, id: this.ids[index] }))
      .filter((item) => item.value > 0);
    for (const subset of subsets(nonzero.length)) {
      const left = subset.map((position) => nonzero[position]);
      const leftOut = left.reduce((sum, item) => sum + item.value, 0);
      if (agrees(stated, whole + sign * (itemised.sum - leftOut))) return this.named(row, left);
    }
    return undefined;
  }

  private named(row: TableRow, items: readonly { value: number; id: string }[]): Message {
    const unit = this.check.reader.unit(items[0].id);
    return commaList(
      items.map(({ value, id }) => {
        const spec = this.check.table.columns[id]?.spec;
        const at = row.cells[id]?.address ?? "";
        const amount = quantity(this.check.shown(id, value), unit);
        return {
          zh: `${(spec?.zh ?? id).replace(/[（(][^）)]*[）)]/, "")} ${at} = ${amount}`,
          en: `${spec?.en ?? id} ${at} = ${amount}`,
        };
      }),
    );
  }
}

/**
 * A 推断 row's 设计利用系数, shown to the experts as a 提示 when it is below 1: 附件 六.5 lists no such factor (the
 * deduction itself is failed by reserves.overlaid-only); blank or 1 counts the inferred resources in full, as 六.5 does.
 */
function checkInferredFactor(check: TableCheck, factorCell: Stated | undefined, factor: number | undefined): void {
  if (!factorCell || factorCell.kind === "blank") {
    check.recorder.pass(RULES.inferredFactor, check.scope);
    return;
  }
  if (factorCell.kind === "uncached" || factor === undefined) {
    const reason = factorCell.kind === "uncached" ? REASONS.uncached : REASONS.unreadable;
    check.recorder.skip(RULES.inferredFactor, check.scope, reason);
    return;
  }
  if (meetsMinimum(factor, 1)) {
    check.recorder.pass(RULES.inferredFactor, check.scope);
    return;
  }
  check.recorder.flag(RULES.inferredFactor, check.scope, {
    cell: factorCell.cell.address,
    stated: factor,
    recomputed: null,
    format: "number",
    ...(factorCell.cell.formula ? { formula: factorCell.cell.formula } : {}),
    note: {
      zh: `推断资源量按设计利用系数 ${factor} 计入：附件 六.5 未列此系数(设计利用资源量为保有资源量除压覆外的全部)，仅一例审查取 0.8；推断资源量的可靠程度请专家判断，不据此扣减`,
      en: `inferred resources counted at a design factor of ${factor}: annex 6.5 lists no such factor (usable resources are all retained resources but the overlaid ones), one review used 0.8; how far the inferred resources can be relied on is for the experts to judge, not a deduction`,
    },
  });
}

/** 设计损失量 = Σ itemised losses, with the losses a stated total leaves out named. */
function checkLosses(check: TableCheck, row: TableRow, items: LossItems): void {
  check.derived(
    row,
    "losses",
    () => {
      const itemised = items.of(row);
      return itemised ? [checkedSum(itemised.values, RESERVES.designLosses)] : undefined;
    },
    {
      covers: [RULES.allLosses],
      diagnose: (stated, expected): Diagnosis | undefined => {
        const left = items.omitted(row, stated, 0, 1);
        if (!left) return undefined;
        const itemisedTotal = quantity(check.shown("losses", expected), check.reader.unit("losses"));
        return {
          rule: RULES.allLosses,
          note: {
            zh: `设计损失量漏计：${left.zh}(分项合计 ${itemisedTotal})`,
            en: `design losses leave out: ${left.en} (itemised total ${itemisedTotal})`,
          },
        };
      },
    },
  );
}

/** 设计可采储量 = 设计利用资源量 − 设计损失量 (the stated total, or the itemised losses), every loss deducted. */
function checkRecoverable(
  check: TableCheck,
  row: TableRow,
  items: LossItems,
  usable: number | undefined,
  losses: number | undefined,
): void {
  check.derived(
    row,
    "recoverable",
    () => {
      if (usable === undefined) return undefined;
      const candidates: number[] = [];
      if (losses !== undefined) candidates.push(recoverableReserves(usable, [losses]));
      const itemised = items.ids.length > 0 ? items.of(row) : undefined;
      if (itemised) candidates.push(recoverableReserves(usable, [itemised.sum]));
      return candidates.length > 0 ? candidates : undefined;
    },
    {
      covers: [RULES.allLosses],
      diagnose: (stated): Diagnosis | undefined => {
        if (usable === undefined) return undefined;
        if (agrees(stated, usable)) {
          return {
            rule: RULES.allLosses,
            note: { zh: "设计可采储量未扣减任何设计损失", en: "no design loss was deducted at all" },
          };
        }
        const left = items.omitted(row, stated, usable, -1);
        return left
          ? {
              rule: RULES.allLosses,
              note: { zh: `设计可采储量漏减：${left.zh}`, en: `recoverable reserves leave out: ${left.en}` },
            }
          : undefined;
      },
    },
  );
}

/** A row's 设计利用资源量 against 附件 六.5 (base units): what 六.5 allows, what the row uses, and what it keeps out. */
interface RowUsable {
  readonly row: TableRow;
  /** 保有 − 压覆: 设计利用资源量 under 六.5; undefined when it cannot be read. */
  readonly allowed: number | undefined;
  /** 设计可采储量 as stated, or 设计利用 − 设计损失 as stated. */
  readonly recoverable: number | undefined;
  /** The deductions beyond 压覆, named with their cells; empty when the row keeps to 六.5. */
  readonly beyond: readonly Message[];
}

/** The deductions beyond 压覆 a row makes: a 禁采区/境界外 deduction, a factor below 1, or an unnamed one. */
function deductionsBeyond(
  check: TableCheck,
  row: TableRow,
  allowed: number,
  used: number,
  excluded: number | undefined,
  factor: number | undefined,
): Message[] {
  const unit = check.reader.unit("usable") || check.reader.unit("retained");
  const amount = (value: number) => quantity(check.shown("usable", value), unit);
  const named: Message[] = [];
  if (excluded !== undefined && excluded > 0) {
    const spec = columnOf(TABLES.design, "excluded");
    const at = row.cells.excluded?.address ?? "";
    named.push({
      zh: `${spec.zh.replace(/[（(][^）)]*[）)]/, "")} ${at} = ${amount(excluded)}`,
      en: `${spec.en} ${at} = ${amount(excluded)}`,
    });
  }
  if (factor !== undefined && !meetsMinimum(factor, 1)) {
    const at = row.cells.factor?.address ?? "";
    named.push({ zh: `设计利用系数 ${at} = ${factor}`, en: `design utilisation factor ${at} = ${factor}` });
  }
  if (named.length === 0) {
    named.push({
      zh: `未列明的扣除 ${amount(allowed - used)}`,
      en: `a deduction of ${amount(allowed - used)} the table does not name`,
    });
  }
  return named;
}

/**
 * One row of the design table: the inferred factor, 设计利用资源量 (附件 六.5, and its arithmetic), 设计损失量,
 * 设计可采储量 and 设计开采回采率. Returns the row's design recovery as stated (for naming a total that is the simple
 * mean of the rows) and its 设计利用资源量 against 六.5.
 */
function checkDesignRow(
  check: TableCheck,
  row: TableRow,
  items: LossItems,
  inferredFactors: number[],
): { rate: number | undefined; usable: RowUsable } {
  const { reader } = check;
  const category = reader.text(row, "category");
  const retained = check.input(row, "retained");
  const overlaid = check.input(row, "overlaid", 0);
  const excluded = check.input(row, "excluded", 0);
  const factorCell = reader.get(row, "factor");
  const factor = check.input(row, "factor");
  // a factor that cannot be read is not taken as 1: what it scales is not checked
  const factorUnread = factorCell !== undefined && factorCell.kind !== "blank" && factor === undefined;
  if (reader.isUncached(row, "category")) check.recorder.skip(RULES.inferredFactor, check.scope, REASONS.uncached);
  else if (classOf(category).inferred) {
    inferredFactors.push(factor ?? NaN);
    checkInferredFactor(check, factorCell, factor);
  }

  // 附件 六.5: only 压覆 leaves the denominator
  const allowed =
    retained !== undefined && overlaid !== undefined
      ? figureOf(() => usableResources(retained, [overlaid]))
      : undefined;
  const arithmetic =
    retained !== undefined && overlaid !== undefined && excluded !== undefined && !factorUnread
      ? // the row's own convention: (retained − overlaid − excluded) × factor
        figureOf(() =>
          usableResources(retained, [overlaid, excluded], Math.max(retained - overlaid - excluded, 0), factor ?? 1),
        )
      : undefined;
  const statedUsable = reader.get(row, "usable");
  const used = statedUsable?.kind === "number" ? statedUsable.value : arithmetic;
  const within =
    allowed === undefined ||
    used === undefined ||
    used >= allowed ||
    (statedUsable?.kind === "number" ? agrees(statedUsable, allowed) : Math.abs(used - allowed) <= 1e-9 * allowed);
  const beyond =
    within || allowed === undefined || used === undefined
      ? []
      : deductionsBeyond(check, row, allowed, used, excluded, factor);

  // the arithmetic of 设计利用资源量; a row that deducts beyond 压覆 is judged by reserves.overlaid-only instead; a
  // table without 保有资源量 states it as an input (a per-panel table of usable resources, losses and reserves)
  if (beyond.length === 0 && reader.has("retained")) {
    check.derived(row, "usable", () => {
      if (arithmetic === undefined || allowed === undefined) return undefined;
      return [arithmetic, allowed];
    });
  }

  const usable = check.input(row, "usable");
  const losses = check.input(row, "losses");
  const recoverable = check.input(row, "recoverable");
  if (items.ids.length > 0) checkLosses(check, row, items);
  checkRecoverable(check, row, items, usable, losses);
  check.derived(row, "designRecovery", () => {
    if (usable === undefined) return undefined;
    const candidates: number[] = [];
    if (recoverable !== undefined) candidates.push(designRecoveryOf(recoverable, usable));
    if (losses !== undefined) candidates.push(designRecoveryOf(recoverableReserves(usable, [losses]), usable));
    return candidates.length > 0 ? candidates : undefined;
  });
  const stated = reader.get(row, "designRecovery");
  const recoverableFigure =
    recoverable ??
    (used !== undefined && losses !== undefined ? figureOf(() => recoverableReserves(used, [losses])) : undefined);
  return {
    rate: stated?.kind === "number" ? stated.value : undefined,
    usable: { row, allowed, recoverable: recoverableFigure, beyond },
  };
}

/** What a row keeps out beyond 压覆, in a note: "探明资源量 (row 5): 禁采区/境界外扣除 D5 = 100 万t". */
function rowBeyond(check: TableCheck, usable: RowUsable): Message {
  const category = check.reader.text(usable.row, "category");
  const list = commaList(usable.beyond);
  return {
    zh: `${category || `第 ${usable.row.row + 1} 行`}：${list.zh}`,
    en: `${category || `row ${usable.row.row + 1}`}: ${list.en}`,
  };
}

/**
 * 附件 六.5: 设计利用资源量 includes every retained resource but the overlaid ones. A table that deducts anything else
 * (a 禁采区/境界外 column, a factor below 1, a deduction the table does not name) fails, at the total row's design
 * recovery when it states one (the mine's figure, once), else at each such row's design recovery (or its usable
 * resources), with the rate recomputed as 设计可采储量 ÷ (保有 − 压覆): what was kept out becomes a design loss.
 */
function checkOverlaidOnly(check: TableCheck, rows: readonly RowUsable[]): number | undefined {
  const { reader, table } = check;
  if (!reader.has("retained")) {
    // judged where the workbook states 保有资源量 (review.ts says when no design table does)
    check.recorder.inapplicable(RULES.overlaidOnly, check.scope, {
      zh: "表中没有保有资源量列：附件 六.5 在列有保有资源量的设计表中核对",
      en: "the table has no retained-resources column: annex 6.5 is checked in a design table that has one",
    });
    return undefined;
  }
  const complete = rows.length > 0 && rows.every((row) => row.allowed !== undefined && row.recoverable !== undefined);
  const rate65 = complete
    ? figureOf(() =>
        designRecoveryOf(
          rows.reduce((sum, row) => sum + (row.recoverable ?? 0), 0),
          rows.reduce((sum, row) => sum + (row.allowed ?? 0), 0),
        ),
      )
    : undefined;
  const unit = reader.unit("usable") || reader.unit("retained");
  const amount = (value: number) => quantity(check.shown("usable", value), unit);
  const offending = rows.filter((row) => row.beyond.length > 0);
  for (const row of rows) {
    if (row.beyond.length > 0) continue;
    if (row.allowed === undefined)
      check.recorder.skip(RULES.overlaidOnly, check.scope, check.reasonFor(row.row, false));
    else check.recorder.pass(RULES.overlaidOnly, check.scope);
  }
  if (offending.length === 0) return rate65;
  const clause = {
    zh: "附件 六.5 只扣压覆，其余应列为设计损失",
    en: "annex 6.5 deducts the overlaid resources only; the rest is a design loss",
  };
  const totalRate = table.total ? reader.get(table.total, "designRecovery") : undefined;
  if (table.total && totalRate?.kind === "number" && complete) {
    const allowed = rows.reduce((sum, row) => sum + (row.allowed ?? 0), 0);
    const recoverable = rows.reduce((sum, row) => sum + (row.recoverable ?? 0), 0);
    const rate = figureOf(() => designRecoveryOf(recoverable, allowed));
    if (rate !== undefined) {
      const named = commaList(offending.map((row) => rowBeyond(check, row)));
      check.recorder.flag(RULES.overlaidOnly, check.scope, {
        cell: totalRate.cell.address,
        stated: totalRate.value,
        recomputed: rate,
        format: "percent",
        ...(totalRate.cell.formula ? { formula: totalRate.cell.formula } : {}),
        note: {
          zh: `设计利用资源量扣除了压覆以外的部分(${named.zh})；${clause.zh}。按 六.5：设计利用资源量 = Σ(保有 − 压覆) = ${amount(allowed)}，设计开采回采率 = Σ设计可采 ${amount(recoverable)} ÷ ${amount(allowed)} = ${percent(rate)}(填报 ${percent(totalRate.value)})`,
          en: `usable resources deduct more than the overlaid resources (${named.en}); ${clause.en}. Under 6.5, usable = Σ(retained − overlaid) = ${amount(allowed)} and the design recovery = Σ recoverable ${amount(recoverable)} ÷ ${amount(allowed)} = ${percent(rate)} (stated ${percent(totalRate.value)})`,
        },
      });
      return rate65;
    }
  }
  for (const row of offending) {
    const allowed = row.allowed as number;
    const named = rowBeyond(check, row);
    const stated = reader.get(row.row, "designRecovery");
    const rate =
      row.recoverable !== undefined ? figureOf(() => designRecoveryOf(row.recoverable as number, allowed)) : undefined;
    if (stated?.kind === "number" && rate !== undefined) {
      check.recorder.flag(RULES.overlaidOnly, check.scope, {
        cell: stated.cell.address,
        stated: stated.value,
        recomputed: rate,
        format: "percent",
        ...(stated.cell.formula ? { formula: stated.cell.formula } : {}),
        note: {
          zh: `设计利用资源量扣除了压覆以外的部分(${named.zh})；${clause.zh}。按 六.5：设计利用资源量 = 保有 − 压覆 = ${amount(allowed)}，设计开采回采率 = 设计可采 ${amount(row.recoverable as number)} ÷ ${amount(allowed)} = ${percent(rate)}(填报 ${percent(stated.value)})`,
          en: `usable resources deduct more than the overlaid resources (${named.en}); ${clause.en}. Under 6.5, usable = retained − overlaid = ${amount(allowed)} and the design recovery = recoverable ${amount(row.recoverable as number)} ÷ ${amount(allowed)} = ${percent(rate)} (stated ${percent(stated.value)})`,
        },
      });
      continue;
    }
    const usableCell = reader.get(row.row, "usable");
    check.recorder.flag(RULES.overlaidOnly, check.scope, {
      cell: usableCell?.cell.address ?? row.row.cells.retained?.address ?? "",
      stated: usableCell?.kind === "number" ? check.shown("usable", usableCell.value) : null,
      recomputed: check.shown("usable", allowed),
      format: "number",
      unit,
      note: {
        zh: `设计利用资源量扣除了压覆以外的部分(${named.zh})；${clause.zh}。按 六.5：应为 保有 − 压覆 = ${amount(allowed)}`,
        en: `usable resources deduct more than the overlaid resources (${named.en}); ${clause.en}. Under 6.5, they are retained − overlaid = ${amount(allowed)}`,
      },
    });
  }
  return rate65;
}

/**
 * The total row's 设计开采回采率: its own recoverable ÷ usable, and Σ recoverable ÷ Σ usable over the rows (the
 * weighted mean of the rows' rates), with a total that is the simple mean of the rows named.
 */
function checkTotalRecovery(check: TableCheck, total: TableRow, rowRates: readonly number[]): void {
  const { table } = check;
  check.derived(
    total,
    "designRecovery",
    () => {
      const candidates: number[] = [];
      const usable = check.input(total, "usable");
      const recoverable = check.input(total, "recoverable");
      if (usable !== undefined && recoverable !== undefined) candidates.push(designRecoveryOf(recoverable, usable));
      let usableSum = 0;
      let recoverableSum = 0;
      for (const row of table.rows) {
        const rowUsable = check.input(row, "usable");
        const rowRecoverable = check.input(row, "recoverable");
        if (rowUsable === undefined || rowRecoverable === undefined) {
          return candidates.length > 0 ? candidates : undefined;
        }
        usableSum += rowUsable;
        recoverableSum += rowRecoverable;
      }
      candidates.push(designRecoveryOf(recoverableSum, usableSum));
      return candidates;
    },
    {
      total: true,
      diagnose: (stated, expected) => {
        if (rowRates.length < 2) return undefined;
        const simpleMean = mean(rowRates);
        return Math.abs(stated.value - simpleMean) <= tolerance(stated, simpleMean)
          ? {
              note: {
                zh: `合计行等于各行的简单平均 ${percent(simpleMean)}；加权应为 ${percent(expected)}`,
                en: `the total equals the simple mean of the rows, ${percent(simpleMean)}; weighted it is ${percent(expected)}`,
              },
            }
          : undefined;
      },
    },
  );
}

/** The 设计利用资源量与设计可采储量计算表. */
export function checkDesign(check: TableCheck): ReservesFacts {
  const items = new LossItems(check, [
    ...DESIGN_LOSS_IDS.filter((id) => check.reader.has(id)),
    ...Object.keys(check.table.columns).filter((id) => id.startsWith(LOSS_ITEM)),
  ]);
  const inferredFactors: number[] = [];
  const rowRates: number[] = [];
  const usable: RowUsable[] = [];
  for (const row of check.table.rows) {
    const checked = checkDesignRow(check, row, items, inferredFactors);
    if (checked.rate !== undefined) rowRates.push(checked.rate);
    usable.push(checked.usable);
  }
  const recovery65 = checkOverlaidOnly(check, usable);
  check.sums(["retained", "overlaid", "excluded", "usable", ...items.ids, "losses", "recoverable"]);
  if (check.table.total) checkTotalRecovery(check, check.table.total, rowRates);
  return { ...reservesFacts(check), ...(recovery65 !== undefined ? { recovery65 } : {}), inferredFactors };
}

/** The design table's totals as stated: the total row, or the sum of the rows when there is none. */
function reservesFacts(check: TableCheck): Omit<ReservesFacts, "inferredFactors"> {
  const { reader, table } = check;
  const value = (id: string): number | undefined => {
    if (!reader.has(id)) return undefined;
    if (table.total) {
      const stated = reader.get(table.total, id);
      if (stated?.kind === "number") return check.shown(id, stated.value);
    }
    if (id === "designRecovery") return undefined;
    let sum = 0;
    for (const row of table.rows) {
      const stated = reader.get(row, id);
      if (stated?.kind === "number") sum += stated.value;
      else if (stated?.kind !== "blank") return undefined;
    }
    return check.shown(id, sum);
  };
  const usable = value("usable");
  const recoverable = value("recoverable");
  const designRecovery =
    value("designRecovery") ?? (usable && recoverable !== undefined ? recoverable / usable : undefined);
  const facts: Record<string, number | undefined> = {
    retained: value("retained"),
    overlaid: value("overlaid"),
    excluded: value("excluded"),
    usable,
    losses: value("losses"),
    recoverable,
    designRecovery,
  };
  const defined = Object.fromEntries(Object.entries(facts).filter(([, figure]) => figure !== undefined));
  return { sheet: check.sheet, range: table.range, unit: reader.unit("retained") || reader.unit("usable"), ...defined };
}
