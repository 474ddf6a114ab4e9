import { TABLES, TEMPLATE_MARKER } from "../../../src/core/templates/columns";
import { isUnitText, locateTable, locateTables, splitHeader, templateKind } from "../../../src/core/review/locate";
import { TableReader } from "../../../src/core/review/read";
import { textOf } from "../../../src/core/review/grid";
import { grid, offset } from "./helpers";

const BLOCKS = [
  ["采区/矿块", "动用资源量(万t)", "损失量(万t)", "采出纯矿石量(万t)", "开采回采率"],
  ["1采区", 100, 10, 90, 0.9],
  ["2采区", 300, 90, 210, 0.7],
  ["合计", 400, 100, 300, 0.75],
];

describe("splitHeader", () => {
  it.each([
    ["矿石量(万t)", "矿石量", "万t"],
    ["矿石量（万吨）", "矿石量", "万吨"],
    ["矿石量/万t", "矿石量", "万t"],
    ["矿石量 万t", "矿石量", "万t"],
    ["回采率%", "回采率", "%"],
    ["品位(g/t)", "品位", "g/t"],
    ["产量(t)", "产量", "t"],
    ["矿体/块段", "矿体/块段", ""],
    ["设计利用系数", "设计利用系数", ""],
    ["产率γ(%)", "产率γ", "%"],
  ])("%s → %s, %s", (header, name, unit) => {
    expect(splitHeader(header)).toEqual({ name, unit });
  });

  it("knows a unit on its own", () => {
    expect(isUnitText("(万t)")).toBe(true);
    expect(isUnitText("%")).toBe(true);
    expect(isUnitText("矿石量")).toBe(false);
  });
});

describe("locateTable", () => {
  it("finds a drafter's table anywhere in the sheet, with its rows, total and cell addresses", () => {
    const t = locateTable(grid(offset(BLOCKS, 4, 2)), TABLES.blocks);
    expect(t).toBeDefined();
    expect(t!.headerRow).toBe(4);
    expect(t!.range).toBe("C5:G8");
    expect(t!.rows.map((r) => r.label)).toEqual(["1采区", "2采区"]);
    expect(t!.total?.label).toBe("合计");
    expect(t!.rows[1].cells.extracted.address).toBe("F7");
    expect(t!.columns.consumed.unit).toBe("万t");
    expect(t!.missing).toEqual([]);
    expect(t!.template).toBe(false);
  });

  it("reads headers by their aliases and units in any spelling", () => {
    const t = locateTable(
      grid([
        ["采区名称", "动用储量/万吨", "采出量（万吨）", "回采率(%)"],
        ["A", 100, 90, 90],
      ]),
      TABLES.blocks,
    );
    expect(Object.keys(t!.columns).sort()).toEqual(["block", "consumed", "extracted", "recovery"]);
    expect(t!.columns.consumed.unit).toBe("万吨");
    // a rate column holding percent numbers is read as fractions
    const reader = new TableReader(t!);
    expect(reader.get(t!.rows[0], "recovery")?.value).toBeCloseTo(0.9, 12);
    expect(reader.get(t!.rows[0], "consumed")?.value).toBe(100 * 1e4);
  });

  it("stops at a blank row, at a note, and sets subtotal rows aside", () => {
    const rows = [...BLOCKS.slice(0, 2), ["小计", 100, 10, 90, 0.9], BLOCKS[2], [], ["3采区", 1, 1, 0, 0]];
    const t = locateTable(grid(rows), TABLES.blocks)!;
    expect(t.rows.map((r) => r.label)).toEqual(["1采区", "2采区"]);
    expect(t.subtotals.map((r) => r.label)).toEqual(["小计"]);
    expect(t.total).toBeUndefined();
    const noted = locateTable(grid([...BLOCKS.slice(0, 2), ["注：数据为示例"], ...BLOCKS.slice(2)]), TABLES.blocks)!;
    expect(noted.rows).toHaveLength(1);
  });

  it("reports the required columns a recognisable header lacks", () => {
    const t = locateTable(
      grid([
        ["采区", "动用资源量", "采出纯矿石量"],
        ["A", 100, 90],
      ]),
      TABLES.blocks,
    )!;
    expect(t.missing.map((c) => c.id)).toEqual(["recovery"]);
  });

  it("does not take another table's header or a data row for this table", () => {
    const utilization = grid([
      ["矿种", "矿产类别", "开采回采率", "选矿回收率", "综合回收率", "是否利用", "保护措施"],
      ["铁", "主矿产", 0.8, 0.9, 0.72, "是", ""],
    ]);
    expect(locateTable(utilization, TABLES.blocks)).toBeUndefined();
    expect(locateTable(utilization, TABLES.summary)).toBeUndefined();
    expect(locateTable(utilization, TABLES.utilization)?.rows).toHaveLength(1);
    expect(locateTable(grid([["开采回采率", "铁", "地下", "稳固 倾斜", 0.82]]), TABLES.blocks)).toBeUndefined();
  });

  it("combines a two-row header under a merged group heading (merged cells blank, as Excel reports them)", () => {
    const rows = [
      [
        "资源量类型",
        "保有资源量(万t)",
        "设计利用系数",
        "设计利用资源量(万t)",
        "设计损失量(万t)",
        "",
        "",
        "设计可采储量(万t)",
      ],
      ["", "", "", "", "永久矿柱", "采场损失", "小计", ""],
      ["探明资源量", 100, 1, 100, 5, 5, 10, 90],
    ];
    const t = locateTable(grid(rows), TABLES.design)!;
    expect(t.headerRows).toBe(2);
    expect(t.columns.pillarLoss.column).toBe(4);
    expect(t.columns.stopeLoss.column).toBe(5);
    expect(t.columns.losses.column).toBe(6);
    expect(t.columns.losses.unit).toBe("万t");
    expect(t.rows).toHaveLength(1);
  });

  it("combines the same header when merged cells repeat their text (as the .xlsx reader gives them)", () => {
    const g = "设计损失量(万t)";
    const rows = [
      ["资源量类型", "保有资源量(万t)", "设计利用系数", "设计利用资源量(万t)", g, g, g, "设计可采储量(万t)"],
      [
        "资源量类型",
        "保有资源量(万t)",
        "设计利用系数",
        "设计利用资源量(万t)",
        "永久矿柱",
        "采场损失",
        "小计",
        "设计可采储量(万t)",
      ],
      ["探明资源量", 100, 1, 100, 5, 5, 10, 90],
    ];
    const t = locateTable(grid(rows), TABLES.design)!;
    expect([t.columns.pillarLoss.column, t.columns.stopeLoss.column, t.columns.losses.column]).toEqual([4, 5, 6]);
    expect(t.columns.recoverable.column).toBe(7);
    expect(t.rows).toHaveLength(1);
  });

  it("reads a template sheet: the marker in A1 names the table", () => {
    const rows = [[`${TEMPLATE_MARKER} ${TABLES.blocks.zh}`], [], ...BLOCKS];
    expect(templateKind(grid(rows))).toBe("blocks");
    const t = locateTable(grid(rows), TABLES.blocks)!;
    expect(t.template).toBe(true);
    expect(locateTable(grid(rows), TABLES.design)).toBeUndefined();
  });
});

describe("locateTables", () => {
  it("finds several tables in one sheet, top to bottom", () => {
    const rows = [...BLOCKS, [], ["产品", "产量(t)", "品位(%)", "回收率"], ["原矿", 100, 30, 1], ["精矿", 40, 60, 0.8]];
    const tables = locateTables(grid(rows));
    expect(tables.map((t) => t.kind)).toEqual(["blocks", "balance"]);
    expect(tables[1].range).toBe("A6:D8");
  });

  it("reads a summary written across: the rates as headers over rows labelled 设计指标, 国家要求, 是否达标", () => {
    const rows = [
      ["附表1  某铁矿(露天开采)“三率”指标对照表"],
      ["项目", "开采回采率(%)", "贫化率(%)", "选矿回收率(%)", "综合利用率(%)"],
      ["设计指标", 95, 5, 91.5, "/"],
      ["国家要求", "≥90", "—", "≥90", "/"],
      ["是否达标", "是", "—", "是", "不涉及"],
    ];
    const [t] = locateTables(grid(rows));
    expect([t.kind, t.range, t.rows.length]).toEqual(["summary", "A2:E5", 3]);
    expect(t.rows.map((r) => [r.label, r.cells.value.address, r.cells.minimum.address, r.cells.meets.address])).toEqual(
      [
        ["开采回采率(%)", "B3", "B4", "B5"],
        ["选矿回收率(%)", "D3", "D4", "D5"],
        ["综合利用率(%)", "E3", "E4", "E5"],
      ],
    );
    const reader = new TableReader(t);
    expect(reader.get(t.rows[0], "value")?.value).toBeCloseTo(0.95, 12);
    expect(reader.get(t.rows[0], "minimum")?.value).toBeCloseTo(0.9, 12);
    expect(t.caption).toEqual(["附表1  某铁矿(露天开采)“三率”指标对照表"]);
  });

  it("does not take a utilisation table (minerals down the side) for a summary written across", () => {
    const rows = [
      ["矿种", "矿产类别", "开采回采率", "选矿回收率", "综合回收率"],
      ["铁", "主矿产", 0.95, 0.9, 0.855],
    ];
    expect(locateTables(grid(rows)).map((t) => t.kind)).toEqual(["utilization"]);
  });

  it("takes a tonnage unit from a 单位 line over the table, and reads an assay under a merged 品位 as the grade", () => {
    const rows = [
      ["表3  保有资源量汇总表"],
      ["单位：万t"],
      ["块段编号", "资源量类型", "矿石量", "平均品位"],
      ["", "", "", "P2O5(%)"],
      ["K1", "探明资源量", 356.2, 24.8],
    ];
    const [t] = locateTables(grid(rows));
    expect([t.kind, t.unitNote, t.columns.grade?.unit, t.columns.grade?.header]).toEqual([
      "resources",
      "万t",
      "%",
      "平均品位 / P2O5(%)",
    ]);
    expect(new TableReader(t).get(t.rows[0], "ore")?.value).toBe(3_562_000);
  });

  it("reads 合计 under a merged heading as part of the header, and drafters' own loss columns as loss items", () => {
    const rows = [
      ["煤层", "保有资源量", "压覆资源量", "设计利用资源量", "设计损失量", "设计损失量", "设计损失量", "设计可采储量"],
      ["煤层", "保有资源量", "压覆资源量", "设计利用资源量", "井田边界煤柱", "断层煤柱", "合计", "设计可采储量"],
      ["3#", 1295, 85, 1210, 95, 60, 155, 1055],
      ["矿井", 1295, 85, 1210, 95, 60, 155, 1055],
    ];
    const [t] = locateTables(grid(rows));
    expect([t.kind, t.headerRows, t.rows.length, t.total?.label]).toEqual(["design", 2, 1, "矿井"]);
    expect(t.columns.losses?.column).toBe(6);
    expect(Object.keys(t.columns).filter((id) => id.startsWith("loss@"))).toEqual(["loss@4", "loss@5"]);
  });

  it("reads a resources table with its classes across (煤层 | 保有资源量 → 探明 | 控制 | 推断 | 小计) one row per class", () => {
    const rows = [
      ["井田保有资源量汇总表（单位：万吨）"],
      ["煤层", "平均厚度(m)", "保有资源量", "保有资源量", "保有资源量", "保有资源量"],
      ["煤层", "平均厚度(m)", "探明", "控制", "推断", "小计"],
      ["3#", 2.35, 420, 610, 265, 1295],
      ["5#", 1.62, 150, 330, "", 480],
      ["全井田", "", 570, 940, 265, 1775],
    ];
    const [t] = locateTables(grid(rows));
    expect([t.kind, t.range, t.unitNote, t.subtotals.length]).toEqual(["resources", "A2:E6", "万吨", 3]);
    expect(t.rows.map((r) => [r.label, textOf(r.cells.category.value), r.cells.ore.address])).toEqual([
      ["3#", "探明", "C4"],
      ["3#", "控制", "D4"],
      ["3#", "推断", "E4"],
      ["5#", "探明", "C5"],
      ["5#", "控制", "D5"],
    ]);
    expect(new TableReader(t).get(t.rows[0], "ore")?.value).toBe(4_200_000);
  });

  it("finds nothing in a sheet without the vocabulary", () => {
    expect(
      locateTables(
        grid([
          ["名称", "数量"],
          ["a", 1],
        ]),
      ),
    ).toEqual([]);
  });
});

describe("TableReader", () => {
  it("reads a rate column as percent numbers only when most of its numbers exceed 1", () => {
    const t = locateTable(
      grid([
        ["采区", "动用资源量", "采出纯矿石量", "回采率(%)"],
        ["A", 100, 90, 0.9],
        ["B", 100, 80, 0.8],
        ["C", 100, 95, 1.05],
      ]),
      TABLES.blocks,
    )!;
    const reader = new TableReader(t);
    expect(reader.scale("recovery")).toBe(1);
    expect(reader.get(t.rows[2], "recovery")?.value).toBe(1.05);
  });
});
