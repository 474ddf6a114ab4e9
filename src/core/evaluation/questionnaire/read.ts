/**
 * Questionnaires read back ({@link readQuestionnaire}): each sheet by the layout recorded in it, compared with the
 * pane's indicator system name by name, each judgement above the diagonal through the same reader as a selection
 * (../import), so a blank or out-of-scale cell is named as `sheet!cell`. A sheet with any problem gives no expert;
 * {@link applyQuestionnaires} brings in the experts of the sheets without problems and the sum of their votes.
 */
import { display, isBlank } from "../../cells";
import { Message, MineError, messageOf } from "../../errors";
import { messages } from "../../messages";
import { SheetGrid } from "../../workbook/sheetPlan";
import { Consistency, Matrix, RiTableId, WeightMethod, ahpResult } from "../ahp";
import { Assessment, Expert, setMembership } from "../assessment";
import { SourceGrid, cellAt, failAt, importMatrix, importVotes, readCell } from "../import";
import {
  QUESTIONNAIRE_MARKER,
  QUESTIONNAIRE_VERSION,
  QuestionnaireLayout,
  QuestionnaireShape,
  VOTE_COLUMN,
  questionnaireLayout,
} from "./layout";

/** A questionnaire that reads right: the expert, their votes by indicator, and each matrix's consistency. */
export interface ReadQuestionnaire {
  readonly sheet: string;
  readonly ok: true;
  readonly expert: Expert;
  /** Votes per grade of each voted indicator, keyed "k,i". */
  readonly votes: ReadonlyMap<string, number[]>;
  /** Consistency of the category matrix, then of each category's indicator matrix. */
  readonly consistency: Consistency[];
}

/** A questionnaire with problems: each names its cell (`sheet!B4`); nothing of it is brought in. */
export interface FailedQuestionnaire {
  readonly sheet: string;
  readonly ok: false;
  /** The expert's name when it could be read. */
  readonly name: string | null;
  readonly problems: Message[];
}

export type QuestionnaireReading = ReadQuestionnaire | FailedQuestionnaire;

/** The whole sheet as a grid whose cells are named `sheet!B4`. */
function sheetGrid(sheet: string, grid: SheetGrid): SourceGrid {
  return { values: grid.values, origin: { sheet, row: 0, column: 0 }, withSheet: true };
}

/** The block of `rows` × `columns` cells at (row, column), named where they are; `keep` blanks the others. */
function block(
  sheet: string,
  grid: SheetGrid,
  row: number,
  column: number,
  rows: number,
  columns: number,
  keep: (r: number, c: number) => boolean = () => true,
): SourceGrid {
  const values = Array.from({ length: rows }, (_, r) =>
    Array.from({ length: columns }, (_, c) => (keep(r, c) ? (grid.values[row + r]?.[column + c] ?? "") : "")),
  );
  return { values, origin: { sheet, row, column }, withSheet: true };
}

/** The text of a label cell; refuses a label other than `expected` (the questionnaire is for another system). */
function checkLabel(whole: SourceGrid, row: number, column: number, expected: string): void {
  const raw = cellAt(whole, row, column);
  const found = typeof raw === "string" || typeof raw === "number" ? String(raw).trim() : display(raw);
  if (found !== expected.trim()) failAt(whole, row, column, messages.questionnaireOtherSystem(found, expected));
}

function shapeFrom(whole: SourceGrid, layout0: { row: number; column: number }): QuestionnaireShape {
  const text = cellAt(whole, layout0.row, layout0.column);
  let parsed: unknown;
  try {
    parsed = JSON.parse(String(text));
  } catch {
    return failAt(whole, layout0.row, layout0.column, messages.questionnaireDamaged);
  }
  const shape = parsed as Partial<QuestionnaireShape> | null;
  const count = (x: unknown): x is number => typeof x === "number" && Number.isInteger(x) && x >= 1 && x <= 30;
  const categories = shape?.categories;
  const voted = shape?.voted;
  const ok =
    shape?.layout === QUESTIONNAIRE_VERSION &&
    Array.isArray(categories) &&
    categories.length >= 1 &&
    categories.every(count) &&
    count(shape.grades) &&
    Array.isArray(voted) &&
    voted.every((v: unknown) => {
      if (!Array.isArray(v) || v.length !== 2) return false;
      const [k, i] = v as unknown[];
      return (
        typeof k === "number" &&
        typeof i === "number" &&
        Number.isInteger(k) &&
        Number.isInteger(i) &&
        k >= 0 &&
        k < categories.length &&
        i >= 0 &&
        i < categories[k]
      );
    });
  if (!ok) failAt(whole, layout0.row, layout0.column, messages.questionnaireDamaged);
  return shape as QuestionnaireShape;
}

/** Runs `read`, keeping its problem (a MineError's message) instead of stopping. */
function attempt<T>(problems: Message[], read: () => T): T | null {
  try {
    return read();
  } catch (error) {
    if (!(error instanceof MineError)) throw error;
    problems.push(messageOf(error));
    return null;
  }
}

function describeShape(a: { categories: readonly number[]; grades: number }): string {
  return `${a.categories.length} × (${a.categories.join("/")}), ${a.grades}`;
}

/**
 * One questionnaire sheet against the pane's assessment `a`: the first problem of each part (header, each matrix,
 * the votes) is listed; with none, the expert (name, weight, matrices), the votes and each matrix's consistency
 * under the assessment's weight method and RI table.
 */
export function readQuestionnaire(sheet: string, grid: SheetGrid, a: Assessment): QuestionnaireReading {
  const whole = sheetGrid(sheet, grid);
  const problems: Message[] = [];
  if (cellAt(whole, 0, 0) !== QUESTIONNAIRE_MARKER) {
    return {
      sheet,
      ok: false,
      name: null,
      problems: [messages.atCell({ zh: `${sheet}!A1`, en: `${sheet}!A1` }, messages.questionnaireDamaged)],
    };
  }
  const probe = questionnaireLayout({ layout: 1, categories: [1], grades: 2, voted: [] });
  const shape = attempt(problems, () => shapeFrom(whole, probe.structure));
  if (shape === null) return { sheet, ok: false, name: null, problems };
  const layout = questionnaireLayout(shape);
  const expected = { categories: a.categories.map((c) => c.indicators.length), grades: a.grades.length };
  if (describeShape(shape) !== describeShape(expected)) {
    attempt(problems, () =>
      failAt(
        whole,
        layout.structure.row,
        layout.structure.column,
        messages.questionnaireOtherSystem(describeShape(shape), describeShape(expected)),
      ),
    );
    return { sheet, ok: false, name: null, problems };
  }
  const name = attempt(problems, () => {
    const raw = cellAt(whole, layout.name.row, layout.name.column);
    if (isBlank(raw) || String(raw).trim() === "")
      failAt(whole, layout.name.row, layout.name.column, messages.questionnaireNoName);
    return String(raw).trim();
  });
  const weight = attempt(problems, () => {
    const { row, column } = layout.weight;
    const reading = readCell(cellAt(whole, row, column));
    if (reading.kind === "blank") return failAt(whole, row, column, messages.importBlank);
    if (reading.kind === "text") return failAt(whole, row, column, messages.importNotANumber(reading.shown));
    if (!(reading.value > 0)) failAt(whole, row, column, messages.importNotPositive(reading.value));
    return reading.value;
  });
  const matrices = layout.blocks.map((_, index) =>
    attempt(problems, () => readBlock(sheet, grid, whole, layout, a, index)),
  );
  const votes = attempt(problems, () => readVotes(sheet, grid, whole, layout, a));
  if (problems.length > 0 || name === null || weight === null || votes === null || matrices.some((m) => m === null)) {
    return { sheet, ok: false, name, problems };
  }
  const [categoryMatrix, ...indicatorMatrices] = matrices as number[][][];
  return {
    sheet,
    ok: true,
    expert: { name, weight, categoryMatrix, indicatorMatrices },
    votes,
    consistency: (matrices as number[][][]).map((m) => consistencyOf(m, a.weightMethod, a.riTable)),
  };
}

function consistencyOf(m: Matrix, method: WeightMethod, riTable: RiTableId): Consistency {
  return ahpResult(m, method, riTable).consistency;
}

/** One block's labels checked against the pane, then its upper triangle read (the lower one is formulas). */
function readBlock(
  sheet: string,
  grid: SheetGrid,
  whole: SourceGrid,
  layout: QuestionnaireLayout,
  a: Assessment,
  index: number,
): number[][] {
  const b = layout.blocks[index];
  const labels = index === 0 ? a.categories.map((c) => c.name) : a.categories[index - 1].indicators.map((i) => i.name);
  labels.forEach((label, i) => {
    checkLabel(whole, b.header, b.judgements.column + i, label);
    checkLabel(whole, b.judgements.row + i, 0, label);
  });
  const upper = block(sheet, grid, b.judgements.row, b.judgements.column, b.n, b.n, (r, c) => c >= r);
  return importMatrix(upper, b.n).matrix;
}

/** The vote table: labels checked, every row at least one whole vote. */
function readVotes(
  sheet: string,
  grid: SheetGrid,
  whole: SourceGrid,
  layout: QuestionnaireLayout,
  a: Assessment,
): Map<string, number[]> {
  const voted = layout.shape.voted;
  const result = new Map<string, number[]>();
  if (voted.length === 0) return result;
  voted.forEach(([k, i], r) => {
    checkLabel(whole, layout.votesHeader + 1 + r, 0, a.categories[k].name);
    checkLabel(whole, layout.votesHeader + 1 + r, 1, a.categories[k].indicators[i].name);
  });
  a.grades.forEach((grade, j) => checkLabel(whole, layout.votesHeader, VOTE_COLUMN + j, grade));
  const table = block(sheet, grid, layout.votesHeader + 1, VOTE_COLUMN, voted.length, a.grades.length);
  const { votes } = importVotes(table, voted.length, a.grades.length, true);
  voted.forEach(([k, i], r) => result.set(`${k},${i}`, votes[r]));
  return result;
}

/**
 * The assessment with the experts of the questionnaires that read right (replacing the pane's) and, for every
 * indicator voted on in them, the sum of their votes. Throws when none reads right.
 */
export function applyQuestionnaires(a: Assessment, readings: readonly QuestionnaireReading[]): Assessment {
  const good = readings.filter((r): r is ReadQuestionnaire => r.ok);
  if (good.length === 0) throw new MineError("value", messages.questionnaireNone);
  let next: Assessment = { ...a, experts: good.map((r) => r.expert) };
  const sums = new Map<string, number[]>();
  for (const r of good) {
    for (const [key, votes] of r.votes) {
      const sum = sums.get(key) ?? votes.map(() => 0);
      sums.set(
        key,
        sum.map((x, j) => x + votes[j]),
      );
    }
  }
  for (const [key, votes] of sums) {
    const [k, i] = key.split(",").map(Number);
    next = setMembership(next, k, i, { kind: "votes", votes });
  }
  return next;
}
