/**
 * Bad input for every function, with the Excel error code and the parts its message must contain: checked against
 * dist/functions.js (tests/functions/bundle.test.ts) and, in text form, against the WPS build (tests/wps/).
 */
export type ErrorCase = [id: string, args: unknown[], code: string, messageIncludes: string[]];

export const ERROR_CASES: ErrorCase[] = [
  // blank, text, boolean, rate typed as a percent number
  ["RECOVERY", [null, 100], "#VALUE!", ["采出纯矿石量(extracted) 为空", "extracted is blank"]],
  ["RECOVERY", ["", 100], "#VALUE!", ["为空"]],
  ["RECOVERY", [90, "一百"], "#VALUE!", ["动用资源储量(consumed) 不是数值(“一百”)", "consumed is not a number"]],
  ["RECOVERY", [90, "100"], "#VALUE!", ["不是数值", "not a number"]],
  ["RECOVERY", [true, 100], "#VALUE!", ["“TRUE”"]],
  ["RECOVERY", [-5, 100], "#VALUE!", ["为 -5，不能为负", "cannot be negative"]],
  ["RECOVERY", [[[1, 2]], 100], "#VALUE!", ["须为单个数值", "single value"]],
  ["RECOVERY", [110, 100], "#NUM!", ["110 大于", "exceeds consumed 100"]],
  ["RECOVERY", [0, 0], "#DIV/0!", ["动用资源储量(consumed) 为 0", "consumed is zero"]],
  ["LOSS_RATE", [101, 100], "#NUM!", ["损失量(loss) 101 大于"]],
  ["LOSS_RATE", [1, null], "#VALUE!", ["consumed is blank"]],
  ["DESIGN_RECOVERY", [1000, [[null], [""]]], "#VALUE!", ["全部为空", "0 if truly none"]],
  ["DESIGN_RECOVERY", [1000, [[600], [500]]], "#NUM!", ["1100 大于", "exceeds usable_resources 1000"]],
  ["DESIGN_RECOVERY", [0, 0], "#DIV/0!", ["设计利用资源量(usable_resources) 为 0"]],
  ["DESIGN_RECOVERY", [1000, [[10], ["abc"]]], "#VALUE!", ["设计损失量(design_losses)第 2 行 不是数值"]],
  [
    "WEIGHTED_RECOVERY",
    [
      [[95], [0.7]],
      [[100], [300]],
    ],
    "#VALUE!",
    ["第 1 行 为 95", "type 95% or 0.95"],
  ],
  ["WEIGHTED_RECOVERY", [[[0.9], [0.7]], [[100]]], "#VALUE!", ["有 2 个单元格", "有 1 个", "must align"]],
  [
    "WEIGHTED_RECOVERY",
    [
      [[0.9], [0.7]],
      [[100], [null]],
    ],
    "#VALUE!",
    ["第 2 行", "fill in or clear"],
  ],
  [
    "WEIGHTED_RECOVERY",
    [
      [[0.9], [0.7]],
      [[0], [0]],
    ],
    "#DIV/0!",
    ["为 0"],
  ],
  [
    "WEIGHTED_RECOVERY",
    [
      [[0.9], [0.7]],
      [[100], [-1]],
    ],
    "#VALUE!",
    ["weights row 2 is -1"],
  ],
  [
    "WEIGHTED_RECOVERY",
    [
      [
        [0.9, 0.7],
        [0.8, 0.6],
      ],
      [[1, 2, 3, 4]],
    ],
    "#VALUE!",
    ["形状不同", "different shapes"],
  ],
  ["WEIGHTED_RECOVERY", [[[null]], [[null]]], "#DIV/0!", ["为 0"]],
  ["DILUTION", [0, 1], "#DIV/0!", ["地质品位(ore_grade) 为 0"]],
  ["WASTE_RATIO", [31, 35, 7], "#NUM!", ["品位须满足", "waste_grade ≤ mined_grade ≤ ore_grade"]],
  ["WASTE_RATIO", [7, 7, 7], "#NUM!", ["品位须满足"]],
  ["RECOVERY_BY_GRADE", [100, 90, 31, 5, 7], "#NUM!", ["品位须满足"]],
  ["RECOVERY_BY_GRADE", [100, 150, 31, 30, 7], "#NUM!", ["大于 100%", "above 100%"]],
  ["RECOVERY_BY_GRADE", [100, 80, 1.0, 1.1, 0], "#NUM!", ["负贫化", "use RECOVERY(extracted, consumed)"]],
  [
    "LICENCE_AREA",
    [
      [[0], [0], [10], [10]],
      [[0], [10], [0], [10]],
    ],
    "#NUM!",
    ["自相交", "crosses itself"],
  ],
  [
    "LICENCE_AREA",
    [
      [[0], [1]],
      [[0], [1]],
    ],
    "#VALUE!",
    ["至少需要 3 个", "at least 3"],
  ],
  [
    "LICENCE_AREA",
    [
      [[0], [1], [2]],
      [[0], [1]],
    ],
    "#VALUE!",
    ["一一对应", "align cell by cell"],
  ],
  // Magnitudes no quantity reaches, and results a cell cannot hold (issue 9 §7): #NUM!, never NaN, ∞ or a lost 0.
  ["RECOVERY", [1e308, 1e308], "#NUM!", ["超出可计算的范围", "extracted is 1e+308"]],
  ["MINING_INTENSITY", [1e-320, 100], "#NUM!", ["超出可计算的范围", "annual_output is 1e-320"]],
  [
    "WEIGHTED_RECOVERY",
    [
      [[0.9], [0.7]],
      [[1e-200], [3e-200]],
    ],
    "#NUM!",
    ["weights row 1 is 1e-200"],
  ],
  ["METAL_RECOVERY", [1e-150, 1e150, 1e-150, 1e150], "#NUM!", ["结果为 Infinity", "the result is Infinity"]],
  ["RECOVERY_BY_GRADE", [0, 90, 31, 25, 7], "#DIV/0!", ["consumed is zero"]],
  ["METAL_RECOVERY", [100, 90, 0, 25], "#DIV/0!", ["地质品位(ore_grade) 为 0"]],
  ["PROCESS_RECOVERY", [0.1, 0.3, 0.1], "#NUM!", ["尾矿品位 θ < 原矿品位 α < 精矿品位 β", "θ=0.1"]],
  ["PROCESS_RECOVERY", [0.1, 0.08, 0.05], "#NUM!", ["品位须满足"]],
  [
    "PROCESS_RECOVERY_ACTUAL",
    [120, 0.6, 100, 0.3],
    "#NUM!",
    ["精矿量(concentrate_mass) 120 大于 原矿量(feed_mass) 100"],
  ],
  ["PROCESS_RECOVERY_ACTUAL", [60, 0.6, 100, 0.3], "#NUM!", ["实际选矿回收率算得 1.2"]],
  ["PROCESS_RECOVERY_ACTUAL", [40, 0.6, 0, 0.3], "#DIV/0!", ["feed_mass is zero"]],
  ["CONCENTRATE_YIELD", [0.3, 0.1, 0.05], "#NUM!", ["品位须满足"]],
  ["COMBINED_RECOVERY", [92, 0.9], "#VALUE!", ["请输入 92% 或 0.92"]],
  [
    "UTILIZATION",
    [
      [[0.75], [null]],
      [[0.93], [0.8]],
    ],
    "#VALUE!",
    ["第 2 行", "fill in or clear"],
  ],
  [
    "UTILIZATION",
    [
      [[0.75], [null]],
      [[0.93], [null]],
    ],
    "#VALUE!",
    ["第 2 行 为空", "未利用的矿种填 0", "0 for one that is not used"],
  ],
  ["UTILIZATION", [[[0.75]], [[0.93], [0.8]]], "#VALUE!", ["must align"]],
  [
    "COMINERAL_UTILIZATION",
    [
      [[0.75], [0.78]],
      [[0.93], [0.8]],
      [["主矿产"], ["主"]],
    ],
    "#N/A",
    ["没有共生或伴生矿产", "不涉及", "no co- or by-product mineral"],
  ],
  [
    "COMINERAL_UTILIZATION",
    [[[0.75], [0.78]], [[0.93], [0.8]], [["主矿产"], ["共伴生"]], "伴生"],
    "#VALUE!",
    ["第 2 行 写作“共伴生”", "须写明是共生还是伴生"],
  ],
  [
    "COMINERAL_UTILIZATION",
    [
      [[0.75], [0.78]],
      [[0.93], [0.8]],
      [["主矿产"], ["副产品"]],
    ],
    "#VALUE!",
    ["矿产类别(roles)第 2 行 “副产品” 无法识别", "主矿产、共生、伴生"],
  ],
  [
    "COMINERAL_UTILIZATION",
    [[[0.75], [0.78]], [[0.93], [0.8]], [["主矿产"], ["共生"]], "全部"],
    "#VALUE!",
    ["计入的矿产类别(include) “全部” 无法识别"],
  ],
  ["COMINERAL_UTILIZATION", [[[0.75], [0.78]], [[0.93], [0.8]], [["共生"]]], "#VALUE!", ["must align"]],
  [
    "UTILIZATION_RATIO",
    [
      [[12], [5]],
      [[10], [5]],
    ],
    "#NUM!",
    ["第 1 行：有效利用量(utilized) 12 大于资源总量(resources) 10"],
  ],
  [
    "UTILIZATION_RATIO",
    [
      [[0], [0]],
      [[0], [0]],
    ],
    "#DIV/0!",
    ["资源总量(resources) 为 0"],
  ],
  ["UTILIZATION_RATIO", [[[null]], [[null]]], "#VALUE!", ["有效利用量(utilized) 全部为空"]],
  [
    "UTILIZATION_RATIO",
    [
      [[5], [null]],
      [[10], [3]],
    ],
    "#VALUE!",
    ["第 2 行", "fill in or clear"],
  ],
  ["USABLE_RESOURCES", [1000, [[null]]], "#VALUE!", ["压覆资源量(overlaid) 全部为空", "type 0 if there are none"]],
  ["USABLE_RESOURCES", [1000, 1200], "#NUM!", ["为负", "negative"]],
  ["USABLE_RESOURCES", [1000, 0, 1200, 0.8], "#NUM!", ["推断资源量(inferred) 1200 大于"]],
  ["USABLE_RESOURCES", [1000, 0, 200, 80], "#VALUE!", ["请输入 80% 或 0.8"]],
  // 附件 六.5: 推断 that is also 压覆 is deducted once, with the overlaid
  [
    "USABLE_RESOURCES",
    [1000, 900, 200, 0.8],
    "#NUM!",
    ["推断资源量(inferred) 200 大于保有资源量扣除压覆后的 100", "the inferred resources not overlaid"],
  ],
  ["RECOVERABLE_RESERVES", [100, [[60], [50]]], "#NUM!", ["110 大于"]],
  ["SERVICE_LIFE", [100, 0], "#DIV/0!", ["年产量(annual_output) 为 0"]],
  ["SERVICE_LIFE", [100, 10, 1], "#DIV/0!", ["年产量×(1−贫化率)"]],
  ["SERVICE_LIFE", [100, 10, 5], "#VALUE!", ["请输入 5% 或 0.05"]],
  // the coal reserve factor K: at least 1, at most 2, never beside a dilution; the construction period in years
  ["SERVICE_LIFE", [100, 10, null, 0.9], "#VALUE!", ["储量备用系数(reserve_factor) 为 0.9，须不小于 1", "at least 1"]],
  ["SERVICE_LIFE", [100, 10, null, 140], "#VALUE!", ["请输入 1.4", "typing mistake"]],
  ["SERVICE_LIFE", [100, 10, 0.05, 1.4], "#VALUE!", ["只填其一", "not both"]],
  ["SERVICE_LIFE", [100, 10, null, null, "两年"], "#VALUE!", ["基建期(construction_years) 不是数值"]],
  ["SERVICE_LIFE", [100, 10, null, null, -2], "#VALUE!", ["不能为负"]],
  ["MINING_INTENSITY", [50, 0], "#DIV/0!", ["保有资源储量(retained_reserves) 为 0"]],
  ["CLOSING_RESERVES", [100, 80, 30], "#NUM!", ["年末保有资源储量算得 -10"]],
  ["CLOSING_RESERVES", [100, -80, 30], "#VALUE!", ["开采量(mined) 为 -80，不能为负"]],
  // evaluation (design.md §3.6): the offending cell of a judgement matrix is named
  [
    "AHP_WEIGHTS",
    [
      [
        [1, 2, 3],
        [0.5, 1, 2],
      ],
    ],
    "#VALUE!",
    ["2 行 × 3 列"],
  ],
  [
    "AHP_WEIGHTS",
    [
      [
        [1, 3],
        [0.33, 1],
      ],
    ],
    "#VALUE!",
    ["第 2 行第 1 列", "=1/3"],
  ],
  [
    "AHP_WEIGHTS",
    [
      [
        [1, -2],
        [-0.5, 1],
      ],
    ],
    "#VALUE!",
    ["第 1 行第 2 列"],
  ],
  [
    "AHP_WEIGHTS",
    [
      [
        [1, "高"],
        [1, 1],
      ],
    ],
    "#VALUE!",
    ["第 1 行第 2 列"],
  ],
  [
    "AHP_WEIGHTS",
    [
      [
        [1, 2],
        [0.5, 1],
      ],
      "XYZ",
    ],
    "#VALUE!",
    ["EVM", "RGMM", "AN"],
  ],
  [
    "AHP_CR",
    [
      [
        [1, 2],
        [0.5, 1],
      ],
      "NOPE",
    ],
    "#VALUE!",
    ["SAATY1980", "ALONSO"],
  ],
  [
    "AHP_LAMBDA",
    [
      [
        [1, 0],
        [0, 1],
      ],
    ],
    "#VALUE!",
    ["第 1 行第 2 列"],
  ],
  [
    "FUZZY_EVAL",
    [
      [[0.5], [0.4]],
      [
        [0.2, 0.8],
        [0.5, 0.5],
      ],
    ],
    "#VALUE!",
    ["must sum to 1"],
  ],
  ["FUZZY_EVAL", [[[0.5], [0.5]], [[0.2, 0.8]]], "#VALUE!", ["weights"]],
  [
    "FUZZY_EVAL",
    [
      [[0.5], [0.5]],
      [
        [0.2, 0.8],
        [0.5, 0.5],
      ],
      "MEDIAN",
    ],
    "#VALUE!",
    ["M(·,+)", "MINMAX"],
  ],
  ["FUZZY_GRADE", [[[0.2, 0.8]], [["优", "良", "中"]]], "#VALUE!", ["grades"]],
  ["FUZZY_SCORE", [[[0.5, 0.5]], [[90]]], "#VALUE!", ["scores"]],
  ["MEMBERSHIP", [0.5, [[0.6, 0.7, 0.8]]], "#NUM!", ["thresholds"]],
  ["MEMBERSHIP", [null, [[0.9, 0.8, 0.7]]], "#VALUE!", ["value is blank"]],
  ["ENTROPY_WEIGHTS", [[[1, 2]]], "#VALUE!", ["2"]],
];
