/**
 * Where everything of an expert questionnaire is, from its shape alone (indicators per category, grades, which
 * indicators are voted on): the planner writes each input where {@link questionnaireLayout} says and the reader
 * takes it from there. The shape is kept in the sheet ("结构") as a small JSON, so a questionnaire is read by the
 * layout it was written with and compared with the pane's indicator system name by name.
 */
import { CellPoint } from "../../workbook/sheetPlan";
import { Assessment } from "../assessment";

/** A1 of every questionnaire holds exactly this text. */
export const QUESTIONNAIRE_MARKER = "MINE 专家问卷 | MINE expert questionnaire";

export const QUESTIONNAIRE_VERSION = 1;

export interface QuestionnaireShape {
  readonly layout: number;
  /** Indicators per category. */
  readonly categories: readonly number[];
  readonly grades: number;
  /** [category, indicator] of every indicator the experts vote on, in the system's order. */
  readonly voted: readonly (readonly [number, number])[];
}

export function questionnaireShape(a: Assessment): QuestionnaireShape {
  return {
    layout: QUESTIONNAIRE_VERSION,
    categories: a.categories.map((c) => c.indicators.length),
    grades: a.grades.length,
    voted: a.categories.flatMap((c, k) =>
      c.indicators.flatMap((indicator, i) => (indicator.membership.kind === "votes" ? [[k, i] as const] : [])),
    ),
  };
}

/** One pairwise-comparison block: its title row, the column labels on the next row, the n×n judgements under them. */
export interface QuestionBlock {
  readonly title: number;
  readonly n: number;
  /** Row of the column labels; the labels are in columns 1…n, the row labels in column 0 of the rows below. */
  readonly header: number;
  /** First cell of the judgements (row, column 1). */
  readonly judgements: CellPoint;
}

export interface QuestionnaireLayout {
  readonly shape: QuestionnaireShape;
  readonly title: CellPoint;
  readonly name: CellPoint;
  readonly weight: CellPoint;
  readonly structure: CellPoint;
  readonly writtenBy: CellPoint;
  readonly instructions: number;
  readonly matricesHeading: number;
  /** The category matrix, then one per category. */
  readonly blocks: readonly QuestionBlock[];
  /** The Saaty scale beside the first block: its header row and first column. */
  readonly scale: CellPoint;
  readonly votesHeading: number;
  readonly votesNote: number;
  /** Header row of the vote table: 类别, 指标, then the grades from column {@link VOTE_COLUMN}. */
  readonly votesHeader: number;
  readonly extent: { readonly rows: number; readonly columns: number };
}

/** First column of the vote counts (after the category and the indicator). */
export const VOTE_COLUMN = 2;

export function questionnaireLayout(shape: QuestionnaireShape): QuestionnaireLayout {
  const sizes = [shape.categories.length, ...shape.categories];
  const matricesHeading = 8;
  let row = matricesHeading + 1;
  const blocks = sizes.map((n) => {
    const block = { title: row, n, header: row + 1, judgements: { row: row + 2, column: 1 } };
    row += n + 3;
    return block;
  });
  const widest = Math.max(...sizes);
  const votesHeading = row;
  const votesHeader = row + 2;
  return {
    shape,
    title: { row: 1, column: 1 },
    name: { row: 2, column: 1 },
    weight: { row: 3, column: 1 },
    structure: { row: 4, column: 1 },
    writtenBy: { row: 5, column: 1 },
    instructions: 6,
    matricesHeading,
    blocks,
    scale: { row: blocks[0].title, column: widest + 2 },
    votesHeading,
    votesNote: row + 1,
    votesHeader,
    extent: {
      rows: votesHeader + 1 + shape.voted.length,
      columns: Math.max(widest + 4, VOTE_COLUMN + shape.grades),
    },
  };
}
