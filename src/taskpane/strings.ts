/**
 * Every text of the taskpane, once, as a {@link Bilingual} pair (Chinese first) or a function returning one; the
 * compiler refuses a pair with a half missing. Components never hard-code words: they read the catalogue resolved to
 * the UI language ({@link stringsFor}), so `text.tabs.review` is a string and `text.inExcel(n)` returns one.
 */
import { Bilingual, Language, Localized, commaList, localize, same } from "../core/text";
import { MEASURES_SHEET_NAME } from "../core/evaluation/measures";

/** Words several tabs say alike, written once. */
const FAILED: Bilingual = { zh: "失败：", en: "Failed: " };
const WRITTEN = (sheet: string): Bilingual => ({
  zh: `已写入工作表「${sheet}」。`,
  en: `Written to sheet “${sheet}”.`,
});

export const CATALOGUE = {
  title: { zh: "MINE 三率与储量函数", en: "MINE mining-rate and reserve functions" },
  switchTo: { zh: "English", en: "中文" },
  loading: { zh: "正在加载…", en: "Loading…" },
  inExcel: (n: number) => ({
    zh: `已在 Excel 中加载 ${n} 个函数。在单元格中输入 =MINE. 即可使用。`,
    en: `${n} functions loaded in Excel. Type =MINE. in a cell to use them.`,
  }),
  inWps: (n: number) => ({
    zh: `已在 WPS 表格中运行。${n} 个 =MINE. 函数需 WPS 12.1.0.20540 及以上；写表默认便携(只用原生公式)。`,
    en: `Running in WPS Spreadsheets. The ${n} =MINE. functions need WPS 12.1.0.20540 or later; sheets are written portable (native formulas only) by default.`,
  }),
  inWpsWithoutFunctions: (n: number) => ({
    zh: `已在 WPS 表格中运行，但这个 WPS 没有加载项自定义函数(需 12.1.0.20540 及以上)：${n} 个 =MINE. 函数在单元格中不可用，请用便携写法写表。`,
    en: `Running in WPS Spreadsheets, but this WPS has no add-in custom functions (12.1.0.20540 or later needed): the ${n} =MINE. functions cannot run in cells; write sheets portable.`,
  }),
  outsideExcel: (n: number) => ({
    zh: `未在 Excel 中运行(浏览器预览)。共 ${n} 个函数。`,
    en: `Not running inside Excel (browser preview). ${n} functions.`,
  }),
  loadFailed: { zh: "函数说明加载失败：", en: "Could not load the function descriptions: " },
  help: { zh: "帮助与示例", en: "help and example" },
  /** The page's `lang` attribute. */
  lang: { zh: "zh-CN", en: "en" },
  metadata: { zh: "functions-zh-cn.json", en: "functions.json" },
  evaluationFailed: { zh: "评价无法计算：", en: "The evaluation cannot be computed: " },
  editFailed: { zh: "无法修改：", en: "Cannot change that: " },
  /** Live =MINE.* formulas or portable native ones: the choice wherever the pane writes a sheet both ways. */
  formulaMode: {
    label: { zh: "公式写法", en: "Formulas" },
    live: { zh: "实时 =MINE.*(需装本加载项)", en: "Live =MINE.* (needs this add-in)" },
    portable: { zh: "便携：只用原生公式", en: "Portable: native formulas only" },
    /** Shown under the choice in WPS 表格, before anything is written. */
    wps: {
      zh: "WPS 表格：默认便携。图表不写入(写后会列出数据区域，可用“插入→图表”自行作图)；实时写法的溢出公式以数组公式写入，未经真实 WPS 验证。",
      en: "WPS Spreadsheets: portable by default. Charts are not written (the data ranges are listed after writing; draw them with Insert → Chart); live spilling formulas are written as array formulas, not verified in a real WPS.",
    },
  },
  /** The offer to take back an edit that removed or replaced what the user entered. */
  undo: {
    undo: { zh: "撤销", en: "Undo" },
    removedCategory: (name: string) => ({ zh: `已删除类别「${name}」。`, en: `Category “${name}” removed.` }),
    removedIndicator: (name: string) => ({ zh: `已删除指标「${name}」。`, en: `Indicator “${name}” removed.` }),
    removedExpert: (name: string) => ({ zh: `已删除专家「${name}」。`, en: `Expert “${name}” removed.` }),
    removedGrade: (name: string) => ({ zh: `已删除等级「${name}」。`, en: `Grade “${name}” removed.` }),
    reopened: (sheet: string) => ({
      zh: `已从「${sheet}」重新打开，替换了原先的评价。`,
      en: `Re-opened from “${sheet}”, replacing the assessment you had.`,
    }),
  },
  pages: { zh: "页面", en: "Pages" },
  moreTabs: { zh: "更多", en: "More" },
  tabs: {
    system: { zh: "指标体系", en: "Indicators" },
    weights: { zh: "权重", en: "Weights" },
    fuzzy: { zh: "模糊评价", en: "Fuzzy" },
    write: { zh: "写入工作簿", en: "Workbook" },
    templates: { zh: "模板", en: "Templates" },
    review: { zh: "复核", en: "Review" },
    functions: { zh: "函数", en: "Functions" },
  },
  system: {
    heading: { zh: "评价指标体系", en: "Indicator system" },
    source: {
      zh: "起点为 T/XZBX 0088—2025 表1 示例，可按矿种、开采方式和地区调整。",
      en: "Starts from the T/XZBX 0088—2025 Table 1 example; adapt it to the mineral, mining method and region.",
    },
    category: (k: number) => ({ zh: `类别 ${k}`, en: `Category ${k}` }),
    categoryName: { zh: "类别名称", en: "Category name" },
    indicatorName: (i: number) => ({ zh: `指标 ${i}`, en: `Indicator ${i}` }),
    addIndicator: { zh: "添加指标", en: "Add indicator" },
    removeIndicator: { zh: "删除指标", en: "Remove indicator" },
    addCategory: { zh: "添加类别", en: "Add category" },
    removeCategory: { zh: "删除此类别", en: "Remove this category" },
    newCategory: (k: number) => ({ zh: `新类别${k}`, en: `New category ${k}` }),
    newIndicator: (i: number) => ({ zh: `新指标${i}`, en: `New indicator ${i}` }),
    /** Table 1's items and purpose of an indicator the user kept. */
    hint: (items: Bilingual, purpose: Bilingual) => ({
      zh: `二级指标：${items.zh}；说明：${purpose.zh}`,
      en: `Items: ${items.en}; Purpose: ${purpose.en}`,
    }),
    lastOne: { zh: "至少保留一个", en: "At least one must remain" },
  },
  weights: {
    expert: { zh: "专家", en: "Expert" },
    expertName: (n: number) => ({ zh: `专家${n}`, en: `Expert ${n}` }),
    name: { zh: "姓名", en: "Name" },
    expertWeight: { zh: "专家权重", en: "Expert weight" },
    expertWeightHint: {
      zh: "专家权重为任意正数，聚合时归一化。",
      en: "Expert weights are any positive numbers, normalised when aggregating.",
    },
    addExpert: {
      zh: "添加专家(判断全部为 1，即同等重要，待其填写)",
      en: "Add an expert (every judgement 1, equal importance, to be filled in)",
    },
    copy: { zh: "复制", en: "Copy" },
    copyExpert: (name: string) => ({
      zh: `添加一位专家，判断复制自「${name}」`,
      en: `Add an expert with a copy of ${name}'s judgements`,
    }),
    copyName: (name: string) => ({ zh: `${name}(副本)`, en: `${name} (copy)` }),
    removeExpert: { zh: "删除此专家", en: "Remove this expert" },
    matrix: { zh: "判断矩阵", en: "Judgement matrix" },
    categoryMatrix: { zh: "类别层", en: "Categories" },
    indicatorMatrix: (category: string) => ({ zh: `${category} 的指标`, en: `Indicators of ${category}` }),
    method: { zh: "权重计算方法", en: "Weight method" },
    riTable: { zh: "RI 表", en: "RI table" },
    headingCategories: {
      zh: "类别判断矩阵(T/XZBX 0088—2025 表1)",
      en: "Category judgement matrix (T/XZBX 0088—2025 Table 1)",
    },
    headingIndicators: (category: string) => ({
      zh: `「${category}」指标判断矩阵`,
      en: `Indicator judgement matrix of “${category}”`,
    }),
    sample: {
      zh: "起始判断为示例默认值（非文献来源），请由专家重新判断",
      en: "Starting judgements are illustrative defaults, not from a publication: experts must judge",
    },
    rowOverColumn: { zh: "行相对列的重要性", en: "importance of row over column" },
    /** What one judgement cell asks, for a screen reader. */
    judgementOf: (row: string, column: string) => ({
      zh: `${row}相对于${column}的重要性`,
      en: `importance of ${row} over ${column}`,
    }),
    weight: { zh: "权重", en: "Weight" },
    lambda: same("λmax"),
    ci: same("CI"),
    cr: (table: string) => ({ zh: `CR(${table})`, en: `CR (${table})` }),
    passes: (threshold: number) => ({
      zh: `一致性可接受(CR ≤ ${threshold})`,
      en: `Consistency acceptable (CR ≤ ${threshold})`,
    }),
    fails: (threshold: number) => ({
      zh: `一致性不可接受(CR > ${threshold})`,
      en: `Consistency not acceptable (CR > ${threshold})`,
    }),
    doctor: { zh: "最不一致的判断", en: "Most inconsistent judgements" },
    suggestion: (from: string, to: string, cr: string) => ({
      zh: `${from} 改为 ${to}，CR 将为 ${cr}`,
      en: `${from} → ${to} gives CR ${cr}`,
    }),
    apply: { zh: "采用建议", en: "Apply" },
    applyReversal: { zh: "仍然采用(方向反转)", en: "Apply the reversal" },
    reverses: { zh: "方向反转", en: "Reverses the judgement" },
    judged: (from: string, to: string) => ({
      zh: `原判断：${from}；建议：${to}`,
      en: `Judged: ${from}; suggested: ${to}`,
    }),
    changed: (pair: string, from: string, to: string) => ({
      zh: `已将「${pair}」的判断 ${from} 改为 ${to}。`,
      en: `Judgement “${pair}” changed from ${from} to ${to}.`,
    }),
    cycles: { zh: "逻辑矛盾(循环)：", en: "Ordinal contradictions (cycles): " },
    none: { zh: "无", en: "none" },
    single: { zh: "只有一个因素，无需判断，权重为 1。", en: "Only one element: nothing to judge, its weight is 1." },
    group: (n: number) => ({
      zh: `${n} 位专家的群组结果(AIJ 加权几何平均聚合判断)`,
      en: `Group result of ${n} experts (AIJ: weighted geometric mean of the judgements)`,
    }),
    thisExpert: { zh: "本专家", en: "This expert" },
    groupWeight: { zh: "群组权重", en: "Group weight" },
    groupCr: { zh: "群组 CR", en: "Group CR" },
    crTable: { zh: "各判断矩阵的一致性(CR)", en: "Consistency (CR) of every judgement matrix" },
    pass: { zh: "通过", en: "pass" },
    fail: { zh: "未通过", en: "fail" },
    global: { zh: "全局权重(群组)", en: "Global weights (group)" },
    indicator: { zh: "指标", en: "Indicator" },
    categoryWeight: { zh: "类别权重", en: "Category weight" },
    localWeight: { zh: "层内权重", en: "Local weight" },
    globalWeight: { zh: "全局权重", en: "Global weight" },
  },
  fuzzy: {
    grades: { zh: "评语集(由好到差)", en: "Grades (best first)" },
    grade: (j: number) => ({ zh: `等级 ${j}`, en: `Grade ${j}` }),
    addGrade: { zh: "添加等级", en: "Add grade" },
    removeGrade: { zh: "删除", en: "Remove" },
    minGrades: { zh: "至少两个等级", en: "At least two grades" },
    useScores: { zh: "使用等级分值计算综合得分", en: "Use grade scores for an overall score" },
    score: { zh: "分值", en: "Score" },
    membership: { zh: "各指标隶属度", en: "Membership of each indicator" },
    mode: { zh: "隶属度来源", en: "Membership from" },
    votes: { zh: "专家投票", en: "Expert votes" },
    measured: { zh: "实测值", en: "Measured value" },
    voteHint: { zh: "每个等级的票数", en: "Votes per grade" },
    /** Accessible names of one indicator's inputs: which indicator (category / indicator) and which grade. */
    voteLabel: (indicator: string, grade: string) => ({
      zh: `${indicator}：${grade} 的票数`,
      en: `${indicator}: votes for ${grade}`,
    }),
    breakpointLabel: (indicator: string, grade: string) => ({
      zh: `${indicator}：${grade} 的断点`,
      en: `${indicator}: breakpoint of ${grade}`,
    }),
    measuredLabel: (indicator: string) => ({ zh: `${indicator}：实测值`, en: `${indicator}: measured value` }),
    directionLabel: (indicator: string) => ({ zh: `${indicator}：方向`, en: `${indicator}: direction` }),
    modeLabel: (indicator: string) => ({ zh: `${indicator}：隶属度来源`, en: `${indicator}: membership from` }),
    value: { zh: "实测值", en: "Measured value" },
    breakpoints: {
      zh: "各等级断点(由好到差，每个等级一个)",
      en: "Breakpoint of each grade (best first, one per grade)",
    },
    direction: { zh: "方向", en: "Direction" },
    reference: {
      zh: "表1 参考分级界限 b1/b2/b3(优|良、良|中、中|差)：是等级之间的界限，不是断点，未作为默认值；❓ 者仅为示意。",
      en: "Table 1 reference boundaries b1/b2/b3 (excellent|good, good|fair, fair|poor): boundaries between grades, not breakpoints, so not used as defaults; ❓ ones are only illustrative.",
    },
    noBoundaries: { zh: "无参考界限，请自行确定", en: "no reference boundaries: decide them yourself" },
    measuredItem: (name: string, unit: string, direction: string) => ({
      zh: `${name}(单位 ${unit}，${direction})`,
      en: `${name} (unit ${unit}, ${direction})`,
    }),
    basis: { zh: "依据：", en: "basis: " },
    confidence: {
      zh: "✅ 已在来源中读到；🔶 二手来源或常见说法；❓ 无依据，仅示意",
      en: "✅ read in the source; 🔶 secondary source or common usage; ❓ no basis, illustrative",
    },
    operator: { zh: "合成算子", en: "Operator" },
    problems: { zh: "尚缺的输入", en: "Inputs still missing" },
    result: { zh: "评价结果", en: "Result" },
    categoryB: { zh: "各类别的 B", en: "B of each category" },
    overall: { zh: "综合", en: "Overall" },
    verdict: { zh: "结论(最大隶属度原则)", en: "Verdict (maximum membership)" },
    tied: { zh: "并列", en: "tie" },
    weak: (margin: string) => ({
      zh: `差距小(仅 ${margin})，结论不稳`,
      en: `close call (margin ${margin}): the verdict is fragile`,
    }),
    scoreResult: { zh: "综合得分", en: "Overall score" },
    byOperator: { zh: "五种算子对照", en: "The five operators side by side" },
    operatorColumn: { zh: "算子", en: "Operator" },
    verdictColumn: { zh: "结论", en: "Verdict" },
    sensitivity: { zh: "稳健性(蒙特卡洛)", en: "Robustness (Monte Carlo)" },
    runSensitivity: { zh: "计算稳健性", en: "Compute robustness" },
    progress: (done: number, total: number) => ({
      zh: `正在模拟：${done} / ${total} 次`,
      en: `Simulating: ${done} of ${total} draws`,
    }),
    sensitivityMethod: (n: number) => ({
      zh: `蒙特卡洛模拟 ${n} 次：每个判断乘以 1.5^u(u 在 −1 到 1 间均匀分布)，按特征向量法(EVM)重算权重与结论。`,
      en: `Monte-Carlo simulation with ${n} draws: every judgement multiplied by 1.5^u (u uniform in −1…1), weights and verdict recomputed with the principal eigenvector (EVM).`,
    }),
    baseline: { zh: "基准结论", en: "Baseline verdict" },
    verdictChange: { zh: "结论改变的比例", en: "Share of draws with another verdict" },
    rankingChange: { zh: "指标排序改变的比例", en: "Share of draws with another indicator ranking" },
    topChange: { zh: "最重要指标改变的比例", en: "Share of draws with another most important indicator" },
    gradeCounts: { zh: "各结论出现次数", en: "Draws per verdict" },
    stale: { zh: "输入已改变，请重新计算", en: "The inputs have changed: compute again" },
  },
  templates: {
    intro: {
      zh: "每个模板插入一张新工作表：表头与复核工具识别的一致，含示例数据(请替换)、空行、数据验证和公式(实时的 =MINE.* 或便携的原生公式)，说明中写明依据和把握程度。",
      en: "Each template goes into a new sheet: headers the review tool recognises, example data (replace it), blank rows, data validation and formulas (live =MINE.* or portable native ones), with the basis and our confidence in its notes.",
    },
    descriptions: {
      resources: {
        zh: "按矿体/块段、资源量类型(探明/控制/推断、证实/可信)和矿种逐行列出矿石量、品位、金属量；资源量与储量不相加，不设合计。",
        en: "Ore, grade and metal per ore body/block, class (探明/控制/推断, 证实/可信) and mineral; resources and reserves are never added, so no total.",
      },
      design: {
        zh: "保有资源量只扣压覆得设计利用资源量(附件 六.5)；边帮、地质、矿柱、禁采区/境界外等逐项列为设计损失(六.9)，算出设计可采储量和设计开采回采率。",
        en: "Retained resources less the overlaid ones only give the usable resources (annex 6.5); slopes, geology, pillars, no-mining zones and the rest are itemised design losses (6.9), giving the recoverable reserves and the design recovery.",
      },
      blocks: {
        zh: "各采区/矿块的开采回采率和贫化率；合计行按动用资源量加权(Σ采出 ÷ Σ动用)，不是简单平均。",
        en: "Recovery and dilution of each panel/block; the total is weighted by the consumed resources (Σ extracted ÷ Σ consumed), not a simple mean.",
      },
      balance: {
        zh: "原矿、精矿、尾矿的产率、金属量和实际回收率，并与按品位算出的理论回收率对照。",
        en: "Yield, metal and actual recovery of feed, concentrate and tailings, beside the theoretical recovery from the grades.",
      },
      utilization: {
        zh: "每个主、共、伴生矿种的综合回收率；共伴生矿产综合利用率(不计主矿产，国家共伴生指标按此值)与全矿种综合利用率(含主矿产)分列，未利用的矿种计 0 并写明保护措施。",
        en: "Combined recovery of every main, co- and by-product mineral; the co-/by-product utilisation (main mineral left out, the figure the national minimums are set on) apart from the all-minerals mean, an unused mineral counting 0 with its protection measures.",
      },
      summary: {
        zh: "开采回采率、选矿回收率、综合利用率逐项与国家最低指标比较，给出最低值、出处和是否达标。",
        en: "Mining recovery, process recovery and utilisation each against the national minimum, with the minimum, its source and the verdict.",
      },
      corners: {
        zh: "采矿许可证所列拐点的平面坐标，按鞋带公式算出矿区面积(km²)，与方案所写面积核对(附件 五(二).7)。",
        en: "The plane coordinates of the licence's corners, giving the licence area (km²) by the shoelace formula, to check against the plan's stated area (annex 5(2).7).",
      },
    },
    /** A template's table: its Chinese name; in English both, as the inserted sheet is named in Chinese. */
    tableName: (table: Bilingual) => ({ zh: table.zh, en: `${table.en} (${table.zh})` }),
    formulasHint: {
      zh: "便携表在没有本加载项的 Excel 2016/2019、WPS 表格、LibreOffice 中也能重算，数值与 =MINE.* 相同；输入不合规时只显示 #VALUE!，不说明原因；三率最低指标与出处改为按插入时查得的值填写。",
      en: "A portable sheet recalculates without this add-in, in Excel 2016/2019, WPS 表格 and LibreOffice, to the same numbers as =MINE.*; bad input shows #VALUE! without saying why; the national minimums and their sources become typed values, as looked up when inserted.",
    },
    insert: { zh: "插入", en: "Insert" },
    inserting: { zh: "正在插入…", en: "Inserting…" },
    inserted: (sheet: string) => ({ zh: `已插入工作表「${sheet}」。`, en: `Inserted sheet “${sheet}”.` }),
    referenceHeading: { zh: "评估参考表", en: "Reference sheet for the evaluation" },
    measuresName: {
      zh: "T/XZBX 0088—2025 表2–表4：管理措施、数据管理、修复措施",
      en: "T/XZBX 0088—2025 Tables 2–4: management, data and restoration measures",
    },
    measuresDescription: {
      zh: "标准表2–表4 原文插入一张新工作表。每项措施旁列出它支撑的表1 指标(✅ 标准原文写有该指标，🔶 本加载项的理解，请核对)；评估人选择状态(已实施/计划中/未实施/不适用)并写明证据，上方按表1 指标实时统计(COUNTIF)。",
      en: "The standard's Tables 2–4, word for word, in a new sheet. Beside each measure, the Table 1 indicators it supports (✅ named by the standard, 🔶 our reading: check it); the evaluator picks a status (in place / planned / absent / not applicable) and states the evidence, and the counts per Table 1 indicator on top stay live (COUNTIF).",
    },
    measuresSheet: MEASURES_SHEET_NAME,
    needsExcel: {
      zh: "插入模板或参考表需要在 Excel 或 WPS 表格中打开工作簿并运行本加载项(浏览器预览中不可用)。",
      en: "Inserting a template or the reference sheet needs the add-in running in Excel or WPS Spreadsheets with a workbook open (not in a browser preview).",
    },
    failed: FAILED,
  },
  review: {
    intro: {
      zh: "复核：找出各张填报表，用每行的填报值重算每个派生数，按复核规则逐项核对，列出单元格、填报值、复核值和规则。复核所选区域时请选中整张表(含表头)。",
      en: "Spot-check: finds the drafting tables, recomputes every derived number from the stated values of its row and applies the review rules, listing the cell, the stated and the recomputed value and the rule. To review a selection, select a whole table, header included.",
    },
    needsExcel: {
      zh: "读取和写入工作簿需要在 Excel 或 WPS 表格中打开工作簿并运行本加载项(浏览器预览中不可用)，复核按钮不可用。",
      en: "Reading and writing the workbook needs the add-in running in Excel or WPS Spreadsheets with a workbook open (not in a browser preview): the review buttons are disabled.",
    },
    reviewWorkbook: { zh: "复核整个工作簿", en: "Review the whole workbook" },
    reviewSelection: { zh: "复核所选区域", en: "Review the selection" },
    reviewing: { zh: "正在复核…", en: "Reviewing…" },
    scopeWorkbook: { zh: "整个工作簿", en: "the whole workbook" },
    scopeSelection: (sheet: string) => ({
      zh: `工作表「${sheet}」的所选区域`,
      en: `the selection on sheet “${sheet}”`,
    }),
    scope: (what: string) => ({ zh: `复核范围：${what}`, en: `Reviewed: ${what}` }),
    tables: (n: number) => ({ zh: `找到 ${n} 张表：`, en: `${n} table(s) found:` }),
    table: (sheet: string, range: string, name: string, rows: number) => ({
      zh: `${sheet}!${range} ${name}(${rows} 行)`,
      en: `${sheet}!${range} ${name} (${rows} rows)`,
    }),
    missing: (columns: readonly Bilingual[]) => {
      const listed = commaList(columns);
      return { zh: `缺少列：${listed.zh}，未复核`, en: `lacks ${listed.en}: not checked` };
    },
    manualChecks: (n: number) => ({
      zh: `须人工核对(${n})：复核未能完成的检查`,
      en: `Needs a manual check (${n}): checks the review could not do`,
    }),
    findings: (n: number) => ({ zh: `发现的问题(${n})`, en: `Findings (${n})` }),
    noFindings: { zh: "未发现问题。", en: "Nothing found." },
    workbookLevel: { zh: "(工作簿)", en: "(workbook)" },
    goTo: (where: string) => ({ zh: `在工作簿中转到 ${where}`, en: `Go to ${where} in the workbook` }),
    details: { zh: "依据", en: "Basis" },
    cellScope: (sheet: string, cell: string) => ({
      zh: `工作表「${sheet}」的单元格 ${cell}`,
      en: `cell ${cell} on sheet “${sheet}”`,
    }),
    cellOnly: (sheet: string, cell: string) => ({
      zh: `只选了一个单元格(${cell})。复核一个数要用到它所在表的表头和同一行的其他单元格，因此复核了工作表「${sheet}」中的各张表，下面只列出指向 ${cell} 的问题。能判断的：这个单元格的数是否与同一行重算的结果一致、是否符合针对它的复核规则；不能判断的：其他表中的问题和整份方案是否通过——请复核整个工作簿。`,
      en: `Only one cell (${cell}) is selected. Checking a number needs its table's header and the other cells of its row, so the tables on sheet “${sheet}” were reviewed and only the findings at ${cell} are listed. What this can tell: whether the cell agrees with its row recomputed and with the rules about it; what it cannot: problems in other tables, and whether the plan passes — review the whole workbook for that.`,
    }),
    cellFindings: (cell: string, n: number) => ({
      zh: `单元格 ${cell}：${n} 个问题`,
      en: `Cell ${cell}: ${n} finding(s)`,
    }),
    cellClean: (cell: string, table: string) => ({
      zh: `单元格 ${cell} 属于 ${table}，已复核，没有发现指向它的问题。`,
      en: `Cell ${cell} belongs to ${table}; it was reviewed and nothing was found at it.`,
    }),
    cellOutside: (cell: string) => ({
      zh: `单元格 ${cell} 不在任何可识别的填报表中(表头须与填报表的列名相符)，无法复核。`,
      en: `Cell ${cell} is in no recognisable table (the header must match the drafting tables' columns): it cannot be reviewed.`,
    }),
    noTableSelected: {
      zh: "所选区域中没有可识别的填报表：请选中整张表(含表头)，或复核整个工作簿。没有找到表时不作“通过/不通过”的结论。",
      en: "The selection holds no recognisable table: select a whole table, header included, or review the whole workbook. With no table found there is no pass or fail.",
    },
    stated: { zh: "填报值", en: "stated" },
    recomputed: { zh: "复核值", en: "recomputed" },
    severity: {
      fail: { zh: "不通过", en: "fail" },
      warn: { zh: "提示", en: "warn" },
    },
    basis: { zh: "依据：", en: "Basis: " },
    formula: { zh: "公式：", en: "Formula: " },
    more: (n: number) => ({
      zh: `另有 ${n} 项未列出，见复核报告工作表。`,
      en: `${n} more not listed: see the report sheet.`,
    }),
    writeReport: { zh: "写入复核报告", en: "Write the review report" },
    writeOpinion: { zh: "生成专家审查意见书草稿", en: "Draft the expert review opinion" },
    highlight: { zh: "标出问题单元格", en: "Highlight the cells" },
    opinionHint: {
      zh: "意见书草稿按附件七格式：“三率”一节取自工作簿，审查结论(通过□ 不通过□)与签名留给专家组。",
      en: "The draft opinion follows annex 7: the three-rates section is filled from the workbook; the conclusion (pass □ fail □) and signatures are left for the expert group.",
    },
    reportSheet: { zh: "复核报告", en: "Review" },
    opinionSheet: { zh: "专家审查意见书", en: "Review opinion" },
    written: WRITTEN,
    highlighted: (n: number) => ({
      zh: `已标出 ${n} 个单元格(红：不通过，黄：提示)，数值未改动。问题说明写在复核报告中，不写成单元格批注。`,
      en: `${n} cell(s) highlighted (red: fail, amber: warn); no value changed. The explanations are in the report sheet, not in cell notes.`,
    }),
    nothingToHighlight: {
      zh: "没有指向单元格的问题，无需标出。",
      en: "No finding points at a cell: nothing to highlight.",
    },
    failed: FAILED,
  },
  write: {
    sheetBase: { zh: "动态评估", en: "Assessment" },
    sheetName: { zh: "工作表名称", en: "Sheet name" },
    write: { zh: "写入新工作表", en: "Write to a new sheet" },
    writing: { zh: "正在写入…", en: "Writing…" },
    written: WRITTEN,
    needsExcel: {
      zh: "写入和重新打开工作簿需要在 Excel 或 WPS 表格中打开工作簿并运行本加载项(浏览器预览中不可用)。",
      en: "Writing to and re-opening from the workbook needs the add-in running in Excel or WPS Spreadsheets with a workbook open (not in a browser preview).",
    },
    reopen: { zh: "重新打开已写入的评价", en: "Re-open an assessment written earlier" },
    refresh: { zh: "刷新列表", en: "Refresh list" },
    noSheets: {
      zh: "工作簿中没有本加载项写入的评价表。",
      en: "No assessment sheet written by this add-in in the workbook.",
    },
    opened: (sheet: string) => ({
      zh: `已从工作表「${sheet}」读回评价。`,
      en: `Assessment read back from sheet “${sheet}”.`,
    }),
    failed: FAILED,
    overwriteTitle: { zh: "覆盖已有内容？", en: "Overwrite existing content?" },
    overwriteBody: (sheet: string, n: number) => ({
      zh: `工作表「${sheet}」的写入区域中有 ${n} 个非空单元格。覆盖它们吗？`,
      en: `The area to write on sheet “${sheet}” has ${n} non-empty cells. Overwrite them?`,
    }),
    portableHint: {
      zh: "便携表在没有本加载项的 Excel 2016/2019、WPS 表格、LibreOffice 中也能打开并重算：能用原生公式写的(CI、一致性结论、专家判断的综合、全局权重、投票隶属度)写为原生公式；AHP 权重、λmax、CR、隶属度与模糊评价结果无原生写法，写为本加载项算出的值，表末逐项注明原公式，改动输入后这些值不会更新，需重新写表。",
      en: "A portable sheet opens and recalculates without this add-in, in Excel 2016/2019, WPS 表格 and LibreOffice: what native formulas can compute (CI, the consistency verdicts, the experts' combined judgements, global weights, memberships from votes) is written as native formulas; the AHP weights, λmax, CR, memberships and fuzzy results have no native form and are written as the values this add-in computed, each listed with its formula at the foot of the sheet. They do not follow changes to the inputs: write the sheet again.",
    },
    writtenPortable: (sheet: string, ranges: number) => ({
      zh: `已写入便携工作表「${sheet}」：${ranges} 处为本加载项算出的值(无原生公式)，表末列出各自的原公式；改动输入后需重新写表。`,
      en: `Portable sheet “${sheet}” written: ${ranges} ranges hold values this add-in computed (no native form), each listed with its formula at the foot of the sheet; write it again after changing inputs.`,
    }),
    caveatsTitle: { zh: "结果有问题，仍然写入？", en: "The result has problems. Write it anyway?" },
    writeAnyway: { zh: "仍然写入", en: "Write anyway" },
    writtenDespite: { zh: "注意：", en: " Note: " },
    reopenTitle: { zh: "放弃未写入的修改？", en: "Discard the edits not yet written?" },
    reopenUnsaved: (sheet: string) => ({
      zh: `当前评价有尚未写入工作簿的修改。从「${sheet}」重新打开会替换它们(之后可在页面顶部撤销)。`,
      en: `The assessment has edits not yet written to the workbook. Re-opening “${sheet}” replaces them (you can undo it at the top of the pane).`,
    }),
    reopenAnyway: { zh: "重新打开", en: "Re-open" },
    overwrite: { zh: "覆盖", en: "Overwrite" },
    cancel: { zh: "取消", en: "Cancel" },
    version: (version: string, date: string) => ({
      zh: `加载项版本 ${version}，日期 ${date}`,
      en: `Add-in version ${version}, date ${date}`,
    }),
    yearsHeading: {
      zh: "多年度动态评估表(T/XZBX 0088—2025 §5.2–5.3)",
      en: "Assessment over years (T/XZBX 0088—2025 §5.2–5.3)",
    },
    yearsHint: {
      zh: "用同一权重模型逐年评价：每个指标一行，每年一列实测值(留空待填)，逐年隶属度、B、结论与趋势折线图均为实时公式。",
      en: "The same weight model year by year: one row per indicator, one column of measured values per year (left blank to fill in); memberships, B, verdicts and a trend chart are live formulas.",
    },
    yearsVotesNote: (names: readonly string[]) => ({
      zh: `有 ${names.length} 个指标为专家投票输入，不能逐年评价(表中其方向与断点留空，请改为实测值)：${names.join("、")}。`,
      en: `${names.length} ${names.length === 1 ? "indicator is" : "indicators are"} graded by expert votes and cannot be evaluated per year (their direction and breakpoints are left blank; switch them to measured values): ${names.join(", ")}.`,
    }),
    yearsLabel: {
      zh: "年份(如 2022-2025、2021,2023)、季度(如 2025Q1-2025Q4)或矿山名称(以顿号分隔)",
      en: "Years (2022-2025, 2021,2023), quarters (2025Q1-2025Q4) or mine names (comma-separated)",
    },
    yearsWrite: { zh: "写入多年度评估表", en: "Write the multi-year sheet" },
    yearsSheetBase: { zh: "多年度评估", en: "Over years" },
    yearsWritten: (sheet: string) => ({
      zh: `已写入多年度评估表「${sheet}」：请在各年份列填入实测值。`,
      en: `Multi-year sheet “${sheet}” written: fill in each year's measured values.`,
    }),
  },
  /** Filling the pane's tables from the selection or pasted cells, and the expert questionnaires. */
  dataIn: {
    label: { zh: "从工作表填入：", en: "From the sheet:" },
    votesLabel: { zh: "全部投票 ← 工作表：", en: "All votes from the sheet:" },
    measuredLabel: { zh: "全部实测值 ← 工作表：", en: "All measured values from the sheet:" },
    fromSelection: { zh: "读取所选区域", en: "Read selection" },
    paste: { zh: "粘贴", en: "Paste" },
    pasteLabel: { zh: "粘贴的单元格", en: "Pasted cells" },
    pasteHint: {
      zh: "在此粘贴从 Excel 或 WPS 表格复制的单元格(制表符分隔；可写 1/3、全角数字，实测值与权重可写百分数)",
      en: "Paste cells copied from Excel or WPS here (tab-separated; 1/3, full-width digits, and percentages for measured values and weights are read)",
    },
    needsExcel: {
      zh: "读取所选区域需要在 Excel 或 WPS 表格中打开工作簿(浏览器预览中不可用)；可用“粘贴”。",
      en: "Reading the selection needs Excel or WPS Spreadsheets with a workbook open (not in a browser preview); use Paste.",
    },
    pasted: { zh: "粘贴的内容", en: "the pasted cells" },
    preview: (target: string, source: string) => ({
      zh: `预览：将填入${target}(来自 ${source})`,
      en: `Preview: fills ${target} (from ${source})`,
    }),
    apply: { zh: "填入", en: "Fill in" },
    cancel: { zh: "取消", en: "Cancel" },
    applied: (target: string) => ({ zh: `已填入${target}。`, en: `Filled ${target}.` }),
    votesAll: {
      zh: "全部指标的投票表(每个指标一行，每个等级一列)",
      en: "the votes of every indicator (a row per indicator, a column per grade)",
    },
    votesOf: (category: string) => ({ zh: `「${category}」的投票表`, en: `the votes of “${category}”` }),
    measuredAll: {
      zh: "全部指标的实测值(一列；或每行实测值加各等级断点)",
      en: "the measured value of every indicator (a column; or each row a value and each grade's breakpoint)",
    },
    matrixOf: (heading: string) => ({ zh: `「${heading}」`, en: `“${heading}”` }),
    expertWeights: { zh: "各专家的权重", en: "the experts' weights" },
    gradeScores: { zh: "各等级的分值", en: "each grade's score" },
    becomesVotes: { zh: "(改为专家投票)", en: " (becomes expert votes)" },
    becomesMeasured: { zh: "(改为实测值)", en: " (becomes a measured value)" },
    sourceLabel: { zh: "原标题", en: "source label" },
    notEntered: { zh: "未填", en: "blank" },
    questionnaires: { zh: "专家问卷", en: "Expert questionnaires" },
    questionnaireIntro: {
      zh: "为每位专家生成一张问卷工作表(当前指标体系的两两比较矩阵：右上三角从 1/9…9 下拉选择，旁附 1–9 标度含义，左下为倒数公式；以及投票指标的评语投票表)。专家填好后在此读回：显示每位专家每个矩阵的 CR，有问题的单元格以“工作表!单元格”列出。",
      en: "Writes one questionnaire sheet per expert (the current system's pairwise matrices: the upper triangle picked from a 1/9…9 list with the 1–9 scale beside it, reciprocal formulas below; and a votes-per-grade table for the voted indicators). Read them back here once filled in: each expert's CR of every matrix is shown and every problem is named as sheet!cell.",
    },
    generate: { zh: "生成问卷", en: "Write questionnaires" },
    generating: { zh: "正在生成…", en: "Writing…" },
    generated: (sheets: string) => ({ zh: `已生成问卷：${sheets}。`, en: `Questionnaires written: ${sheets}.` }),
    readBack: { zh: "读回问卷", en: "Read them back" },
    reading: { zh: "正在读回…", en: "Reading…" },
    found: (n: number) => ({ zh: `找到 ${n} 份问卷：`, en: `${n} questionnaire(s) found:` }),
    valid: { zh: "可导入", en: "ready" },
    invalid: { zh: "有问题，未导入", en: "has problems: not imported" },
    importRule: {
      zh: "任何一份问卷有问题时默认不导入任何问卷，请改正后重新读回；也可只导入没有问题的问卷，并在评估中说明略去了哪些专家。导入后任务窗格的专家由问卷中的专家替换，投票为各问卷票数之和。",
      en: "While any questionnaire has a problem nothing is imported by default: fix it and read again; or import only the questionnaires without problems and say in the assessment which experts were left out. Importing replaces the pane's experts with the questionnaires' and sums their votes.",
    },
    importAll: (n: number) => ({ zh: `导入这 ${n} 份问卷`, en: `Import the ${n} questionnaire(s)` }),
    importValid: (valid: number, left: number) => ({
      zh: `只导入没有问题的 ${valid} 份(略去 ${left} 份)`,
      en: `Import only the ${valid} without problems (leaving out ${left})`,
    }),
    imported: (n: number) => ({
      zh: `已导入 ${n} 位专家的判断与投票。`,
      en: `Judgements and votes of ${n} expert(s) imported.`,
    }),
    needsExcelQuestionnaires: {
      zh: "生成和读回问卷需要在 Excel 或 WPS 表格中打开工作簿并运行本加载项(浏览器预览中不可用)。",
      en: "Writing and reading questionnaires needs the add-in running in Excel or WPS Spreadsheets with a workbook open (not in a browser preview).",
    },
    failed: FAILED,
  },
};

/** The catalogue in one language: every pair a string, every function returning a string. */
export type Strings = Localized<typeof CATALOGUE>;

const RESOLVED: Readonly<Record<Language, Strings>> = { zh: localize(CATALOGUE, "zh"), en: localize(CATALOGUE, "en") };

/** The taskpane's words in `language` (resolved once per language, so the same object on every render). */
export function stringsFor(language: Language): Strings {
  return RESOLVED[language];
}
