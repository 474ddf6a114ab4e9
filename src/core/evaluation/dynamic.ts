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
import { Bilingual, Language, pick } from "../text";

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

/** A year, or a quarter of one (T/XZBX 0088—2025 §5.2: quarterly for high-risk or high-intensity mines). */
interface Period {
  readonly year: number;
  /** 1–4, or undefined for the whole year. */
  readonly quarter?: number;
}

/** "2025", "2025Q1", "2025-Q1", "2025年", "2025年第1季度" (any width and case); undefined for anything else. */
function readPeriod(text: string): Period | undefined {
  const word = text.normalize("NFKC").trim().toUpperCase();
  const year = /^(\d{4})年?$/.exec(word);
  if (year) return { year: Number(year[1]) };
  const quarter = /^(\d{4})(?:-?Q|年第?)([1-4])(?:季度?)?$/.exec(word);
  return quarter ? { year: Number(quarter[1]), quarter: Number(quarter[2]) } : undefined;
}

/** Periods counted on one scale (quarters since year 0, or years), to expand a range. */
const ordinal = (p: Period): number => (p.quarter === undefined ? p.year : p.year * 4 + p.quarter - 1);
const fromOrdinal = (n: number, quarterly: boolean): Period =>
  quarterly ? { year: Math.floor(n / 4), quarter: (n % 4) + 1 } : { year: n };

/**
 * Subjects from a short text: years ("2022-2025", "2021,2023,2025") or quarters ("2024Q3-2025Q2",
 * "2025Q1,2025Q2"), labelled "2022年" / "2025年第1季度" in Chinese and "2022" / "2025 Q1" in English. Years and
 * quarters are not mixed. Throws a bilingual MineError for anything else or more than 50 periods.
 */
export function periodSubjects(text: string, language: Language = "zh"): string[] {
  const bad = (): never => {
    throw new MineError("value", messages.badPeriods(text));
  };
  const trimmed = text.trim();
  const range = /^(\S+?)\s*(?:[–—~至到]|-(?!Q))\s*(\S+)$/i.exec(trimmed);
  let periods: Period[];
  const from = range ? readPeriod(range[1]) : undefined;
  const to = range ? readPeriod(range[2]) : undefined;
  if (from && to) {
    const quarterly = from.quarter !== undefined;
    if (quarterly !== (to.quarter !== undefined) || ordinal(to) < ordinal(from)) bad();
    const count = ordinal(to) - ordinal(from) + 1;
    if (count > 50) bad();
    periods = Array.from({ length: count }, (_, i) => fromOrdinal(ordinal(from) + i, quarterly));
  } else {
    const parts = trimmed.split(/[,，、;；\s]+/).filter((p) => p !== "");
    const read = parts.map(readPeriod);
    if (read.length === 0 || read.some((p) => p === undefined)) bad();
    periods = read as Period[];
    if (new Set(periods.map((p) => p.quarter === undefined)).size > 1) bad();
  }
  if (periods.length > 50) bad();
  return periods.map((p) => pick(periodLabel(p), language));
}

function periodLabel(p: Period): Bilingual {
  return p.quarter === undefined
    ? { zh: `${p.year}年`, en: String(p.year) }
    : { zh: `${p.year}年第${p.quarter}季度`, en: `${p.year} Q${p.quarter}` };
}

/** Whether subjects written by {@link periodSubjects} are quarters (else years or mine names). */
export function quarterlySubjects(subjects: readonly string[]): boolean {
  return subjects.length > 0 && subjects.every((s) => /季度$|^\d{4} Q[1-4]$/.test(s));
}

/**
 * Subjects of a panel from a short text: years or quarters as {@link periodSubjects} reads them when the text holds a
 * four-digit year, else the names of mines (or sites) separated by commas, 、 or semicolons — the same weight model
 * compared across periods or across mines (T/XZBX 0088—2025 §5.2–5.3). Blank, duplicate or more than 50 names are
 * refused.
 */
export function panelSubjects(text: string, language: Language = "zh"): string[] {
  if (/\d{4}/.test(text)) return periodSubjects(text, language);
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
