/**
 * The evaluation sheet made portable in the pane: its live plan computed with the very functions Excel runs for
 * =MINE.* (src/functions/standalone.ts, called here, so it works where Excel cannot run custom functions at all),
 * then each formula made native where it can be and written as that value where it cannot (core portablePlan).
 */
import { Language } from "../core/text";
import { evaluatePlan } from "../core/workbook/evaluate";
import { portablePlan } from "../core/workbook/portable";
import { SheetPlan } from "../core/workbook/sheetPlan";
import { evaluationFunction } from "../functions/standalone";

/** The portable form of a live evaluation sheet, and how many ranges it holds as the add-in's values. */
export function portableEvaluationSheet(live: SheetPlan, language: Language): { plan: SheetPlan; valueRanges: number } {
  const engine = evaluatePlan(live, { functions: evaluationFunction });
  const { plan, ranges } = portablePlan(live, engine, language);
  return { plan, valueRanges: ranges.length };
}
