/**
 * The evaluation sheet: an {@link Assessment} laid out as inputs and live `=MINE.*` formulas
 * ({@link planAssessmentSheet}), and read back from such a sheet ({@link readAssessmentSheet}), so an evaluation
 * survives closing the workbook and a reviewer can check every number without the add-in.
 *
 * Both directions use one {@link layoutOf}: the planner puts each input where the layout says and the reader takes
 * it from there, so the two cannot drift apart. The layout depends only on the assessment's shape (categories,
 * indicators per category, grades, experts), which the sheet keeps as a small JSON in its header ("结构").
 * Inputs (names, judgements, votes, measured values, choices) are read back from the cells, so edits a user makes
 * in the sheet itself are kept when the taskpane re-opens it.
 */
import { MineError } from "../errors";
import { isBlank } from "../cells";
import { CellRange, SheetGrid, SheetPlan, SheetPlanBuilder, cellAddress, rangeAddress } from "../workbook/sheetPlan";
import { Matrix, RI_TABLES, RiTableId, WEIGHT_METHODS, crThreshold, parseRiTable, parseWeightMethod } from "./ahp";
import { Assessment, AssessmentCategory, Expert, Language, MembershipInput } from "./assessment";
import { Direction, FUZZY_OPERATORS, OPERATOR_INFO, parseDirection, parseOperator } from "./fuzzy";
import { TABLE1_SOURCE } from "./indicators";

/** A1 of every evaluation sheet holds exactly this text. */
export const ASSESSMENT_MARKER = "MINE 矿产资源动态评估 | MINE dynamic assessment";

/** Version of the layout: a reader refuses a sheet of a layout it does not know instead of misreading it. */
export const LAYOUT_VERSION = 1;

export interface AssessmentSheetOptions {
  readonly sheetName: string;
  readonly language: Language;
  /** Add-in version and date written into the sheet's header. */
  readonly version: string;
  readonly date: string;
}

/** The shape an evaluation sheet is laid out from. */
export interface AssessmentShape {
  readonly layout: number;
  /** Indicators per category. */
  readonly categories: readonly number[];
  readonly grades: number;
  readonly experts: number;
}

export function shapeOf(a: Assessment): AssessmentShape {
  return {
    layout: LAYOUT_VERSION,
    categories: a.categories.map((c) => c.indicators.length),
    grades: a.grades.length,
    experts: a.experts.length,
  };
}

// ---- Layout: where everything is, from the shape alone ----

/** A judgement-matrix block: labels in column A of rows row+1…, judgements from column B, weights to the right. */
export interface MatrixBlock {
  /** The title row; the column labels are on it too. */
  readonly row: number;
  readonly n: number;
  /** The n×n judgements. */
  readonly judgements: CellRange;
  /** The AHP_WEIGHTS anchor (spills n rows). */
  readonly weights: CellRange;
  /** λmax, CI, CR, threshold and verdict cells, on the row under the matrix. */
  readonly lambda: { row: number; column: number };
  readonly ci: { row: number; column: number };
  readonly cr: { row: number; column: number };
  readonly threshold: { row: number; column: number };
  readonly verdict: { row: number; column: number };
}

export interface AssessmentLayout {
  readonly shape: AssessmentShape;
  readonly title: { row: number; column: number };
  readonly method: { row: number; column: number };
  readonly riTable: { row: number; column: number };
  readonly operator: { row: number; column: number };
  readonly source: { row: number; column: number };
  readonly writtenBy: { row: number; column: number };
  readonly structure: { row: number; column: number };
  readonly summaryHeading: number;
  readonly summary: { verdict: number; score: number; consistency: number };
  readonly systemHeading: number;
  /** First row of each category's indicators in the system table (category name in A, indicator name in B). */
  readonly systemRows: readonly number[];
  readonly gradesHeading: number;
  readonly gradesRow: number;
  readonly scoresRow: number;
  readonly expertsHeading: number;
  /** Expert rows: name in A, weight in B, normalised weight in C. */
  readonly expertRows: readonly number[];
  /** Per expert: the category block, then one block per category. */
  readonly expertBlocks: readonly (readonly MatrixBlock[])[];
  /** The AIJ aggregate blocks (only with several experts); otherwise the single expert's blocks are the ones used. */
  readonly aggregateBlocks: readonly MatrixBlock[] | null;
  readonly membershipHeading: number;
  readonly membershipHeader: number;
  /** First row of each category's indicators in the membership table. */
  readonly membershipRows: readonly number[];
  readonly fuzzyHeading: number;
  readonly fuzzyHeader: number;
  readonly overallRow: number;
  /** B of each category. */
  readonly categoryResultRows: readonly number[];
  readonly verdictRow: number;
  readonly scoreRow: number;
  readonly operatorsHeading: number;
  readonly operatorsHeader: number;
  /** Per operator: first row (its categories, then the overall row). */
  readonly operatorRows: readonly number[];
  readonly lastRow: number;
}

/** Columns of the membership table. */
export const MEMBERSHIP_COLUMNS = {
  category: 0,
  indicator: 1,
  globalWeight: 2,
  localWeight: 3,
  kind: 4,
  value: 5,
  direction: 6,
  /** Votes (input kind votes) or breakpoints (measured), one per grade. */
  inputs: 7,
} as const;

/** First column of B in the fuzzy tables (after level and name). */
const GRADE_COLUMN = 2;
const at = (row: number, column: number): { row: number; column: number } => ({ row, column });

/** The header's cells, the same for every shape: the layout record's place must be known before the shape is. */
const HEADER = {
  title: at(1, 1),
  method: at(2, 1),
  riTable: at(3, 1),
  operator: at(4, 1),
  source: at(5, 1),
  writtenBy: at(6, 1),
  structure: at(7, 1),
} as const;

function matrixBlock(row: number, n: number): MatrixBlock {
  const below = row + n + 1;
  return {
    row,
    n,
    judgements: { row: row + 1, column: 1, rows: n, columns: n },
    weights: { row: row + 1, column: n + 2, rows: n, columns: 1 },
    lambda: at(below, 2),
    ci: at(below, 4),
    cr: at(below, 6),
    threshold: at(below, 8),
    verdict: at(below, 9),
  };
}

/** Blocks of one set of matrices (categories, then each category's indicators) from `row`; returns the next row. */
function blocksFrom(row: number, shape: AssessmentShape): { blocks: MatrixBlock[]; next: number } {
  const sizes = [shape.categories.length, ...shape.categories];
  const blocks: MatrixBlock[] = [];
  for (const n of sizes) {
    blocks.push(matrixBlock(row, n));
    row += n + 3; // title, n rows, the consistency row, a blank row
  }
  return { blocks, next: row };
}

export function layoutOf(shape: AssessmentShape): AssessmentLayout {
  const K = shape.categories.length;
  let row = 9;
  const summaryHeading = row;
  const summary = { verdict: row + 1, score: row + 2, consistency: row + 3 };
  row += 5;
  const systemHeading = row;
  row += 2; // heading, column header
  const systemRows: number[] = [];
  for (const n of shape.categories) {
    systemRows.push(row);
    row += n;
  }
  row += 1;
  const gradesHeading = row;
  const gradesRow = row + 1;
  const scoresRow = row + 2;
  row += 4;
  const expertsHeading = row;
  row += 2;
  const expertRows = Array.from({ length: shape.experts }, (_, e) => row + e);
  row += shape.experts + 1;
  const expertBlocks: MatrixBlock[][] = [];
  for (let e = 0; e < shape.experts; e++) {
    row += 1; // the expert's heading
    const { blocks, next } = blocksFrom(row, shape);
    expertBlocks.push(blocks);
    row = next;
  }
  let aggregateBlocks: MatrixBlock[] | null = null;
  if (shape.experts > 1) {
    row += 1;
    const { blocks, next } = blocksFrom(row, shape);
    aggregateBlocks = blocks;
    row = next;
  }
  const membershipHeading = row;
  const membershipHeader = row + 1;
  row += 2;
  const membershipRows: number[] = [];
  for (const n of shape.categories) {
    membershipRows.push(row);
    row += n;
  }
  row += 1;
  const fuzzyHeading = row;
  const fuzzyHeader = row + 1;
  const overallRow = row + 2;
  const categoryResultRows = Array.from({ length: K }, (_, k) => overallRow + 1 + k);
  const verdictRow = overallRow + K + 1;
  const scoreRow = verdictRow + 1;
  row = scoreRow + 2;
  const operatorsHeading = row;
  const operatorsHeader = row + 1;
  row += 2;
  const operatorRows = FUZZY_OPERATORS.map((_, o) => row + o * (K + 1));
  row += FUZZY_OPERATORS.length * (K + 1);
  return {
    shape,
    ...HEADER,
    summaryHeading,
    summary,
    systemHeading,
    systemRows,
    gradesHeading,
    gradesRow,
    scoresRow,
    expertsHeading,
    expertRows,
    expertBlocks,
    aggregateBlocks,
    membershipHeading,
    membershipHeader,
    membershipRows,
    fuzzyHeading,
    fuzzyHeader,
    overallRow,
    categoryResultRows,
    verdictRow,
    scoreRow,
    operatorsHeading,
    operatorsHeader,
    operatorRows,
    lastRow: row - 1,
  };
}

/** The blocks whose weights the evaluation uses: the aggregate, or the only expert's. */
export function usedBlocks(layout: AssessmentLayout): readonly MatrixBlock[] {
  return layout.aggregateBlocks ?? layout.expertBlocks[0];
}

// ---- Words ----

const WORDS = {
  zh: {
    title: "评估名称",
    method: "权重方法",
    riTable: "RI 表",
    operator: "合成算子",
    source: "指标体系",
    sourceNote: `${TABLE1_SOURCE}(可按矿种、开采方式、地区调整)`,
    writtenBy: "生成",
    structure: "结构(请勿修改)",
    summary: "结果摘要",
    verdict: "评价结论(最大隶属度)",
    score: "综合得分",
    consistency: "一致性检验",
    allPass: "全部通过",
    someFail: "有判断矩阵未通过，请修改判断",
    noScores: "未设分值",
    system: "指标体系",
    category: "类别",
    indicator: "指标",
    grades: "评语集",
    grade: "等级",
    scoreRow: "分值(可空)",
    experts: "专家",
    expert: "专家",
    weight: "权重",
    normalised: "归一化权重",
    judgementsOf: (e: number) => `专家 ${e} 的判断矩阵(行相对列的重要性，1–9 标度)`,
    aggregate: "综合判断矩阵(AIJ：各专家判断的加权几何平均)",
    categoryLevel: "类别层",
    indicatorLevel: (name: string) => `${name}：指标层`,
    lambda: "λmax",
    ci: "CI",
    cr: "CR",
    threshold: "阈值",
    pass: "通过",
    fail: "不通过",
    membership: "隶属度",
    globalWeight: "全局权重",
    localWeight: "局部权重",
    kind: "输入方式",
    value: "实测值",
    direction: "方向",
    inputs: "票数 / 断点",
    votes: "票数",
    measured: "实测值",
    benefit: "正向",
    cost: "负向",
    fuzzy: "模糊综合评价",
    level: "层级",
    overall: "综合",
    operators: "各合成算子对比",
  },
  en: {
    title: "Title",
    method: "Weight method",
    riTable: "RI table",
    operator: "Operator",
    source: "Indicator system",
    sourceNote: `${TABLE1_SOURCE} (adjustable to mineral, method and region)`,
    writtenBy: "Written by",
    structure: "Layout (do not edit)",
    summary: "Summary",
    verdict: "Verdict (maximum membership)",
    score: "Score",
    consistency: "Consistency",
    allPass: "all matrices pass",
    someFail: "a matrix fails: revise its judgements",
    noScores: "no scores set",
    system: "Indicator system",
    category: "Category",
    indicator: "Indicator",
    grades: "Grades",
    grade: "Grade",
    scoreRow: "Score (optional)",
    experts: "Experts",
    expert: "Expert",
    weight: "Weight",
    normalised: "Normalised weight",
    judgementsOf: (e: number) => `Judgements of expert ${e} (row over column, 1–9 scale)`,
    aggregate: "Group judgements (AIJ: weighted geometric mean of the experts')",
    categoryLevel: "Categories",
    indicatorLevel: (name: string) => `${name}: indicators`,
    lambda: "λmax",
    ci: "CI",
    cr: "CR",
    threshold: "threshold",
    pass: "pass",
    fail: "fail",
    membership: "Membership",
    globalWeight: "Global weight",
    localWeight: "Local weight",
    kind: "Input",
    value: "Measured value",
    direction: "Direction",
    inputs: "votes / breakpoints",
    votes: "votes",
    measured: "measured",
    benefit: "benefit",
    cost: "cost",
    fuzzy: "Fuzzy comprehensive evaluation",
    level: "Level",
    overall: "overall",
    operators: "Operators side by side",
  },
} as const;

/** Both languages' words for the input kinds and directions, so a sheet written in one reads back in the other. */
const KIND_WORDS: Record<string, MembershipInput["kind"]> = {
  [WORDS.zh.votes]: "votes",
  [WORDS.en.votes]: "votes",
  [WORDS.zh.measured]: "measured",
  [WORDS.en.measured]: "measured",
};

// ---- Planning ----

const ref = (p: { row: number; column: number }, absolute = true): string => cellAddress(p.row, p.column, absolute);
const quote = (text: string): string => `"${text.replace(/"/g, '""')}"`;
const JUDGEMENT_FORMAT = "# ?/?";
const WEIGHT_FORMAT = "0.0000";

/** Where the category names are (column A of the first system row of each category). */
function categoryNameCell(layout: AssessmentLayout, k: number): string {
  return cellAddress(layout.systemRows[k], 0, true);
}

function indicatorNameCell(layout: AssessmentLayout, k: number, i: number): string {
  return cellAddress(layout.systemRows[k] + i, 1, true);
}

/** Labels of a block's rows and columns: references to the names in the system table. */
function blockLabels(layout: AssessmentLayout, index: number): string[] {
  const K = layout.shape.categories.length;
  if (index === 0) return Array.from({ length: K }, (_, k) => `=${categoryNameCell(layout, k)}`);
  const k = index - 1;
  return Array.from({ length: layout.shape.categories[k] }, (_, i) => `=${indicatorNameCell(layout, k, i)}`);
}

function writeBlockFrame(
  plan: SheetPlanBuilder,
  layout: AssessmentLayout,
  block: MatrixBlock,
  index: number,
  title: string,
  words: (typeof WORDS)[Language],
): void {
  plan.put(block.row, 0, "label", title);
  blockLabels(layout, index).forEach((label, i) => {
    plan.formula(block.row, block.judgements.column + i, label);
    plan.formula(block.judgements.row + i, 0, label);
  });
  plan.put(block.row, block.weights.column, "label", words.weight);
  const matrix = rangeAddress(block.judgements, true);
  const n = block.n;
  plan.formula(block.weights.row, block.weights.column, `=MINE.AHP_WEIGHTS(${matrix},${ref(layout.method)})`, {
    numberFormat: WEIGHT_FORMAT,
    spill: { rows: n, columns: 1 },
  });
  plan.put(block.lambda.row, block.lambda.column - 1, "label", words.lambda);
  plan.formula(block.lambda.row, block.lambda.column, `=MINE.AHP_LAMBDA(${matrix})`, { numberFormat: WEIGHT_FORMAT });
  plan.put(block.ci.row, block.ci.column - 1, "label", words.ci);
  plan.formula(block.ci.row, block.ci.column, n <= 2 ? "=0" : `=MAX(0,(${ref(block.lambda)}-${n})/${n - 1})`, {
    numberFormat: WEIGHT_FORMAT,
  });
  plan.put(block.cr.row, block.cr.column - 1, "label", words.cr);
  plan.formula(block.cr.row, block.cr.column, `=MINE.AHP_CR(${matrix},${ref(layout.riTable)})`, {
    numberFormat: WEIGHT_FORMAT,
  });
  plan.put(block.threshold.row, block.threshold.column - 1, "label", words.threshold);
  plan.put(block.threshold.row, block.threshold.column, "note", crThreshold(n));
  plan.formula(
    block.verdict.row,
    block.verdict.column,
    `=IF(${ref(block.cr)}<=${ref(block.threshold)},${quote(words.pass)},${quote(words.fail)})`,
  );
}

function blockTitle(index: number, a: Assessment, words: (typeof WORDS)[Language]): string {
  return index === 0 ? words.categoryLevel : words.indicatorLevel(a.categories[index - 1].name);
}

function matricesOf(expert: Expert): Matrix[] {
  return [expert.categoryMatrix, ...expert.indicatorMatrices];
}

function writeExpertBlocks(plan: SheetPlanBuilder, layout: AssessmentLayout, a: Assessment, language: Language): void {
  const words = WORDS[language];
  a.experts.forEach((expert, e) => {
    const blocks = layout.expertBlocks[e];
    plan.put(blocks[0].row - 1, 0, "heading", words.judgementsOf(e + 1));
    matricesOf(expert).forEach((matrix, index) => {
      const block = blocks[index];
      writeBlockFrame(plan, layout, block, index, blockTitle(index, a, words), words);
      const { row, column } = block.judgements;
      for (let i = 0; i < block.n; i++) {
        for (let j = 0; j < block.n; j++) {
          if (i === j) plan.put(row + i, column + j, "note", 1, JUDGEMENT_FORMAT);
          else if (j > i) plan.put(row + i, column + j, "input", matrix[i][j], JUDGEMENT_FORMAT);
          else
            plan.formula(row + i, column + j, `=1/${cellAddress(row + j, column + i)}`, {
              numberFormat: JUDGEMENT_FORMAT,
            });
        }
      }
      if (block.n > 1) {
        plan.validations.push({
          range: { row, column: column + 1, rows: block.n - 1, columns: block.n - 1 },
          kind: "positive",
          prompt: language === "zh" ? "1–9 标度，1/3 请输入 =1/3" : "1–9 scale; type 1/3 as =1/3",
        });
      }
    });
  });
  if (layout.aggregateBlocks === null) return;
  plan.put(layout.aggregateBlocks[0].row - 1, 0, "heading", words.aggregate);
  const normalised = layout.expertRows.map((r) => cellAddress(r, 2, true));
  layout.aggregateBlocks.forEach((block, index) => {
    writeBlockFrame(plan, layout, block, index, blockTitle(index, a, words), words);
    const { row, column } = block.judgements;
    for (let i = 0; i < block.n; i++) {
      for (let j = 0; j < block.n; j++) {
        if (i === j) plan.put(row + i, column + j, "note", 1, JUDGEMENT_FORMAT);
        else if (j < i) {
          plan.formula(row + i, column + j, `=1/${cellAddress(row + j, column + i)}`, { numberFormat: WEIGHT_FORMAT });
        } else {
          const terms = layout.expertBlocks.map((blocks, e) => {
            const source = blocks[index].judgements;
            return `${normalised[e]}*LN(${cellAddress(source.row + i, source.column + j)})`;
          });
          plan.formula(row + i, column + j, `=EXP(${terms.join("+")})`, { numberFormat: WEIGHT_FORMAT });
        }
      }
    }
  });
}

function writeMembership(plan: SheetPlanBuilder, layout: AssessmentLayout, a: Assessment, language: Language): void {
  const words = WORDS[language];
  const m = a.grades.length;
  const C = MEMBERSHIP_COLUMNS;
  const rowColumn = C.inputs + m + 1; // the membership row, after one blank column
  plan.put(layout.membershipHeading, 0, "heading", words.membership);
  const header = layout.membershipHeader;
  plan.put(header, C.category, "label", words.category);
  plan.put(header, C.indicator, "label", words.indicator);
  plan.put(header, C.globalWeight, "label", words.globalWeight);
  plan.put(header, C.localWeight, "label", words.localWeight);
  plan.put(header, C.kind, "label", words.kind);
  plan.put(header, C.value, "label", words.value);
  plan.put(header, C.direction, "label", words.direction);
  for (let j = 0; j < m; j++) {
    plan.formula(header, C.inputs + j, `=${cellAddress(layout.gradesRow, 1 + j, true)}`);
    plan.formula(header, rowColumn + j, `=${cellAddress(layout.gradesRow, 1 + j, true)}`);
  }
  const blocks = usedBlocks(layout);
  a.categories.forEach((category, k) => {
    category.indicators.forEach((indicator, i) => {
      const r = layout.membershipRows[k] + i;
      plan.formula(r, C.category, `=${categoryNameCell(layout, k)}`);
      plan.formula(r, C.indicator, `=${indicatorNameCell(layout, k, i)}`);
      const local = cellAddress(blocks[k + 1].weights.row + i, blocks[k + 1].weights.column, true);
      const parent = cellAddress(blocks[0].weights.row + k, blocks[0].weights.column, true);
      plan.formula(r, C.localWeight, `=${local}`, { numberFormat: WEIGHT_FORMAT });
      plan.formula(r, C.globalWeight, `=${parent}*${cellAddress(r, C.localWeight)}`, { numberFormat: WEIGHT_FORMAT });
      const inputs = { row: r, column: C.inputs, rows: 1, columns: m };
      const input = indicator.membership;
      if (input.kind === "votes") {
        plan.put(r, C.kind, "input", words.votes);
        input.votes.forEach((v, j) => plan.put(r, C.inputs + j, "input", v));
        for (let j = 0; j < m; j++) {
          plan.formula(r, rowColumn + j, `=${cellAddress(r, C.inputs + j)}/SUM(${rangeAddress(inputs)})`, {
            numberFormat: WEIGHT_FORMAT,
          });
        }
      } else {
        plan.put(r, C.kind, "input", words.measured);
        if (input.value !== null) plan.put(r, C.value, "input", input.value);
        plan.put(r, C.direction, "input", words[input.direction]);
        input.breakpoints.forEach((b, j) => b !== null && plan.put(r, C.inputs + j, "input", b));
        plan.formula(
          r,
          rowColumn,
          `=MINE.MEMBERSHIP(${cellAddress(r, C.value)},${rangeAddress(inputs)},${cellAddress(r, C.direction)})`,
          { numberFormat: WEIGHT_FORMAT, spill: { rows: 1, columns: m } },
        );
      }
    });
  });
  const first = layout.membershipRows[0];
  const rows =
    layout.membershipRows[a.categories.length - 1] + a.categories[a.categories.length - 1].indicators.length - first;
  plan.validations.push(
    {
      range: { row: first, column: C.kind, rows, columns: 1 },
      kind: "list",
      choices: [words.votes, words.measured],
      prompt:
        language === "zh"
          ? "票数：专家投票；实测值：按断点计算隶属度"
          : "votes, or a measured value graded by breakpoints",
    },
    {
      range: { row: first, column: C.direction, rows, columns: 1 },
      kind: "list",
      choices: [words.benefit, words.cost],
      prompt:
        language === "zh" ? "正向：越大越好；负向：越小越好" : "benefit: larger is better; cost: smaller is better",
    },
  );
  // The chart of global weights reads the indicator names and the weights next to them.
  plan.charts.push({
    kind: "bar",
    title: words.globalWeight,
    source: { row: header, column: C.indicator, rows: rows + 1, columns: 2 },
    seriesBy: "columns",
    placement: { row: layout.membershipHeading, column: rowColumn + m + 1, rows: Math.max(12, rows + 2), columns: 7 },
  });
}

/** The membership rows of category k in the membership table. */
function membershipRange(layout: AssessmentLayout, k: number, m: number): string {
  const rowColumn = MEMBERSHIP_COLUMNS.inputs + m + 1;
  return rangeAddress(
    { row: layout.membershipRows[k], column: rowColumn, rows: layout.shape.categories[k], columns: m },
    true,
  );
}

function weightsRange(block: MatrixBlock): string {
  return rangeAddress(block.weights, true);
}

function writeFuzzy(plan: SheetPlanBuilder, layout: AssessmentLayout, a: Assessment, language: Language): void {
  const words = WORDS[language];
  const m = a.grades.length;
  const K = a.categories.length;
  const blocks = usedBlocks(layout);
  const grades = rangeAddress({ row: layout.gradesRow, column: 1, rows: 1, columns: m }, true);
  plan.put(layout.fuzzyHeading, 0, "heading", `${words.fuzzy}(B = A ∘ R)`);
  plan.put(layout.fuzzyHeader, 0, "label", words.level);
  for (let j = 0; j < m; j++)
    plan.formula(layout.fuzzyHeader, GRADE_COLUMN + j, `=${cellAddress(layout.gradesRow, 1 + j, true)}`);
  const results = { row: layout.categoryResultRows[0], column: GRADE_COLUMN, rows: K, columns: m };
  plan.put(layout.overallRow, 0, "label", words.overall);
  plan.put(layout.overallRow, 1, "label", "B");
  plan.formula(
    layout.overallRow,
    GRADE_COLUMN,
    `=MINE.FUZZY_EVAL(${weightsRange(blocks[0])},${rangeAddress(results, true)},${ref(layout.operator)})`,
    { numberFormat: WEIGHT_FORMAT, spill: { rows: 1, columns: m } },
  );
  a.categories.forEach((_, k) => {
    const r = layout.categoryResultRows[k];
    plan.put(r, 0, "label", words.category);
    plan.formula(r, 1, `=${categoryNameCell(layout, k)}`);
    plan.formula(
      r,
      GRADE_COLUMN,
      `=MINE.FUZZY_EVAL(${weightsRange(blocks[k + 1])},${membershipRange(layout, k, m)},${ref(layout.operator)})`,
      { numberFormat: WEIGHT_FORMAT, spill: { rows: 1, columns: m } },
    );
  });
  const overall = rangeAddress({ row: layout.overallRow, column: GRADE_COLUMN, rows: 1, columns: m }, true);
  const scores = rangeAddress({ row: layout.scoresRow, column: 1, rows: 1, columns: m }, true);
  plan.put(layout.verdictRow, 0, "label", words.verdict);
  plan.formula(layout.verdictRow, GRADE_COLUMN, `=MINE.FUZZY_GRADE(${overall},${grades})`);
  plan.put(layout.scoreRow, 0, "label", words.score);
  plan.formula(
    layout.scoreRow,
    GRADE_COLUMN,
    `=IF(COUNT(${scores})=${m},MINE.FUZZY_SCORE(${overall},${scores}),${quote(words.noScores)})`,
    { numberFormat: "0.00" },
  );
  plan.charts.push({
    kind: "column",
    title: `B(${words.overall})`,
    source: { row: layout.fuzzyHeader, column: 1, rows: 2, columns: m + 1 },
    seriesBy: "rows",
    placement: { row: layout.fuzzyHeading, column: GRADE_COLUMN + m + 1, rows: 12, columns: 7 },
  });

  // Every operator, each in its own two-level evaluation, so a reviewer sees whether the verdict depends on it.
  plan.put(layout.operatorsHeading, 0, "heading", words.operators);
  plan.put(layout.operatorsHeader, 0, "label", words.operator);
  plan.put(layout.operatorsHeader, 1, "label", words.level);
  for (let j = 0; j < m; j++) {
    plan.formula(layout.operatorsHeader, GRADE_COLUMN + j, `=${cellAddress(layout.gradesRow, 1 + j, true)}`);
  }
  plan.put(layout.operatorsHeader, GRADE_COLUMN + m, "label", words.verdict);
  FUZZY_OPERATORS.forEach((op, o) => {
    const first = layout.operatorRows[o];
    const name = quote(OPERATOR_INFO[op].ascii);
    a.categories.forEach((_, k) => {
      plan.put(first + k, 0, "label", op);
      plan.formula(first + k, 1, `=${categoryNameCell(layout, k)}`);
      plan.formula(
        first + k,
        GRADE_COLUMN,
        `=MINE.FUZZY_EVAL(${weightsRange(blocks[k + 1])},${membershipRange(layout, k, m)},${name})`,
        { numberFormat: WEIGHT_FORMAT, spill: { rows: 1, columns: m } },
      );
    });
    const overallRow = first + K;
    const stacked = rangeAddress({ row: first, column: GRADE_COLUMN, rows: K, columns: m });
    const b = rangeAddress({ row: overallRow, column: GRADE_COLUMN, rows: 1, columns: m });
    plan.put(overallRow, 0, "label", op);
    plan.put(overallRow, 1, "label", words.overall);
    plan.formula(overallRow, GRADE_COLUMN, `=MINE.FUZZY_EVAL(${weightsRange(blocks[0])},${stacked},${name})`, {
      numberFormat: WEIGHT_FORMAT,
      spill: { rows: 1, columns: m },
    });
    plan.formula(overallRow, GRADE_COLUMN + m, `=MINE.FUZZY_GRADE(${b},${grades})`);
  });
}

/**
 * The sheet for an assessment: header with the method choices, a summary, the indicator system, grades, experts,
 * every judgement matrix with its live weights and consistency, the AIJ aggregate (several experts), memberships,
 * the two-level fuzzy evaluation with verdict and score, every operator side by side, and two charts.
 */
export function planAssessmentSheet(a: Assessment, options: AssessmentSheetOptions): SheetPlan {
  const { language } = options;
  const words = WORDS[language];
  const layout = layoutOf(shapeOf(a));
  const plan = new SheetPlanBuilder();
  const m = a.grades.length;

  plan.put(0, 0, "title", ASSESSMENT_MARKER);
  const header: [keyof typeof WORDS.zh & string, { row: number; column: number }, string | number][] = [
    ["title", layout.title, a.title],
    ["method", layout.method, a.weightMethod],
    ["riTable", layout.riTable, a.riTable],
    ["operator", layout.operator, OPERATOR_INFO[a.operator].ascii],
  ];
  for (const [key, p, value] of header) {
    plan.put(p.row, 0, "label", words[key] as string);
    plan.put(p.row, p.column, "input", value);
  }
  // The choices with their meaning beside each choice cell, so a reviewer can change one in the sheet.
  const methods = Object.entries(WEIGHT_METHODS).map(([id, name]) => `${id} ${name[language]}`);
  const tables = Object.entries(RI_TABLES).map(([id, t]) => `${id} ${language === "zh" ? t.nameZh : t.nameEn}`);
  const operators = FUZZY_OPERATORS.map((op) => `${OPERATOR_INFO[op].ascii} ${op}`);
  plan.put(layout.method.row, 2, "note", methods.join("；"));
  plan.put(layout.riTable.row, 2, "note", tables.join("；"));
  plan.put(layout.operator.row, 2, "note", operators.join("；"));
  plan.validations.push(
    {
      range: { ...layout.method, rows: 1, columns: 1 },
      kind: "list",
      choices: Object.keys(WEIGHT_METHODS),
      prompt: "EVM / RGMM / AN",
    },
    { range: { ...layout.riTable, rows: 1, columns: 1 }, kind: "list", choices: Object.keys(RI_TABLES), prompt: "RI" },
    {
      range: { ...layout.operator, rows: 1, columns: 1 },
      kind: "list",
      choices: FUZZY_OPERATORS.map((op) => OPERATOR_INFO[op].ascii),
      prompt: FUZZY_OPERATORS.map((op) => `${OPERATOR_INFO[op].ascii} = ${op}`).join("; "),
    },
  );
  plan.put(layout.source.row, 0, "label", words.source);
  plan.put(layout.source.row, layout.source.column, "note", words.sourceNote);
  plan.put(layout.writtenBy.row, 0, "label", words.writtenBy);
  plan.put(layout.writtenBy.row, layout.writtenBy.column, "note", `MINE add-in ${options.version}, ${options.date}`);
  plan.put(layout.structure.row, 0, "label", words.structure);
  plan.put(layout.structure.row, layout.structure.column, "note", JSON.stringify(layout.shape));

  // Summary: references to the results below, so it stays live.
  plan.put(layout.summaryHeading, 0, "heading", words.summary);
  plan.put(layout.summary.verdict, 0, "label", words.verdict);
  plan.formula(layout.summary.verdict, 1, `=${cellAddress(layout.verdictRow, GRADE_COLUMN, true)}`);
  plan.put(layout.summary.score, 0, "label", words.score);
  plan.formula(layout.summary.score, 1, `=${cellAddress(layout.scoreRow, GRADE_COLUMN, true)}`, {
    numberFormat: "0.00",
  });
  plan.put(layout.summary.consistency, 0, "label", words.consistency);
  const checks = [...layout.expertBlocks.flat(), ...(layout.aggregateBlocks ?? [])].map(
    (block) => `${ref(block.cr)}<=${ref(block.threshold)}`,
  );
  plan.formula(
    layout.summary.consistency,
    1,
    `=IF(AND(${checks.join(",")}),${quote(words.allPass)},${quote(words.someFail)})`,
  );

  // The indicator system: the one place names are typed; every other label refers to it.
  plan.put(layout.systemHeading, 0, "heading", words.system);
  plan.put(layout.systemHeading + 1, 0, "label", words.category);
  plan.put(layout.systemHeading + 1, 1, "label", words.indicator);
  a.categories.forEach((category: AssessmentCategory, k) => {
    const first = layout.systemRows[k];
    category.indicators.forEach((indicator, i) => {
      if (i === 0) plan.put(first, 0, "input", category.name);
      else plan.formula(first + i, 0, `=${cellAddress(first, 0, true)}`);
      plan.put(first + i, 1, "input", indicator.name);
    });
  });

  plan.put(layout.gradesHeading, 0, "heading", words.grades);
  plan.put(layout.gradesRow, 0, "label", words.grade);
  plan.put(layout.scoresRow, 0, "label", words.scoreRow);
  a.grades.forEach((g, j) => {
    plan.put(layout.gradesRow, 1 + j, "input", g);
    if (a.scores) plan.put(layout.scoresRow, 1 + j, "input", a.scores[j]);
  });

  plan.put(layout.expertsHeading, 0, "heading", words.experts);
  plan.put(layout.expertsHeading + 1, 0, "label", words.expert);
  plan.put(layout.expertsHeading + 1, 1, "label", words.weight);
  plan.put(layout.expertsHeading + 1, 2, "label", words.normalised);
  const expertWeights = rangeAddress(
    { row: layout.expertRows[0], column: 1, rows: a.experts.length, columns: 1 },
    true,
  );
  a.experts.forEach((expert, e) => {
    const r = layout.expertRows[e];
    plan.put(r, 0, "input", expert.name);
    plan.put(r, 1, "input", expert.weight);
    plan.formula(r, 2, `=${cellAddress(r, 1)}/SUM(${expertWeights})`, { numberFormat: WEIGHT_FORMAT });
  });
  plan.validations.push({
    range: { row: layout.expertRows[0], column: 1, rows: a.experts.length, columns: 1 },
    kind: "positive",
    prompt: language === "zh" ? "专家权重：正数(按比例归一化)" : "expert weight: a positive number (normalised)",
  });

  writeExpertBlocks(plan, layout, a, language);
  writeMembership(plan, layout, a, language);
  writeFuzzy(plan, layout, a, language);

  return plan.plan(options.sheetName, ASSESSMENT_MARKER, [
    { column: 0, width: 22 },
    { column: 1, width: 16 },
    ...Array.from({ length: Math.max(m, 9) + 8 }, (_, j) => ({ column: 2 + j, width: 10 })),
  ]);
}

// ---- Reading back ----

function cellError(row: number, column: number, zh: string, en: string): never {
  const address = cellAddress(row, column);
  throw new MineError("value", { zh: `单元格 ${address}：${zh}`, en: `cell ${address}: ${en}` });
}

class GridReader {
  constructor(private readonly grid: SheetGrid) {}

  raw(row: number, column: number): unknown {
    return this.grid.values[row]?.[column] ?? "";
  }

  text(row: number, column: number, what: { zh: string; en: string }): string {
    const v = this.raw(row, column);
    if (isBlank(v)) cellError(row, column, `${what.zh}为空`, `${what.en} is blank`);
    return String(v).trim();
  }

  number(row: number, column: number, what: { zh: string; en: string }): number {
    const v = this.raw(row, column);
    if (typeof v !== "number" || !Number.isFinite(v)) {
      cellError(
        row,
        column,
        `${what.zh}应为数字，现为“${String(v)}”`,
        `${what.en} must be a number, not "${String(v)}"`,
      );
    }
    return v;
  }

  optionalNumber(row: number, column: number, what: { zh: string; en: string }): number | null {
    return isBlank(this.raw(row, column)) ? null : this.number(row, column, what);
  }

  /** A choice cell parsed by the engine's own parser; its message gains the cell's address. */
  choice<T>(p: { row: number; column: number }, parse: (text: unknown) => T): T {
    try {
      return parse(this.raw(p.row, p.column));
    } catch (error) {
      if (error instanceof MineError) cellError(p.row, p.column, error.zh, error.en);
      throw error;
    }
  }
}

const LABEL = {
  name: { zh: "名称", en: "name" },
  judgement: { zh: "判断值", en: "judgement" },
  weight: { zh: "专家权重", en: "expert weight" },
  grade: { zh: "等级", en: "grade" },
  score: { zh: "分值", en: "score" },
  votes: { zh: "票数", en: "vote count" },
  value: { zh: "实测值", en: "measured value" },
  breakpoint: { zh: "断点", en: "breakpoint" },
  kind: { zh: "输入方式", en: "input kind" },
};

function readShape(reader: GridReader, layout0: { row: number; column: number }): AssessmentShape {
  const text = reader.raw(layout0.row, layout0.column);
  let shape: AssessmentShape;
  try {
    shape = JSON.parse(String(text)) as AssessmentShape;
  } catch {
    return cellError(layout0.row, layout0.column, "结构信息已损坏，无法读取", "the layout record is damaged");
  }
  const counts = [shape?.grades, shape?.experts, ...(Array.isArray(shape?.categories) ? shape.categories : [NaN])];
  if (shape?.layout !== LAYOUT_VERSION || !counts.every((c) => Number.isInteger(c) && c >= 1) || shape.grades < 2) {
    return cellError(
      layout0.row,
      layout0.column,
      `结构信息不是本版本(${LAYOUT_VERSION})可读的格式`,
      `the layout record is not one this version (${LAYOUT_VERSION}) reads`,
    );
  }
  return shape;
}

function readMatrix(reader: GridReader, block: MatrixBlock): number[][] {
  const { row, column, rows: n } = block.judgements;
  const matrix = Array.from({ length: n }, () => new Array<number>(n).fill(1));
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const v = reader.number(row + i, column + j, LABEL.judgement);
      if (!(v > 0))
        cellError(row + i, column + j, `判断值应为正数，现为 ${v}`, `a judgement must be positive, not ${v}`);
      matrix[i][j] = v;
      matrix[j][i] = 1 / v;
    }
  }
  return matrix;
}

function readMembership(reader: GridReader, row: number, m: number): MembershipInput {
  const C = MEMBERSHIP_COLUMNS;
  const kindText = reader.text(row, C.kind, LABEL.kind);
  const kind = KIND_WORDS[kindText];
  if (kind === undefined) {
    cellError(
      row,
      C.kind,
      `输入方式应为“票数”或“实测值”，现为“${kindText}”`,
      `the input kind must be "votes" or "measured", not "${kindText}"`,
    );
  }
  if (kind === "votes") {
    return {
      kind,
      votes: Array.from({ length: m }, (_, j) => reader.optionalNumber(row, C.inputs + j, LABEL.votes) ?? 0),
    };
  }
  const direction: Direction = reader.choice({ row, column: C.direction }, parseDirection);
  return {
    kind,
    value: reader.optionalNumber(row, C.value, LABEL.value),
    breakpoints: Array.from({ length: m }, (_, j) => reader.optionalNumber(row, C.inputs + j, LABEL.breakpoint)),
    direction,
  };
}

/**
 * The assessment an evaluation sheet holds, read from its cells (so edits made in the sheet count). A sheet that
 * is not an evaluation sheet, a damaged layout record, or an input that is not what its place needs is a
 * {@link MineError} naming the cell.
 */
export function readAssessmentSheet(grid: SheetGrid): Assessment {
  const reader = new GridReader(grid);
  if (reader.raw(0, 0) !== ASSESSMENT_MARKER) {
    cellError(0, 0, "这不是本加载项写入的评估表", "this is not an evaluation sheet written by the add-in");
  }
  const shape = readShape(reader, HEADER.structure);
  const layout = layoutOf(shape);
  const m = shape.grades;

  const categories: AssessmentCategory[] = shape.categories.map((n, k) => ({
    name: reader.text(layout.systemRows[k], 0, LABEL.name),
    indicators: Array.from({ length: n }, (_, i) => ({
      name: reader.text(layout.systemRows[k] + i, 1, LABEL.name),
      membership: readMembership(reader, layout.membershipRows[k] + i, m),
    })),
  }));
  const grades = Array.from({ length: m }, (_, j) => reader.text(layout.gradesRow, 1 + j, LABEL.grade));
  const scoreCells = Array.from({ length: m }, (_, j) => reader.optionalNumber(layout.scoresRow, 1 + j, LABEL.score));
  const given = scoreCells.filter((s) => s !== null).length;
  if (given > 0 && given < m) {
    const j = scoreCells.indexOf(null);
    cellError(layout.scoresRow, 1 + j, "分值要么全填，要么全空", "fill every score or none");
  }
  const experts: Expert[] = layout.expertRows.map((r, e) => {
    const weight = reader.number(r, 1, LABEL.weight);
    if (!(weight > 0))
      cellError(r, 1, `专家权重应为正数，现为 ${weight}`, `an expert weight must be positive, not ${weight}`);
    const [categoryMatrix, ...indicatorMatrices] = layout.expertBlocks[e].map((block) => readMatrix(reader, block));
    return { name: reader.text(r, 0, LABEL.name), weight, categoryMatrix, indicatorMatrices };
  });
  const riTable: RiTableId = reader.choice(layout.riTable, parseRiTable);
  return {
    title: String(reader.raw(layout.title.row, layout.title.column) ?? "").trim(),
    categories,
    grades,
    scores: given === m ? (scoreCells as number[]) : null,
    experts,
    weightMethod: reader.choice(layout.method, parseWeightMethod),
    riTable,
    operator: reader.choice(layout.operator, parseOperator),
  };
}
