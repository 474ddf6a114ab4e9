/**
 * The two sample workbooks of `npm run review` (assets/samples/review-good.xlsx and review-bad.xlsx), as data:
 * an illustrative underground iron mine (稳固 倾斜 ore body → national minimum 开采回采率 81%, 磁铁矿 细粒 →
 * 选矿回收率 90%, 国土资源部公告 2013年第21号) with 共生 铜 and 伴生 钴、硫, laid out as a drafter would: a title row,
 * the six tables' headers from src/core/templates/columns.ts (one two-row header under a merged 设计损失量), formulas
 * with their saved results where a drafter computes, typed numbers elsewhere. The numbers are made up for the
 * demonstration and belong to no real mine.
 *
 * The bad workbook is the good one with each typical mistake planted exactly once ({@link PLANTED}); the tests
 * assert that the review finds each at its cell and nothing else, and recompute every formula in HyperFormula to
 * make sure the saved results are what Excel would save.
 */
import { TABLES, TableKind } from "../core/templates/columns";

export type SampleValue = number | string | null;

export interface SampleCell {
  readonly v: SampleValue;
  /** Formula without "=", in Excel's en-US syntax. */
  readonly f?: string;
  /** Excel number format. */
  readonly fmt?: string;
}

export interface SampleSheet {
  readonly name: string;
  /** Rows from A1; null for an empty cell. */
  readonly rows: readonly (readonly (SampleCell | null)[])[];
  readonly merges: readonly string[];
  readonly widths: readonly number[];
}

export interface Sample {
  readonly sheets: readonly SampleSheet[];
}

export interface Planted {
  readonly sheet: string;
  readonly cell: string;
  readonly rule: string;
  readonly what: { readonly zh: string; readonly en: string };
}

const PCT = "0.00%";
const T2 = "#,##0.00";
const T0 = "#,##0";

const n = (v: number, fmt?: string): SampleCell => ({ v, ...(fmt ? { fmt } : {}) });
const s = (v: string): SampleCell => ({ v });
const f = (formula: string, v: SampleValue, fmt?: string): SampleCell => ({ v, f: formula, ...(fmt ? { fmt } : {}) });

/** The header a template writes for a column, with a unit appended when the vocabulary's header has none. */
function h(kind: TableKind, id: string, unit?: string): SampleCell {
  const col = TABLES[kind].columns.find((c) => c.id === id);
  if (!col) throw new Error(`no column ${kind}.${id}`);
  return s(unit && !/[（(]/.test(col.zh) ? `${col.zh}(${unit})` : col.zh);
}

const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);
const round = (x: number): number => Number(x.toPrecision(15));

export const SHEETS = {
  resources: TABLES.resources.zh,
  design: TABLES.design.zh,
  blocks: TABLES.blocks.zh,
  balance: TABLES.balance.zh,
  utilization: TABLES.utilization.zh,
  summary: TABLES.summary.zh,
} as const;

const ref = (sheet: string, cell: string): string => `'${sheet}'!${cell}`;

function title(text: string, columns: number): { row: (SampleCell | null)[]; merge: string } {
  const last = String.fromCharCode(64 + columns);
  return { row: [s(`${text}(示例数据，非真实矿山)`)], merge: `A1:${last}1` };
}

// ---------------------------------------------------------------- 资源储量表

function resourcesSheet(bad: boolean): SampleSheet {
  const t = title("表 3-1 保有资源量估算结果表", 8);
  type R = [string, string, string, string, number, number, string?];
  const rows: R[] = [
    ["Ⅰ号矿体", "探明资源量", "铁", "主矿产", 820, 32.5],
    ["Ⅰ号矿体", "控制资源量", "铁", "主矿产", 1450, 31.2],
    ["Ⅱ号矿体", "推断资源量", "铁", "主矿产", 600, 30.1],
    ["Ⅲ号矿体", "控制资源量", "铜", "共生矿产", 180, 0.62, "独立铜矿体"],
    ["Ⅰ号矿体", "控制资源量", "钴", "伴生矿产", 1450, 0.021, "伴生于铁矿石"],
    ["Ⅰ号矿体", "控制资源量", "硫", "伴生矿产", 1450, 1.8, "伴生于铁矿石"],
  ];
  if (bad) {
    rows.push(
      ["Ⅰ号矿体", "证实储量", "铁", "主矿产", 657.2, 32.5],
      ["Ⅰ号矿体", "可信储量", "铁", "主矿产", 1140.4, 31.2],
    );
  }
  const out: (SampleCell | null)[][] = [
    t.row,
    [],
    [
      h("resources", "block"),
      h("resources", "category"),
      h("resources", "mineral"),
      h("resources", "role"),
      h("resources", "ore"),
      h("resources", "grade", "%"),
      h("resources", "metal", "万t"),
      h("resources", "note"),
    ],
  ];
  rows.forEach(([block, category, mineral, role, ore, grade, note], i) => {
    const r = i + 4;
    out.push([
      s(block),
      s(category),
      s(mineral),
      s(role),
      n(ore, T2),
      n(grade),
      f(`E${r}*F${r}/100`, round((ore * grade) / 100), "#,##0.0000"),
      note ? s(note) : null,
    ]);
  });
  if (bad) {
    const r = rows.length + 4;
    out.push([s("合计"), null, null, null, f(`SUM(E4:E${r - 1})`, round(sum(rows.map((x) => x[4]))), T2)]);
  }
  return { name: SHEETS.resources, rows: out, merges: [t.merge], widths: [12, 14, 8, 12, 14, 10, 14, 16] };
}

// ---------------------------------------------------------------- 设计利用资源量与设计可采储量计算表

interface DesignRow {
  readonly category: string;
  readonly retained: number;
  readonly overlaid: number;
  readonly excluded: number;
  readonly factor: number;
  readonly losses: readonly [number, number, number, number, number];
}

const DESIGN: readonly DesignRow[] = [
  { category: "探明资源量", retained: 820, overlaid: 35, excluded: 0, factor: 1, losses: [40, 0, 25, 62.8, 0] },
  { category: "控制资源量", retained: 1450, overlaid: 60, excluded: 20, factor: 1, losses: [70, 0, 42, 109.6, 8] },
  { category: "推断资源量", retained: 600, overlaid: 0, excluded: 15, factor: 0.8, losses: [25, 0, 14, 37.44, 0] },
];

function designSheet(bad: boolean): SampleSheet {
  const t = title("表 5-2 设计利用资源量与设计可采储量计算表", 14);
  const group = h("design", "losses");
  const top: (SampleCell | null)[] = [
    h("design", "category"),
    h("design", "retained"),
    h("design", "overlaid"),
    h("design", "excluded"),
    h("design", "factor"),
    h("design", "usable"),
    group,
    null,
    null,
    null,
    null,
    null,
    h("design", "recoverable"),
    h("design", "designRecovery"),
  ];
  const sub: (SampleCell | null)[] = [
    null,
    null,
    null,
    null,
    null,
    null,
    h("design", "pillarLoss"),
    h("design", "slopeLoss"),
    h("design", "safetyLoss"),
    h("design", "stopeLoss"),
    h("design", "otherLoss"),
    s("小计"),
  ];
  const out: (SampleCell | null)[][] = [t.row, [], top, sub];
  const totals = {
    retained: 0,
    overlaid: 0,
    excluded: 0,
    usable: 0,
    items: [0, 0, 0, 0, 0],
    losses: 0,
    recoverable: 0,
  };
  DESIGN.forEach((d, i) => {
    const r = i + 5;
    // planted: the 推断 row counted in full (factor 1); the 控制 row's loss subtotal leaves out 采场损失 (J)
    const factor = bad && d.category === "推断资源量" ? 1 : d.factor;
    const usable = round((d.retained - d.overlaid - d.excluded) * factor);
    const omitStope = bad && d.category === "控制资源量";
    const losses = round(omitStope ? d.losses[0] + d.losses[1] + d.losses[2] + d.losses[4] : sum(d.losses));
    const recoverable = round(usable - losses);
    totals.retained += d.retained;
    totals.overlaid += d.overlaid;
    totals.excluded += d.excluded;
    totals.usable += usable;
    d.losses.forEach((x, k) => (totals.items[k] += x));
    totals.losses += losses;
    totals.recoverable += recoverable;
    out.push([
      s(d.category),
      n(d.retained, T2),
      n(d.overlaid, T2),
      n(d.excluded, T2),
      n(factor, "0.0"),
      f(`(B${r}-C${r}-D${r})*E${r}`, usable, T2),
      ...d.losses.map((x) => n(x, T2)),
      f(omitStope ? `G${r}+H${r}+I${r}+K${r}` : `SUM(G${r}:K${r})`, losses, T2),
      f(`F${r}-L${r}`, recoverable, T2),
      f(`M${r}/F${r}`, recoverable / usable, PCT),
    ]);
  });
  const cols = "BCDEFGHIJKLM";
  const totalRow: (SampleCell | null)[] = [s("合计")];
  const totalValues: Record<string, number> = {
    B: totals.retained,
    C: totals.overlaid,
    D: totals.excluded,
    F: totals.usable,
    G: totals.items[0],
    H: totals.items[1],
    I: totals.items[2],
    J: totals.items[3],
    K: totals.items[4],
    L: totals.losses,
    M: totals.recoverable,
  };
  for (const c of cols) totalRow.push(c === "E" ? null : f(`SUM(${c}5:${c}7)`, round(totalValues[c]), T2));
  totalRow.push(f("M8/F8", round(totals.recoverable) / round(totals.usable), PCT));
  out.push(totalRow);
  const merges = [t.merge, "G3:L3", ...["A", "B", "C", "D", "E", "F", "M", "N"].map((c) => `${c}3:${c}4`)];
  return { name: SHEETS.design, rows: out, merges, widths: [14, 12, 12, 14, 10, 14, 10, 10, 10, 10, 10, 10, 14, 12] };
}

// ---------------------------------------------------------------- 采区(矿块)开采回采率计算表

const BLOCKS: readonly [string, number, number, number][] = [
  ["-200m中段1采区", 780, 117, 58.5],
  ["-200m中段2采区", 640, 112, 46.5],
  ["-260m中段1采区", 903, 160.84, 70],
  ["-260m中段2采区", 300, 44, 22],
];

/** The mine-level recovery stated in the blocks' total row of each sample. */
export function blocksTotal(bad: boolean): number {
  const rates = BLOCKS.map(([, q, loss]) => (q - loss) / q);
  if (bad) return sum(rates) / rates.length;
  return round(sum(BLOCKS.map(([, q, loss]) => round(q - loss)))) / round(sum(BLOCKS.map(([, q]) => q)));
}

function blocksSheet(bad: boolean): SampleSheet {
  const t = title("表 6-3 采区(矿块)开采回采率计算表", 8);
  const header = ["block", "consumed", "loss", "extracted", "waste", "mined", "recovery", "dilution"].map((id) =>
    h("blocks", id),
  );
  const out: (SampleCell | null)[][] = [t.row, [], header];
  let consumed = 0;
  let loss = 0;
  let extracted = 0;
  let waste = 0;
  let mined = 0;
  BLOCKS.forEach(([block, q, l, y], i) => {
    const r = i + 4;
    const e = round(q - l);
    const m = round(e + y);
    consumed += q;
    loss += l;
    extracted += e;
    waste += y;
    mined += m;
    // planted: one block's dilution typed as a stale number (7.5%) instead of waste ÷ ore mined
    const dilution = bad && i === 2 ? n(0.075, PCT) : f(`E${r}/F${r}`, y / m, PCT);
    out.push([
      s(block),
      n(q, T2),
      n(l, T2),
      f(`B${r}-C${r}`, e, T2),
      n(y, T2),
      f(`D${r}+E${r}`, m, T2),
      f(`D${r}/B${r}`, e / q, PCT),
      dilution,
    ]);
  });
  out.push([
    s("合计"),
    f("SUM(B4:B7)", round(consumed), T2),
    f("SUM(C4:C7)", round(loss), T2),
    f("SUM(D4:D7)", round(extracted), T2),
    f("SUM(E4:E7)", round(waste), T2),
    f("SUM(F4:F7)", round(mined), T2),
    // planted: the mine's recovery as the simple mean of the four blocks
    bad ? f("AVERAGE(G4:G7)", blocksTotal(true), PCT) : f("D8/B8", blocksTotal(false), PCT),
    f("E8/F8", round(waste) / round(mined), PCT),
  ]);
  return { name: SHEETS.blocks, rows: out, merges: [t.merge], widths: [18, 14, 12, 16, 14, 14, 12, 10] };
}

// ---------------------------------------------------------------- 选矿金属平衡表

const FEED = { tonnage: 300000, grade: 28.6 };

/** The concentrate's recovery stated in each sample (below the 90% minimum in the bad one). */
function concentrate(bad: boolean): { tonnage: number; grade: number } {
  return { tonnage: bad ? 114400 : 118000, grade: 66 };
}

export function processRecovery(bad: boolean): number {
  const c = concentrate(bad);
  return round((c.tonnage * c.grade) / 100) / round((FEED.tonnage * FEED.grade) / 100);
}

function balanceSheet(bad: boolean): SampleSheet {
  const t = title("表 7-1 选矿金属平衡表(设计)", 6);
  const header = [
    h("balance", "product"),
    h("balance", "tonnage"),
    h("balance", "yield"),
    h("balance", "grade", "%"),
    h("balance", "metal", "t"),
    h("balance", "recovery"),
  ];
  const c = concentrate(bad);
  const feedMetal = round((FEED.tonnage * FEED.grade) / 100);
  const cMetal = round((c.tonnage * c.grade) / 100);
  const tails = round(FEED.tonnage - c.tonnage);
  const tailsMetal = round(feedMetal - cMetal);
  const out: (SampleCell | null)[][] = [
    t.row,
    [],
    header,
    [
      s("原矿"),
      n(FEED.tonnage, T0),
      f("B4/$B$4", 1, PCT),
      n(FEED.grade, "0.00"),
      f("B4*D4/100", feedMetal, T0),
      f("E4/$E$4", 1, PCT),
    ],
    [
      s("铁精矿"),
      n(c.tonnage, T0),
      f("B5/$B$4", c.tonnage / FEED.tonnage, PCT),
      n(c.grade, "0.00"),
      f("B5*D5/100", cMetal, T0),
      f("E5/$E$4", cMetal / feedMetal, PCT),
    ],
    [
      s("尾矿"),
      f("B4-B5", tails, T0),
      f("B6/$B$4", tails / FEED.tonnage, PCT),
      f("E6/B6*100", (tailsMetal / tails) * 100, "0.00"),
      f("E4-E5", tailsMetal, T0),
      f("E6/$E$4", tailsMetal / feedMetal, PCT),
    ],
  ];
  return { name: SHEETS.balance, rows: out, merges: [t.merge], widths: [10, 12, 10, 10, 12, 10] };
}

// ---------------------------------------------------------------- 共伴生矿产综合利用表

function utilizationSheet(bad: boolean): SampleSheet {
  const t = title("表 8-1 共伴生矿产综合利用表", 7);
  const header = ["mineral", "role", "miningRecovery", "processRecovery", "combined", "used", "protection"].map((id) =>
    h("utilization", id),
  );
  const k = blocksTotal(bad);
  const e = processRecovery(bad);
  type U = [string, string, SampleCell, SampleCell, number, string, string];
  const rows: U[] = [
    ["铁", "主矿产", f(ref(SHEETS.blocks, "G8"), k, PCT), f(ref(SHEETS.balance, "F5"), e, PCT), k * e, "是", ""],
    ["铜", "共生矿产", n(0.8, PCT), n(0.85, PCT), 0.8 * 0.85, "是", ""],
  ];
  if (!bad) rows.push(["钴", "伴生矿产", f("C4", k, PCT), n(0.4, PCT), k * 0.4, "是", ""]);
  // planted (bad): 钴 missing from the table; 硫 not used and no protection measure
  rows.push([
    "硫",
    "伴生矿产",
    f("C4", k, PCT),
    n(0, PCT),
    0,
    "否",
    bad ? "" : "伴生硫品位低，暂不回收；含硫尾矿单独堆存于 2 号尾矿库，保留回收条件",
  ]);
  const out: (SampleCell | null)[][] = [t.row, [], header];
  rows.forEach(([mineral, role, m, p, c, used, protection], i) => {
    const r = i + 4;
    out.push([s(mineral), s(role), m, p, f(`C${r}*D${r}`, c, PCT), s(used), protection ? s(protection) : null]);
  });
  const last = rows.length + 3;
  out.push([
    s("综合利用率"),
    null,
    null,
    null,
    f(`AVERAGE(E4:E${last})`, sum(rows.map((x) => x[4])) / rows.length, PCT),
  ]);
  return { name: SHEETS.utilization, rows: out, merges: [t.merge], widths: [8, 12, 12, 12, 12, 10, 48] };
}

export function utilizationTotal(bad: boolean): number {
  const k = blocksTotal(bad);
  const e = processRecovery(bad);
  return bad ? (k * e + 0.68 + 0) / 3 : (k * e + 0.68 + k * 0.4 + 0) / 4;
}

// ---------------------------------------------------------------- 三率指标汇总与达标判定表

function summarySheet(bad: boolean): SampleSheet {
  const t = title("表 8-3 “三率”指标汇总与达标判定表", 8);
  const header = ["indicator", "mineral", "method", "condition", "value", "minimum", "source", "meets"].map((id) =>
    h("summary", id),
  );
  const notice = "国土资源部公告 2013年第21号 附件1";
  const k = blocksTotal(bad);
  const e = processRecovery(bad);
  const u = utilizationTotal(bad);
  const out: (SampleCell | null)[][] = [
    t.row,
    [],
    header,
    [
      s("开采回采率"),
      s("铁"),
      s("地下"),
      s("稳固 倾斜"),
      f(ref(SHEETS.blocks, "G8"), k, PCT),
      n(0.81, PCT),
      s(notice),
      f('IF(E4>=F4,"是","否")', k >= 0.81 ? "是" : "否"),
    ],
    [
      s("选矿回收率"),
      s("铁"),
      null,
      s("磁铁矿 细粒"),
      f(ref(SHEETS.balance, "F5"), e, PCT),
      n(0.9, PCT),
      s(notice),
      f('IF(E5>=F5,"是","否")', e >= 0.9 ? "是" : "否"),
    ],
    [
      s("综合利用率"),
      s("铁"),
      null,
      null,
      // planted (bad): the comprehensive utilisation left blank
      bad ? null : f(ref(SHEETS.utilization, "E8"), u, PCT),
      s("—"),
      s("内置表未收录铁矿综合利用率最低指标(待核 DZ/T 0462.3-2023)"),
      s("—"),
    ],
  ];
  return { name: SHEETS.summary, rows: out, merges: [t.merge], widths: [12, 8, 10, 14, 12, 12, 44, 10] };
}

export function goodSample(): Sample {
  return {
    sheets: [
      resourcesSheet(false),
      designSheet(false),
      blocksSheet(false),
      balanceSheet(false),
      utilizationSheet(false),
      summarySheet(false),
    ],
  };
}

export function badSample(): Sample {
  return {
    sheets: [
      resourcesSheet(true),
      designSheet(true),
      blocksSheet(true),
      balanceSheet(true),
      utilizationSheet(true),
      summarySheet(true),
    ],
  };
}

/** Every mistake planted in review-bad.xlsx, once each, where the review must find it. */
export const PLANTED: readonly Planted[] = [
  {
    sheet: SHEETS.resources,
    cell: "E12",
    rule: "resources.not-summed",
    what: {
      zh: "合计行把资源量与储量(证实、可信)相加",
      en: "the total adds resources and reserves (proved, probable)",
    },
  },
  {
    sheet: SHEETS.resources,
    cell: "C8",
    rule: "utilization.missing",
    what: { zh: "伴生钴不在综合利用表中", en: "by-product cobalt is missing from the utilisation table" },
  },
  {
    sheet: SHEETS.design,
    cell: "L6",
    rule: "reserves.all-losses",
    what: {
      zh: "控制资源量一行的设计损失量漏计采场损失",
      en: "the indicated row's design losses leave out the stope losses",
    },
  },
  {
    sheet: SHEETS.design,
    cell: "E7",
    rule: "reserves.inferred-factor",
    what: { zh: "推断资源量设计利用系数取 1", en: "inferred resources with design factor 1" },
  },
  {
    sheet: SHEETS.blocks,
    cell: "G8",
    rule: "recovery.weighted",
    what: { zh: "全矿开采回采率用四个采区的简单平均", en: "the mine's recovery is the simple mean of the four panels" },
  },
  {
    sheet: SHEETS.blocks,
    cell: "H6",
    rule: "derived.blocks.dilution",
    what: { zh: "一个采区的贫化率是手填的过时数值", en: "one panel's dilution is a stale typed number" },
  },
  {
    sheet: SHEETS.utilization,
    cell: "G6",
    rule: "utilization.protection",
    what: { zh: "伴生硫不利用，却没有保护措施", en: "by-product sulphur is not used and has no protection measure" },
  },
  {
    sheet: SHEETS.summary,
    cell: "E5",
    rule: "sanlv.minimum",
    what: { zh: "选矿回收率 88% 低于国家最低指标 90%", en: "process recovery 88% is below the national minimum 90%" },
  },
  {
    sheet: SHEETS.summary,
    cell: "E6",
    rule: "sanlv.explicit",
    what: { zh: "综合利用率未填", en: "comprehensive utilisation left blank" },
  },
];
