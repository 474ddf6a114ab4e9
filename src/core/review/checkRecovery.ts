/**
 * 采区(矿块)开采回采率计算表 and 选矿金属平衡表: each block's recovery, ore mined and dilution recomputed; the
 * mine-level recovery in the total row as the weighted average over every block (浙自然资规〔2025〕6号 附件 六.5),
 * with the simple mean named when that is what the total holds; the balance's yields, metals and recoveries.
 */
import { Message } from "../errors";
import { miningRecovery, tonnageShare, weightedRecovery } from "../mining/recovery";
import { actualProcessRecovery } from "../processing/recovery";
import { TableRow } from "./locate";
import { GRADE_UNITS, Stated } from "./read";
import { agrees } from "./record";
import { RULES } from "./rules";
import { TableCheck, percent, quantity } from "./tableCheck";
import { MINING, PROCESSING } from "../parameters";
import { tonnage } from "../quantity";

/** 混入废石量, the waste mixed into the ore mined, named in messages as the 贫化率 it makes. */
const WASTE = tonnage("贫化率(废石混入率)", "dilution");

const mean = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;

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

/** The 采区(矿块)开采回采率计算表. */
export function checkBlocks(tc: TableCheck): BlocksFacts {
  const { reader, table, rec, scope } = tc;
  const consumed: number[] = [];
  const exactRates: number[] = [];
  const statedRates: number[] = [];
  const labels: string[] = [];
  let complete = true;
  for (const row of table.rows) {
    const q = tc.input(row, "consumed");
    const s = tc.input(row, "loss");
    const t = tc.input(row, "extracted");
    const y = tc.input(row, "waste");
    if (q !== undefined && t !== undefined && s !== undefined) {
      const qs = reader.get(row, "consumed") as Stated;
      const slack = Math.max(
        1e-6 * q,
        qs.halfUnit + (reader.get(row, "loss")?.halfUnit ?? 0) + (reader.get(row, "extracted")?.halfUnit ?? 0),
      );
      if (Math.abs(q - (t + s)) <= slack) rec.pass(RULES.blockBalance, scope);
      else {
        rec.flag(RULES.blockBalance, scope, {
          cell: qs.cell.address,
          stated: tc.shown("consumed", q),
          recomputed: tc.shown("consumed", t + s),
          format: "number",
          unit: reader.unit("consumed"),
          note: { zh: "动用资源量 ≠ 采出纯矿石量 + 损失量", en: "consumed ≠ extracted + loss" },
        });
      }
    }
    tc.derived(row, "mined", () => (t !== undefined && y !== undefined ? [t + y] : undefined));
    tc.derived(row, "recovery", () => (t !== undefined && q !== undefined ? [miningRecovery(t, q)] : undefined));
    tc.derived(row, "dilution", () => {
      if (y === undefined) return undefined;
      const out: number[] = [];
      const mined = tc.input(row, "mined");
      if (mined !== undefined) out.push(tonnageShare(y, WASTE, mined, MINING.minedOre));
      if (t !== undefined) out.push(tonnageShare(y, WASTE, t + y, MINING.minedOre));
      return out.length > 0 ? out : undefined;
    });
    const rate = reader.get(row, "recovery");
    if (q === undefined || t === undefined || q === 0 || t > q) complete = false;
    else {
      consumed.push(q);
      exactRates.push(t / q);
      // a block whose rate is not stated as a number counts with its exact rate in the "rounded rates" mean
      statedRates.push(rate?.kind === "number" && rate.value <= 1 ? rate.value : t / q);
      labels.push(row.label || row.cells.block?.address || "");
    }
  }

  tc.sums(["consumed", "loss", "extracted", "waste", "mined"]);
  const total = table.total;
  let facts: BlocksFacts = { sheet: tc.sheet, range: table.range, blocks: table.rows.length };
  if (complete && consumed.length > 0) {
    facts = {
      ...facts,
      // The engine's rule, the one =MINE.WEIGHTED_RECOVERY computes: Σ rate × consumed ÷ Σ consumed.
      weighted: weightedRecovery(exactRates, consumed),
      simpleMean: mean(statedRates),
    };
  }
  if (!total) {
    rec.skip(RULES.weighted, scope, {
      zh: "表中没有合计行：全矿开采回采率在三率汇总表中核对",
      en: "the table has no total row: the mine's recovery is checked in the summary table",
    });
    return facts;
  }
  tc.derived(
    total,
    "recovery",
    () => {
      if (!complete || consumed.length === 0) return undefined;
      const out = [weightedRecovery(exactRates, consumed), weightedRecovery(statedRates, consumed)];
      const q = tc.input(total, "consumed");
      const t = tc.input(total, "extracted");
      if (q !== undefined && t !== undefined && q > 0) out.push(t / q);
      return out;
    },
    {
      total: true,
      rule: RULES.weighted,
      diagnose: (s, expected) => weightedDiagnosis(s, expected, exactRates, statedRates, consumed, labels),
    },
  );
  tc.derived(
    total,
    "dilution",
    () => {
      let waste = 0;
      let mined = 0;
      for (const row of table.rows) {
        const y = tc.input(row, "waste");
        const m = tc.input(row, "mined") ?? (y !== undefined ? (tc.input(row, "extracted") ?? NaN) + y : undefined);
        if (y === undefined || m === undefined || !Number.isFinite(m)) return undefined;
        waste += y;
        mined += m;
      }
      const out = [tonnageShare(waste, WASTE, mined, MINING.minedOre)];
      const y = tc.input(total, "waste");
      const m = tc.input(total, "mined");
      if (y !== undefined && m !== undefined && m > 0) out.push(y / m);
      return out;
    },
    {
      total: true,
      diagnose: (s, expected) => {
        const rates = table.rows.map((r) => reader.get(r, "dilution")).filter((x): x is Stated => x?.kind === "number");
        if (rates.length < 2) return undefined;
        const m = mean(rates.map((r) => r.value));
        return agrees(s, m) ? { note: simpleMeanNote(m, expected, rates.length) } : undefined;
      },
    },
  );
  const stated = reader.get(total, "recovery");
  return stated?.kind === "number" ? { ...facts, total: { cell: stated.cell.address, value: stated.value } } : facts;
}

function simpleMeanNote(m: number, weighted: number, n: number): Message {
  return {
    zh: `填报值等于 ${n} 个采区(矿块)的简单平均 ${percent(m)}；按动用资源量加权应为 ${percent(weighted)}`,
    en: `the stated value is the simple mean of the ${n} blocks, ${percent(m)}; weighted by resources consumed it is ${percent(weighted)}`,
  };
}

/** Why a mine-level recovery is not the weighted one: a simple mean, or a weighted mean over fewer blocks. */
export function weightedDiagnosis(
  s: Stated,
  expected: number,
  exactRates: readonly number[],
  statedRates: readonly number[],
  weights: readonly number[],
  labels: readonly string[],
): { note: Message } | undefined {
  if (exactRates.length >= 2) {
    for (const rates of [statedRates, exactRates]) {
      const m = mean(rates);
      if (agrees(s, m)) return { note: simpleMeanNote(m, expected, rates.length) };
    }
    for (let skip = 0; skip < exactRates.length; skip++) {
      const r = exactRates.filter((_, i) => i !== skip);
      const w = weights.filter((_, i) => i !== skip);
      const partial = weightedRecovery(r, w);
      if (agrees(s, partial)) {
        return {
          note: {
            zh: `填报值是漏掉“${labels[skip]}”后的加权平均 ${percent(partial)}；须对全部采区(矿块)加权，应为 ${percent(expected)}`,
            en: `the stated value is the weighted mean without "${labels[skip]}", ${percent(partial)}; every block must be weighted: ${percent(expected)}`,
          },
        };
      }
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
  }[];
}

const FEED = /原矿|给矿|入选|入料|原料|feed/i;
const CONCENTRATE = /精矿|concentrate/i;

/** Candidate grade-to-fraction factors when the grade column gives no unit: %, g/t, ‰, fraction. */
const GRADE_FACTORS = [0.01, 1e-6, 1e-3, 1];

/** The 选矿金属平衡表. */
export function checkBalance(tc: TableCheck): BalanceFacts {
  const { reader, table, rec, scope } = tc;
  const rows = table.rows;
  const feed = rows.find((r) => FEED.test(r.label)) ?? rows[0];
  const number = (r: TableRow | undefined, id: string): number | undefined => {
    const s = r ? reader.get(r, id) : undefined;
    return s?.kind === "number" ? s.value : undefined;
  };
  const recomputed = (r: TableRow): number | undefined => {
    const [t, g, tf, gf] = [number(r, "tonnage"), number(r, "grade"), number(feed, "tonnage"), number(feed, "grade")];
    return t !== undefined && g !== undefined && tf && gf ? (t * g) / (tf * gf) : undefined;
  };
  const facts: BalanceFacts = {
    sheet: tc.sheet,
    range: table.range,
    concentrates: rows
      .filter((r) => r !== feed && CONCENTRATE.test(r.label))
      .map((r) => {
        const s = reader.get(r, "recovery");
        const e = recomputed(r);
        return {
          label: r.label,
          cell: s?.cell.address ?? r.cells.product.address,
          ...(s?.kind === "number" ? { recovery: s.value } : {}),
          ...(e !== undefined ? { recomputed: e } : {}),
        };
      }),
  };
  if (!feed) return facts;
  const tf = tc.input(feed, "tonnage");
  const gf = tc.input(feed, "grade");
  const mf = tc.input(feed, "metal");

  // the grade unit as a fraction of the ore: from the header, or the one unit that fits the rows' metals
  let factor = GRADE_UNITS[reader.unit("grade")];
  if (factor === undefined && reader.has("metal")) {
    let best = 0;
    for (const f of GRADE_FACTORS) {
      const fits = rows.filter((r) => {
        const t = reader.get(r, "tonnage");
        const g = reader.get(r, "grade");
        const m = reader.get(r, "metal");
        return t?.kind === "number" && g?.kind === "number" && m?.kind === "number" && agrees(m, t.value * g.value * f);
      }).length;
      if (fits > best) {
        best = fits;
        factor = f;
      }
    }
  }

  for (const row of rows) {
    const t = tc.input(row, "tonnage");
    const g = tc.input(row, "grade");
    const m = tc.input(row, "metal");
    tc.derived(row, "yield", () =>
      t !== undefined && tf !== undefined
        ? [tonnageShare(t, PROCESSING.concentrateMass, tf, PROCESSING.feedMass)]
        : undefined,
    );
    if (factor === undefined) {
      if (reader.has("metal")) {
        rec.skip(RULES.closure, scope, {
          zh: "品位单位不明，金属量未复核",
          en: "the grade unit is unknown; metal was not checked",
        });
      }
    } else {
      const f = factor;
      tc.derived(row, "metal", () => (t !== undefined && g !== undefined ? [t * g * f] : undefined));
    }
    tc.derived(row, "recovery", () => {
      const out: number[] = [];
      if (row === feed) return [1];
      if (m !== undefined && mf !== undefined && mf > 0) out.push(m / mf);
      if (t !== undefined && g !== undefined && tf !== undefined && gf !== undefined) {
        out.push(actualProcessRecovery(t, g, tf, gf));
      }
      return out.length > 0 ? out : undefined;
    });
  }

  // closure: the products add up to the feed, in tonnage and in metal
  const products = rows.filter((r) => r !== feed);
  if (products.length >= 2) {
    for (const id of ["tonnage", "metal"]) {
      const feedCell = reader.get(feed, id);
      if (feedCell?.kind !== "number") continue;
      let sum = 0;
      let slack = feedCell.halfUnit;
      let ok = true;
      for (const r of products) {
        const s = reader.get(r, id);
        if (s?.kind !== "number") ok = false;
        else {
          sum += s.value;
          slack += s.halfUnit;
        }
      }
      if (!ok) continue;
      if (Math.abs(sum - feedCell.value) <= Math.max(slack, 1e-6 * feedCell.value)) rec.pass(RULES.closure, scope);
      else {
        rec.flag(RULES.closure, scope, {
          cell: feedCell.cell.address,
          stated: tc.shown(id, feedCell.value),
          recomputed: tc.shown(id, sum),
          format: "number",
          unit: reader.unit(id),
          note: {
            zh: `各产品合计 ${quantity(tc.shown(id, sum), reader.unit(id))}，与原矿不平衡`,
            en: `the products add up to ${quantity(tc.shown(id, sum), reader.unit(id))}, not the feed`,
          },
        });
      }
    }
  }
  return facts;
}
