/**
 * An assessment (动态评估) as the taskpane edits it and the evaluation sheet stores it: the indicator system
 * (categories × indicators, editable), each expert's judgement matrices, the grades, each indicator's membership
 * input (expert votes or a measured value with breakpoints), and the method choices. Every edit is a pure function
 * returning a new assessment whose matrices stay square and reciprocal, so no edit can leave it malformed.
 *
 * {@link evaluateAssessment} runs the whole evaluation (AIJ aggregation, weights, consistency, memberships, the
 * two-level fuzzy evaluation, the verdict, every operator side by side) with the engine's own checks; the sheet
 * writes the same computation as `=MINE.*` formulas.
 */
import { Message, MineError, messageOf } from "../errors";
import { Bilingual, Language, pick } from "../text";
import {
  Consistency,
  Matrix,
  RiTableId,
  WeightMethod,
  aggregateJudgements,
  ahpResult,
  normaliseExpertWeights,
} from "./ahp";
import {
  DEFAULT_OPERATOR,
  Direction,
  FUZZY_OPERATORS,
  FuzzyOperator,
  Verdict,
  fuzzyScore,
  maximumMembership,
  membershipFromVotes,
  triangularMembership,
  twoLevelEvaluation,
} from "./fuzzy";
import { DEFAULT_GRADES, SAMPLE_JUDGEMENTS, TABLE1 } from "./indicators";
import { EvaluationModel, MonteCarloSummary, monteCarlo } from "./sensitivity";
import { messages } from "../messages";

/** How an indicator's membership row is obtained. */
export type MembershipInput =
  /** Expert vote counts (or proportions), one per grade: rⱼ = nⱼ / Σ n. */
  | { readonly kind: "votes"; readonly votes: readonly number[] }
  /**
   * A measured value graded by adjacent-grade triangular membership (=MINE.MEMBERSHIP): one breakpoint per grade,
   * best grade first. `null` where the user has not entered a number yet.
   */
  | {
      readonly kind: "measured";
      readonly value: number | null;
      readonly breakpoints: readonly (number | null)[];
      readonly direction: Direction;
    };

export interface AssessmentIndicator {
  readonly name: string;
  readonly membership: MembershipInput;
}

export interface AssessmentCategory {
  readonly name: string;
  readonly indicators: readonly AssessmentIndicator[];
}

export interface Expert {
  readonly name: string;
  /** Relative weight in the AIJ aggregation (any positive number; normalised). */
  readonly weight: number;
  readonly categoryMatrix: Matrix;
  /** One matrix per category, over that category's indicators. */
  readonly indicatorMatrices: readonly Matrix[];
}

export interface Assessment {
  readonly title: string;
  readonly categories: readonly AssessmentCategory[];
  readonly grades: readonly string[];
  /** Score of each grade for the weighted-average score, or null for none. */
  readonly scores: readonly number[] | null;
  readonly experts: readonly Expert[];
  readonly weightMethod: WeightMethod;
  readonly riTable: RiTableId;
  readonly operator: FuzzyOperator;
}

const copy = (a: Matrix): number[][] => a.map((row) => [...row]);

function emptyVotes(grades: number): MembershipInput {
  return { kind: "votes", votes: new Array<number>(grades).fill(0) };
}

const DEFAULT_TITLE: Bilingual = { zh: "矿产资源动态评估", en: "Mineral resource dynamic assessment" };
const FIRST_EXPERT: Bilingual = { zh: "专家1", en: "Expert 1" };

/**
 * Table 1 with the illustrative sample judgements (labelled as such in the UI) for one expert, the default grades,
 * and blank vote counts: the user's starting point, never a result.
 */
export function defaultAssessment(language: Language = "zh"): Assessment {
  const grades = DEFAULT_GRADES.map((g) => g[language]);
  return {
    title: pick(DEFAULT_TITLE, language),
    categories: TABLE1.map((category) => ({
      name: category.name[language],
      indicators: category.indicators.map((indicator) => ({
        name: indicator.name[language],
        membership: emptyVotes(grades.length),
      })),
    })),
    grades,
    scores: null,
    experts: [
      {
        name: pick(FIRST_EXPERT, language),
        weight: 1,
        categoryMatrix: copy(SAMPLE_JUDGEMENTS.categories),
        indicatorMatrices: TABLE1.map((c) => copy(SAMPLE_JUDGEMENTS.indicators[c.id as "resource"])),
      },
    ],
    weightMethod: "EVM",
    riTable: "SAATY1980",
    operator: DEFAULT_OPERATOR,
  };
}

// ---- Matrix shape edits (reciprocity is kept by construction) ----

function withRowAndColumn(a: Matrix): number[][] {
  return [...a.map((row) => [...row, 1]), new Array<number>(a.length + 1).fill(1)];
}

function withoutRowAndColumn(a: Matrix, k: number): number[][] {
  return a.filter((_, i) => i !== k).map((row) => row.filter((_, j) => j !== k));
}

function setJudgementIn(a: Matrix, row: number, column: number, value: number): number[][] {
  if (!(value > 0) || !Number.isFinite(value)) throw new MineError("value", messages.judgementNotPositive(value));
  if (row === column) throw new RangeError("the diagonal is always 1");
  const next = copy(a);
  next[row][column] = value;
  next[column][row] = 1 / value;
  return next;
}

function mapExperts(a: Assessment, edit: (expert: Expert) => Expert): Assessment {
  return { ...a, experts: a.experts.map(edit) };
}

function replaceAt<T>(items: readonly T[], index: number, item: T): T[] {
  return items.map((x, i) => (i === index ? item : x));
}

function checkIndex(index: number, length: number, what: string): void {
  if (!Number.isInteger(index) || index < 0 || index >= length) {
    throw new RangeError(`${what} ${index} is out of range 0…${length - 1}`);
  }
}

/** Which matrix of an expert: the category matrix, or category k's indicator matrix. */
export type MatrixRef = { readonly level: "categories" } | { readonly level: "indicators"; readonly category: number };

export function matrixOf(expert: Expert, ref: MatrixRef): Matrix {
  return ref.level === "categories" ? expert.categoryMatrix : expert.indicatorMatrices[ref.category];
}

/** Expert e's judgement a[row][column] = value and a[column][row] = 1/value. */
export function setJudgement(
  a: Assessment,
  expert: number,
  ref: MatrixRef,
  row: number,
  column: number,
  value: number,
): Assessment {
  checkIndex(expert, a.experts.length, "expert");
  return {
    ...a,
    experts: replaceAt(a.experts, expert, {
      ...a.experts[expert],
      ...(ref.level === "categories"
        ? { categoryMatrix: setJudgementIn(a.experts[expert].categoryMatrix, row, column, value) }
        : {
            indicatorMatrices: replaceAt(
              a.experts[expert].indicatorMatrices,
              ref.category,
              setJudgementIn(a.experts[expert].indicatorMatrices[ref.category], row, column, value),
            ),
          }),
    }),
  };
}

/**
 * What is wrong with a vote count, or null: votes are whole, non-negative numbers of experts (the pane says this at
 * the field; data read from the workbook is held to the same rule).
 */
export function voteProblem(value: number): Message | null {
  if (value < 0) return messages.importVoteNegative(value);
  return Number.isInteger(value) ? null : messages.importVoteFraction(value);
}

/**
 * What is wrong with a name the user typed, or null: blank, or the same (spaces aside) as one of `others` (the other
 * categories, the other indicators of its category, the other experts or grades). The edit keeps what was typed;
 * the pane says this at the field, and the sheet and reading it back need names that tell the items apart.
 */
export function nameProblem(name: string, others: readonly string[]): Message | null {
  const trimmed = name.trim();
  if (trimmed === "") return messages.nameBlank;
  return others.some((other) => other.trim() === trimmed) ? messages.nameTaken(trimmed) : null;
}

export function renameCategory(a: Assessment, k: number, name: string): Assessment {
  checkIndex(k, a.categories.length, "category");
  return { ...a, categories: replaceAt(a.categories, k, { ...a.categories[k], name }) };
}

export function renameIndicator(a: Assessment, k: number, i: number, name: string): Assessment {
  checkIndex(k, a.categories.length, "category");
  checkIndex(i, a.categories[k].indicators.length, "indicator");
  const category = a.categories[k];
  return {
    ...a,
    categories: replaceAt(a.categories, k, {
      ...category,
      indicators: replaceAt(category.indicators, i, { ...category.indicators[i], name }),
    }),
  };
}

/** A new category with one indicator; every expert judges it equal to the others until told otherwise. */
export function addCategory(a: Assessment, name: string, indicatorName: string): Assessment {
  return {
    ...mapExperts(a, (e) => ({
      ...e,
      categoryMatrix: withRowAndColumn(e.categoryMatrix),
      indicatorMatrices: [...e.indicatorMatrices, [[1]]],
    })),
    categories: [
      ...a.categories,
      { name, indicators: [{ name: indicatorName, membership: emptyVotes(a.grades.length) }] },
    ],
  };
}

export function removeCategory(a: Assessment, k: number): Assessment {
  checkIndex(k, a.categories.length, "category");
  if (a.categories.length === 1) throw new MineError("value", messages.lastCategory);
  return {
    ...mapExperts(a, (e) => ({
      ...e,
      categoryMatrix: withoutRowAndColumn(e.categoryMatrix, k),
      indicatorMatrices: e.indicatorMatrices.filter((_, j) => j !== k),
    })),
    categories: a.categories.filter((_, j) => j !== k),
  };
}

export function addIndicator(a: Assessment, k: number, name: string): Assessment {
  checkIndex(k, a.categories.length, "category");
  const category = a.categories[k];
  return {
    ...mapExperts(a, (e) => ({
      ...e,
      indicatorMatrices: replaceAt(e.indicatorMatrices, k, withRowAndColumn(e.indicatorMatrices[k])),
    })),
    categories: replaceAt(a.categories, k, {
      ...category,
      indicators: [...category.indicators, { name, membership: emptyVotes(a.grades.length) }],
    }),
  };
}

export function removeIndicator(a: Assessment, k: number, i: number): Assessment {
  checkIndex(k, a.categories.length, "category");
  const category = a.categories[k];
  checkIndex(i, category.indicators.length, "indicator");
  if (category.indicators.length === 1) throw new MineError("value", messages.lastIndicator);
  return {
    ...mapExperts(a, (e) => ({
      ...e,
      indicatorMatrices: replaceAt(e.indicatorMatrices, k, withoutRowAndColumn(e.indicatorMatrices[k], i)),
    })),
    categories: replaceAt(a.categories, k, {
      ...category,
      indicators: category.indicators.filter((_, j) => j !== i),
    }),
  };
}

/** A new expert whose judgements start as a copy of expert `from` (so only the differences need entering). */
/** A matrix of n×n equal judgements (1): where a new expert starts, nothing judged yet. */
const equalJudgements = (n: number): number[][] => Array.from({ length: n }, () => new Array<number>(n).fill(1));

/** The assessment with one more expert, of weight 1, judging as given. */
function withExpert(a: Assessment, name: string, judged: Pick<Expert, "categoryMatrix" | "indicatorMatrices">) {
  return { ...a, experts: [...a.experts, { name, weight: 1, ...judged }] };
}

/**
 * A new expert whose every judgement is 1 (equally important), for the expert to judge from scratch rather than
 * starting from someone else's opinion; {@link addExpert} copies an expert explicitly.
 */
export function addBlankExpert(a: Assessment, name: string): Assessment {
  const first = a.experts[0];
  return withExpert(a, name, {
    categoryMatrix: equalJudgements(first.categoryMatrix.length),
    indicatorMatrices: first.indicatorMatrices.map((m) => equalJudgements(m.length)),
  });
}

/** A new expert whose judgements are a copy of expert `from`'s. */
export function addExpert(a: Assessment, name: string, from = 0): Assessment {
  checkIndex(from, a.experts.length, "expert");
  const source = a.experts[from];
  return withExpert(a, name, {
    categoryMatrix: copy(source.categoryMatrix),
    indicatorMatrices: source.indicatorMatrices.map(copy),
  });
}

export function removeExpert(a: Assessment, e: number): Assessment {
  checkIndex(e, a.experts.length, "expert");
  if (a.experts.length === 1) throw new MineError("value", messages.lastExpert);
  return { ...a, experts: a.experts.filter((_, j) => j !== e) };
}

export function updateExpert(a: Assessment, e: number, change: { name?: string; weight?: number }): Assessment {
  checkIndex(e, a.experts.length, "expert");
  if (change.weight !== undefined && !(change.weight > 0 && Number.isFinite(change.weight))) {
    throw new MineError("value", messages.expertWeightNotPositive(change.weight));
  }
  return { ...a, experts: replaceAt(a.experts, e, { ...a.experts[e], ...change }) };
}

export function setMembership(a: Assessment, k: number, i: number, membership: MembershipInput): Assessment {
  checkIndex(k, a.categories.length, "category");
  checkIndex(i, a.categories[k].indicators.length, "indicator");
  const width = membership.kind === "votes" ? membership.votes.length : membership.breakpoints.length;
  if (width !== a.grades.length) throw new RangeError(`membership needs ${a.grades.length} grades, got ${width}`);
  const category = a.categories[k];
  return {
    ...a,
    categories: replaceAt(a.categories, k, {
      ...category,
      indicators: replaceAt(category.indicators, i, { ...category.indicators[i], membership }),
    }),
  };
}

function resizeMembership(m: MembershipInput, grades: number): MembershipInput {
  const fit = <T>(values: readonly T[], filler: T): T[] =>
    Array.from({ length: grades }, (_, j) => (j < values.length ? values[j] : filler));
  return m.kind === "votes"
    ? { kind: "votes", votes: fit(m.votes, 0) }
    : { ...m, breakpoints: fit<number | null>(m.breakpoints, null) };
}

/**
 * New grade labels (评语集), best first. Changing their number resizes every vote row and breakpoint list (new
 * grades start blank) and drops the scores, which belonged to the old grades.
 */
export function setGrades(a: Assessment, grades: readonly string[]): Assessment {
  if (grades.length < 2) throw new MineError("value", messages.tooFewGrades);
  const sameCount = grades.length === a.grades.length;
  return {
    ...a,
    grades: [...grades],
    scores: sameCount ? a.scores : null,
    categories: a.categories.map((c) => ({
      ...c,
      indicators: c.indicators.map((ind) => ({ ...ind, membership: resizeMembership(ind.membership, grades.length) })),
    })),
  };
}

/** Removes grade j everywhere: its label, its score, and its column of votes and breakpoints. */
export function removeGrade(a: Assessment, j: number): Assessment {
  checkIndex(j, a.grades.length, "grade");
  if (a.grades.length === 2) throw new MineError("value", messages.tooFewGrades);
  const without = <T>(values: readonly T[]): T[] => values.filter((_, x) => x !== j);
  return {
    ...a,
    grades: without(a.grades),
    scores: a.scores && without(a.scores),
    categories: a.categories.map((c) => ({
      ...c,
      indicators: c.indicators.map((ind) => {
        const m = ind.membership;
        const membership: MembershipInput =
          m.kind === "votes"
            ? { kind: "votes", votes: without(m.votes) }
            : { ...m, breakpoints: without(m.breakpoints) };
        return { ...ind, membership };
      }),
    })),
  };
}

export function setScores(a: Assessment, scores: readonly number[] | null): Assessment {
  if (scores !== null && scores.length !== a.grades.length) {
    throw new RangeError(`scores need ${a.grades.length} values, got ${scores.length}`);
  }
  return { ...a, scores: scores && [...scores] };
}

export function setMethods(
  a: Assessment,
  change: { weightMethod?: WeightMethod; riTable?: RiTableId; operator?: FuzzyOperator; title?: string },
): Assessment {
  return { ...a, ...change };
}

// ---- Evaluation ----

/** One weight vector and its consistency. */
export interface SolvedMatrix {
  readonly matrix: number[][];
  readonly weights: number[];
  readonly consistency: Consistency;
}

export interface WeightsResult {
  /** The AIJ aggregate (weighted geometric mean of the experts' judgements); the expert's own with one expert. */
  readonly categories: SolvedMatrix;
  readonly indicators: SolvedMatrix[];
  /** Each expert's own matrices solved, for per-expert consistency. */
  readonly perExpert: { readonly categories: SolvedMatrix; readonly indicators: SolvedMatrix[] }[];
  /** Global weight of every indicator, category by category. */
  readonly global: number[];
}

export interface FuzzyResult {
  readonly operator: FuzzyOperator;
  readonly categoryResults: number[][];
  readonly b: number[];
  readonly verdict: Verdict;
  readonly score: number | null;
}

/** What went wrong and where, so the UI can point at it; the message is the engine's bilingual one. */
export interface AssessmentProblem {
  readonly category?: number;
  readonly indicator?: number;
  readonly message: Message;
}

export interface AssessmentResult {
  readonly weights: WeightsResult;
  /** Membership rows per category per indicator; null where an indicator's input is incomplete or invalid. */
  readonly membership: (number[] | null)[][];
  /** Problems with the membership inputs (the fuzzy part waits until there are none). */
  readonly problems: AssessmentProblem[];
  /** The evaluation with the assessment's operator, and every operator side by side; null until inputs are complete. */
  readonly fuzzy: FuzzyResult | null;
  readonly byOperator: FuzzyResult[] | null;
}

function solve(matrix: number[][], a: Assessment): SolvedMatrix {
  const { weights, consistency } = ahpResult(matrix, a.weightMethod, a.riTable);
  return { matrix, weights, consistency };
}

/** The experts' judgements combined by AIJ with their normalised weights (the matrices themselves with one expert). */
export function aggregatedMatrices(a: Assessment): { categories: number[][]; indicators: number[][][] } {
  if (a.experts.length === 1) {
    return {
      categories: copy(a.experts[0].categoryMatrix),
      indicators: a.experts[0].indicatorMatrices.map(copy),
    };
  }
  const weights = normaliseExpertWeights(
    a.experts.length,
    a.experts.map((e) => e.weight),
  );
  return {
    categories: aggregateJudgements(
      a.experts.map((e) => e.categoryMatrix),
      weights,
    ),
    indicators: a.categories.map((_, k) =>
      aggregateJudgements(
        a.experts.map((e) => e.indicatorMatrices[k]),
        weights,
      ),
    ),
  };
}

/** Weights and consistency of the aggregate and of each expert. Throws only on a malformed assessment. */
export function assessmentWeights(a: Assessment): WeightsResult {
  const aggregate = aggregatedMatrices(a);
  const categories = solve(aggregate.categories, a);
  const indicators = aggregate.indicators.map((m) => solve(m, a));
  return {
    categories,
    indicators,
    perExpert: a.experts.map((e) => ({
      categories: solve(copy(e.categoryMatrix), a),
      indicators: e.indicatorMatrices.map((m) => solve(copy(m), a)),
    })),
    global: indicators.flatMap((s, k) => s.weights.map((w) => w * categories.weights[k])),
  };
}

/** The membership row of one indicator's input (the engine's checks and messages). */
export function membershipRow(input: MembershipInput): number[] {
  if (input.kind === "votes") return membershipFromVotes([input.votes])[0];
  if (input.value === null) throw new MineError("value", messages.noMeasuredValue);
  if (input.breakpoints.some((b) => b === null)) {
    throw new MineError("value", messages.missingBreakpoints);
  }
  return triangularMembership(input.value, input.breakpoints as number[], input.direction);
}

/** The two-level evaluation of complete membership rows with the assessment's weights, verdict and score. */
export function fuzzyResult(
  a: Assessment,
  operator: FuzzyOperator,
  weights: WeightsResult,
  membership: number[][][],
): FuzzyResult {
  const { categoryResults, overall } = twoLevelEvaluation(
    weights.categories.weights,
    weights.indicators.map((s, k) => ({ weights: s.weights, membership: membership[k] })),
    operator,
  );
  return {
    operator,
    categoryResults,
    b: overall,
    verdict: maximumMembership(overall, a.grades),
    score: a.scores && fuzzyScore(overall, a.scores),
  };
}

/**
 * The whole evaluation. AHP errors (a malformed matrix) throw; incomplete membership inputs are listed as problems
 * and leave the fuzzy part null, because an engineer fills them one by one and wants to see what is still missing.
 */
export function evaluateAssessment(a: Assessment): AssessmentResult {
  const weights = assessmentWeights(a);
  const problems: AssessmentProblem[] = [];
  const membership = a.categories.map((c, k) =>
    c.indicators.map((indicator, i) => {
      try {
        return membershipRow(indicator.membership);
      } catch (error) {
        problems.push({ category: k, indicator: i, message: messageOf(error) });
        return null;
      }
    }),
  );
  if (problems.length > 0) return { weights, membership, problems, fuzzy: null, byOperator: null };
  const rows = membership as number[][][];
  try {
    const byOperator = FUZZY_OPERATORS.map((op) => fuzzyResult(a, op, weights, rows));
    const fuzzy = byOperator.find((r) => r.operator === a.operator) ?? fuzzyResult(a, a.operator, weights, rows);
    return { weights, membership, problems, fuzzy, byOperator };
  } catch (error) {
    return { weights, membership, problems: [{ message: messageOf(error) }], fuzzy: null, byOperator: null };
  }
}

/** Draws of a robustness run, in the pane and in the report. */
export const SENSITIVITY_DRAWS = 2000;

/**
 * The model a robustness run perturbs: EVM weights of the aggregated matrices, the memberships and the assessment's
 * operator. Needs complete memberships.
 */
export function sensitivityModel(a: Assessment, result: AssessmentResult): EvaluationModel {
  if (result.fuzzy === null) throw new MineError("value", messages.sensitivityIncomplete());
  return {
    categoryMatrix: result.weights.categories.matrix,
    indicatorMatrices: result.weights.indicators.map((solved) => solved.matrix),
    membership: result.membership as number[][][],
    grades: a.grades,
    operator: a.operator,
  };
}

/** Monte-Carlo robustness of the verdict and ranking of {@link sensitivityModel}, seed 1. */
export function assessmentSensitivity(
  a: Assessment,
  result: AssessmentResult,
  draws = SENSITIVITY_DRAWS,
): MonteCarloSummary {
  return monteCarlo(sensitivityModel(a, result), { draws, seed: 1 });
}
