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
import { TABLES, TableKind, columnOf } from "../core/templates/columns";
import { Bilingual } from "../core/text";
import { sheetReference } from "../core/workbook/formulas";
import { NUMBER_FORMATS } from "../core/workbook/numberFormats";
import { columnName } from "../core/workbook/sheetPlan";
import { TEMPLATE_DESIGN_LOSS_IDS } from "../core/templates/templateDesign";

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
  readonly what: Bilingual;
}

const PCT = NUMBER_FORMATS.percent;
const T2 = NUMBER_FORMATS.thousandsTwoDecimals;
const T0 = NUMBER_FORMATS.thousands;

/** A number typed by hand, a text, and a formula with the result Excel saves with it. */
const num = (value: number, fmt?: string): SampleCell => ({ v: value, ...(fmt ? { fmt } : {}) });
const text = (value: string): SampleCell => ({ v: value });
const formula = (written: string, result: SampleValue, fmt?: string): SampleCell => ({
  v: result,
  f: written,
  ...(fmt ? { fmt } : {}),
});

/** The header a template writes for a column, with a unit appended when the vocabulary's header has none. */
function columnHeader(kind: TableKind, id: string, unit?: string): SampleCell {
  const column = columnOf(TABLES[kind], id);
  return text(unit && !/[（(]/.test(column.zh) ? `${column.zh}(${unit})` : column.zh);
}

const sum = (values: readonly number[]): number => values.reduce((total, value) => total + value, 0);
const round = (value: number): number => Number(value.toPrecision(15));

export const SHEETS = {
  resources: TABLES.resources.zh,
  design: TABLES.design.zh,
  blocks: TABLES.blocks.zh,
  balance: TABLES.balance.zh,
  utilization: TABLES.utilization.zh,
  summary: TABLES.summary.zh,
} as const;

function title(name: string, columns: number): { row: (SampleCell | null)[]; merge: string } {
  const last = columnName(columns - 1);
  return { row: [text(`${name}(示例数据，非真实矿山)`)], merge: `A1:${last}1` };
}

// ---------------------------------------------------------------- 资源储量表

function resourcesSheet(bad: boolean): SampleSheet {
  const heading = title("表 3-1 保有资源量估算结果表", 8);
  type ResourceRow = [string, string, string, string, number, number, string?];
  const rows: ResourceRow[] = [
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
    heading.row,
    [],
    [
      columnHeader("resources", "block"),
      columnHeader("resources", "category"),
      columnHeader("resources", "mineral"),
      columnHeader("resources", "role"),
      columnHeader("resources", "ore"),
      columnHeader("resources", "grade", "%"),
      columnHeader("resources", "metal", "万t"),
      columnHeader("resources", "note"),
    ],
  ];
  rows.forEach(([block, category, mineral, role, ore, grade, note], index) => {
    const at = index + 4;
    out.push([
      text(block),
      text(category),
      text(mineral),
      text(role),
      num(ore, T2),
      num(grade),
      formula(`E${at}*F${at}/100`, round((ore * grade) / 100), "#,##0.0000"),
      note ? text(note) : null,
    ]);
  });
  if (bad) {
    const at = rows.length + 4;
    const ore = round(sum(rows.map((row) => row[4])));
    out.push([text("合计"), null, null, null, formula(`SUM(E4:E${at - 1})`, ore, T2)]);
  }
  return { name: SHEETS.resources, rows: out, merges: [heading.merge], widths: [12, 14, 8, 12, 14, 10, 14, 16] };
}

// ---------------------------------------------------------------- 设计利用资源量与设计可采储量计算表

/** The itemised design losses the sample lists, E to K: those the template writes. */
const DESIGN_LOSSES = TEMPLATE_DESIGN_LOSS_IDS;

interface DesignRow {
  readonly category: string;
  readonly retained: number;
  readonly overlaid: number;
  /** In the order of {@link DESIGN_LOSSES}. */
  readonly losses: readonly [number, number, number, number, number, number, number];
}

// 附件 六.5: only 压覆 leaves 设计利用资源量; the 禁采区/境界外 tonnage (I) is a design loss, 推断 counts in full.
// The design recovery, 2316.02 ÷ 2775, is the blocks table's weighted rate (83.4602%), as a drafter's plan agrees.
const DESIGN: readonly DesignRow[] = [
  { category: "探明资源量", retained: 820, overlaid: 35, losses: [0, 0, 65, 0, 0, 62.8, 0] },
  { category: "控制资源量", retained: 1450, overlaid: 60, losses: [0, 0, 112, 0, 20, 109.6, 0] },
  { category: "推断资源量", retained: 600, overlaid: 0, losses: [0, 0, 39, 0, 15, 35.58, 0] },
];

function designSheet(bad: boolean): SampleSheet {
  const heading = title("表 5-2 设计利用资源量与设计可采储量计算表", 14);
  const group = columnHeader("design", "losses");
  const top: (SampleCell | null)[] = [
    columnHeader("design", "category"),
    columnHeader("design", "retained"),
    columnHeader("design", "overlaid"),
    columnHeader("design", "usable"),
    group,
    ...DESIGN_LOSSES.map(() => null),
    columnHeader("design", "recoverable"),
    columnHeader("design", "designRecovery"),
  ];
  const sub: (SampleCell | null)[] = [
    null,
    null,
    null,
    null,
    ...DESIGN_LOSSES.map((id) => columnHeader("design", id)),
    text("小计"),
  ];
  const out: (SampleCell | null)[][] = [heading.row, [], top, sub];
  const totals = { retained: 0, overlaid: 0, usable: 0, items: DESIGN_LOSSES.map(() => 0), losses: 0, recoverable: 0 };
  DESIGN.forEach((row, index) => {
    const at = index + 5;
    // planted: the 推断 row's usable resources discounted by 0.8 in the formula (附件 六.5 deducts 压覆 only);
    // the 控制 row's loss subtotal leaves out 采场损失 (J)
    const discounted = bad && row.category === "推断资源量";
    const usable = round((row.retained - row.overlaid) * (discounted ? 0.8 : 1));
    const omitStope = bad && row.category === "控制资源量";
    const stope = DESIGN_LOSSES.indexOf("stopeLoss");
    const losses = round(sum(row.losses.filter((_, item) => !(omitStope && item === stope))));
    const recoverable = round(usable - losses);
    totals.retained += row.retained;
    totals.overlaid += row.overlaid;
    totals.usable += usable;
    row.losses.forEach((loss, item) => (totals.items[item] += loss));
    totals.losses += losses;
    totals.recoverable += recoverable;
    out.push([
      text(row.category),
      num(row.retained, T2),
      num(row.overlaid, T2),
      formula(discounted ? `(B${at}-C${at})*0.8` : `B${at}-C${at}`, usable, T2),
      ...row.losses.map((loss) => num(loss, T2)),
      formula(omitStope ? `E${at}+F${at}+G${at}+H${at}+I${at}+K${at}` : `SUM(E${at}:K${at})`, losses, T2),
      formula(`D${at}-L${at}`, recoverable, T2),
      formula(`M${at}/D${at}`, recoverable / usable, PCT),
    ]);
  });
  const cols = "BCDEFGHIJKLM";
  const totalRow: (SampleCell | null)[] = [text("合计")];
  const totalValues: Record<string, number> = {
    B: totals.retained,
    C: totals.overlaid,
    D: totals.usable,
    ...Object.fromEntries(totals.items.map((value, item) => ["EFGHIJK"[item], value])),
    L: totals.losses,
    M: totals.recoverable,
  };
  for (const column of cols) totalRow.push(formula(`SUM(${column}5:${column}7)`, round(totalValues[column]), T2));
  totalRow.push(formula("M8/D8", round(totals.recoverable) / round(totals.usable), PCT));
  out.push(totalRow);
  const merges = [heading.merge, "E3:L3", ...["A", "B", "C", "D", "M", "N"].map((column) => `${column}3:${column}4`)];
  return { name: SHEETS.design, rows: out, merges, widths: [14, 12, 12, 14, 10, 12, 10, 10, 12, 10, 10, 10, 14, 12] };
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
  const rates = BLOCKS.map(([, consumed, loss]) => (consumed - loss) / consumed);
  if (bad) return sum(rates) / rates.length;
  const extracted = sum(BLOCKS.map(([, consumed, loss]) => round(consumed - loss)));
  return round(extracted) / round(sum(BLOCKS.map(([, consumed]) => consumed)));
}

function blocksSheet(bad: boolean): SampleSheet {
  const heading = title("表 6-3 采区(矿块)开采回采率计算表", 8);
  const header = ["block", "consumed", "loss", "extracted", "waste", "mined", "recovery", "dilution"].map((id) =>
    columnHeader("blocks", id),
  );
  const out: (SampleCell | null)[][] = [heading.row, [], header];
  const totals = { consumed: 0, loss: 0, extracted: 0, waste: 0, mined: 0 };
  BLOCKS.forEach(([block, consumed, loss, waste], index) => {
    const at = index + 4;
    const extracted = round(consumed - loss);
    const mined = round(extracted + waste);
    totals.consumed += consumed;
    totals.loss += loss;
    totals.extracted += extracted;
    totals.waste += waste;
    totals.mined += mined;
    // planted: one block's dilution typed as a stale number (7.5%) instead of waste ÷ ore mined
    const dilution = bad && index === 2 ? num(0.075, PCT) : formula(`E${at}/F${at}`, waste / mined, PCT);
    out.push([
      text(block),
      num(consumed, T2),
      num(loss, T2),
      formula(`B${at}-C${at}`, extracted, T2),
      num(waste, T2),
      formula(`D${at}+E${at}`, mined, T2),
      formula(`D${at}/B${at}`, extracted / consumed, PCT),
      dilution,
    ]);
  });
  out.push([
    text("合计"),
    formula("SUM(B4:B7)", round(totals.consumed), T2),
    formula("SUM(C4:C7)", round(totals.loss), T2),
    formula("SUM(D4:D7)", round(totals.extracted), T2),
    formula("SUM(E4:E7)", round(totals.waste), T2),
    formula("SUM(F4:F7)", round(totals.mined), T2),
    // planted: the mine's recovery as the simple mean of the four blocks
    bad ? formula("AVERAGE(G4:G7)", blocksTotal(true), PCT) : formula("D8/B8", blocksTotal(false), PCT),
    formula("E8/F8", round(totals.waste) / round(totals.mined), PCT),
  ]);
  return { name: SHEETS.blocks, rows: out, merges: [heading.merge], widths: [18, 14, 12, 16, 14, 14, 12, 10] };
}

// ---------------------------------------------------------------- 选矿金属平衡表

const FEED = { tonnage: 300000, grade: 28.6 };

/** The concentrate's recovery stated in each sample (below the 90% minimum in the bad one). */
function concentrate(bad: boolean): { tonnage: number; grade: number } {
  return { tonnage: bad ? 114400 : 118000, grade: 66 };
}

export function processRecovery(bad: boolean): number {
  const product = concentrate(bad);
  return round((product.tonnage * product.grade) / 100) / round((FEED.tonnage * FEED.grade) / 100);
}

function balanceSheet(bad: boolean): SampleSheet {
  const heading = title("表 7-1 选矿金属平衡表(设计)", 6);
  const header = [
    columnHeader("balance", "product"),
    columnHeader("balance", "tonnage"),
    columnHeader("balance", "yield"),
    columnHeader("balance", "grade", "%"),
    columnHeader("balance", "metal", "t"),
    columnHeader("balance", "recovery"),
  ];
  const product = concentrate(bad);
  const feedMetal = round((FEED.tonnage * FEED.grade) / 100);
  const productMetal = round((product.tonnage * product.grade) / 100);
  const tails = round(FEED.tonnage - product.tonnage);
  const tailsMetal = round(feedMetal - productMetal);
  const out: (SampleCell | null)[][] = [
    heading.row,
    [],
    header,
    [
      text("原矿"),
      num(FEED.tonnage, T0),
      formula("B4/$B$4", 1, PCT),
      num(FEED.grade, "0.00"),
      formula("B4*D4/100", feedMetal, T0),
      formula("E4/$E$4", 1, PCT),
    ],
    [
      text("铁精矿"),
      num(product.tonnage, T0),
      formula("B5/$B$4", product.tonnage / FEED.tonnage, PCT),
      num(product.grade, "0.00"),
      formula("B5*D5/100", productMetal, T0),
      formula("E5/$E$4", productMetal / feedMetal, PCT),
    ],
    [
      text("尾矿"),
      formula("B4-B5", tails, T0),
      formula("B6/$B$4", tails / FEED.tonnage, PCT),
      formula("E6/B6*100", (tailsMetal / tails) * 100, "0.00"),
      formula("E4-E5", tailsMetal, T0),
      formula("E6/$E$4", tailsMetal / feedMetal, PCT),
    ],
  ];
  return { name: SHEETS.balance, rows: out, merges: [heading.merge], widths: [10, 12, 10, 10, 12, 10] };
}

// ---------------------------------------------------------------- 共伴生矿产综合利用表

function utilizationSheet(bad: boolean): SampleSheet {
  const heading = title("表 8-1 共伴生矿产综合利用表", 7);
  const header = ["mineral", "role", "miningRecovery", "processRecovery", "combined", "used", "protection"].map((id) =>
    columnHeader("utilization", id),
  );
  const mining = blocksTotal(bad);
  const processing = processRecovery(bad);
  type UtilizationRow = [string, string, SampleCell, SampleCell, number, string, string];
  const rows: UtilizationRow[] = [
    [
      "铁",
      "主矿产",
      formula(sheetReference(SHEETS.blocks, "G8"), mining, PCT),
      formula(sheetReference(SHEETS.balance, "F5"), processing, PCT),
      mining * processing,
      "是",
      "",
    ],
    ["铜", "共生矿产", num(0.8, PCT), num(0.85, PCT), 0.8 * 0.85, "是", ""],
  ];
  if (!bad) rows.push(["钴", "伴生矿产", formula("C4", mining, PCT), num(0.4, PCT), mining * 0.4, "是", ""]);
  // planted (bad): 钴 missing from the table; 硫 not used and no protection measure
  rows.push([
    "硫",
    "伴生矿产",
    formula("C4", mining, PCT),
    num(0, PCT),
    0,
    "否",
    bad ? "" : "伴生硫品位低，暂不回收；含硫尾矿单独堆存于 2 号尾矿库，保留回收条件",
  ]);
  const out: (SampleCell | null)[][] = [heading.row, [], header];
  rows.forEach(([mineral, role, miningCell, processCell, combined, used, protection], index) => {
    const at = index + 4;
    out.push([
      text(mineral),
      text(role),
      miningCell,
      processCell,
      formula(`C${at}*D${at}`, combined, PCT),
      text(used),
      protection ? text(protection) : null,
    ]);
  });
  const last = rows.length + 3;
  out.push([
    text("综合利用率"),
    null,
    null,
    null,
    formula(`AVERAGE(E4:E${last})`, sum(rows.map((row) => row[4])) / rows.length, PCT),
  ]);
  return { name: SHEETS.utilization, rows: out, merges: [heading.merge], widths: [8, 12, 12, 12, 12, 10, 48] };
}

export function utilizationTotal(bad: boolean): number {
  const mining = blocksTotal(bad);
  const iron = mining * processRecovery(bad);
  return bad ? (iron + 0.68 + 0) / 3 : (iron + 0.68 + mining * 0.4 + 0) / 4;
}

// ---------------------------------------------------------------- 三率指标汇总与达标判定表

function summarySheet(bad: boolean): SampleSheet {
  const heading = title("表 8-3 “三率”指标汇总与达标判定表", 8);
  const header = ["indicator", "mineral", "method", "condition", "value", "minimum", "source", "meets"].map((id) =>
    columnHeader("summary", id),
  );
  const notice = "国土资源部公告 2013年第21号 附件1";
  const mining = blocksTotal(bad);
  const processing = processRecovery(bad);
  const utilization = utilizationTotal(bad);
  const out: (SampleCell | null)[][] = [
    heading.row,
    [],
    header,
    [
      text("开采回采率"),
      text("铁"),
      text("地下"),
      text("稳固 倾斜"),
      formula(sheetReference(SHEETS.blocks, "G8"), mining, PCT),
      num(0.81, PCT),
      text(notice),
      formula('IF(E4>=F4,"是","否")', mining >= 0.81 ? "是" : "否"),
    ],
    [
      text("选矿回收率"),
      text("铁"),
      null,
      text("磁铁矿 细粒"),
      formula(sheetReference(SHEETS.balance, "F5"), processing, PCT),
      num(0.9, PCT),
      text(notice),
      formula('IF(E5>=F5,"是","否")', processing >= 0.9 ? "是" : "否"),
    ],
    [
      text("综合利用率"),
      text("铁"),
      null,
      null,
      // planted (bad): the comprehensive utilisation left blank
      bad ? null : formula(sheetReference(SHEETS.utilization, "E8"), utilization, PCT),
      text("—"),
      text("内置表未收录铁矿综合利用率最低指标(待核 DZ/T 0462.3-2023)"),
      text("—"),
    ],
  ];
  return { name: SHEETS.summary, rows: out, merges: [heading.merge], widths: [12, 8, 10, 14, 12, 12, 44, 10] };
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
    cell: "N8",
    rule: "reserves.overlaid-only",
    what: {
      zh: "推断资源量一行的设计利用资源量在公式中乘 0.8(附件 六.5 只扣压覆)：合计设计开采回采率偏高",
      en: "the inferred row's usable resources are multiplied by 0.8 in the formula (annex 6.5 deducts overlaid resources only): the total design recovery is overstated",
    },
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
