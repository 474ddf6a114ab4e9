/**
 * The evaluation report of one evaluation sheet, as document sections: the assessment read back with
 * readAssessmentSheet (the sheet's inputs, edits made in the sheet included) and evaluated by the engine
 * (evaluateAssessment: never the sheet's saved values) — the method choices, every judgement matrix's λmax, CI, RI
 * and CR with its verdict, the weights per level and the global weights (table and bar chart), the membership matrix,
 * B per category and overall with the verdict and score (and a column chart of B), every operator side by side, the
 * robustness (Monte-Carlo and one-at-a-time), and, for a dynamic (years) sheet of the same assessment, the trend
 * (table and line chart). The sheet's own words (assessmentSheet/words.ts, dynamicSheet/words.ts) name what the
 * sheet names; the report's own words are in src/core/evaluation/reportWords.ts.
 */
import { messageOf } from "../../core/errors";
import { RI_TABLES, WEIGHT_METHODS } from "../../core/evaluation/ahp";
import {
  Assessment,
  AssessmentResult,
  SolvedMatrix,
  SENSITIVITY_DRAWS,
  assessmentSensitivity,
  evaluateAssessment,
} from "../../core/evaluation/assessment";
import { readAssessmentSheet } from "../../core/evaluation/assessmentSheet";
import { WORDS as SHEET } from "../../core/evaluation/assessmentSheet/words";
import { WORDS as DYNAMIC } from "../../core/evaluation/dynamicSheet/words";
import { quarterlySubjects } from "../../core/evaluation/dynamic";
import { OPERATOR_INFO, Verdict, maximumMembership } from "../../core/evaluation/fuzzy";
import { TABLE1_SOURCE } from "../../core/evaluation/indicators";
import { oneAtATime } from "../../core/evaluation/sensitivity";
import { REPORT_WORDS } from "../../core/evaluation/reportWords";
import { ReviewSheet } from "../../core/review/review";
import { Bilingual, Language, pick } from "../../core/text";
import { NUMBER_FORMATS } from "../../core/workbook/numberFormats";
import { evaluateDynamicSheet, readDynamicSheet } from "./dynamic";
import { Block, Section, Table, TableCell, cell, paragraph } from "./model";
import { formatNumber } from "./sheetPlan";

export interface EvaluationOptions {
  readonly lang: Language;
  readonly version: string;
}

const W = REPORT_WORDS;

const WEIGHT = NUMBER_FORMATS.fourDecimals;
const num = (value: number, format: string = WEIGHT) => formatNumber(value, format);
const percent = (share: number) => formatNumber(share, "0.0%");

/** The report's words in one language. */
class Say {
  /** The punctuation of the language: after a label, between items, at the end of a sentence. */
  readonly colon: string;
  readonly comma: string;
  readonly semicolon: string;
  readonly stop: string;

  constructor(readonly language: Language) {
    this.colon = pick(W.colon, language);
    this.comma = pick(W.comma, language);
    this.semicolon = pick(W.semicolon, language);
    this.stop = pick(W.stop, language);
  }

  say(text: Bilingual): string {
    return pick(text, this.language);
  }
}

function keyValueTable(rows: readonly [string, string][]): Table {
  return {
    kind: "table",
    header: [],
    rows: rows.map(([key, value]) => [cell(key, { bold: true, shade: "F2F2F2" }), cell(value)]),
    widths: [1, 3],
    fontSize: 9.5,
  };
}

function methods(a: Assessment, sheet: string, s: Say): Block {
  const words = SHEET;
  const experts = a.experts.map((e) => `${e.name} (${formatNumber(e.weight)})`).join(s.comma);
  const grades = a.grades.map((g, j) => (a.scores ? `${g} (${formatNumber(a.scores[j])})` : g)).join(s.comma);
  return keyValueTable([
    [s.say(W.sheet), sheet],
    [s.say(words.title), a.title],
    [s.say(words.source), TABLE1_SOURCE],
    [s.say(W.method), s.say(W.methodText)],
    [s.say(words.method), `${a.weightMethod} ${s.say(WEIGHT_METHODS[a.weightMethod])}`],
    [s.say(words.riTable), `${a.riTable} ${s.say(RI_TABLES[a.riTable].name)}`],
    [s.say(words.operator), `${a.operator} ${s.say(OPERATOR_INFO[a.operator])}`],
    [s.say(W.experts), experts + (a.experts.length > 1 ? s.say(W.aij) : "")],
    [s.say(W.grades), grades],
    [s.say(W.standard), s.say(W.standardText)],
  ]);
}

/** The level names of the matrices in use: the category level, then each category's indicators. */
function levelNames(a: Assessment, s: Say): string[] {
  return [s.say(SHEET.categoryLevel), ...a.categories.map((c) => s.say(SHEET.indicatorLevel(c.name)))];
}

function consistencyRow(name: string, solved: SolvedMatrix, s: Say): TableCell[] {
  const c = solved.consistency;
  const right = { align: "right" as const };
  return [
    cell(name),
    cell(c.n, { align: "center" }),
    cell(num(c.lambdaMax), right),
    cell(num(c.ci), right),
    cell(num(c.ri, "0.00"), right),
    cell(num(c.cr), right),
    cell(num(c.threshold, "0.00"), right),
    cell(s.say(c.passes ? SHEET.pass : SHEET.fail), { align: "center", bold: !c.passes }),
  ];
}

function consistencyTable(a: Assessment, result: AssessmentResult, s: Say): Block[] {
  const levels = levelNames(a, s);
  const rows: TableCell[][] = [];
  const several = a.experts.length > 1;
  const used = [result.weights.categories, ...result.weights.indicators];
  if (several) used.forEach((solved, i) => rows.push(consistencyRow(`${s.say(W.aggregate)} ${levels[i]}`, solved, s)));
  result.weights.perExpert.forEach((expert, e) => {
    [expert.categories, ...expert.indicators].forEach((solved, i) =>
      rows.push(consistencyRow(several ? `${a.experts[e].name} ${levels[i]}` : levels[i], solved, s)),
    );
  });
  const all = [...result.weights.perExpert.flatMap((e) => [e.categories, ...e.indicators]), ...(several ? used : [])];
  const passes = all.every((solved) => solved.consistency.passes);
  const header = [W.matrix, W.n, SHEET.lambda, SHEET.ci, W.ri, SHEET.cr, SHEET.threshold, W.verdictColumn];
  return [
    {
      kind: "table",
      caption: s.say(W.consistencyCaption),
      header: [header.map((h) => cell(s.say(h)))],
      rows,
      widths: [5, 1, 2, 2, 1.5, 2, 1.5, 1.5],
    },
    paragraph(
      "Normal",
      { text: `${s.say(SHEET.consistency)}${s.colon}`, bold: true },
      { text: s.say(passes ? SHEET.allPass : SHEET.someFail), bold: !passes, ...(passes ? {} : { color: "C00000" }) },
      `(${s.say(SHEET.riTable)} ${s.say(RI_TABLES[a.riTable].name)})`,
    ),
  ];
}

function weightsTable(a: Assessment, result: AssessmentResult, s: Say): Block[] {
  const { categories, indicators, global } = result.weights;
  const rows: TableCell[][] = [];
  let x = 0;
  const right = { align: "right" as const };
  a.categories.forEach((category, k) => {
    category.indicators.forEach((indicator, i) => {
      const merge =
        category.indicators.length > 1 ? { vMerge: i === 0 ? ("restart" as const) : ("continue" as const) } : {};
      rows.push([
        cell(category.name, merge),
        cell(num(categories.weights[k]), { ...merge, ...right }),
        cell(indicator.name),
        cell(num(indicators[k].weights[i]), right),
        cell(num(global[x++]), right),
      ]);
    });
  });
  const sum = (values: readonly number[]) => values.reduce((p, q) => p + q, 0);
  rows.push([
    cell(s.say(W.total), { bold: true }),
    cell(num(sum(categories.weights)), { ...right, bold: true }),
    cell(""),
    cell(""),
    cell(num(sum(global)), { ...right, bold: true }),
  ]);
  const header = [SHEET.category, W.categoryWeight, SHEET.indicator, SHEET.localWeight, SHEET.globalWeight];
  const names = a.categories.flatMap((c) => c.indicators.map((i) => i.name));
  return [
    {
      kind: "table",
      caption: s.say(W.weightsCaption),
      header: [header.map((h) => cell(s.say(h)))],
      rows,
      widths: [2, 1.5, 3, 1.5, 1.5],
    },
    {
      kind: "chart",
      type: "bar",
      title: s.say(W.chartWeights),
      categories: names,
      series: [{ name: s.say(SHEET.globalWeight), values: global }],
      numberFormat: "0.000",
      width: 16,
      height: Math.max(7, 1 + names.length * 0.8),
    },
  ];
}

function inputText(a: Assessment, k: number, i: number, s: Say): { input: string; value: string } {
  const m = a.categories[k].indicators[i].membership;
  if (m.kind === "votes") return { input: `${s.say(SHEET.votes)} ${m.votes.join("/")}`, value: "" };
  const breakpoints = m.breakpoints.map((b) => (b === null ? "—" : formatNumber(b))).join("/");
  const direction = s.say(SHEET[m.direction]);
  return {
    input: `${s.say(SHEET.measured)} (${direction}${s.semicolon}${breakpoints})`,
    value: m.value === null ? "—" : formatNumber(m.value),
  };
}

function membershipTable(a: Assessment, result: AssessmentResult, s: Say): Block[] {
  const rows: TableCell[][] = [];
  a.categories.forEach((category, k) =>
    category.indicators.forEach((indicator, i) => {
      const merge =
        category.indicators.length > 1 ? { vMerge: i === 0 ? ("restart" as const) : ("continue" as const) } : {};
      const { input, value } = inputText(a, k, i, s);
      const row = result.membership[k][i];
      const problem = result.problems.find((p) => p.category === k && p.indicator === i);
      const grades = row
        ? row.map((mu) => cell(num(mu), { align: "right" }))
        : [cell(problem ? s.say(problem.message) : "—", { span: a.grades.length })];
      rows.push([
        cell(category.name, merge),
        cell(indicator.name),
        cell(input),
        cell(value, { align: "right" }),
        ...grades,
      ]);
    }),
  );
  const header = [
    cell(s.say(SHEET.category)),
    cell(s.say(SHEET.indicator)),
    cell(s.say(W.input)),
    cell(s.say(SHEET.value)),
    ...a.grades.map((g) => cell(g)),
  ];
  const blocks: Block[] = [
    {
      kind: "table",
      caption: s.say(W.membershipCaption),
      header: [header],
      rows,
      widths: [2, 3, 3.5, 1.5, ...a.grades.map(() => 1.3)],
    },
  ];
  if (result.problems.length > 0) {
    blocks.push(paragraph("Normal", { text: s.say(W.incomplete), bold: true, color: "C00000" }));
    for (const problem of result.problems) {
      const where =
        problem.category !== undefined && problem.indicator !== undefined
          ? `${a.categories[problem.category].indicators[problem.indicator].name}${s.colon}`
          : "";
      blocks.push(paragraph("Normal", `- ${where}${s.say(problem.message)}`));
    }
  }
  return blocks;
}

function verdictWords(verdict: Verdict, s: Say): string {
  return `${verdict.grade}${verdict.tied ? s.say(W.tied) : verdict.weak ? s.say(W.weak) : ""}`;
}

function fuzzyBlocks(a: Assessment, result: AssessmentResult, s: Say): Block[] {
  const fuzzy = result.fuzzy;
  if (!fuzzy || !result.byOperator) return [];
  const right = { align: "right" as const };
  const rows: TableCell[][] = a.categories.map((category, k) => [
    cell(s.say(SHEET.category)),
    cell(category.name),
    ...fuzzy.categoryResults[k].map((b) => cell(num(b), right)),
    cell(maximumMembership(fuzzy.categoryResults[k], a.grades).grade, { align: "center" }),
  ]);
  rows.push([
    cell(s.say(SHEET.overall), { bold: true }),
    cell("B", { bold: true }),
    ...fuzzy.b.map((b) => cell(num(b), { ...right, bold: true })),
    cell(fuzzy.verdict.grade, { align: "center", bold: true }),
  ]);
  const header = [
    cell(s.say(SHEET.level)),
    cell(""),
    ...a.grades.map((g) => cell(g)),
    cell(s.say(W.maximumMembership)),
  ];
  const operatorRows = result.byOperator.map((r) => [
    cell(`${r.operator} ${s.say(OPERATOR_INFO[r.operator])}`, { bold: r.operator === a.operator }),
    ...r.b.map((b) => cell(num(b), right)),
    cell(r.verdict.grade, { align: "center" }),
  ]);
  const score = fuzzy.score === null ? s.say(SHEET.noScores) : num(fuzzy.score, NUMBER_FORMATS.twoDecimals);
  return [
    paragraph("Heading2", s.say(W.fuzzyHeading)),
    {
      kind: "table",
      caption: `${s.say(W.fuzzyCaption)}(${fuzzy.operator})`,
      header: [header],
      rows,
      widths: [1.5, 3, ...a.grades.map(() => 1.4), 2],
    },
    paragraph(
      "Normal",
      { text: `${s.say(SHEET.verdict)}${s.colon}`, bold: true },
      { text: verdictWords(fuzzy.verdict, s), bold: true },
    ),
    paragraph("Normal", { text: `${s.say(SHEET.score)}${s.colon}`, bold: true }, score),
    {
      kind: "chart",
      type: "column",
      title: `B(${s.say(SHEET.overall)})`,
      categories: [...a.grades],
      series: [{ name: "B", values: fuzzy.b }],
      numberFormat: "0.000",
      width: 14,
      height: 7,
    },
    {
      kind: "table",
      caption: s.say(W.operatorsCaption),
      header: [[cell(s.say(SHEET.operator)), ...a.grades.map((g) => cell(g)), cell(s.say(SHEET.verdict))]],
      rows: operatorRows,
      widths: [4, ...a.grades.map(() => 1.4), 2.5],
    },
  ];
}

function robustness(a: Assessment, result: AssessmentResult, s: Say): Block[] {
  const blocks: Block[] = [paragraph("Heading2", s.say(W.robustHeading))];
  if (!result.fuzzy) return [...blocks, paragraph("Normal", s.say(W.noRobustness))];
  const summary = assessmentSensitivity(a, result, SENSITIVITY_DRAWS);
  const counts = Object.entries(summary.gradeCounts)
    .sort((x, y) => y[1] - x[1])
    .map(([grade, n]) => `${grade} ${n}`)
    .join(s.semicolon);
  blocks.push(paragraph("Normal", s.say(W.monteCarlo(SENSITIVITY_DRAWS, a.operator))));
  blocks.push({
    kind: "table",
    caption: s.say(W.robustCaption),
    header: [[cell(s.say(W.item)), cell(s.say(W.value))]],
    rows: [
      [cell(s.say(W.baseline)), cell(summary.baselineGrade)],
      [cell(s.say(W.verdictChange)), cell(percent(summary.verdictChangeRate))],
      [cell(s.say(W.rankingChange)), cell(percent(summary.rankingChangeRate))],
      [cell(s.say(W.topChange)), cell(percent(summary.topIndicatorChangeRate))],
      [cell(s.say(W.gradeCounts)), cell(counts)],
    ],
    widths: [2, 3],
  });
  const rows = oneAtATime({
    categoryMatrix: result.weights.categories.matrix,
    indicatorMatrices: result.weights.indicators.map((solved) => solved.matrix),
    membership: result.membership as number[][][],
    grades: a.grades,
    operator: a.operator,
  });
  const changed = rows.filter((row) => row.changed);
  blocks.push(paragraph("Normal", s.say(W.oneAtATime(changed.length, rows.length))));
  for (const row of changed) {
    const name = a.categories[row.category].indicators[row.indicator].name;
    blocks.push(paragraph("Normal", `- ${s.say(W.oneChanged(name, row.sign > 0 ? "+" : "−", row.grade))}`));
  }
  return blocks;
}

function trendBlocks(sheet: ReviewSheet, s: Say): Block[] {
  const blocks: Block[] = [paragraph("Heading2", s.say(W.trendHeading(sheet.name)))];
  let read;
  try {
    read = readDynamicSheet(sheet.grid);
  } catch (error) {
    return [...blocks, paragraph("Normal", s.say(W.dynamicUnreadable(sheet.name)) + s.say(messageOf(error)))];
  }
  const outcomes = evaluateDynamicSheet(read);
  const trendName = read.scores ? s.say(SHEET.score) : s.say(DYNAMIC.trendBest(read.grades[0]));
  const right = { align: "right" as const };
  const rows = outcomes.map((o) => [
    cell(o.subject),
    cell(o.trend === null ? "—" : num(o.trend, read.scores ? NUMBER_FORMATS.twoDecimals : WEIGHT), right),
    cell(o.verdict ? verdictWords(o.verdict, s) : s.say(DYNAMIC.incompleteVerdict), { align: "center" }),
    ...(o.b ? o.b.map((b) => cell(num(b), right)) : [cell("", { span: read.grades.length })]),
  ]);
  blocks.push(
    paragraph("Normal", s.say(DYNAMIC.standardNote(quarterlySubjects(read.subjects)))),
    paragraph("Normal", `${s.say(W.trendWeights)}${s.say(SHEET.operator)}${s.colon}${read.operator}${s.stop}`),
    {
      kind: "table",
      caption: s.say(W.trendCaption),
      header: [
        [
          cell(s.say(DYNAMIC.subject)),
          cell(trendName),
          cell(s.say(SHEET.verdict)),
          ...read.grades.map((g) => cell(`B(${g})`)),
        ],
      ],
      rows,
      widths: [2, 1.5, 2.5, ...read.grades.map(() => 1.3)],
    },
  );
  const incomplete = outcomes.filter((o) => o.problems.length > 0);
  for (const o of incomplete) {
    const why = o.problems
      .map((p) => `${p.indicator}${p.indicator ? s.colon : ""}${s.say(p.message)}`)
      .join(s.semicolon);
    blocks.push(paragraph("Note", `${o.subject}${s.colon}${s.say(DYNAMIC.incompleteVerdict)} (${why})`));
  }
  blocks.push({
    kind: "chart",
    type: "line",
    title: s.say(DYNAMIC.chart(trendName)),
    categories: [...read.subjects],
    series: [{ name: trendName, values: outcomes.map((o) => o.trend) }],
    numberFormat: read.scores ? "0.00" : "0.000",
    width: 15,
    height: 8,
  });
  return blocks;
}

/**
 * The report of the evaluation sheet `sheet` (one portrait section), with the trend of each dynamic sheet of the
 * same assessment (by its title; every dynamic sheet when none names it); a sheet that cannot be read is said so.
 */
export function evaluationSections(
  sheet: ReviewSheet,
  dynamicSheets: readonly ReviewSheet[],
  options: EvaluationOptions,
): Section[] {
  const s = new Say(options.lang);
  let a: Assessment;
  let result: AssessmentResult;
  try {
    a = readAssessmentSheet(sheet.grid);
    result = evaluateAssessment(a);
  } catch (error) {
    const blocks = [
      paragraph("Heading1", s.say(W.report(sheet.name))),
      paragraph("Normal", { text: s.say(W.unreadable(sheet.name)) + s.say(messageOf(error)), color: "C00000" }),
    ];
    return [{ orientation: "portrait", blocks }];
  }
  const titleOf = (d: ReviewSheet): unknown => d.grid.values[1]?.[1];
  const titled = dynamicSheets.filter((d) => titleOf(d) === a.title);
  const trends = (titled.length > 0 ? titled : dynamicSheets).flatMap((d) => trendBlocks(d, s));
  const blocks: Block[] = [
    paragraph("Heading1", s.say(W.report(a.title))),
    methods(a, sheet.name, s),
    paragraph("Heading2", s.say(W.weightsHeading)),
    ...consistencyTable(a, result, s),
    ...weightsTable(a, result, s),
    paragraph("Heading2", s.say(W.membershipHeading)),
    ...membershipTable(a, result, s),
    ...fuzzyBlocks(a, result, s),
    ...robustness(a, result, s),
    ...trends,
    paragraph("Heading2", s.say(W.methodHeading)),
    paragraph("Note", s.say(W.methodNote(options.version))),
  ];
  return [{ orientation: "portrait", blocks }];
}
