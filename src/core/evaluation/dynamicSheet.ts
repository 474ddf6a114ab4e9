/**
 * The sheet of a dynamic assessment over years or mines (T/XZBX 0088—2025 §5.2–5.3): the assessment's weight model
 * written as labelled values, a table of every indicator's unit, direction and breakpoints with one column of
 * values per subject, and per subject the memberships (=MINE.MEMBERSHIP), the two-level evaluation
 * (=MINE.FUZZY_EVAL), the verdict (=MINE.FUZZY_GRADE) and the score (=MINE.FUZZY_SCORE), summed up in a trend table
 * and a line chart.
 *
 * Weights: written as values computed by the engine from the assessment's judgement matrices (AIJ aggregate, its
 * weight method) and labelled so; the judgement matrices and their consistency live in the evaluation sheet, and the
 * notes say how to recompute. Incomplete subjects: while a subject misses a value, its memberships and B are "" and
 * its verdict says 数据不全, and its trend cell is #N/A so the line chart shows a gap rather than a false zero. A
 * missing or disordered breakpoint is a configuration error and shows the function's own error message.
 */
import { CellRange, SheetPlan, SheetPlanBuilder, cellAddress, rangeAddress } from "../workbook/sheetPlan";
import { WEIGHT_METHODS } from "./ahp";
import { Assessment, Language } from "./assessment";
import { Panel, evaluatePanel, indicatorCount } from "./dynamic";
import { FUZZY_OPERATORS, OPERATOR_INFO } from "./fuzzy";
import { TABLE1 } from "./indicators";

/** A1 of every dynamic-assessment sheet holds exactly this text. */
export const DYNAMIC_MARKER = "MINE 动态评估(多年度) | MINE assessment over years";

export interface DynamicSheetOptions {
  readonly sheetName: string;
  readonly language: Language;
  readonly version: string;
  readonly date: string;
}

/** Columns of the indicator table. */
export const DYNAMIC_COLUMNS = {
  category: 0,
  indicator: 1,
  unit: 2,
  direction: 3,
  localWeight: 4,
  globalWeight: 5,
  /** One breakpoint per grade, best first. */
  breakpoints: 6,
} as const;

/** First column of the membership and B rows in a subject block, and of B in the trend table. */
const GRADE_COLUMN = 2;

export interface SubjectBlock {
  /** The block's title row (the subject's label and the grade labels). */
  readonly row: number;
  /** First membership row (one per indicator, category by category). */
  readonly membership: number;
  /** B of each category. */
  readonly categoryRows: readonly number[];
  readonly overallRow: number;
  readonly verdictRow: number;
  readonly scoreRow: number;
}

export interface DynamicLayout {
  readonly title: number;
  readonly operator: number;
  readonly weightsSource: number;
  readonly standard: number;
  readonly incomplete: number;
  readonly writtenBy: number;
  readonly gradesHeading: number;
  readonly gradesRow: number;
  readonly scoresRow: number;
  readonly categoriesHeading: number;
  /** Category rows: name in A, weight in B. */
  readonly categoryRows: readonly number[];
  readonly valuesHeading: number;
  readonly valuesHeader: number;
  /** First indicator row of each category in the indicator table. */
  readonly indicatorRows: readonly number[];
  /** Column of subject s's values in the indicator table is valuesColumn + s. */
  readonly valuesColumn: number;
  readonly trendHeading: number;
  readonly trendHeader: number;
  /** Trend table: subject in A, trend value in B, verdict in C, B from D. */
  readonly trendRows: readonly number[];
  readonly blocks: readonly SubjectBlock[];
  readonly lastRow: number;
}

/** Where everything is, from the assessment's shape and the number of subjects. */
export function dynamicLayoutOf(a: Assessment, subjects: number): DynamicLayout {
  const K = a.categories.length;
  const I = indicatorCount(a);
  const m = a.grades.length;
  let row = 8;
  const gradesHeading = row;
  row += 4; // heading, grades, scores, blank
  const categoriesHeading = row;
  row += 2; // heading, column header
  const categoryRows = Array.from({ length: K }, (_, k) => row + k);
  row += K + 1;
  const valuesHeading = row;
  const valuesHeader = row + 1;
  row += 2;
  const indicatorRows: number[] = [];
  for (const c of a.categories) {
    indicatorRows.push(row);
    row += c.indicators.length;
  }
  row += 1;
  const trendHeading = row;
  const trendHeader = row + 1;
  row += 2;
  const trendRows = Array.from({ length: subjects }, (_, s) => row + s);
  row += subjects + 1;
  const blocks: SubjectBlock[] = [];
  for (let s = 0; s < subjects; s++) {
    const membership = row + 1;
    const categoryRowsOfBlock = Array.from({ length: K }, (_, k) => membership + I + k);
    const overallRow = membership + I + K;
    blocks.push({
      row,
      membership,
      categoryRows: categoryRowsOfBlock,
      overallRow,
      verdictRow: overallRow + 1,
      scoreRow: overallRow + 2,
    });
    row = overallRow + 4;
  }
  return {
    title: 1,
    operator: 2,
    weightsSource: 3,
    standard: 4,
    incomplete: 5,
    writtenBy: 6,
    gradesHeading,
    gradesRow: gradesHeading + 1,
    scoresRow: gradesHeading + 2,
    categoriesHeading,
    categoryRows,
    valuesHeading,
    valuesHeader,
    indicatorRows,
    valuesColumn: DYNAMIC_COLUMNS.breakpoints + m + 1,
    trendHeading,
    trendHeader,
    trendRows,
    blocks,
    lastRow: row - 1,
  };
}

const WORDS = {
  zh: {
    title: "评估名称",
    operator: "合成算子",
    weightsSource: "权重来源",
    weightsNote: (title: string, method: string, experts: number) =>
      `数值：由评估“${title}”的判断矩阵计算(${method}${experts > 1 ? `，${experts} 位专家 AIJ 综合` : ""})。判断矩阵及一致性检验见该评估表；修改判断后请在加载项中重新写入本表，或在此直接改写权重(类别权重合计应为 1，每类局部权重合计应为 1)`,
    standard: "依据",
    standardNote:
      "T/XZBX 0088—2025 §5.2 数据获取与更新(一般矿山建议每年更新一次数据)、§5.3 指标体系(表1)：以同一权重模型逐年(或逐矿)评价，比较结论与趋势",
    incomplete: "说明",
    incompleteNote:
      "每个指标按实测值与断点计算隶属度(=MINE.MEMBERSHIP)。某年度(对象)数值未填全时，其隶属度与 B 为空、结论显示“数据不全”、趋势值为 #N/A(折线图中断开，而不是画成 0)",
    writtenBy: "生成",
    grades: "评语集",
    grade: "等级",
    scoreRow: "分值(可空)",
    categories: "类别权重",
    category: "类别",
    weight: "权重",
    values: "指标、断点与逐年数值(数值列可增删改名；空白即未填写)",
    indicator: "指标",
    unit: "单位",
    direction: "方向",
    localWeight: "局部权重",
    globalWeight: "全局权重",
    breakpoint: (grade: string) => `断点:${grade}`,
    benefit: "正向",
    cost: "负向",
    trend: "趋势",
    subject: "年度/对象",
    trendScore: "综合得分",
    trendBest: (grade: string) => `B(${grade})`,
    verdict: "评价结论(最大隶属度)",
    score: "综合得分",
    noScores: "未设分值",
    incompleteVerdict: "数据不全",
    membership: "隶属度",
    overall: "综合",
    chart: (what: string) => `${what}逐年变化`,
  },
  en: {
    title: "Title",
    operator: "Operator",
    weightsSource: "Weights from",
    weightsNote: (title: string, method: string, experts: number) =>
      `values computed from the judgement matrices of assessment "${title}" (${method}${experts > 1 ? `, AIJ of ${experts} experts` : ""}). The matrices and their consistency are in its evaluation sheet; after changing judgements, write this sheet again from the add-in, or edit the weights here (category weights sum to 1, local weights sum to 1 within each category)`,
    standard: "Basis",
    standardNote:
      "T/XZBX 0088—2025 §5.2 data updates (yearly for ordinary mines), §5.3 indicator system (Table 1): the same weight model evaluated year by year (or mine by mine), comparing verdicts and the trend",
    incomplete: "Note",
    incompleteNote:
      "each indicator is graded from its measured value and breakpoints (=MINE.MEMBERSHIP). While a year (subject) lacks a value, its memberships and B are blank, its verdict says incomplete, and its trend value is #N/A (a gap in the line chart, not a false zero)",
    writtenBy: "Written by",
    grades: "Grades",
    grade: "Grade",
    scoreRow: "Score (optional)",
    categories: "Category weights",
    category: "Category",
    weight: "Weight",
    values: "Indicators, breakpoints and values per subject (blank = not entered)",
    indicator: "Indicator",
    unit: "Unit",
    direction: "Direction",
    localWeight: "Local weight",
    globalWeight: "Global weight",
    breakpoint: (grade: string) => `breakpoint: ${grade}`,
    benefit: "benefit",
    cost: "cost",
    trend: "Trend",
    subject: "Year / subject",
    trendScore: "Score",
    trendBest: (grade: string) => `B(${grade})`,
    verdict: "Verdict (maximum membership)",
    score: "Score",
    noScores: "no scores set",
    incompleteVerdict: "incomplete",
    membership: "Membership",
    overall: "overall",
    chart: (what: string) => `${what} over the subjects`,
  },
} as const;

const quote = (text: string): string => `"${text.replace(/"/g, '""')}"`;
const abs = (row: number, column: number): string => cellAddress(row, column, true);
const WEIGHT_FORMAT = "0.0000";

/** The unit of a Table 1 indicator with a single measured item, found by its name; "" otherwise. */
function defaultUnit(name: string): string {
  for (const c of TABLE1) {
    for (const indicator of c.indicators) {
      if ((indicator.name.zh === name || indicator.name.en === name) && indicator.measured.length === 1) {
        const unit = indicator.measured[0].unit;
        return unit === "–" ? "" : unit;
      }
    }
  }
  return "";
}

/**
 * The dynamic-assessment sheet for an assessment and a panel (values are written where given, blank otherwise).
 * The weights are the engine's values for the assessment (see the module comment).
 */
export function planDynamicSheet(a: Assessment, panel: Panel, options: DynamicSheetOptions): SheetPlan {
  const { language } = options;
  const words = WORDS[language];
  const result = evaluatePanel(a, panel);
  const n = panel.subjects.length;
  if (n === 0) throw new RangeError("a dynamic assessment needs at least one subject");
  const layout = dynamicLayoutOf(a, n);
  const plan = new SheetPlanBuilder();
  const m = a.grades.length;
  const K = a.categories.length;
  const I = indicatorCount(a);
  const C = DYNAMIC_COLUMNS;

  // Header and notes.
  plan.put(0, 0, "title", DYNAMIC_MARKER);
  plan.put(layout.title, 0, "label", words.title);
  plan.put(layout.title, 1, "input", a.title);
  plan.put(layout.operator, 0, "label", words.operator);
  plan.put(layout.operator, 1, "input", OPERATOR_INFO[a.operator].ascii);
  plan.put(layout.operator, 2, "note", FUZZY_OPERATORS.map((op) => `${OPERATOR_INFO[op].ascii} ${op}`).join("；"));
  plan.validations.push({
    range: { row: layout.operator, column: 1, rows: 1, columns: 1 },
    kind: "list",
    choices: FUZZY_OPERATORS.map((op) => OPERATOR_INFO[op].ascii),
    prompt: FUZZY_OPERATORS.map((op) => `${OPERATOR_INFO[op].ascii} = ${op}`).join("; "),
  });
  const method = `${a.weightMethod} ${WEIGHT_METHODS[a.weightMethod][language]}`;
  plan.put(layout.weightsSource, 0, "label", words.weightsSource);
  plan.put(layout.weightsSource, 1, "note", words.weightsNote(a.title, method, a.experts.length));
  plan.put(layout.standard, 0, "label", words.standard);
  plan.put(layout.standard, 1, "note", words.standardNote);
  plan.put(layout.incomplete, 0, "label", words.incomplete);
  plan.put(layout.incomplete, 1, "note", words.incompleteNote);
  plan.put(layout.writtenBy, 0, "label", words.writtenBy);
  plan.put(layout.writtenBy, 1, "note", `MINE add-in ${options.version}, ${options.date}`);

  // Grades and scores.
  plan.put(layout.gradesHeading, 0, "heading", words.grades);
  plan.put(layout.gradesRow, 0, "label", words.grade);
  plan.put(layout.scoresRow, 0, "label", words.scoreRow);
  a.grades.forEach((g, j) => {
    plan.put(layout.gradesRow, 1 + j, "input", g);
    if (a.scores) plan.put(layout.scoresRow, 1 + j, "input", a.scores[j]);
  });
  const gradeRef = (j: number): string => `=${abs(layout.gradesRow, 1 + j)}`;
  const grades = rangeAddress({ row: layout.gradesRow, column: 1, rows: 1, columns: m }, true);
  const scores = rangeAddress({ row: layout.scoresRow, column: 1, rows: 1, columns: m }, true);

  // Category weights: the one place category names are typed.
  plan.put(layout.categoriesHeading, 0, "heading", words.categories);
  plan.put(layout.categoriesHeading + 1, 0, "label", words.category);
  plan.put(layout.categoriesHeading + 1, 1, "label", words.weight);
  a.categories.forEach((c, k) => {
    plan.put(layout.categoryRows[k], 0, "input", c.name);
    plan.put(layout.categoryRows[k], 1, "input", result.weights.categories.weights[k], WEIGHT_FORMAT);
  });
  const categoryWeights: CellRange = { row: layout.categoryRows[0], column: 1, rows: K, columns: 1 };
  plan.validations.push({ range: categoryWeights, kind: "nonNegative", prompt: words.weight });

  // Indicators, their scales and weights, and the values per subject.
  plan.put(layout.valuesHeading, 0, "heading", words.values);
  const header = layout.valuesHeader;
  plan.put(header, C.category, "label", words.category);
  plan.put(header, C.indicator, "label", words.indicator);
  plan.put(header, C.unit, "label", words.unit);
  plan.put(header, C.direction, "label", words.direction);
  plan.put(header, C.localWeight, "label", words.localWeight);
  plan.put(header, C.globalWeight, "label", words.globalWeight);
  a.grades.forEach((g, j) => plan.put(header, C.breakpoints + j, "label", words.breakpoint(g)));
  panel.subjects.forEach((subject, s) => plan.put(header, layout.valuesColumn + s, "input", subject));
  const firstIndicator = layout.indicatorRows[0];
  a.categories.forEach((c, k) => {
    c.indicators.forEach((indicator, i) => {
      const r = layout.indicatorRows[k] + i;
      const x = r - firstIndicator;
      plan.formula(r, C.category, `=${abs(layout.categoryRows[k], 0)}`);
      plan.put(r, C.indicator, "input", indicator.name);
      const unit = defaultUnit(indicator.name);
      if (unit !== "") plan.put(r, C.unit, "input", unit);
      plan.put(r, C.localWeight, "input", result.weights.indicators[k].weights[i], WEIGHT_FORMAT);
      plan.formula(r, C.globalWeight, `=${abs(layout.categoryRows[k], 1)}*${cellAddress(r, C.localWeight)}`, {
        numberFormat: WEIGHT_FORMAT,
      });
      const input = indicator.membership;
      if (input.kind === "measured") {
        plan.put(r, C.direction, "input", words[input.direction]);
        input.breakpoints.forEach((b, j) => b !== null && plan.put(r, C.breakpoints + j, "input", b));
      }
      panel.values.forEach((values, s) => {
        const v = values[x];
        if (v !== null) plan.put(r, layout.valuesColumn + s, "input", v);
      });
    });
  });
  const tableRows = { row: firstIndicator, rows: I };
  plan.validations.push(
    {
      range: { ...tableRows, column: C.direction, columns: 1 },
      kind: "list",
      choices: [words.benefit, words.cost],
      prompt:
        language === "zh" ? "正向：越大越好；负向：越小越好" : "benefit: larger is better; cost: smaller is better",
    },
    { range: { ...tableRows, column: C.localWeight, columns: 1 }, kind: "nonNegative", prompt: words.localWeight },
  );

  // One block per subject: memberships, B per category and overall, verdict, score.
  const complete = (s: number, rows: { row: number; rows: number }): string =>
    `COUNT(${rangeAddress({ row: rows.row, column: layout.valuesColumn + s, rows: rows.rows, columns: 1 }, true)})=${rows.rows}`;
  const operator = abs(layout.operator, 1);
  layout.blocks.forEach((block, s) => {
    const subjectCell = abs(header, layout.valuesColumn + s);
    plan.formula(block.row, 0, `=""&${subjectCell}`); // text even for a label like 2024, so charts use it as a category
    plan.put(block.row, 1, "label", words.membership);
    for (let j = 0; j < m; j++) plan.formula(block.row, GRADE_COLUMN + j, gradeRef(j));
    for (let x = 0; x < I; x++) {
      const r = block.membership + x;
      const source = firstIndicator + x;
      const value = abs(source, layout.valuesColumn + s);
      const breakpoints = rangeAddress({ row: source, column: C.breakpoints, rows: 1, columns: m }, true);
      plan.formula(r, 0, `=${abs(source, C.category)}`);
      plan.formula(r, 1, `=${abs(source, C.indicator)}`);
      plan.formula(
        r,
        GRADE_COLUMN,
        `=IF(COUNT(${value})=1,MINE.MEMBERSHIP(${value},${breakpoints},${abs(source, C.direction)}),"")`,
        { numberFormat: WEIGHT_FORMAT, spill: { rows: 1, columns: m } },
      );
    }
    a.categories.forEach((c, k) => {
      const r = block.categoryRows[k];
      const first = layout.indicatorRows[k];
      const rows = { row: first, rows: c.indicators.length };
      const local = rangeAddress({ ...rows, column: C.localWeight, columns: 1 }, true);
      const memberships = rangeAddress(
        { row: block.membership + (first - firstIndicator), column: GRADE_COLUMN, rows: rows.rows, columns: m },
        true,
      );
      plan.formula(r, 0, `=${abs(layout.categoryRows[k], 0)}`);
      plan.put(r, 1, "label", "B");
      plan.formula(
        r,
        GRADE_COLUMN,
        `=IF(${complete(s, rows)},MINE.FUZZY_EVAL(${local},${memberships},${operator}),"")`,
        {
          numberFormat: WEIGHT_FORMAT,
          spill: { rows: 1, columns: m },
        },
      );
    });
    const all = complete(s, { row: firstIndicator, rows: I });
    const stacked = rangeAddress({ row: block.categoryRows[0], column: GRADE_COLUMN, rows: K, columns: m }, true);
    plan.put(block.overallRow, 0, "label", words.overall);
    plan.put(block.overallRow, 1, "label", "B");
    plan.formula(
      block.overallRow,
      GRADE_COLUMN,
      `=IF(${all},MINE.FUZZY_EVAL(${rangeAddress(categoryWeights, true)},${stacked},${operator}),"")`,
      { numberFormat: WEIGHT_FORMAT, spill: { rows: 1, columns: m } },
    );
    const b = rangeAddress({ row: block.overallRow, column: GRADE_COLUMN, rows: 1, columns: m }, true);
    plan.put(block.verdictRow, 0, "label", words.verdict);
    plan.formula(
      block.verdictRow,
      GRADE_COLUMN,
      `=IF(${all},MINE.FUZZY_GRADE(${b},${grades}),${quote(words.incompleteVerdict)})`,
    );
    plan.put(block.scoreRow, 0, "label", words.score);
    plan.formula(
      block.scoreRow,
      GRADE_COLUMN,
      `=IF(COUNT(${scores})<>${m},${quote(words.noScores)},IF(${all},MINE.FUZZY_SCORE(${b},${scores}),""))`,
      { numberFormat: "0.00" },
    );
  });

  // The trend: one row per subject, and a line chart of the score (or of B's best grade).
  const trendLabel = a.scores ? words.trendScore : words.trendBest(a.grades[0]);
  plan.put(layout.trendHeading, 0, "heading", words.trend);
  plan.put(layout.trendHeader, 0, "label", words.subject);
  plan.put(layout.trendHeader, 1, "label", trendLabel);
  plan.put(layout.trendHeader, 2, "label", words.verdict);
  for (let j = 0; j < m; j++) plan.formula(layout.trendHeader, 3 + j, gradeRef(j));
  layout.trendRows.forEach((r, s) => {
    const block = layout.blocks[s];
    const all = complete(s, { row: firstIndicator, rows: I });
    const trendCell = a.scores ? abs(block.scoreRow, GRADE_COLUMN) : abs(block.overallRow, GRADE_COLUMN);
    plan.formula(r, 0, `=""&${abs(header, layout.valuesColumn + s)}`);
    plan.formula(r, 1, `=IF(${all},${trendCell},NA())`, { numberFormat: a.scores ? "0.00" : WEIGHT_FORMAT });
    plan.formula(r, 2, `=${abs(block.verdictRow, GRADE_COLUMN)}`);
    for (let j = 0; j < m; j++) {
      plan.formula(r, 3 + j, `=${abs(block.overallRow, GRADE_COLUMN + j)}`, { numberFormat: WEIGHT_FORMAT });
    }
  });
  plan.charts.push({
    kind: "line",
    title: words.chart(trendLabel),
    source: { row: layout.trendHeader, column: 0, rows: n + 1, columns: 2 },
    seriesBy: "columns",
    placement: { row: layout.trendHeading, column: 4 + m, rows: Math.max(12, n + 3), columns: 7 },
  });

  return plan.plan(options.sheetName, DYNAMIC_MARKER, [
    { column: 0, width: 22 },
    { column: 1, width: 22 },
    ...Array.from({ length: layout.valuesColumn + n - 2 }, (_, j) => ({ column: 2 + j, width: 11 })),
  ]);
}
