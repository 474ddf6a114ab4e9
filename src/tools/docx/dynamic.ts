/**
 * A dynamic-assessment (years) sheet read back for the report, and its subjects evaluated by the engine: the sheet
 * keeps no layout record, so its shape is found from the cells where dynamicLayoutOf puts them (the grades along
 * their row, the categories down theirs, the indicators under the table's header, each indicator's category from
 * its formula, the subjects along the header). Every input is the sheet's own — the category and local weights as
 * written (or edited) there, the directions, breakpoints, operator and scores — and each subject is evaluated as the
 * sheet's formulas evaluate it: =MINE.MEMBERSHIP per indicator, =MINE.FUZZY_EVAL per category and overall,
 * =MINE.FUZZY_GRADE, =MINE.FUZZY_SCORE; a subject with a value missing is incomplete (no verdict, a gap in the trend).
 */
import { isBlank } from "../../core/cells";
import { MineError, messageOf } from "../../core/errors";
import { Assessment, membershipRow } from "../../core/evaluation/assessment";
import { DYNAMIC_COLUMNS, dynamicLayoutOf } from "../../core/evaluation/dynamicSheet";
import {
  DEFAULT_OPERATOR,
  Direction,
  FuzzyOperator,
  Verdict,
  fuzzyScore,
  maximumMembership,
  parseDirection,
  parseOperator,
  twoLevelEvaluation,
} from "../../core/evaluation/fuzzy";
import { Message } from "../../core/errors";
import { REPORT_WORDS } from "../../core/evaluation/reportWords";
import { Bilingual } from "../../core/text";
import { SheetGrid, cellAddress, parseCellAddress } from "../../core/workbook/sheetPlan";

export interface DynamicIndicator {
  readonly name: string;
  readonly unit: string;
  readonly direction: Direction;
  readonly localWeight: number;
  readonly breakpoints: readonly (number | null)[];
  /** One per subject; null where blank. */
  readonly values: readonly (number | null)[];
}

export interface DynamicCategory {
  readonly name: string;
  readonly weight: number;
  readonly indicators: readonly DynamicIndicator[];
}

export interface DynamicSheet {
  readonly title: string;
  readonly operator: FuzzyOperator;
  readonly grades: readonly string[];
  readonly scores: readonly number[] | null;
  readonly subjects: readonly string[];
  readonly categories: readonly DynamicCategory[];
}

export interface SubjectOutcome {
  readonly subject: string;
  /** B of each category and overall, the verdict and score; null while a value or breakpoint is missing. */
  readonly categoryResults: number[][] | null;
  readonly b: number[] | null;
  readonly verdict: Verdict | null;
  readonly score: number | null;
  /** The score when the sheet has scores, else B of the best grade; null while incomplete. */
  readonly trend: number | null;
  /** Why the subject is incomplete: each indicator's problem. */
  readonly problems: readonly { readonly indicator: string; readonly message: Message }[];
}

/** What is wrong, as the message gives it in either language: both halves, `中文 / English`. */
const both = (what: Bilingual) => `${what.zh} / ${what.en}`;

/** A sheet that is not what its place needs, naming the cell. */
function unreadable(row: number, column: number, what: Bilingual | string): never {
  throw new MineError(
    "value",
    REPORT_WORDS.dynamicCell(cellAddress(row, column), typeof what === "string" ? what : both(what)),
  );
}

const PROBLEM = REPORT_WORDS.dynamicProblems;
const NUMBER = REPORT_WORDS.dynamicNumbers;

/** An assessment of the given shape, only for dynamicLayoutOf (which reads nothing but the shape). */
function shape(counts: readonly number[], grades: number): Assessment {
  return {
    title: "",
    categories: counts.map((n) => ({
      name: "",
      indicators: Array.from({ length: n }, () => ({ name: "", membership: { kind: "votes", votes: [] } })),
    })),
    grades: new Array<string>(grades).fill(""),
    scores: null,
    experts: [],
    weightMethod: "EVM",
    riTable: "SAATY1980",
    operator: DEFAULT_OPERATOR,
  };
}

class Cells {
  constructor(private readonly grid: SheetGrid) {}

  value(row: number, column: number): unknown {
    return this.grid.values[row]?.[column] ?? "";
  }

  formula(row: number, column: number): string {
    const formula = this.grid.formulas[row]?.[column];
    return typeof formula === "string" ? formula : "";
  }

  blank(row: number, column: number): boolean {
    return isBlank(this.value(row, column));
  }

  text(row: number, column: number): string {
    return String(this.value(row, column)).trim();
  }

  number(row: number, column: number, what: Bilingual): number | null {
    const value = this.value(row, column);
    if (isBlank(value)) return null;
    if (typeof value !== "number" || !Number.isFinite(value))
      unreadable(row, column, `${both(what)}: “${String(value)}”`);
    return value;
  }

  /** Texts along a row from `column` up to the first blank. */
  along(row: number, column: number): string[] {
    const texts: string[] = [];
    for (let c = column; !this.blank(row, c); c++) texts.push(this.text(row, c));
    return texts;
  }

  /** How many rows from `row` down have column `column` filled. */
  down(row: number, column: number): number {
    let n = 0;
    while (!this.blank(row + n, column)) n++;
    return n;
  }
}

/** The dynamic-assessment sheet's inputs; a MineError naming the cell when one is not what it must be. */
export function readDynamicSheet(grid: SheetGrid): DynamicSheet {
  const cells = new Cells(grid);
  const C = DYNAMIC_COLUMNS;
  const first = dynamicLayoutOf(shape([1], 2), 1);
  const grades = cells.along(first.gradesRow, 1);
  if (grades.length < 2) unreadable(first.gradesRow, 1, PROBLEM.twoGrades);
  const K = cells.down(first.categoryRows[0], 0);
  if (K === 0) unreadable(first.categoryRows[0], 0, PROBLEM.noCategory);
  const probe = dynamicLayoutOf(shape(new Array<number>(K).fill(1), grades.length), 1);
  const top = probe.indicatorRows[0];
  const count = cells.down(top, C.indicator);
  const categoryOf = (row: number): number => {
    const reference = /^=\$?([A-Z]+\$?\d+)$/i.exec(cells.formula(row, C.category))?.[1];
    const k = reference
      ? probe.categoryRows.indexOf(parseCellAddress(reference).row)
      : probe.categoryRows.findIndex((r) => cells.text(r, 0) === cells.text(row, C.category));
    if (k < 0) unreadable(row, C.category, PROBLEM.unknownCategory);
    return k;
  };
  const kinds = Array.from({ length: count }, (_, x) => categoryOf(top + x));
  const counts = Array.from({ length: K }, (_, k) => kinds.filter((kind) => kind === k).length);
  if (kinds.some((k, x) => x > 0 && k < kinds[x - 1]) || counts.some((n) => n === 0)) {
    unreadable(top, C.category, PROBLEM.categoryOrder);
  }
  const subjects = cells.along(probe.valuesHeader, probe.valuesColumn);
  const layout = dynamicLayoutOf(shape(counts, grades.length), subjects.length);
  const m = grades.length;
  const scoreCells = Array.from({ length: m }, (_, j) => cells.number(layout.scoresRow, 1 + j, NUMBER.score));
  const given = scoreCells.filter((score): score is number => score !== null);
  const scores = given.length === m ? given : null;
  let operator: FuzzyOperator;
  try {
    operator = parseOperator(cells.value(layout.operator, 1));
  } catch (error) {
    return unreadable(layout.operator, 1, messageOf(error).zh);
  }
  let row = layout.indicatorRows[0];
  const categories = counts.map((n, k): DynamicCategory => {
    const weight = cells.number(layout.categoryRows[k], 1, NUMBER.categoryWeight);
    if (weight === null) unreadable(layout.categoryRows[k], 1, PROBLEM.noCategoryWeight);
    const indicators = Array.from({ length: n }, (): DynamicIndicator => {
      const r = row++;
      const localWeight = cells.number(r, C.localWeight, NUMBER.localWeight);
      if (localWeight === null) unreadable(r, C.localWeight, PROBLEM.noLocalWeight);
      let direction: Direction;
      try {
        direction = parseDirection(cells.value(r, C.direction));
      } catch (error) {
        return unreadable(r, C.direction, messageOf(error).zh);
      }
      return {
        name: cells.text(r, C.indicator),
        unit: cells.text(r, C.unit),
        direction,
        localWeight,
        breakpoints: Array.from({ length: m }, (_, j) => cells.number(r, C.breakpoints + j, NUMBER.breakpoint)),
        values: subjects.map((_, s) => cells.number(r, layout.valuesColumn + s, NUMBER.value)),
      };
    });
    return { name: cells.text(layout.categoryRows[k], 0), weight, indicators };
  });
  return { title: cells.text(layout.title, 1), operator, grades, scores, subjects, categories };
}

/** Every subject of the sheet evaluated as its formulas evaluate it. */
export function evaluateDynamicSheet(sheet: DynamicSheet): SubjectOutcome[] {
  return sheet.subjects.map((subject, s): SubjectOutcome => {
    const problems: { indicator: string; message: Message }[] = [];
    const membership = sheet.categories.map((category) =>
      category.indicators.map((indicator) => {
        try {
          const { direction, breakpoints } = indicator;
          return membershipRow({ kind: "measured", value: indicator.values[s], breakpoints, direction });
        } catch (error) {
          problems.push({ indicator: indicator.name, message: messageOf(error) });
          return [];
        }
      }),
    );
    const none = { subject, categoryResults: null, b: null, verdict: null, score: null, trend: null, problems };
    if (problems.length > 0) return none;
    try {
      const { categoryResults, overall } = twoLevelEvaluation(
        sheet.categories.map((c) => c.weight),
        sheet.categories.map((c, k) => ({
          weights: c.indicators.map((i) => i.localWeight),
          membership: membership[k],
        })),
        sheet.operator,
      );
      const score = sheet.scores ? fuzzyScore(overall, sheet.scores) : null;
      const verdict = maximumMembership(overall, sheet.grades);
      return { subject, categoryResults, b: overall, verdict, score, trend: score ?? overall[0], problems };
    } catch (error) {
      return { ...none, problems: [{ indicator: "", message: messageOf(error) }] };
    }
  });
}
