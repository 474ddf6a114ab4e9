/**
 * MIN_RATE, MEETS_MIN and MIN_RATE_SOURCE through the built dist/functions.js (plain Node, CustomFunctions stub):
 * every row of tests/fixtures/min-rates.json (domain.md §2 and the issue 9 §3 search), conditions as engineers write
 * them, and the Excel error and message of every refusal.
 * Run after `npm run build`.
 */
import { ExcelFunction, callExcel, loadFunctionsBundle } from "../support/bundle";
import { MIN_RATE_CASES, MIN_RATE_DOCUMENTS, excelArgs } from "../support/minRates";

const functions = loadFunctionsBundle();
const fn = (id: string): ExcelFunction => {
  const found = functions.get(id);
  if (!found) throw new Error(`${id} is not associated by dist/functions.js`);
  return found;
};

/** Chinese first, then " | ", then English (which names Chinese choices after its first words). */
const BILINGUAL = /^[^|]*[\u4e00-\u9fff][^|]* \| [^\u4e00-\u9fff]*[A-Za-z]/u;

describe.each(MIN_RATE_CASES)("$mineral $method $indicator “$condition” ($source)", (c) => {
  const args = excelArgs(c);

  it(`MIN_RATE = ${c.value}`, () => {
    const result = callExcel(fn("MIN_RATE"), args);
    expect(result.message).toBeUndefined();
    expect(result.value).toBeCloseTo(c.value, 12);
  });

  it("MEETS_MIN is TRUE at the minimum and FALSE one point below", () => {
    expect(callExcel(fn("MEETS_MIN"), [c.value, ...args]).value).toBe(true);
    expect(callExcel(fn("MEETS_MIN"), [c.value - 0.01, ...args]).value).toBe(false);
  });

  it(`MIN_RATE_SOURCE names ${MIN_RATE_DOCUMENTS[c.document].identifies}`, () => {
    const text = callExcel(fn("MIN_RATE_SOURCE"), args).value as string;
    expect(text).toContain(MIN_RATE_DOCUMENTS[c.document].identifies);
    expect(text.startsWith(c.confidence)).toBe(true);
  });
});

describe("a 🔶 row as older formulas wrote it", () => {
  it.each(MIN_RATE_CASES.filter((c) => c.confidence === "🔶"))(
    "$mineral $method $indicator “$condition 待核实” answers as without 待核实",
    (c) => {
      const older = callExcel(fn("MIN_RATE"), excelArgs(c, `${c.condition} 待核实`.trim()));
      expect(older.message).toBeUndefined();
      expect(older.value).toBe(callExcel(fn("MIN_RATE"), excelArgs(c)).value);
    },
  );
});

type ErrorCase = [id: string, args: unknown[], code: string, messageIncludes: string[]];

const ERROR_CASES: ErrorCase[] = [
  ["MIN_RATE", ["铁", "开采回采率", "地下", "稳固"], "#N/A", ["对应多行", "稳固 缓倾斜/急倾斜 83%", "稳固 倾斜 81%"]],
  ["MIN_RATE", ["铁", "开采回采率", "地下", "稳固 陡倾斜"], "#N/A", ["“陡倾斜”不是此项的条件词", "可选条件"]],
  ["MIN_RATE", ["铁", "开采回采率", null, "稳固 倾斜"], "#N/A", ["请填写开采方式(method)：露天、地下"]],
  ["MIN_RATE", ["煤", "开采回采率", "露天", "厚"], "#N/A", ["2012公告", "17号令", "will not choose for you"]],
  ["MIN_RATE", ["钨", "开采回采率", "露天"], "#N/A", ["❓", "own_minimum"]],
  ["MIN_RATE", ["金刚砂", "开采回采率", "露天"], "#N/A", ["没有矿种“金刚砂”", "已收录：煤、铁"]],
  [
    "MIN_RATE",
    ["铁", "回收", "露天"],
    "#VALUE!",
    ["指标(indicator) “回收” 无法识别", "开采回采率、选矿回收率、综合利用率"],
  ],
  ["MIN_RATE", ["铁", "开采回采率", "坑采"], "#VALUE!", ["可选 露天、地下"]],
  ["MIN_RATE", [null, "开采回采率", "露天"], "#VALUE!", ["矿种(mineral) 为空"]],
  ["MIN_RATE", ["钨", "开采回采率", "露天", null, [[1, 2, 3]]], "#VALUE!", ["五/六列的表"]],
  ["MIN_RATE", ["钨", "开采回采率", "露天", null, [[90]]], "#VALUE!", ["请输入 90% 或 0.9"]],
  ["MEETS_MIN", [81, "铁", "开采回采率", "地下", "稳固 倾斜"], "#VALUE!", ["请输入 81% 或 0.81"]],
  ["MEETS_MIN", [0.8, "铁", "开采回采率", "地下", "稳固"], "#N/A", ["对应多行"]],
  ["MIN_RATE_SOURCE", ["煤", "开采回采率", "露天"], "#N/A", ["本工具不代为选择"]],
  ["MIN_RATE_SOURCE", ["金", "选矿回收率", null, "难处理"], "#N/A", ["未核实(❓)"]],
  // Numbers in the condition (issue 9 §3): on a bound both printed ranges hold, without a bound, or contradicting.
  ["MIN_RATE", ["煤", "开采回采率", "露天", "17号令 3.5m"], "#N/A", ["在分档界限上", "1.3-3.5m、3.5-6m 都包含它"]],
  ["MIN_RATE", ["铁", "开采回采率", "露天", "60万t/a"], "#N/A", ["没有按规模(万t/a)划分的数值界限", "露天 大型 95%"]],
  ["MIN_RATE", ["煤", "开采回采率", "地下", "薄 2.5m"], "#VALUE!", ["“薄”(<1.3m)与“2.5m”(属 中厚(1.3-3.5m))"]],
  ["MEETS_MIN", [0.8, "铁", "开采回采率", "地下", "稳固 缓倾斜 35°"], "#VALUE!", ["不是同一类"]],
];

describe("refusals", () => {
  it.each(ERROR_CASES)("%s(%j) → %s", (id, args, code, includes) => {
    const result = callExcel(fn(id), args);
    expect(result.value).toBeUndefined();
    expect(result.code).toBe(code);
    for (const part of includes) expect(result.message).toContain(part);
    expect(result.message).toMatch(BILINGUAL);
  });
});

describe("conditions as engineers write them (issue 9 §3)", () => {
  it.each([
    [["煤", "开采回采率", "地下", "2.5m"], 0.8],
    [["煤", "开采回采率", "井工", "煤层厚度2.5米"], 0.8],
    [["铁", "开采回采率", "地下", "围岩稳固，倾斜矿体"], 0.81],
    [["铁", "开采回采率", "地下", "围岩极不稳固；倾角35°"], 0.75],
  ])("MIN_RATE(%j) = %s", (args, value) => {
    expect(callExcel(fn("MIN_RATE"), args).value).toBe(value);
  });
});

describe("arguments as Excel passes them", () => {
  it("treats omitted optional arguments (undefined or null) and 1×1 ranges alike", () => {
    expect(callExcel(fn("MIN_RATE"), ["磷", "开采回采率", "露天"]).value).toBe(0.93);
    expect(callExcel(fn("MIN_RATE"), ["磷", "开采回采率", "露天", null, null]).value).toBe(0.93);
    expect(callExcel(fn("MIN_RATE"), [[["磷"]], [["开采回采率"]], [["露天"]], [[""]], [[null]]]).value).toBe(0.93);
  });

  it("takes the named table 三率最低指标 (with its header) as own_minimum", () => {
    const table = [
      ["矿种", "开采方式", "条件", "指标", "最低值", "来源"],
      ["金", null, "难处理", "选矿回收率", 0.7, "某省文件"],
    ];
    const args = ["金", "选矿回收率", null, "难处理", table];
    expect(callExcel(fn("MIN_RATE"), args).value).toBe(0.7);
    expect(callExcel(fn("MEETS_MIN"), [0.72, ...args]).value).toBe(true);
    expect(callExcel(fn("MIN_RATE_SOURCE"), args).value).toBe("用户提供：某省文件(own_minimum 第 2 行)");
  });
});
