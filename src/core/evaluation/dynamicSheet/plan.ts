/**
 * The dynamic-assessment sheet for an assessment and a panel ({@link planDynamicSheet}): the header with the
 * operator and notes and the category weights here, then the indicator table (indicators.ts), one block per subject
 * (subjects.ts) and the trend (trend.ts), each where the layout (layout.ts) says.
 */
import { localize, pick } from "../../text";
import { SheetOptions, SheetPlan, SheetPlanBuilder } from "../../workbook/sheetPlan";
import { WEIGHT_METHODS } from "../ahp";
import { Assessment, WeightsResult } from "../assessment";
import { Panel, evaluatePanel, quarterlySubjects } from "../dynamic";
import { SHEET_FORMATS, operatorChoice, writeChoice, writeGrades, writeWrittenBy } from "../sheetParts";
import { writeIndicators } from "./indicators";
import { DYNAMIC_MARKER, DynamicLayout, categoryWeights, dynamicLayoutOf } from "./layout";
import { writeSubjects } from "./subjects";
import { writeTrend } from "./trend";
import { SheetWords, WORDS } from "./words";

/** Marker, title, the operator choice, where the weights come from, the basis, incomplete data, who wrote it. */
function writeHeader(
  plan: SheetPlanBuilder,
  layout: DynamicLayout,
  a: Assessment,
  subjects: readonly string[],
  options: SheetOptions,
  words: SheetWords,
): void {
  plan.put(0, 0, "title", DYNAMIC_MARKER);
  plan.put(layout.title, 0, "label", words.title);
  plan.put(layout.title, 1, "input", a.title);
  writeChoice(plan, { row: layout.operator, column: 1 }, operatorChoice(a, words));
  const method = `${a.weightMethod} ${pick(WEIGHT_METHODS[a.weightMethod], options.language)}`;
  plan.put(layout.weightsSource, 0, "label", words.weightsSource);
  plan.put(layout.weightsSource, 1, "note", words.weightsNote(a.title, method, a.experts.length));
  plan.put(layout.standard, 0, "label", words.standard);
  plan.put(layout.standard, 1, "note", words.standardNote(quarterlySubjects(subjects)));
  plan.put(layout.incomplete, 0, "label", words.incomplete);
  const voted = a.categories.flatMap((c) =>
    c.indicators.filter((i) => i.membership.kind === "votes").map((i) => `${c.name} / ${i.name}`),
  );
  const separator = options.language === "zh" ? "、" : ", ";
  plan.put(
    layout.incomplete,
    1,
    "note",
    voted.length > 0 ? words.incompleteNote + words.notComputable(voted.join(separator)) : words.incompleteNote,
  );
  writeWrittenBy(plan, { row: layout.writtenBy, column: 1 }, options, words);
}

/** The category weights: the one place category names are typed. */
function writeCategoryWeights(
  plan: SheetPlanBuilder,
  layout: DynamicLayout,
  a: Assessment,
  weights: WeightsResult,
  words: SheetWords,
): void {
  plan.put(layout.categoriesHeading, 0, "heading", words.categories);
  plan.put(layout.categoriesHeading + 1, 0, "label", words.category);
  plan.put(layout.categoriesHeading + 1, 1, "label", words.weight);
  a.categories.forEach((c, k) => {
    plan.put(layout.categoryRows[k], 0, "input", c.name);
    plan.put(layout.categoryRows[k], 1, "input", weights.categories.weights[k], SHEET_FORMATS.weight);
  });
  plan.validations.push({ range: categoryWeights(layout), kind: "nonNegative", prompt: words.weight });
}

/**
 * The dynamic-assessment sheet for an assessment and a panel (values are written where given, blank otherwise).
 * The weights are the engine's values for the assessment (see index.ts).
 */
export function planDynamicSheet(a: Assessment, panel: Panel, options: SheetOptions): SheetPlan {
  const words = localize(WORDS, options.language);
  const result = evaluatePanel(a, panel);
  const n = panel.subjects.length;
  if (n === 0) throw new RangeError("a dynamic assessment needs at least one subject");
  const layout = dynamicLayoutOf(a, n);
  const plan = new SheetPlanBuilder();
  writeHeader(plan, layout, a, panel.subjects, options, words);
  writeGrades(plan, a, layout, words);
  writeCategoryWeights(plan, layout, a, result.weights, words);
  writeIndicators(plan, layout, a, panel, result.weights, words);
  writeSubjects(plan, layout, a, words);
  writeTrend(plan, layout, a, words);
  return plan.plan(options.sheetName, DYNAMIC_MARKER, [
    { column: 0, width: 22 },
    { column: 1, width: 22 },
    ...Array.from({ length: layout.valuesColumn + n - 2 }, (_, j) => ({ column: 2 + j, width: 11 })),
  ]);
}
