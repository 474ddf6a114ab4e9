/**
 * Dynamic assessment over time or across mines (T/XZBX 0088—2025 §5.2 "一般矿山，建议每年更新一次数据", §5.3 表1):
 * one weight model, the assessment's, applied to several subjects (years, or mines) so their verdicts and scores
 * can be compared and their trend seen.
 *
 * Design: every indicator is graded over the subjects by a measured value with the assessment's breakpoints and
 * direction (=MINE.MEMBERSHIP). An indicator whose input in the assessment is expert votes has no scale to grade a
 * yearly number on, so it is reported as a problem for every subject ("改为实测值并填写断点") instead of being guessed;
 * per-year votes are not supported. The weights are evaluateAssessment's (AIJ aggregate of the experts' judgements,
 * the assessment's weight method), and the operator is the assessment's. Missing values are problems of that subject
 * and leave its result null; they never throw, because yearly data arrive one by one.
 */
import { MineError, messageOf } from "../errors";
import {
  Assessment,
  AssessmentProblem,
  FuzzyResult,
  WeightsResult,
  assessmentWeights,
  fuzzyResult,
  membershipRow,
} from "./assessment";
import { messages } from "../messages";
import { Language, pick } from "../text";

/** The assessment's weight model applied to several subjects. */
export interface Panel {
  /** Labels of the subjects, e.g. "2023年", "2024年", or mine names. */
  readonly subjects: readonly string[];
  /** values[s][x]: subject s, indicator x (every indicator of the assessment, category by category); null = not entered. */
  readonly values: readonly (readonly (number | null)[])[];
}

export interface PanelProblem extends AssessmentProblem {
  readonly subject: number;
}

export interface SubjectResult {
  readonly subject: string;
  /** Membership rows per category per indicator; null where the value or the scale is missing. */
  readonly membership: (number[] | null)[][];
  readonly problems: PanelProblem[];
  /** The two-level evaluation with the assessment's operator; null until the subject is complete. */
  readonly fuzzy: FuzzyResult | null;
  /** The score if the assessment has scores, else B of the best grade; null while incomplete. */
  readonly trend: number | null;
}

export interface PanelResult {
  readonly weights: WeightsResult;
  /** What the trend is: the weighted-average score, or the membership of the best grade in B. */
  readonly trendKind: "score" | "bestGrade";
  readonly subjects: SubjectResult[];
  /** Every subject's problems, in subject order. */
  readonly problems: PanelProblem[];
}

/** Number of indicators of the assessment (the width of a panel row). */
export function indicatorCount(a: Assessment): number {
  return a.categories.reduce((n, c) => n + c.indicators.length, 0);
}

/** A blank panel over the given subjects: nothing is filled in for the user. */
export function defaultPanel(a: Assessment, subjects: readonly string[]): Panel {
  const width = indicatorCount(a);
  return { subjects: [...subjects], values: subjects.map(() => new Array<number | null>(width).fill(null)) };
}

/**
 * Subjects from a short text: "2022-2025" (a range of years), "2021,2023,2025" or "2022–2025"; each year is labelled
 * "2022年" in Chinese and "2022" in English. Throws a bilingual MineError for anything else or more than 50 years.
 */
export function yearSubjects(text: string, language: Language = "zh"): string[] {
  const label = (y: number): string => pick({ zh: `${y}年`, en: String(y) }, language);
  const bad = (): never => {
    throw new MineError("value", messages.badYears(text));
  };
  const trimmed = text.trim();
  const range = /^(\d{4})\s*[-–—~至到]\s*(\d{4})$/.exec(trimmed);
  let years: number[];
  if (range) {
    const [from, to] = [Number(range[1]), Number(range[2])];
    if (to < from) bad();
    years = Array.from({ length: to - from + 1 }, (_, i) => from + i);
  } else {
    const parts = trimmed.split(/[,，、;；\s]+/).filter((p) => p !== "");
    if (parts.length === 0 || parts.some((p) => !/^\d{4}$/.test(p))) bad();
    years = parts.map(Number);
  }
  if (years.length > 50) bad();
  return years.map(label);
}

/**
 * Subjects of a panel from a short text: years as {@link yearSubjects} reads them when the text holds a four-digit
 * year, else the names of mines (or sites) separated by commas, 、 or semicolons — the same weight model compared
 * across years or across mines (T/XZBX 0088—2025 §5.2–5.3). Blank, duplicate or more than 50 names are refused.
 */
export function panelSubjects(text: string, language: Language = "zh"): string[] {
  if (/\d{4}/.test(text)) return yearSubjects(text, language);
  const names = text
    .split(/[,，、;；\n]+/)
    .map((name) => name.trim())
    .filter((name) => name !== "");
  if (names.length === 0 || names.length > 50 || new Set(names).size !== names.length) {
    throw new MineError("value", messages.badSubjects(text));
  }
  return names;
}

function checkShape(a: Assessment, panel: Panel): void {
  const width = indicatorCount(a);
  if (panel.values.length !== panel.subjects.length) {
    throw new RangeError(`panel has ${panel.subjects.length} subjects but ${panel.values.length} rows of values`);
  }
  panel.values.forEach((row, s) => {
    if (row.length !== width)
      throw new RangeError(`subject ${s} has ${row.length} values, the assessment ${width} indicators`);
  });
}

/** The membership row of indicator (k, i) for one value: the assessment's breakpoints and direction. */
function gradeValue(a: Assessment, k: number, i: number, value: number | null): number[] {
  const input = a.categories[k].indicators[i].membership;
  if (input.kind !== "measured") throw new MineError("value", messages.notMeasured);
  if (value === null) throw new MineError("value", messages.noSubjectValue);
  return membershipRow({ ...input, value });
}

/**
 * The assessment's weight model evaluated for every subject of the panel. Throws only on a malformed assessment
 * (AHP) or a panel whose shape does not match it; missing values and vote-graded indicators are problems.
 */
export function evaluatePanel(a: Assessment, panel: Panel): PanelResult {
  checkShape(a, panel);
  const weights = assessmentWeights(a);
  const trendKind = a.scores ? "score" : "bestGrade";
  const subjects = panel.subjects.map((subject, s): SubjectResult => {
    const problems: PanelProblem[] = [];
    let x = 0;
    const membership = a.categories.map((c, k) =>
      c.indicators.map((_, i) => {
        const value = panel.values[s][x++];
        try {
          return gradeValue(a, k, i, value);
        } catch (error) {
          problems.push({ subject: s, category: k, indicator: i, message: messageOf(error) });
          return null;
        }
      }),
    );
    if (problems.length > 0) return { subject, membership, problems, fuzzy: null, trend: null };
    try {
      const fuzzy = fuzzyResult(a, a.operator, weights, membership as number[][][]);
      return { subject, membership, problems, fuzzy, trend: fuzzy.score ?? fuzzy.b[0] };
    } catch (error) {
      problems.push({ subject: s, message: messageOf(error) });
      return { subject, membership, problems, fuzzy: null, trend: null };
    }
  });
  return { weights, trendKind, subjects, problems: subjects.flatMap((r) => r.problems) };
}
