/**
 * The evaluation sheet for an assessment ({@link planAssessmentSheet}): the header with the method choices, a live
 * summary, the indicator system, grades and experts (the inputs), then the judgement matrices (matrices.ts), the
 * memberships (membership.ts) and the fuzzy evaluation (fuzzy.ts), each where the layout (layout.ts) says.
 */
import { localize, pick } from "../../text";
import { textLiteral } from "../../workbook/formulas";
import { SheetOptions, SheetPlan, SheetPlanBuilder, cellAddress, rangeAddress } from "../../workbook/sheetPlan";
import { RI_TABLES, WEIGHT_METHODS } from "../ahp";
import { Assessment } from "../assessment";
import { GRADE_COLUMN, SHEET_FORMATS, operatorChoice, writeChoice, writeGrades, writeWrittenBy } from "../sheetParts";
import { writeFuzzy } from "./fuzzy";
import { ASSESSMENT_MARKER, AssessmentLayout, layoutOf, shapeOf } from "./layout";
import { passes, writeMatrices } from "./matrices";
import { writeMembership } from "./membership";
import { SheetWords, WORDS } from "./words";

/** Marker, title, the three method choices, the indicator system's source, who wrote it, and the layout record. */
function writeHeader(
  plan: SheetPlanBuilder,
  layout: AssessmentLayout,
  a: Assessment,
  options: SheetOptions,
  words: SheetWords,
): void {
  const { language } = options;
  plan.put(0, 0, "title", ASSESSMENT_MARKER);
  plan.put(layout.title.row, 0, "label", words.title);
  plan.put(layout.title.row, layout.title.column, "input", a.title);
  writeChoice(plan, layout.method, {
    label: words.method,
    value: a.weightMethod,
    choices: Object.keys(WEIGHT_METHODS),
    meanings: Object.entries(WEIGHT_METHODS).map(([id, name]) => `${id} ${pick(name, language)}`),
    prompt: "EVM / RGMM / AN",
  });
  writeChoice(plan, layout.riTable, {
    label: words.riTable,
    value: a.riTable,
    choices: Object.keys(RI_TABLES),
    meanings: Object.entries(RI_TABLES).map(([id, t]) => `${id} ${pick(t.name, language)}`),
    prompt: "RI",
  });
  writeChoice(plan, layout.operator, operatorChoice(a, words));
  plan.put(layout.source.row, 0, "label", words.source);
  plan.put(layout.source.row, layout.source.column, "note", words.sourceNote);
  writeWrittenBy(plan, layout.writtenBy, options, words);
  plan.put(layout.structure.row, 0, "label", words.structure);
  plan.put(layout.structure.row, layout.structure.column, "note", JSON.stringify(layout.shape));
}

/** The summary: references to the results below, so it stays live. */
function writeSummary(plan: SheetPlanBuilder, layout: AssessmentLayout, words: SheetWords): void {
  plan.put(layout.summaryHeading, 0, "heading", words.summary);
  plan.put(layout.summary.verdict, 0, "label", words.verdict);
  plan.formula(layout.summary.verdict, 1, `=${cellAddress(layout.verdictRow, GRADE_COLUMN, true)}`);
  plan.put(layout.summary.score, 0, "label", words.score);
  plan.formula(layout.summary.score, 1, `=${cellAddress(layout.scoreRow, GRADE_COLUMN, true)}`, {
    numberFormat: SHEET_FORMATS.score,
  });
  plan.put(layout.summary.consistency, 0, "label", words.consistency);
  const checks = [...layout.expertBlocks.flat(), ...(layout.aggregateBlocks ?? [])].map(passes);
  plan.formula(
    layout.summary.consistency,
    1,
    `=IF(AND(${checks.join(",")}),${textLiteral(words.allPass)},${textLiteral(words.someFail)})`,
  );
}

/** The indicator system: the one place names are typed; every other label refers to it. */
function writeSystem(plan: SheetPlanBuilder, layout: AssessmentLayout, a: Assessment, words: SheetWords): void {
  plan.put(layout.systemHeading, 0, "heading", words.system);
  plan.put(layout.systemHeading + 1, 0, "label", words.category);
  plan.put(layout.systemHeading + 1, 1, "label", words.indicator);
  a.categories.forEach((category, k) => {
    const first = layout.systemRows[k];
    category.indicators.forEach((indicator, i) => {
      if (i === 0) plan.put(first, 0, "input", category.name);
      else plan.formula(first + i, 0, `=${cellAddress(first, 0, true)}`);
      plan.put(first + i, 1, "input", indicator.name);
    });
  });
}

/** The experts: name, weight and the normalised weight the aggregate uses. */
function writeExperts(plan: SheetPlanBuilder, layout: AssessmentLayout, a: Assessment, words: SheetWords): void {
  plan.put(layout.expertsHeading, 0, "heading", words.experts);
  plan.put(layout.expertsHeading + 1, 0, "label", words.expert);
  plan.put(layout.expertsHeading + 1, 1, "label", words.weight);
  plan.put(layout.expertsHeading + 1, 2, "label", words.normalised);
  const weights = { row: layout.expertRows[0], column: 1, rows: a.experts.length, columns: 1 };
  const expertWeights = rangeAddress(weights, true);
  a.experts.forEach((expert, e) => {
    const r = layout.expertRows[e];
    plan.put(r, 0, "input", expert.name);
    plan.put(r, 1, "input", expert.weight);
    plan.formula(r, 2, `=${cellAddress(r, 1)}/SUM(${expertWeights})`, { numberFormat: SHEET_FORMATS.weight });
  });
  plan.validations.push({ range: weights, kind: "positive", prompt: words.expertWeightPrompt });
}

/**
 * The sheet for an assessment: header with the method choices, a summary, the indicator system, grades, experts,
 * every judgement matrix with its live weights and consistency, the AIJ aggregate (several experts), memberships,
 * the two-level fuzzy evaluation with verdict and score, every operator side by side, and two charts.
 */
export function planAssessmentSheet(a: Assessment, options: SheetOptions): SheetPlan {
  const words = localize(WORDS, options.language);
  const layout = layoutOf(shapeOf(a));
  const plan = new SheetPlanBuilder();
  writeHeader(plan, layout, a, options, words);
  writeSummary(plan, layout, words);
  writeSystem(plan, layout, a, words);
  writeGrades(plan, a, layout, words);
  writeExperts(plan, layout, a, words);
  writeMatrices(plan, layout, a, words);
  writeMembership(plan, layout, a, words);
  writeFuzzy(plan, layout, a, words);
  return plan.plan(options.sheetName, ASSESSMENT_MARKER, [
    { column: 0, width: 22 },
    { column: 1, width: 16 },
    ...Array.from({ length: Math.max(a.grades.length, 9) + 8 }, (_, j) => ({ column: 2 + j, width: 10 })),
  ]);
}
