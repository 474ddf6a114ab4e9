/**
 * The indicator table of a dynamic-assessment sheet: per indicator its category, name, unit, direction, weights
 * (the engine's local weight, the global weight live from the category's) and breakpoints, then one column of
 * values per subject.
 */
import { SheetPlanBuilder, cellAddress } from "../../workbook/sheetPlan";
import { Assessment, WeightsResult } from "../assessment";
import { Panel, indicatorCount } from "../dynamic";
import { TABLE1 } from "../indicators";
import { SHEET_FORMATS, directionValidation, writeLabels } from "../sheetParts";
import { DYNAMIC_COLUMNS, DynamicLayout } from "./layout";
import { SheetWords } from "./words";

/** The unit of a Table 1 indicator with a single measured item, found by its name; "" otherwise. */
function defaultUnit(name: string): string {
  for (const c of TABLE1) {
    for (const indicator of c.indicators) {
      if ((indicator.name.zh === name || indicator.name.en === name) && indicator.measured.length === 1) {
        const unit = indicator.measured[0].unit;
        return unit === "–" ? "" : unit;
      }
    }
  }
  return "";
}

export function writeIndicators(
  plan: SheetPlanBuilder,
  layout: DynamicLayout,
  a: Assessment,
  panel: Panel,
  weights: WeightsResult,
  words: SheetWords,
): void {
  const C = DYNAMIC_COLUMNS;
  plan.put(layout.valuesHeading, 0, "heading", words.values);
  const header = layout.valuesHeader;
  writeLabels(plan, header, C, words, ["category", "indicator", "unit", "direction", "localWeight", "globalWeight"]);
  a.grades.forEach((g, j) => plan.put(header, C.breakpoints + j, "label", words.breakpoint(g)));
  panel.subjects.forEach((subject, s) => plan.put(header, layout.valuesColumn + s, "input", subject));
  const firstIndicator = layout.indicatorRows[0];
  a.categories.forEach((c, k) => {
    c.indicators.forEach((indicator, i) => {
      const r = layout.indicatorRows[k] + i;
      const x = r - firstIndicator;
      plan.formula(r, C.category, `=${cellAddress(layout.categoryRows[k], 0, true)}`);
      plan.put(r, C.indicator, "input", indicator.name);
      const unit = defaultUnit(indicator.name);
      if (unit !== "") plan.put(r, C.unit, "input", unit);
      plan.put(r, C.localWeight, "input", weights.indicators[k].weights[i], SHEET_FORMATS.weight);
      plan.formula(
        r,
        C.globalWeight,
        `=${cellAddress(layout.categoryRows[k], 1, true)}*${cellAddress(r, C.localWeight)}`,
        {
          numberFormat: SHEET_FORMATS.weight,
        },
      );
      const input = indicator.membership;
      if (input.kind === "measured") {
        plan.put(r, C.direction, "input", words[input.direction]);
        input.breakpoints.forEach((b, j) => b !== null && plan.put(r, C.breakpoints + j, "input", b));
      }
      panel.values.forEach((values, s) => {
        const v = values[x];
        if (v !== null) plan.put(r, layout.valuesColumn + s, "input", v);
      });
    });
  });
  const tableRows = { row: firstIndicator, rows: indicatorCount(a) };
  plan.validations.push(directionValidation({ ...tableRows, column: C.direction, columns: 1 }, words), {
    range: { ...tableRows, column: C.localWeight, columns: 1 },
    kind: "nonNegative",
    prompt: words.localWeight,
  });
}
