/**
 * Each review rule with a workbook that passes it and one that fails it, and the tolerance at its edges.
 */
import { verdictText } from "../../../src/core/review/plans";
import { RULES, RULE_IDS } from "../../../src/core/review/rules";
import { ReviewReport, ReviewSheet, reviewWorkbook } from "../../../src/core/review/review";
import { TestCell, f, sheet } from "./helpers";

const where = (r: ReviewReport): string[] => r.findings.map((x) => `${x.sheet}!${x.cell} ${x.rule}`);
const findingAt = (r: ReviewReport, cell: string) => r.findings.find((x) => x.cell === cell);
const status = (r: ReviewReport, rule: string) => r.checks.filter((c) => c.rule === rule).map((c) => c.status);

// ------------------------------------------------------------------ tables as a drafter fills them

const BLOCK_HEAD: TestCell[] = ["采区/矿块", "动用资源量(万t)", "损失量(万t)", "采出纯矿石量(万t)", "开采回采率"];
/** A: 100 consumed, 90 extracted (90%); B: 300 consumed, 255 extracted (85%): weighted 86.25%, simple mean 87.5%. */
function blocks(total: TestCell, extra: Partial<Record<string, TestCell>> = {}): ReviewSheet {
  return sheet("采区", [
    BLOCK_HEAD,
    ["A", extra.B2 ?? 100, 10, extra.D2 ?? f("B2-C2", 90), extra.E2 ?? f("D2/B2", 0.9)],
    ["B", 300, extra.C3 ?? 45, f("B3-C3", 255), f("D3/B3", 0.85)],
    ["合计", f("SUM(B2:B3)", 400), f("SUM(C2:C3)", 55), f("SUM(D2:D3)", 345), total],
  ]);
}

const SUMMARY_HEAD: TestCell[] = ["指标", "矿种", "开采方式", "条件", "设计值", "最低指标", "出处", "是否达标"];
function summary(rows: TestCell[][]): ReviewSheet {
  return sheet("三率", [SUMMARY_HEAD, ...rows]);
}
const RATE = (value: TestCell, minimum: TestCell = 0.81, meets: TestCell = "是"): TestCell[] => [
  "开采回采率",
  "铁",
  "地下",
  "稳固 倾斜",
  value,
  minimum,
  "2013年第21号",
  meets,
];
const PROCESS: TestCell[] = ["选矿回收率", "铁", "", "磁铁矿 细粒", 0.91, 0.9, "2013年第21号", "是"];
const UTIL: TestCell[] = ["综合利用率", "铁", "", "", 0.5, "—", "", "—"];

const DESIGN_HEAD: TestCell[] = [
  "资源量类型",
  "保有资源量(万t)",
  "压覆扣除(万t)",
  "设计利用系数",
  "设计利用资源量(万t)",
  "永久矿柱损失(万t)",
  "采场损失(万t)",
  "设计损失量(万t)",
  "设计可采储量(万t)",
  "设计开采回采率",
];
function design(rows: TestCell[][]): ReviewSheet {
  return sheet("设计", [DESIGN_HEAD, ...rows]);
}
/** retained 100, overlaid 10 → usable 90 × factor; losses 5 + 4. */
function designRow(category: string, factor: TestCell, overrides: Record<number, TestCell> = {}, r = 2): TestCell[] {
  const k = typeof factor === "number" ? factor : 1;
  const usable = 90 * k;
  const row: TestCell[] = [
    category,
    100,
    10,
    factor,
    f(`(B${r}-C${r})*D${r}`, usable),
    5,
    4,
    f(`F${r}+G${r}`, 9),
    f(`E${r}-H${r}`, usable - 9),
    f(`I${r}/E${r}`, (usable - 9) / usable),
  ];
  for (const [i, v] of Object.entries(overrides)) row[Number(i)] = v;
  return row;
}

const UTIL_HEAD: TestCell[] = ["矿种", "矿产类别", "开采回采率", "选矿回收率", "综合回收率", "是否利用", "保护措施"];
const RES_HEAD: TestCell[] = ["矿体/块段", "资源量类型", "矿种", "矿产类别", "矿石量(万t)"];

// ------------------------------------------------------------------ the rules

describe("rule ids", () => {
  it("are unique and stable in form", () => {
    expect(new Set(RULE_IDS).size).toBe(RULE_IDS.length);
    for (const id of RULE_IDS) expect(id).toMatch(/^[a-z]+\.[a-z-]+$/);
    for (const rule of Object.values(RULES)) {
      expect(rule.zh).not.toBe("");
      expect(rule.en).not.toBe("");
      expect(rule.source.zh).not.toBe("");
    }
  });
});

describe("workbook.no-table", () => {
  it("cannot decide a workbook in which no table is recognised: nothing checked is not a pass", () => {
    const r = reviewWorkbook([
      sheet("Sheet1", [
        ["名称", "数量"],
        ["a", 1],
      ]),
    ]);
    expect(where(r)).toEqual([]);
    expect(status(r, "workbook.no-table")).toEqual(["skipped"]);
    expect(r.checks[0].reasons[0].zh).toContain("未找到任何一张表");
    expect([r.verdict, r.passed, r.counts.skipped]).toEqual(["undecided", false, 1]);
    expect(reviewWorkbook([]).verdict).toBe("undecided");
  });

  it("is not raised when a table is found", () => {
    expect(where(reviewWorkbook([blocks(f("D4/B4", 0.8625))]))).toEqual([]);
  });
});

describe("table.missing-columns", () => {
  it("names the missing required columns, does not check the table, and cannot pass it (a layout is not a failure)", () => {
    const r = reviewWorkbook([
      sheet("采区", [
        ["采区", "动用资源量", "采出纯矿石量"],
        ["A", 100, 200],
      ]),
    ]);
    expect(where(r)).toEqual([]);
    expect(status(r, "table.missing-columns")).toEqual(["skipped"]);
    expect(r.checks.find((c) => c.rule === "table.missing-columns")?.reasons[0].zh).toContain("开采回采率");
    expect(r.tables[0].missing.map((m) => m.id)).toEqual(["recovery"]);
    expect(r.verdict).toBe("undecided");
  });

  it("requires only the columns without which no rule runs: a drafter's table without the optional ones is checked", () => {
    const r = reviewWorkbook([
      sheet("中段", [
        ["中段", "动用资源量(kt)", "采出矿石量(kt)", "贫化率(%)", "回采率(%)"],
        ["-50m", 100, 95, 10, 85.5],
      ]),
    ]);
    expect(r.tables[0].missing).toEqual([]);
    expect(where(r)).toEqual([]);
    expect(status(r, "derived.blocks.recovery")).toEqual(["pass"]);
  });
});

describe("workbook.no-cached-result", () => {
  it("says once per table which cells have no saved result, as ranges, and not about cells outside tables", () => {
    const r = reviewWorkbook([blocks(f("D4/B4", 0.8625))], {
      uncachedFormulas: ["D2", "D3", "D4", "E2", "E3", "E4", "Z40"].map((cell) => ({ sheet: "采区", cell })),
    });
    expect(where(r)).toEqual(["采区!D2 workbook.no-cached-result"]);
    expect(r.findings[0].note?.zh).toContain("6 个公式单元格没有保存计算结果：D2:E4");
    expect(r.findings[0].note?.en).toContain("6 formula cell(s) saved without a result: D2:E4");
  });

  it("fails nothing from those cells (a blank result is not 0) and cannot decide what needs them", () => {
    // the grid holds "" where the file holds no result: read as blank, B2-C2 would be wrong against 90
    const unsaved = (formula: string): TestCell => f(formula, "");
    const r = reviewWorkbook([blocks(unsaved("D4/B4"), { D2: unsaved("B2-C2"), E2: unsaved("D2/B2") })], {
      uncachedFormulas: ["D2", "E2", "E4"].map((cell) => ({ sheet: "采区", cell })),
    });
    expect(where(r)).toEqual(["采区!D2 workbook.no-cached-result"]);
    expect(r.findings[0].note?.zh).toContain("3 个公式单元格没有保存计算结果：D2:E2、E4");
    expect(r.verdict).toBe("undecided");
    const undone = r.checks.filter((c) => c.reasons.some((reason) => reason.zh.includes("未保存计算结果")));
    expect(undone.map((c) => c.rule).sort()).toEqual(
      ["blocks.balance", "derived.blocks.extracted.total", "derived.blocks.recovery", "recovery.weighted"].sort(),
    );
  });

  it("is said once for many cells, however many rows the table has", () => {
    const rows: TestCell[][] = Array.from({ length: 40 }, (_, i) => [
      `P${i + 1}`,
      100,
      10,
      f(`B${i + 2}-C${i + 2}`, ""),
      f(`D${i + 2}/B${i + 2}`, ""),
    ]);
    const r = reviewWorkbook([sheet("采区", [BLOCK_HEAD, ...rows])], {
      uncachedFormulas: rows.flatMap((_, i) => [`D${i + 2}`, `E${i + 2}`]).map((cell) => ({ sheet: "采区", cell })),
    });
    expect(where(r)).toEqual(["采区!D2 workbook.no-cached-result"]);
    expect(r.findings[0].note?.zh).toContain("80 个公式单元格没有保存计算结果：D2:E41");
    expect(r.counts.fail).toBe(0);
  });
});

describe("input.unreadable and input.invalid", () => {
  it("warns about text in a number column and skips what depends on it", () => {
    const r = reviewWorkbook([blocks(f("D4/B4", 0.8625), { B2: "约100" })]);
    expect(where(r)).toContain("采区!B2 input.unreadable");
    expect(r.findings.find((x) => x.rule === "input.unreadable")?.severity).toBe("warn");
    // what depends on it was not checked: said, and never passed
    expect(status(r, "derived.blocks.recovery")).toEqual(["partial"]);
    expect(r.verdict).toBe("undecided");
  });

  it("cannot decide a derived number stated as text: the warning is not a pass", () => {
    const r = reviewWorkbook([sheet("采区", [BLOCK_HEAD, ["A", 100, 10, 90, "约90%"], ["B", 300, 45, 255, 0.85]])]);
    expect(where(r)).toEqual(["采区!E2 input.unreadable"]);
    expect(status(r, "derived.blocks.recovery")).toEqual(["partial"]);
    expect(r.checks.find((c) => c.rule === "derived.blocks.recovery")?.reasons[0].zh).toContain("不是数值");
  });

  it("fails numbers the engine refuses, with its message", () => {
    const r = reviewWorkbook([blocks(f("D4/B4", 0.8625), { D2: 120, E2: 1.2 })]);
    const invalid = r.findings.find((x) => x.rule === "input.invalid");
    expect(invalid?.cell).toBe("E2");
    expect(invalid?.note?.zh).toContain("大于");
  });
});

describe("inputs the engine refuses never stop the review", () => {
  it("flags a negative extracted tonnage in a block and goes on without the mine-level figure", () => {
    const r = reviewWorkbook([blocks(f("D4/B4", 0.8625), { D2: -90, E2: f("D2/B2", -0.9) })]);
    const invalid = r.findings.filter((x) => x.rule === "input.invalid").map((x) => x.cell);
    expect(invalid).toEqual(["E2"]);
    expect(status(r, "recovery.weighted")).toEqual(["skipped"]); // said as not checked, never passed
  });

  it("flags a negative mining recovery in the utilisation table and goes on", () => {
    const util = sheet("综合利用", [UTIL_HEAD, ["铁", "主矿产", -0.8, 0.9, -0.72, "是", ""]]);
    const r = reviewWorkbook([util]);
    const invalid = r.findings.find((x) => x.rule === "input.invalid");
    expect(invalid?.cell).toBe("E2");
    expect(invalid?.note?.zh).toContain("不能为负");
  });
});

describe("recovery.weighted (浙自然资规〔2025〕6号 附件 六.5)", () => {
  it("passes Σ extracted ÷ Σ consumed, and a weighted mean of the rounded block rates", () => {
    expect(where(reviewWorkbook([blocks(f("D4/B4", 0.8625))]))).toEqual([]);
    expect(where(reviewWorkbook([blocks(f("SUMPRODUCT(E2:E3,B2:B3)/B4", 0.8625))]))).toEqual([]);
  });

  it("fails a simple mean in the total row and says so", () => {
    const r = reviewWorkbook([blocks(f("AVERAGE(E2:E3)", 0.875))]);
    expect(where(r)).toEqual(["采区!E4 recovery.weighted"]);
    const x = r.findings[0];
    expect([x.stated, x.recomputed]).toEqual([0.875, 0.8625]);
    expect(x.note?.zh).toContain("简单平均 87.5%");
    expect(x.note?.en).toContain("simple mean");
    expect(x.formula).toBe("=AVERAGE(E2:E3)");
  });

  it("names the block left out of a weighted mean", () => {
    const r = reviewWorkbook([blocks(0.85)]);
    expect(r.findings[0].note?.zh).toContain("漏掉“A”");
  });

  it("without a total row, checks the summary's recovery against the blocks", () => {
    const noTotal = sheet("采区", [BLOCK_HEAD, ["A", 100, 10, 90, 0.9], ["B", 300, 45, 255, 0.85]]);
    const bad = reviewWorkbook([noTotal, summary([RATE(0.875), PROCESS, UTIL])]);
    expect(where(bad)).toEqual(["三率!E2 recovery.weighted"]);
    expect(bad.findings[0].note?.zh).toContain("简单平均");
    expect(where(reviewWorkbook([noTotal, summary([RATE(0.8625), PROCESS, UTIL])]))).toEqual([]);
  });
});

describe("derived numbers and the tolerance", () => {
  it("accepts a typed rate rounded to the digits typed, and not one rounded further than it shows", () => {
    // 90/107 = 84.1121…%
    const one = (e2: TestCell) => sheet("采区", [BLOCK_HEAD, ["A", 107, 17, 90, e2]]);
    expect(where(reviewWorkbook([one(0.8411)]))).toEqual([]);
    expect(where(reviewWorkbook([one(0.84)]))).toEqual([]); // 84% typed: ±0.5%
    expect(where(reviewWorkbook([one(0.85)]))).toEqual(["采区!E2 derived.blocks.recovery"]);
    expect(where(reviewWorkbook([one(0.8412)]))).toEqual(["采区!E2 derived.blocks.recovery"]);
    expect(where(reviewWorkbook([one(84.11)]))).toEqual([]); // percent numbers
  });

  it("holds a formula's result to 1e-6 relative", () => {
    const exact = 90 / 107;
    const one = (v: number) => sheet("采区", [BLOCK_HEAD, ["A", 107, 17, 90, f("D2/B2", v)]]);
    expect(where(reviewWorkbook([one(exact * (1 + 5e-7))]))).toEqual([]);
    expect(where(reviewWorkbook([one(exact * (1 + 2e-6))]))).toEqual(["采区!E2 derived.blocks.recovery"]);
  });

  it("accepts a typed tonnage to half a unit of its last digit", () => {
    // usable 90 − losses (5 + 4.6) = 80.4
    const d = (i: TestCell) => design([designRow("探明资源量", 1, { 6: 4.6, 7: f("F2+G2", 9.6), 8: i, 9: null })]);
    expect(where(reviewWorkbook([d(80)]))).toEqual([]);
    expect(where(reviewWorkbook([d(80.4)]))).toEqual([]);
    expect(where(reviewWorkbook([d(80.5)]))).toEqual(["设计!I2 derived.design.recoverable"]);
    expect(where(reviewWorkbook([d(81)]))).toEqual(["设计!I2 derived.design.recoverable"]);
  });

  it("recomputes 设计利用资源量 and 设计开采回采率", () => {
    const r = reviewWorkbook([design([designRow("探明资源量", 1, { 4: 100, 8: f("E2-H2", 91), 9: 0.95 })])]);
    expect(where(r)).toEqual(["设计!E2 derived.design.usable", "设计!J2 derived.design.designRecovery"]);
    expect(findingAt(r, "E2")?.recomputed).toBe(90);
  });

  it("checks a total row as the sum of the rows", () => {
    const r = reviewWorkbook([blocks(f("D4/B4", 0.8625))]);
    expect(status(r, "derived.blocks.consumed.total")).toEqual(["pass"]);
    const wrong = reviewWorkbook([
      sheet("采区", [BLOCK_HEAD, ["A", 100, 10, 90, 0.9], ["B", 300, 45, 255, 0.85], ["合计", 390, 55, 345, 0.8625]]),
    ]);
    expect(where(wrong)).toContain("采区!B4 derived.blocks.consumed.total");
  });
});

describe("blocks.balance", () => {
  it("warns when consumed ≠ extracted + loss", () => {
    const r = reviewWorkbook([sheet("采区", [BLOCK_HEAD, ["A", 100, 20, 90, 0.9]])]);
    expect(where(r)).toEqual(["采区!B2 blocks.balance"]);
    expect(r.counts.fail).toBe(0); // a warning never fails; without a summary table the review cannot decide
    expect(r.verdict).toBe("undecided");
  });
});

describe("reserves.all-losses (附件 六.5, 六.9)", () => {
  it("names the loss a subtotal leaves out", () => {
    const r = reviewWorkbook([
      design([designRow("控制资源量", 1, { 7: f("F2", 5), 8: f("E2-H2", 85), 9: f("I2/E2", 85 / 90) })]),
    ]);
    expect(where(r)).toEqual(["设计!H2 reserves.all-losses"]);
    expect(r.findings[0].note?.zh).toContain("采场损失 G2 = 4");
  });

  it("fails recoverable reserves with no loss deducted, or one loss left out", () => {
    const none = reviewWorkbook([design([designRow("控制资源量", 1, { 8: f("E2", 90), 9: f("I2/E2", 1) })])]);
    expect(where(none)).toEqual(["设计!I2 reserves.all-losses"]);
    expect(none.findings[0].note?.zh).toContain("未扣减任何设计损失");
    const one = reviewWorkbook([design([designRow("控制资源量", 1, { 8: f("E2-F2", 85), 9: f("I2/E2", 85 / 90) })])]);
    expect(where(one)).toEqual(["设计!I2 reserves.all-losses"]);
    expect(one.findings[0].note?.zh).toContain("采场损失");
  });

  it("passes every loss deducted", () => {
    const r = reviewWorkbook([design([designRow("控制资源量", 1)])]);
    expect(where(r)).toEqual([]);
    expect(status(r, "reserves.all-losses")).toEqual(["pass"]);
  });
});

describe("reserves.inferred-factor (附件 六.5 lists no factor; one 2025 review used 0.8)", () => {
  it("never asks for a factor: 推断 resources counted in full (factor 1, blank or no column) pass", () => {
    for (const factor of [1, null]) {
      const r = reviewWorkbook([design([designRow("推断资源量", factor)])]);
      expect(where(r)).toEqual([]);
      expect(status(r, "reserves.inferred-factor")).toEqual(["pass"]);
    }
  });

  it("shows a factor below 1 to the experts as a 提示, and fails the deduction it makes under 六.5", () => {
    const r = reviewWorkbook([design([designRow("推断资源量", 0.8)])]);
    expect(where(r)).toEqual(["设计!D2 reserves.inferred-factor", "设计!J2 reserves.overlaid-only"]);
    const hint = findingAt(r, "D2");
    expect([hint?.severity, hint?.stated]).toEqual(["warn", 0.8]);
    expect(hint?.note?.zh).toContain("附件 六.5 未列此系数");
    expect(hint?.note?.zh).toContain("请专家判断");
    expect(hint?.note?.zh).not.toMatch(/请取小于 1/);
  });
});

describe("reserves.overlaid-only (浙自然资规〔2025〕6号 附件 六.5, 六.9)", () => {
  /** The example: 保有 1000, 境界外 100 deducted, 边帮 50 → stated 850 ÷ 900 = 94.4%; under 六.5 850 ÷ 1000. */
  const HEAD: TestCell[] = [
    "资源量类型",
    "保有资源量(万t)",
    "压覆扣除(万t)",
    "禁采区/境界外扣除(万t)",
    "设计利用资源量(万t)",
    "边帮弃采损失(万t)",
    "设计损失量(万t)",
    "设计可采储量(万t)",
    "设计开采回采率",
  ];
  const ROW: TestCell[] = [
    "控制资源量",
    1000,
    0,
    100,
    f("B2-C2-D2", 900),
    50,
    f("F2", 50),
    f("E2-G2", 850),
    f("H2/E2", 850 / 900),
  ];
  const TOTAL: TestCell[] = [
    "合计",
    f("SUM(B2)", 1000),
    f("SUM(C2)", 0),
    f("SUM(D2)", 100),
    f("SUM(E2)", 900),
    f("SUM(F2)", 50),
    f("SUM(G2)", 50),
    f("SUM(H2)", 850),
    f("H3/E3", 850 / 900),
  ];

  it("fails the issue's example at the mine's design recovery: stated 94.4%, under 六.5 850 ÷ 1000 = 85%", () => {
    const r = reviewWorkbook([sheet("设计", [HEAD, ROW, TOTAL])]);
    expect(where(r)).toEqual(["设计!I3 reserves.overlaid-only"]);
    const x = r.findings[0];
    expect([x.severity, x.stated, x.recomputed]).toEqual(["fail", 850 / 900, 0.85]);
    expect(x.source.zh).toContain("附件 六.5");
    expect(x.note?.zh).toContain("禁采区/境界外扣除 D2 = 100 万t");
    expect(x.note?.zh).toContain("Σ设计可采 850 万t ÷ 1000 万t = 85%");
    expect(x.note?.en).toContain("annex 6.5");
  });

  it("fails each row when there is no total row, at its design recovery", () => {
    const r = reviewWorkbook([sheet("设计", [HEAD, ROW])]);
    expect(where(r)).toEqual(["设计!I2 reserves.overlaid-only"]);
    expect([r.findings[0].stated, r.findings[0].recomputed]).toEqual([850 / 900, 0.85]);
  });

  it("fails a deduction hidden in the formula, with no column naming it", () => {
    const row = designRow("控制资源量", null, { 4: f("(B2-C2)*0.9", 81), 8: f("E2-H2", 72), 9: f("I2/E2", 72 / 81) });
    const r = reviewWorkbook([design([row])]);
    expect(where(r)).toEqual(["设计!J2 reserves.overlaid-only"]);
    expect(r.findings[0].recomputed).toBeCloseTo(72 / 90, 12);
    expect(r.findings[0].note?.zh).toContain("未列明的扣除 9 万t");
  });

  it("passes a plan whose 禁采区/境界外 amount is a design loss and whose usable resources deduct 压覆 only", () => {
    const head = [...HEAD.slice(0, 5), "禁采区/境界外损失(万t)", ...HEAD.slice(5)];
    const row: TestCell[] = [
      "控制资源量",
      1000,
      0,
      0,
      f("B2-C2-D2", 1000),
      100,
      50,
      f("F2+G2", 150),
      f("E2-H2", 850),
      f("I2/E2", 0.85),
    ];
    const r = reviewWorkbook([sheet("设计", [head, row])]);
    expect(where(r)).toEqual([]);
    expect(status(r, "reserves.overlaid-only")).toEqual(["pass"]);
    expect(status(r, "reserves.all-losses")).toEqual(["pass"]);
  });
});

describe("resources.not-summed (GB/T 17766-2020)", () => {
  const rows: TestCell[][] = [
    ["Ⅰ", "探明资源量", "铁", "主矿产", 100],
    ["Ⅰ", "控制资源量", "铁", "主矿产", 200],
    ["Ⅰ", "证实储量", "铁", "主矿产", 80],
  ];
  it("fails a total adding resources and reserves", () => {
    const r = reviewWorkbook([sheet("资源", [RES_HEAD, ...rows, ["合计", "", "", "", f("SUM(E2:E4)", 380)]])]);
    expect(where(r)).toEqual(["资源!E5 resources.not-summed"]);
    expect(r.findings[0].recomputed).toBe(300);
  });

  it("fails a row joining the two", () => {
    const r = reviewWorkbook([sheet("资源", [RES_HEAD, ["Ⅰ", "探明资源量+证实储量", "铁", "主矿产", 180]])]);
    expect(where(r)).toEqual(["资源!B2 resources.not-summed"]);
  });

  it("passes a total of the resources alone", () => {
    expect(where(reviewWorkbook([sheet("资源", [RES_HEAD, ...rows, ["合计", "", "", "", 300]])]))).toEqual([]);
  });
});

describe("utilization.missing and utilization.protection (六; 附件 六.8)", () => {
  const resources = sheet("资源", [
    RES_HEAD,
    ["Ⅰ", "控制资源量", "铁矿", "主矿产", 100],
    ["Ⅰ", "控制资源量", "钴", "伴生矿产", 100],
    ["Ⅱ", "推断资源量", "铜矿", "共生矿产", 10],
  ]);
  const util = (rows: TestCell[][]) => sheet("综合利用", [UTIL_HEAD, ...rows]);
  const IRON: TestCell[] = ["铁", "主矿产", 0.8, 0.9, f("C2*D2", 0.72), "是", ""];

  it("fails a co- or by-product mineral without a row, at its cell in the resources table", () => {
    const r = reviewWorkbook([resources, util([IRON, ["铜", "共生", 0.8, 0.85, 0.68, "是", ""]])]);
    expect(where(r)).toEqual(["资源!C3 utilization.missing"]);
    expect(r.findings[0].stated).toBe("钴");
  });

  it("matches mineral names loosely (铜矿 = 铜) and fails them all when there is no utilisation table", () => {
    const r = reviewWorkbook([resources]);
    expect(where(r)).toEqual(["资源!C3 utilization.missing", "资源!C4 utilization.missing"]);
    expect(r.findings[0].note?.zh).toContain("没有综合利用表");
  });

  it("fails 否 without protection, passes 否 with it", () => {
    const cobalt = (measure: string): TestCell[] => ["钴", "伴生", 0, 0, 0, "否", measure];
    const copper: TestCell[] = ["铜", "共生", 0.8, 0.85, 0.68, "是", ""];
    const bad = reviewWorkbook([resources, util([IRON, cobalt(""), copper])]);
    expect(where(bad)).toEqual(["综合利用!G3 utilization.protection"]);
    expect(where(reviewWorkbook([resources, util([IRON, cobalt("尾矿单独堆存"), copper])]))).toEqual([]);
  });

  it("recomputes 综合利用率 with an unused mineral as 0, and says when it was left out of n", () => {
    const rows: TestCell[][] = [IRON, ["钴", "伴生", 0, 0, 0, "不利用", "单独堆存"]];
    const ok = reviewWorkbook([util([...rows, ["综合利用率", "", "", "", 0.36]])]);
    expect(where(ok)).toEqual([]);
    const bad = reviewWorkbook([util([...rows, ["综合利用率", "", "", "", 0.72]])]);
    expect(where(bad)).toEqual(["综合利用!E4 derived.utilization.combined.total"]);
    expect(bad.findings[0].note?.zh).toContain("未利用的矿种须计 0");
  });
});

describe("sanlv.explicit, sanlv.minimum, sanlv.consistent (六)", () => {
  it("passes the rates stated and reaching the minimums (inclusive: 81% reaches 81%), and cannot decide one without", () => {
    const r = reviewWorkbook([summary([RATE(0.81), PROCESS, UTIL])]);
    expect(where(r)).toEqual([]);
    expect(r.facts.rates.map((x) => x.minimumFrom)).toEqual(["table", "table", "none"]);
    // two rates checked, the third has no minimum: partly checked, never "pass"
    expect(status(r, "sanlv.minimum")).toEqual(["partial"]);
    expect(r.checks.find((c) => c.rule === "sanlv.minimum")?.reasons[0].zh).toContain("综合利用率");
    expect([r.verdict, r.counts.skipped]).toEqual(["undecided", 1]);
  });

  it("passes when every rate reaches its built-in minimum or is stated as not applying", () => {
    for (const none of ["不涉及", "无", "—", "/"]) {
      const r = reviewWorkbook([summary([RATE(0.81), PROCESS, ["综合利用率", "铁", "", "", none, "", "", ""]])]);
      expect(where(r)).toEqual(["三率!E4 sanlv.not-applicable"]);
      expect(status(r, "sanlv.minimum")).toEqual(["pass"]);
      expect([r.verdict, r.passed, r.counts.skipped]).toEqual(["pass", true, 0]);
    }
  });

  it("holds a rate to the plan's own minimum where the table has none, but cannot pass on it unchecked", () => {
    const own: TestCell[] = ["综合利用率", "铁", "", "", 0.5, 0.4, "某省通知", "是"];
    const r = reviewWorkbook([summary([RATE(0.81), PROCESS, own])]);
    expect(where(r)).toEqual([]);
    expect(status(r, "sanlv.minimum")).toEqual(["partial"]);
    expect(r.checks.find((c) => c.rule === "sanlv.minimum")?.reasons[0].zh).toContain("方案所列最低指标 40% 未能核对");
    expect([r.verdict, r.passed, r.counts.skipped]).toEqual(["undecided", false, 1]);
  });

  it("fails a blank rate and a missing one", () => {
    const r = reviewWorkbook([summary([RATE(""), PROCESS])]);
    expect(where(r)).toEqual(["三率!E2 sanlv.explicit", "三率!A2 sanlv.explicit"]);
    expect(r.findings[1].note?.zh).toContain("综合利用率");
  });

  it("warns about a rate stated as not applicable", () => {
    const r = reviewWorkbook([summary([RATE(0.82), ["选矿回收率", "铁", "", "", "不涉及", "", "", ""], UTIL])]);
    expect(where(r)).toEqual(["三率!E3 sanlv.not-applicable"]);
  });

  it("fails a rate below the national minimum, and a wrong minimum or verdict", () => {
    const below = reviewWorkbook([summary([RATE(0.8, 0.81, "否"), PROCESS, UTIL])]);
    expect(where(below)).toEqual(["三率!E2 sanlv.minimum"]);
    expect(below.findings[0].note?.zh).toContain("2013年第21号");
    const wrongMin = reviewWorkbook([summary([RATE(0.8, 0.79, "是"), PROCESS, UTIL])]);
    expect(where(wrongMin)).toEqual([
      "三率!F2 derived.summary.minimum",
      "三率!E2 sanlv.minimum",
      "三率!H2 derived.summary.meets",
    ]);
  });

  it("checks against the plan's own minimum when the built-in table has none", () => {
    const r = reviewWorkbook([
      summary([RATE(0.82), PROCESS, ["综合利用率", "铁", "", "", 0.3, 0.4, "某省通知", "否"]]),
    ]);
    expect(where(r)).toEqual(["三率!E4 sanlv.minimum"]);
    expect(r.findings[0].note?.zh).toContain("方案所列最低指标");
  });

  it("fails a summary rate that differs from the table computing it", () => {
    const b = blocks(f("D4/B4", 0.8625));
    expect(where(reviewWorkbook([b, summary([RATE(0.83), PROCESS, UTIL])]))).toEqual(["三率!E2 sanlv.consistent"]);
    expect(where(reviewWorkbook([b, summary([RATE(f("采区!E4", 0.8625)), PROCESS, UTIL])]))).toEqual([]);
  });
});

describe("sanlv.minimum for a row that leaves the class open (大型 or 中小型)", () => {
  const open = (rate: number) =>
    reviewWorkbook([summary([["开采回采率", "铁", "露天", "", rate, "", "", ""], PROCESS, UTIL])]);
  it("passes a rate that reaches every possible minimum, fails one below all, and cannot decide in between", () => {
    expect(status(open(0.96), "sanlv.minimum")).toEqual(["partial"]); // the utilisation row has no minimum
    expect(where(open(0.96))).toEqual([]);
    expect(open(0.96).facts.rates[0]).toMatchObject({ meets: true, minimum: 0.95 });
    expect(where(open(0.85))).toEqual(["三率!E2 sanlv.minimum"]);
    expect(open(0.85).findings[0].note?.zh).toContain("无论属哪一类均不达标");
    const between = open(0.92);
    expect(where(between)).toEqual([]);
    expect(between.checks.find((c) => c.rule === "sanlv.minimum")?.reasons[0].zh).toContain(
      "92% 达到 90%、未达到 95%，取决于方案未写明的类别",
    );
  });
});

describe("sanlv.preliminary (正文 七)", () => {
  const head = ["指标", "矿种", "开采方式", "条件", "设计值", "最低指标", "出处", "是否达标", "初步设计值"];
  const rows = (preliminary: TestCell) => [
    head,
    ["开采回采率", "铁", "地下", "稳固 倾斜", 0.85, 0.81, "", "是", preliminary],
    [...PROCESS, ""],
    [...UTIL, ""],
  ];
  it("fails a preliminary design value below the plan's, passes one not below, and has nothing to check when blank", () => {
    const below = reviewWorkbook([sheet("三率", rows(0.83))]);
    expect(where(below)).toEqual(["三率!I2 sanlv.preliminary"]);
    expect(below.findings[0].note?.zh).toBe("初步设计值 83% 低于方案确定的 85%");
    expect(status(reviewWorkbook([sheet("三率", rows(0.86))]), "sanlv.preliminary")).toEqual(["pass"]);
    expect(status(reviewWorkbook([sheet("三率", rows(""))]), "sanlv.preliminary")).toEqual(["inapplicable"]);
  });
});

describe("sanlv.minimum-unverified (issue 9 §3: a 🔶 minimum is used and shown, not refused)", () => {
  it("checks coal against the 2012 notice and Order 17 (they agree, both 🔶) and asks the reviewer to check the text", () => {
    const coal: TestCell[] = ["开采回采率", "煤", "地下", "中厚", 0.82, 0.8, "2012公告", "是"];
    const r = reviewWorkbook([summary([coal, PROCESS, UTIL])]);
    const hint = r.findings.find((x) => x.rule === "sanlv.minimum-unverified");
    expect([hint?.cell, hint?.severity, hint?.recomputed]).toEqual(["F2", "warn", 0.8]);
    expect(hint?.note?.zh).toMatch(/^🔶 待核实/);
    expect(r.findings.some((x) => x.rule === "sanlv.minimum" && x.cell === "E2")).toBe(false); // 82% ≥ 80%: met
  });

  it("says nothing for a ✅ minimum", () => {
    const r = reviewWorkbook([summary([RATE(0.85), PROCESS, UTIL])]);
    expect(r.findings.some((x) => x.rule === "sanlv.minimum-unverified")).toBe(false);
  });
});

describe("balance.closure and the metal balance", () => {
  const head: TestCell[] = ["产品", "产量(t)", "产率", "品位(%)", "金属量(t)", "回收率"];
  const feed: TestCell[] = ["原矿", 100, 1, 30, 30, 1];
  const conc: TestCell[] = ["精矿", 40, 0.4, 60, 24, 0.8];
  it("passes a closed balance and recomputes yield, metal and recovery", () => {
    const r = reviewWorkbook([sheet("平衡", [head, feed, conc, ["尾矿", 60, 0.6, 10, 6, 0.2]])]);
    expect(where(r)).toEqual([]);
    expect(status(r, "derived.balance.metal")).toEqual(["pass"]);
  });

  it("warns when the products do not add up to the feed, fails a wrong recovery", () => {
    const tails: TestCell[] = ["尾矿", 50, 0.5, 10, 5, f("E4/E2", 5 / 30)];
    const r = reviewWorkbook([sheet("平衡", [head, feed, ["精矿", 40, 0.4, 60, 24, 0.85], tails])]);
    expect(where(r)).toEqual(["平衡!F3 derived.balance.recovery", "平衡!B2 balance.closure"]);
    expect(r.findings[1].recomputed).toBe(90);
  });
});

describe("plans as drafters write them (issue 9 §0)", () => {
  it("reads a by-product's role from its name (伴生金) and a coal summary's 原煤入选率 in place of a process recovery", () => {
    const r = reviewWorkbook([
      sheet("资源", [
        ["伴生组分", "资源量类型", "矿石量(万t)"],
        ["伴生金", "控制资源量", 473.8],
      ]),
      sheet("三率", [
        ["指标名称", "矿种", "开采方式", "条件", "设计值", "最低指标", "依据", "评价"],
        ["采区回采率（中厚煤层）", "煤", "井工", "", 0.82, 0.8, "", "满足"],
        ["原煤入选率", "煤", "", "", 1, 0.75, "", "满足"],
        ["煤矸石综合利用率", "煤", "", "", 0.8, 0.75, "", "满足"],
      ]),
    ]);
    expect(r.facts.minerals).toMatchObject([{ mineral: "金", role: "associated" }]);
    expect(where(r)).toEqual(["资源!A2 utilization.missing", "三率!F2 sanlv.minimum-unverified"]);
    expect(r.checks.find((c) => c.rule === "sanlv.explicit")?.notes[0]?.zh).toContain("原煤入选率");
    expect(r.facts.rates[0]).toMatchObject({ condition: "中厚煤层", meets: true });
  });
});

describe("reserves.service-life and reserves.minimum-scale (附件 六.6)", () => {
  const design = (recoverable: number) =>
    sheet("设计", [
      [
        "资源量类型",
        "保有资源量(万t)",
        "压覆资源量(万t)",
        "设计利用资源量(万t)",
        "设计损失量(万t)",
        "设计可采储量(万t)",
      ],
      ["控制", 400, 0, 400, 40, recoverable],
    ]);
  const text = (...lines: string[]) =>
    sheet(
      "说明",
      lines.map((line) => [line]),
    );

  it("recomputes the stated service life as 设计可采储量 ÷ 生产规模, with the 基建期 where the plan names one", () => {
    const right = reviewWorkbook([design(360), text("矿山设计生产规模 30 万t/a，服务年限 12 年。")]);
    expect(status(right, "reserves.service-life")).toEqual(["pass"]);
    expect(right.facts.life).toMatchObject({ recomputed: 12, scale: { value: 300_000 } });
    const withBuild = reviewWorkbook([design(360), text("生产规模：30万吨/年", "服务年限约13年(含基建期1年)")]);
    expect(status(withBuild, "reserves.service-life")).toEqual(["pass"]);
    const wrong = reviewWorkbook([design(360), text("生产规模 30 万t/a，服务年限 15 年")]);
    expect(where(wrong)).toEqual(["说明!A1 reserves.service-life"]);
    expect(wrong.findings[0].note?.zh).toContain("= 12 年");
    expect(wrong.verdict).not.toBe("fail"); // a 提示: a reserve factor or ramp-up may explain it
  });

  it("fails a scale below the minimum scale the plan states, and has nothing to check without one", () => {
    const below = reviewWorkbook([design(360), text("生产规模 5 万t/a；本县最低开采规模 10 万t/a")]);
    expect(where(below)).toEqual(["说明!A1 reserves.minimum-scale"]);
    expect(status(reviewWorkbook([design(360), text("生产规模 30 万t/a")]), "reserves.minimum-scale")).toEqual([]);
  });
});

describe("licence.area (附件 五(二).7)", () => {
  // a 550 m × 470 m rectangle less a 200 m × 200 m corner triangle: 258,500 − 20,000 = 238,500 m²
  const CORNERS: TestCell[][] = [
    ["拐点编号", "X坐标", "Y坐标"],
    [1, 3305120.5, 40512340.2],
    [2, 3305120.5, 40512890.2],
    [3, 3304650.5, 40512890.2],
    [4, 3304650.5, 40512540.2],
    [5, 3304850.5, 40512340.2],
  ];
  const licence = (...lines: TestCell[][]) => reviewWorkbook([sheet("矿区范围", [...CORNERS, ...lines])]);

  it("passes a stated area the corners enclose, to the digits written, in any unit plans use", () => {
    for (const line of ["矿区面积：0.2385km²", "矿区面积 0.239 平方公里", "面积为 23.85 公顷", "矿区面积：238500m²"]) {
      const r = licence([], [line]);
      expect([line, where(r), status(r, "licence.area")]).toEqual([line, [], ["pass"]]);
    }
  });

  it("fails a stated area the corners do not enclose, with both figures", () => {
    const r = licence(["矿区面积", 0.2485, "km²"]);
    expect(where(r)).toEqual(["矿区范围!A1 licence.area"]);
    expect(r.findings[0].note?.zh).toContain("5 个拐点围成 0.2385 km²");
    expect(r.facts.licences[0]).toMatchObject({ corners: 5, area: 238_500 });
  });

  it("reads a list printed in two halves side by side, and not a second coordinate system beside the first", () => {
    const halves = reviewWorkbook([
      sheet("矿区范围", [
        ["点号", "X", "Y", "点号", "X", "Y"],
        [1, 3305120.5, 40512340.2, 4, 3304650.5, 40512540.2],
        [2, 3305120.5, 40512890.2, 5, 3304850.5, 40512340.2],
        [3, 3304650.5, 40512890.2, "", "", ""],
        [],
        ["矿区面积：0.2385km²"],
      ]),
    ]);
    expect([where(halves), halves.facts.licences[0].corners]).toEqual([[], 5]);
    const twoSystems = reviewWorkbook([
      sheet("矿区范围", [
        ["拐点", "2000国家大地坐标系", "", "1980西安坐标系", ""],
        ["", "X", "Y", "X", "Y"],
        ...CORNERS.slice(1).map((row) => [...row, Number(row[1]) - 41.2, Number(row[2]) + 102.7]),
        ["矿区面积：0.2385km²"],
      ]),
    ]);
    expect([where(twoSystems), twoSystems.facts.licences[0].corners]).toEqual([[], 5]);
  });

  it("has nothing to check without a stated area, and refuses corners listed out of order", () => {
    expect(status(licence(), "licence.area")).toEqual(["inapplicable"]);
    const crossed = reviewWorkbook([sheet("矿区范围", [CORNERS[0], CORNERS[1], CORNERS[3], CORNERS[2], CORNERS[4]])]);
    expect(where(crossed)).toEqual(["矿区范围!B2 input.invalid"]);
  });
});

describe("the verdict: pass, fail, or cannot be decided (issue 9 §4)", () => {
  // no co- or by-product: the plan states 综合利用率 does not apply (a 提示 for the reviewer, not a check left undone)
  const NO_UTIL: TestCell[] = ["综合利用率", "铁", "", "", "不涉及", "", "", ""];
  const head: TestCell[] = ["产品", "产量(t)", "产率", "品位(%)", "金属量(t)", "回收率"];
  const balance = (tailsMetal: TestCell) =>
    sheet("平衡", [
      head,
      ["原矿", 100, 1, 30, 30, 1],
      ["精矿", 40, 0.4, 69, 27.6, 0.92],
      ["尾矿", 60, 0.6, 4, tailsMetal, 0.08],
    ]);
  const process: TestCell[] = ["选矿回收率", "铁", "", "磁铁矿 细粒", 0.92, 0.9, "2013年第21号", "是"];

  it("passes when every check that could fail was done everywhere and none fails", () => {
    const r = reviewWorkbook([balance(2.4), summary([RATE(0.81), process, NO_UTIL])]);
    expect(where(r)).toEqual(["三率!E4 sanlv.not-applicable"]);
    expect([r.verdict, r.passed, r.counts.skipped]).toEqual(["pass", true, 0]);
  });

  it("still passes when only a warning's check could not be done, and says it decides nothing", () => {
    // the tails' metal left blank: the metal balance (a warning) cannot be closed; the blank cell has nothing to check
    const r = reviewWorkbook([balance(""), summary([RATE(0.81), process, NO_UTIL])]);
    expect(where(r)).toEqual(["三率!E4 sanlv.not-applicable"]);
    expect(status(r, "balance.closure")).toEqual(["partial"]);
    expect(status(r, "derived.balance.metal")).toEqual(["pass"]);
    expect(r.checks.find((c) => c.rule === "derived.balance.metal")?.notes[0].zh).toContain("为空");
    expect([r.verdict, r.counts.skipped]).toEqual(["pass", 1]);
    expect(verdictText(r, "zh")).toMatch(/；1 项提示类检查未查或未全部核对\(不影响结论\)$/);
  });

  it("never reads a factor it cannot read as 1: the usable resources it scales are judged on 附件 六.5 alone", () => {
    // 推断 row, factor typed as text: the usable resources it scales are not checked (not recomputed with factor 1)
    const r = reviewWorkbook([
      design([
        designRow("推断资源量", "约0.8", {
          4: f("(B2-C2)*0.8", 72),
          8: f("E2-H2", 63),
          9: f("I2/E2", 63 / 72),
        }),
      ]),
    ]);
    // the stated usable resources (72 of 90 after 压覆) are read, and deduct beyond 压覆: 附件 六.5 fails them
    expect(where(r)).toEqual(["设计!D2 input.unreadable", "设计!J2 reserves.overlaid-only"]);
    expect(status(r, "derived.design.usable")).toEqual([]);
    expect(status(r, "reserves.inferred-factor")).toEqual(["skipped"]);
    expect(r.verdict).toBe("fail");
  });

  it("fails when a check fails, even with checks it could not do (1 outranks 3)", () => {
    const r = reviewWorkbook([summary([RATE(0.8, 0.81, "否"), PROCESS, UTIL])]);
    expect(where(r)).toEqual(["三率!E2 sanlv.minimum"]);
    expect(r.checks.find((c) => c.rule === "sanlv.minimum")?.reasons).toHaveLength(1); // 综合利用率: no minimum
    expect(r.verdict).toBe("fail");
  });
});
