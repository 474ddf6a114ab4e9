/**
 * What the evaluation sheet (assessmentSheet/) and the dynamic-assessment sheet (dynamicSheet/) write alike: the
 * words both use, their number formats, the grades and scores rows, the operator choice, the direction list and the
 * "written by" note. Each sheet's own layout says where these go.
 */
import { Bilingual, Localized } from "../text";
import { NUMBER_FORMATS } from "../workbook/numberFormats";
import {
  CellPoint,
  CellRange,
  PlannedValidation,
  SheetPlanBuilder,
  cellAddress,
  rangeAddress,
} from "../workbook/sheetPlan";
import { Assessment } from "./assessment";
import { FUZZY_OPERATORS, OPERATOR_INFO } from "./fuzzy";

/** The words both evaluation sheets use, each once. */
export const SHEET_WORDS = {
  title: { zh: "评估名称", en: "Title" },
  operator: { zh: "合成算子", en: "Operator" },
  writtenBy: { zh: "生成", en: "Written by" },
  grades: { zh: "评语集", en: "Grades" },
  grade: { zh: "等级", en: "Grade" },
  scoreRow: { zh: "分值(可空)", en: "Score (optional)" },
  category: { zh: "类别", en: "Category" },
  indicator: { zh: "指标", en: "Indicator" },
  weight: { zh: "权重", en: "Weight" },
  localWeight: { zh: "局部权重", en: "Local weight" },
  globalWeight: { zh: "全局权重", en: "Global weight" },
  direction: { zh: "方向", en: "Direction" },
  benefit: { zh: "正向", en: "benefit" },
  cost: { zh: "负向", en: "cost" },
  membership: { zh: "隶属度", en: "Membership" },
  overall: { zh: "综合", en: "overall" },
  verdict: { zh: "评价结论(最大隶属度)", en: "Verdict (maximum membership)" },
  score: { zh: "综合得分", en: "Score" },
  noScores: { zh: "未设分值", en: "no scores set" },
  directionPrompt: {
    zh: "正向：越大越好；负向：越小越好",
    en: "benefit: larger is better; cost: smaller is better",
  },
} satisfies Record<string, Bilingual>;

/** The shared words in a sheet's language; each sheet's own words include them. */
export type SharedWords = Localized<typeof SHEET_WORDS>;

/** Number formats by what the cell holds. */
export const SHEET_FORMATS = {
  /** Weights, memberships, B, λmax, CI, CR. */
  weight: NUMBER_FORMATS.fourDecimals,
  /** AHP judgements (1/3 shows as a fraction). */
  judgement: NUMBER_FORMATS.fraction,
  score: NUMBER_FORMATS.twoDecimals,
} as const;

/** Runs of rows stacked from `row`, `sizes[i]` rows each: the first row of each run, and the row after the last. */
export function stackRows(row: number, sizes: readonly number[]): { readonly starts: number[]; readonly next: number } {
  const starts: number[] = [];
  for (const n of sizes) {
    starts.push(row);
    row += n;
  }
  return { starts, next: row };
}

/** A table's header row: the word of each of `keys` in that key's column. */
export function writeLabels<K extends string>(
  plan: SheetPlanBuilder,
  row: number,
  columns: Readonly<Record<K, number>>,
  words: Readonly<Record<K, string>>,
  keys: readonly K[],
): void {
  for (const key of keys) plan.put(row, columns[key], "label", words[key]);
}

/** First column of the grade columns (memberships and B) in the fuzzy tables, after the level and the name. */
export const GRADE_COLUMN = 2;

/** Where a sheet keeps its grades: the heading, the grade labels and the scores under them, both from column B. */
export interface GradeRows {
  readonly gradesHeading: number;
  readonly gradesRow: number;
  readonly scoresRow: number;
}

/** The grades and their optional scores: the one place grade labels are typed; every header refers to them. */
export function writeGrades(plan: SheetPlanBuilder, a: Assessment, rows: GradeRows, words: SharedWords): void {
  plan.put(rows.gradesHeading, 0, "heading", words.grades);
  plan.put(rows.gradesRow, 0, "label", words.grade);
  plan.put(rows.scoresRow, 0, "label", words.scoreRow);
  a.grades.forEach((g, j) => {
    plan.put(rows.gradesRow, 1 + j, "input", g);
    if (a.scores) plan.put(rows.scoresRow, 1 + j, "input", a.scores[j]);
  });
}

/** A header cell's formula showing grade j's label (`=$B$12`). */
export function gradeLabel(rows: GradeRows, j: number): string {
  return `=${cellAddress(rows.gradesRow, 1 + j, true)}`;
}

/** The absolute ranges of the m grade labels and of their scores. */
export function gradeRanges(rows: GradeRows, m: number): { readonly grades: string; readonly scores: string } {
  return {
    grades: rangeAddress({ row: rows.gradesRow, column: 1, rows: 1, columns: m }, true),
    scores: rangeAddress({ row: rows.scoresRow, column: 1, rows: 1, columns: m }, true),
  };
}

/** A cell the user chooses in from a list, with what each choice means. */
export interface Choice {
  readonly label: string;
  readonly value: string;
  readonly choices: readonly string[];
  /** Each choice with its meaning, written beside the cell so a reviewer can change it in the sheet. */
  readonly meanings: readonly string[];
  readonly prompt: string;
}

/** A choice in `cell`: its label in column A, the meanings to its right, and the list over it. */
export function writeChoice(plan: SheetPlanBuilder, cell: CellPoint, choice: Choice): void {
  plan.put(cell.row, 0, "label", choice.label);
  plan.put(cell.row, cell.column, "input", choice.value);
  plan.put(cell.row, cell.column + 1, "note", choice.meanings.join("；"));
  plan.validations.push({
    range: { ...cell, rows: 1, columns: 1 },
    kind: "list",
    choices: choice.choices,
    prompt: choice.prompt,
  });
}

/** The fuzzy operator as a choice (by its ASCII name, which =MINE.FUZZY_EVAL takes). */
export function operatorChoice(a: Assessment, words: SharedWords): Choice {
  return {
    label: words.operator,
    value: OPERATOR_INFO[a.operator].ascii,
    choices: FUZZY_OPERATORS.map((op) => OPERATOR_INFO[op].ascii),
    meanings: FUZZY_OPERATORS.map((op) => `${OPERATOR_INFO[op].ascii} ${op}`),
    prompt: FUZZY_OPERATORS.map((op) => `${OPERATOR_INFO[op].ascii} = ${op}`).join("; "),
  };
}

/** Who wrote the sheet and when, in `cell` (labelled in column A). */
export function writeWrittenBy(
  plan: SheetPlanBuilder,
  cell: CellPoint,
  options: { readonly version: string; readonly date: string },
  words: SharedWords,
): void {
  plan.put(cell.row, 0, "label", words.writtenBy);
  plan.put(cell.row, cell.column, "note", `MINE add-in ${options.version}, ${options.date}`);
}

/** The benefit/cost list over a direction column. */
export function directionValidation(range: CellRange, words: SharedWords): PlannedValidation {
  return { range, kind: "list", choices: [words.benefit, words.cost], prompt: words.directionPrompt };
}
