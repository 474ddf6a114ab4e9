/**
 * 采区(矿块)开采回采率计算表 and 选矿金属平衡表: each block's recovery, ore mined and dilution recomputed; the
 * mine-level recovery in the total row as the weighted average over every block (浙自然资规〔2025〕6号 附件 六.5),
 * with the simple mean named when that is what the total holds; the balance's yields, metals and recoveries.
 */
import { Message } from "../errors";
import { miningRecovery, tonnageShare, weightedRecovery } from "../mining/recovery";
import { actualProcessRecovery } from "../processing/recovery";
import { ASSAY_RECOVERY, TableRow, assayOf } from "./locate";
import { GRADE_UNITS, Stated } from "./read";
import { agrees } from "./record";
import { RULES, derivedRule } from "./rules";
import { REASONS, TableCheck, figureOf, mean, percent, quantity } from "./tableCheck";
import { MINING, PROCESSING } from "../parameters";
import { tonnage } from "../quantity";

/** 混入废石量, the waste mixed into the ore mined, named in messages as the 贫化率 it makes. */
const WASTE = tonnage("贫化率(废石混入率)", "dilution");

export interface BlocksFacts {
  readonly sheet: string;
  readonly range: string;
  readonly blocks: number;
  /** The total row's recovery as stated, and where. */
  readonly total?: { readonly cell: string; readonly value: number };
  /** Σ extracted ÷ Σ consumed over every block, from the stated quantities. */
  readonly weighted?: number;
  /** The simple mean of the stated block rates. */
  readonly simpleMean?: number;
}

/** The blocks' rates and weights, for the mine's recovery; `complete` when every block could be read. */
interface BlockRates {
  readonly consumed: number[];
  /** How far the rounding of each block's 采出纯矿石量 may move it (stated: 0; from its other columns: theirs). */
  readonly pureHalfUnits: number[];
  /** extracted ÷ consumed of each block. */
  readonly exactRates: number[];
  /** Each block's rate as stated (its exact rate where none is stated as a number). */
  readonly statedRates: number[];
  readonly labels: string[];
  complete: boolean;
}

/** A block's resources consumed equal ore extracted plus loss, within the rounding of the three cells. */
function checkBlockBalance(check: TableCheck, row: TableRow, consumed: number, loss: number, extracted: number): void {
  const { reader } = check;
  const consumedCell = reader.get(row, "consumed") as Stated;
  const slack = Math.max(
    1e-6 * consumed,
    consumedCell.halfUnit + (reader.get(row, "loss")?.halfUnit ?? 0) + (reader.get(row, "extracted")?.halfUnit ?? 0),
  );
  if (Math.abs(consumed - (extracted + loss)) <= slack) check.recorder.pass(RULES.blockBalance, check.scope);
  else {
    check.recorder.flag(RULES.blockBalance, check.scope, {
      cell: consumedCell.cell.address,
      stated: check.shown("consumed", consumed),
      recomputed: check.shown("consumed", extracted + loss),
      format: "number",
      unit: reader.unit("consumed"),
      note: { zh: "动用资源量 ≠ 采出纯矿石量 + 损失量", en: "consumed ≠ extracted + loss" },
    });
  }
}

/** A number read with how far its typing may be off (base units). */
interface Read {
  readonly value: number;
  readonly halfUnit: number;
}

/** What the stated number of a column is, with its rounding; undefined when absent, blank or unreadable. */
function readOf(check: TableCheck, row: TableRow, id: string): Read | undefined {
  const value = check.input(row, id);
  return value === undefined ? undefined : { value, halfUnit: check.reader.get(row, id)?.halfUnit ?? 0 };
}

/**
 * 采出纯矿石量, the ore the recovery counts (GB/T 42249-2022: waste mixed in is not recovered), as the block states
 * it or as its other columns give it when the table has no such column: 动用 − 损失, 采出矿石量 − 混入废石量, or
 * 采出矿石量 × (1 − 贫化率) (贫化率 as the waste ratio). Each reading carries the rounding of the cells it comes from.
 */
function pureOre(check: TableCheck, row: TableRow, consumed: Read | undefined): Read[] {
  const { reader } = check;
  if (reader.has("extracted")) {
    const extracted = readOf(check, row, "extracted");
    return extracted ? [{ value: extracted.value, halfUnit: 0 }] : [];
  }
  const readings: Read[] = [];
  const loss = readOf(check, row, "loss");
  if (consumed && loss) {
    readings.push({ value: consumed.value - loss.value, halfUnit: consumed.halfUnit + loss.halfUnit });
  }
  const mined = readOf(check, row, "mined");
  const waste = readOf(check, row, "waste");
  const dilution = readOf(check, row, "dilution");
  if (mined && waste) readings.push({ value: mined.value - waste.value, halfUnit: mined.halfUnit + waste.halfUnit });
  else if (mined && dilution && dilution.value <= 1) {
    const value = mined.value * (1 - dilution.value);
    readings.push({ value, halfUnit: mined.halfUnit * (1 - dilution.value) + mined.value * dilution.halfUnit });
  }
  return readings;
}

/**
 * A share part ÷ whole (undefined where the engine refuses it) and how far the part's rounding may move it: only
 * a part derived from other cells carries rounding; a stated divisor is taken as exact, as everywhere in the review.
 */
function shareOf(part: Read, whole: Read, share: (part: number, whole: number) => number): Read | undefined {
  const value = figureOf(() => share(part.value, whole.value));
  return value === undefined ? undefined : { value, halfUnit: part.halfUnit / whole.value };
}

/** The largest rounding of the readings that could be computed. */
function largestHalfUnit(readings: readonly (Read | undefined)[]): number {
  return Math.max(0, ...readings.map((reading) => reading?.halfUnit ?? 0));
}

/** A recovery stated as 采出矿石量 ÷ 动用: the waste mixed in counted as ore recovered. */
function wasteCountedNote(check: TableCheck, row: TableRow, consumed: number | undefined) {
  return (stated: Stated, expected: number) => {
    const mined = check.input(row, "mined");
    if (mined === undefined || consumed === undefined || consumed === 0) return undefined;
    const withWaste = mined / consumed;
    return Math.abs(stated.value - withWaste) <= Math.max(stated.halfUnit, 1e-6)
      ? {
          note: {
            zh: `填报值 ${percent(withWaste)} 是采出矿石量(含混入废石) ÷ 动用资源量；开采回采率按采出纯矿石量计，应为 ${percent(expected)}`,
            en: `the stated ${percent(withWaste)} is ore mined (waste included) ÷ resources consumed; the recovery counts the ore only: ${percent(expected)}`,
          },
        }
      : undefined;
  };
}

/** One block: its balance, ore mined, recovery and dilution; its rate and weight added to `rates`. */
function checkBlock(check: TableCheck, row: TableRow, rates: BlockRates): void {
  const consumedRead = readOf(check, row, "consumed");
  const consumed = consumedRead?.value;
  const loss = check.input(row, "loss");
  const extracted = check.reader.has("extracted") ? check.input(row, "extracted") : undefined;
  const waste = check.input(row, "waste");
  if (consumed !== undefined && extracted !== undefined && loss !== undefined) {
    checkBlockBalance(check, row, consumed, loss, extracted);
  } else if (check.reader.has("consumed") && check.reader.has("loss") && check.reader.has("extracted")) {
    check.recorder.skip(RULES.blockBalance, check.scope, check.reasonFor(row, false));
  }
  const pure = pureOre(check, row, consumedRead);
  // a column the table gives no inputs for is itself an input: nothing to recompute it from
  if (check.reader.has("extracted") && check.reader.has("waste")) {
    check.derived(row, "mined", () =>
      extracted !== undefined && waste !== undefined ? [extracted + waste] : undefined,
    );
  }
  const rateReadings =
    consumedRead && consumedRead.value > 0 ? pure.map((reading) => shareOf(reading, consumedRead, miningRecovery)) : [];
  check.derived(
    row,
    "recovery",
    () => {
      if (consumed !== undefined && pure.length > 0)
        return pure.map((reading) => miningRecovery(reading.value, consumed));
      return undefined;
    },
    {
      slack: largestHalfUnit(rateReadings),
      diagnose: check.reader.has("extracted") ? undefined : wasteCountedNote(check, row, consumed),
    },
  );
  if (dilutionRecomputable(check)) {
    check.derived(row, "dilution", () => dilutionCandidates(check, row, { consumed, loss, extracted, waste }), {
      slack: dilutionSlack(check, row, consumedRead),
    });
  }
  const statedRate = check.reader.get(row, "recovery");
  const exactRate =
    consumed !== undefined && pure.length > 0 ? figureOf(() => miningRecovery(pure[0].value, consumed)) : undefined;
  if (consumed === undefined || exactRate === undefined) {
    rates.complete = false;
    return;
  }
  rates.consumed.push(consumed);
  rates.pureHalfUnits.push(pure[0].halfUnit);
  rates.exactRates.push(exactRate);
  // the "rounded rates" mean takes a block's rate as stated where it is right within its rounding, and its exact
  // rate where it is not stated as a number or is wrong (a wrong block rate is flagged at its own cell)
  const rightAsStated =
    statedRate?.kind === "number" &&
    rateReadings.some((reading) => reading !== undefined && agrees(statedRate, reading.value, reading.halfUnit));
  rates.statedRates.push(rightAsStated ? statedRate.value : exactRate);
  rates.labels.push(row.label || row.cells.block?.address || "");
}

/**
 * A block's 贫化率 (the waste ratio) from its waste and ore mined, or, without a 混入废石量 column, from the ore mined
 * less the pure ore (stated, or 动用 − 损失); never from the 贫化率 itself.
 */
function dilutionCandidates(
  check: TableCheck,
  row: TableRow,
  read: { consumed?: number; loss?: number; extracted?: number; waste?: number },
): number[] | undefined {
  const { consumed, loss, extracted, waste } = read;
  const mined = check.input(row, "mined");
  const candidates: number[] = [];
  if (waste !== undefined) {
    if (mined !== undefined) candidates.push(tonnageShare(waste, WASTE, mined, MINING.minedOre));
    if (extracted !== undefined) candidates.push(tonnageShare(waste, WASTE, extracted + waste, MINING.minedOre));
  } else if (mined !== undefined && extracted !== undefined) {
    candidates.push(tonnageShare(mined - extracted, WASTE, mined, MINING.minedOre));
  } else if (mined !== undefined && loss !== undefined && consumed !== undefined) {
    candidates.push(tonnageShare(mined - (consumed - loss), WASTE, mined, MINING.minedOre));
  }
  return candidates.length > 0 ? candidates : undefined;
}

/**
 * Whether the table has the columns a 贫化率 is recomputed from (混入废石量 with 采出矿石量 or 采出纯矿石量, or
 * 采出矿石量 with the pure ore); without them the stated 贫化率 is an input.
 */
function dilutionRecomputable(check: TableCheck): boolean {
  const has = (id: string) => check.reader.has(id);
  const pure = has("extracted") || (has("consumed") && has("loss"));
  return (has("waste") && (has("mined") || has("extracted"))) || (has("mined") && pure);
}

/** How far the rounding of 采出矿石量, 动用 and 损失 may move a dilution recomputed from them. */
function dilutionSlack(check: TableCheck, row: TableRow, consumed: Read | undefined): number {
  const mined = readOf(check, row, "mined");
  const loss = readOf(check, row, "loss");
  if (!mined || mined.value <= 0 || check.reader.has("waste")) return 0;
  const pure = check.reader.has("extracted")
    ? readOf(check, row, "extracted")
    : consumed && loss
      ? { value: consumed.value - loss.value, halfUnit: consumed.halfUnit + loss.halfUnit }
      : undefined;
  return pure ? largestHalfUnit([shareOf(pure, mined, (part, whole) => part / whole)]) : 0;
}

/**
 * The total row's recovery: the weighted mean over every block (from exact or from stated rates), or the total's
 * own 采出纯矿石量 ÷ 动用; a simple mean, a weighted mean that leaves a block out, or waste counted as ore is named.
 */
function checkTotalRecovery(check: TableCheck, total: TableRow, rates: BlockRates): void {
  const { consumed, exactRates, statedRates, labels } = rates;
  const totalConsumed = readOf(check, total, "consumed");
  const own = totalConsumed && totalConsumed.value > 0 ? pureOre(check, total, totalConsumed) : [];
  const consumedSum = consumed.reduce((sum, value) => sum + value, 0);
  const slack = Math.max(
    consumedSum > 0 ? rates.pureHalfUnits.reduce((sum, value) => sum + value, 0) / consumedSum : 0,
    largestHalfUnit(totalConsumed ? own.map((reading) => shareOf(reading, totalConsumed, miningRecovery)) : []),
  );
  check.derived(
    total,
    "recovery",
    () => {
      if (!rates.complete || consumed.length === 0) return undefined;
      const candidates = [weightedRecovery(exactRates, consumed), weightedRecovery(statedRates, consumed)];
      for (const reading of own) {
        const ownRate = figureOf(() => miningRecovery(reading.value, totalConsumed?.value ?? NaN));
        if (ownRate !== undefined) candidates.push(ownRate);
      }
      return candidates;
    },
    {
      total: true,
      rule: RULES.weighted,
      slack,
      diagnose: (stated, expected) =>
        weightedDiagnosis(stated, expected, exactRates, statedRates, consumed, labels) ??
        (check.reader.has("extracted")
          ? undefined
          : wasteCountedNote(check, total, totalConsumed?.value)(stated, expected)),
    },
  );
}

/** The total row's dilution: Σ waste ÷ Σ ore mined (or its own waste ÷ ore mined), a simple mean named. */
function checkTotalDilution(check: TableCheck, total: TableRow): void {
  const { reader, table } = check;
  if (!dilutionRecomputable(check)) return;
  check.derived(
    total,
    "dilution",
    () => {
      let wasteSum = 0;
      let minedSum = 0;
      for (const row of table.rows) {
        const statedMined = check.input(row, "mined");
        // without a 混入废石量 column the waste is what the ore mined holds beyond the pure ore
        const pure = reader.has("waste") ? undefined : pureOre(check, row, readOf(check, row, "consumed"))[0];
        const waste =
          check.input(row, "waste") ?? (statedMined !== undefined && pure ? statedMined - pure.value : undefined);
        const mined = statedMined ?? (waste !== undefined ? (check.input(row, "extracted") ?? NaN) + waste : undefined);
        if (waste === undefined || mined === undefined || !Number.isFinite(mined)) return undefined;
        wasteSum += waste;
        minedSum += mined;
      }
      const candidates = [tonnageShare(wasteSum, WASTE, minedSum, MINING.minedOre)];
      const totalWaste = check.input(total, "waste");
      const totalMined = check.input(total, "mined");
      const ownRatio =
        totalWaste !== undefined && totalMined !== undefined
          ? figureOf(() => tonnageShare(totalWaste, WASTE, totalMined, MINING.minedOre))
          : undefined;
      if (ownRatio !== undefined) candidates.push(ownRatio);
      return candidates;
    },
    {
      total: true,
      slack: dilutionSlack(check, total, readOf(check, total, "consumed")),
      diagnose: (stated, expected) => {
        const rowRates = table.rows
          .map((row) => reader.get(row, "dilution"))
          .filter((rate): rate is Stated => rate?.kind === "number");
        if (rowRates.length < 2) return undefined;
        const simpleMean = mean(rowRates.map((rate) => rate.value));
        return agrees(stated, simpleMean) ? { note: simpleMeanNote(simpleMean, expected, rowRates.length) } : undefined;
      },
    },
  );
}

/** The 采区(矿块)开采回采率计算表. */
export function checkBlocks(check: TableCheck): BlocksFacts {
  const { table } = check;
  const rates: BlockRates = {
    consumed: [],
    pureHalfUnits: [],
    exactRates: [],
    statedRates: [],
    labels: [],
    complete: true,
  };
  for (const row of table.rows) checkBlock(check, row, rates);
  check.sums(["consumed", "loss", "extracted", "waste", "mined"]);
  let facts: BlocksFacts = { sheet: check.sheet, range: table.range, blocks: table.rows.length };
  // The engine's rule, the one =MINE.WEIGHTED_RECOVERY computes: Σ rate × consumed ÷ Σ consumed.
  const weighted =
    rates.complete && rates.consumed.length > 0
      ? figureOf(() => weightedRecovery(rates.exactRates, rates.consumed))
      : undefined;
  if (weighted !== undefined) facts = { ...facts, weighted, simpleMean: mean(rates.statedRates) };
  const total = table.total;
  if (!total) {
    check.recorder.inapplicable(RULES.weighted, check.scope, {
      zh: "表中没有合计行：全矿开采回采率在三率汇总表中核对",
      en: "the table has no total row: the mine's recovery is checked in the summary table",
    });
    return facts;
  }
  checkTotalRecovery(check, total, rates);
  checkTotalDilution(check, total);
  const stated = check.reader.get(total, "recovery");
  return stated?.kind === "number" ? { ...facts, total: { cell: stated.cell.address, value: stated.value } } : facts;
}

function simpleMeanNote(simpleMean: number, weighted: number, blocks: number): Message {
  return {
    zh: `填报值等于 ${blocks} 个采区(矿块)的简单平均 ${percent(simpleMean)}；按动用资源量加权应为 ${percent(weighted)}`,
    en: `the stated value is the simple mean of the ${blocks} blocks, ${percent(simpleMean)}; weighted by resources consumed it is ${percent(weighted)}`,
  };
}

/** Why a mine-level recovery is not the weighted one: a simple mean, or a weighted mean over fewer blocks. */
export function weightedDiagnosis(
  stated: Stated,
  expected: number,
  exactRates: readonly number[],
  statedRates: readonly number[],
  weights: readonly number[],
  labels: readonly string[],
): { note: Message } | undefined {
  if (exactRates.length < 2) return undefined;
  for (const rates of [statedRates, exactRates]) {
    const simpleMean = mean(rates);
    if (agrees(stated, simpleMean)) return { note: simpleMeanNote(simpleMean, expected, rates.length) };
  }
  for (let skipped = 0; skipped < exactRates.length; skipped++) {
    const others = (_: number, index: number) => index !== skipped;
    const partial = figureOf(() => weightedRecovery(exactRates.filter(others), weights.filter(others)));
    if (partial !== undefined && agrees(stated, partial)) {
      return {
        note: {
          zh: `填报值是漏掉“${labels[skipped]}”后的加权平均 ${percent(partial)}；须对全部采区(矿块)加权，应为 ${percent(expected)}`,
          en: `the stated value is the weighted mean without "${labels[skipped]}", ${percent(partial)}; every block must be weighted: ${percent(expected)}`,
        },
      };
    }
  }
  return undefined;
}

export interface BalanceFacts {
  readonly sheet: string;
  readonly range: string;
  /** Concentrate rows (精矿) with their stated recovery and Q·β ÷ (Q原·α) from the stated tonnages and grades. */
  readonly concentrates: readonly {
    readonly label: string;
    readonly cell: string;
    readonly recovery?: number;
    readonly recomputed?: number;
    /** The stated recovery of every assay the balance gives (TFe and mFe, Au and Ag), the table's own first. */
    readonly assays: readonly { readonly assay?: string; readonly recovery: number }[];
  }[];
}

const FEED = /原矿|给矿|入选|入料|原料|feed/i;
const CONCENTRATE = /精矿|concentrate/i;
const TAILINGS = /尾矿|尾砂|tailings?/i;

/** Candidate grade-to-fraction factors when the grade column gives no unit: %, g/t, ‰, fraction. */
const GRADE_FACTORS = [0.01, 1e-6, 1e-3, 1];

/** What a row's cell states as a number, when it does. */
function statedNumber(check: TableCheck, row: TableRow | undefined, id: string): number | undefined {
  const stated = row ? check.reader.get(row, id) : undefined;
  return stated?.kind === "number" ? stated.value : undefined;
}

/** The concentrate rows, with their stated recovery and Q·β ÷ (Q原·α) from the stated tonnages and grades. */
/**
 * The column that gives each product's mass: 产量 (t), or, in a balance laid out per 100 t of feed without
 * tonnages, 产率 (the feed's 100%).
 */
function massColumn(check: TableCheck): "tonnage" | "yield" {
  return check.reader.has("tonnage") || !check.reader.has("yield") ? "tonnage" : "yield";
}

function concentrates(check: TableCheck, feed: TableRow | undefined): BalanceFacts["concentrates"] {
  const mass = massColumn(check);
  const feedTonnage = statedNumber(check, feed, mass);
  const feedGrade = statedNumber(check, feed, "grade");
  return check.table.rows
    .filter((row) => row !== feed && CONCENTRATE.test(row.label))
    .map((row) => {
      const stated = check.reader.get(row, "recovery");
      const tonnage = statedNumber(check, row, mass);
      const grade = statedNumber(check, row, "grade");
      const recomputed =
        tonnage !== undefined && grade !== undefined && feedTonnage !== undefined && feedGrade !== undefined
          ? figureOf(() => actualProcessRecovery(tonnage, grade, feedTonnage, feedGrade))
          : undefined;
      const assays = Object.entries(check.table.columns)
        .filter(([id]) => id === "recovery" || id.startsWith(ASSAY_RECOVERY))
        .flatMap(([id, column]) => {
          const read = check.reader.get(row, id);
          const assay = assayOf(column.header);
          return read?.kind === "number" ? [{ ...(assay ? { assay } : {}), recovery: read.value }] : [];
        });
      return {
        label: row.label,
        cell: stated?.cell.address ?? row.cells.product.address,
        ...(stated?.kind === "number" ? { recovery: stated.value } : {}),
        ...(recomputed !== undefined ? { recomputed } : {}),
        assays,
      };
    });
}

/** The grade unit as a fraction of the ore: from the header, or the one unit that fits the most rows' metal. */
function gradeFactor(check: TableCheck): number | undefined {
  const { reader } = check;
  const fromHeader = GRADE_UNITS.get(reader.unit("grade"));
  if (fromHeader !== undefined || !reader.has("metal")) return fromHeader;
  let factor: number | undefined;
  let best = 0;
  for (const candidate of GRADE_FACTORS) {
    const fits = check.table.rows.filter((row) => {
      const tonnage = reader.get(row, "tonnage");
      const grade = reader.get(row, "grade");
      const metal = reader.get(row, "metal");
      return (
        tonnage?.kind === "number" &&
        grade?.kind === "number" &&
        metal?.kind === "number" &&
        agrees(metal, tonnage.value * grade.value * candidate)
      );
    }).length;
    if (fits > best) {
      best = fits;
      factor = candidate;
    }
  }
  return factor;
}

/** The feed's tonnage, grade and metal, as read. */
interface Feed {
  readonly row: TableRow;
  readonly tonnage?: number | undefined;
  readonly grade?: number | undefined;
  readonly metal?: number | undefined;
}

/** One product (or the feed): its yield, metal and recovery. */
function checkProduct(check: TableCheck, row: TableRow, feed: Feed, factor: number | undefined): void {
  const mass = massColumn(check);
  const tonnage = check.input(row, mass);
  const grade = check.input(row, "grade");
  const metal = check.input(row, "metal");
  if (mass === "tonnage") {
    check.derived(row, "yield", () =>
      tonnage !== undefined && feed.tonnage !== undefined
        ? [tonnageShare(tonnage, PROCESSING.concentrateMass, feed.tonnage, PROCESSING.feedMass)]
        : undefined,
    );
  }
  if (mass === "yield") {
    // metal per some tonnage of feed (以100t原矿计) cannot be recomputed from yields without that tonnage
  } else if (factor === undefined) {
    if (check.reader.has("metal")) {
      check.recorder.skip(derivedRule("balance", "metal", false), check.scope, {
        zh: "品位单位不明，金属量未复核",
        en: "the grade unit is unknown; metal was not checked",
      });
    }
  } else {
    check.derived(row, "metal", () =>
      tonnage !== undefined && grade !== undefined ? [tonnage * grade * factor] : undefined,
    );
  }
  const rounding = (id: string, of: TableRow) => {
    const stated = check.reader.get(of, id);
    return stated?.kind === "number" && stated.value !== 0 ? stated.halfUnit / Math.abs(stated.value) : 0;
  };
  // Q·β ÷ (Q原·α) from typed masses and assays carries their rounding (relative, summed)
  const relative = [mass, "grade"].reduce((sum, id) => sum + rounding(id, row) + rounding(id, feed.row), 0);
  const fromAssays =
    tonnage !== undefined && grade !== undefined && feed.tonnage !== undefined && feed.grade !== undefined
      ? figureOf(() => actualProcessRecovery(tonnage, grade, feed.tonnage as number, feed.grade as number))
      : undefined;
  check.derived(
    row,
    "recovery",
    () => {
      if (row === feed.row) return [1];
      const candidates: number[] = [];
      if (metal !== undefined && feed.metal !== undefined && feed.metal > 0) candidates.push(metal / feed.metal);
      if (tonnage !== undefined && grade !== undefined && feed.tonnage !== undefined && feed.grade !== undefined) {
        candidates.push(actualProcessRecovery(tonnage, grade, feed.tonnage, feed.grade));
      }
      // the tailings' recovery as balances give it: 100% less the other products' stated recoveries (those are
      // checked on their own assays, so a wrong concentrate is not passed through its tailings)
      const others = check.table.rows.filter((other) => other !== row && other !== feed.row);
      const stated = others.map((other) => check.reader.get(other, "recovery"));
      if (TAILINGS.test(row.label) && others.length > 0 && stated.every((each) => each?.kind === "number")) {
        candidates.push(1 - stated.reduce((sum, each) => sum + (each as Stated).value, 0));
      }
      return candidates.length > 0 ? candidates : undefined;
    },
    { slack: (fromAssays ?? 0) * relative },
  );
}

/** Closure: the products add up to the feed, in tonnage and in metal, within the rounding of the cells. */
function checkClosure(check: TableCheck, feed: TableRow, products: readonly TableRow[]): void {
  const { reader } = check;
  for (const id of [massColumn(check), "metal"]) {
    const feedCell = reader.get(feed, id);
    if (feedCell?.kind === "uncached") check.recorder.skip(RULES.closure, check.scope, REASONS.uncached);
    if (feedCell?.kind !== "number") continue;
    let sum = 0;
    let slack = feedCell.halfUnit;
    let readable = true;
    for (const product of products) {
      const stated = reader.get(product, id);
      if (stated?.kind !== "number") readable = false;
      else {
        sum += stated.value;
        slack += stated.halfUnit;
      }
    }
    if (!readable) {
      const uncached = [feed, ...products].some((row) => reader.isUncached(row, id));
      check.recorder.skip(RULES.closure, check.scope, uncached ? REASONS.uncached : REASONS.inputs);
      continue;
    }
    if (Math.abs(sum - feedCell.value) <= Math.max(slack, 1e-6 * feedCell.value)) {
      check.recorder.pass(RULES.closure, check.scope);
      continue;
    }
    const total = quantity(check.shown(id, sum), reader.unit(id));
    check.recorder.flag(RULES.closure, check.scope, {
      cell: feedCell.cell.address,
      stated: check.shown(id, feedCell.value),
      recomputed: check.shown(id, sum),
      format: "number",
      unit: reader.unit(id),
      note: { zh: `各产品合计 ${total}，与原矿不平衡`, en: `the products add up to ${total}, not the feed` },
    });
  }
}

/** The 选矿金属平衡表. */
export function checkBalance(check: TableCheck): BalanceFacts {
  const rows = check.table.rows;
  const feedRow = rows.find((row) => FEED.test(row.label)) ?? rows[0];
  const facts: BalanceFacts = {
    sheet: check.sheet,
    range: check.table.range,
    concentrates: concentrates(check, feedRow),
  };
  if (!feedRow) return facts;
  const feed: Feed = {
    row: feedRow,
    tonnage: check.input(feedRow, massColumn(check)),
    grade: check.input(feedRow, "grade"),
    metal: check.input(feedRow, "metal"),
  };
  const factor = gradeFactor(check);
  for (const row of rows) checkProduct(check, row, feed, factor);
  const products = rows.filter((row) => row !== feedRow);
  if (products.length >= 2) checkClosure(check, feedRow, products);
  return facts;
}
