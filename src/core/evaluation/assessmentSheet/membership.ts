/**
 * The membership table of an evaluation sheet: per indicator its local and global weight (from the matrices in
 * use), how its membership is given (votes, or a measured value with direction and breakpoints) and the membership
 * row computed from it, with the chart of global weights.
 */
import { SheetPlanBuilder, cellAddress, rangeAddress } from "../../workbook/sheetPlan";
import { Assessment } from "../assessment";
import { SHEET_FORMATS, directionValidation, gradeLabel, writeLabels } from "../sheetParts";
import {
  AssessmentLayout,
  MEMBERSHIP_COLUMNS,
  categoryNameCell,
  indicatorNameCell,
  membershipColumn,
  usedBlocks,
} from "./layout";
import { SheetWords } from "./words";

export function writeMembership(
  plan: SheetPlanBuilder,
  layout: AssessmentLayout,
  a: Assessment,
  words: SheetWords,
): void {
  const m = a.grades.length;
  const C = MEMBERSHIP_COLUMNS;
  const rowColumn = membershipColumn(m);
  plan.put(layout.membershipHeading, 0, "heading", words.membership);
  const header = layout.membershipHeader;
  writeLabels(plan, header, C, words, [
    "category",
    "indicator",
    "globalWeight",
    "localWeight",
    "kind",
    "value",
    "direction",
  ]);
  for (let j = 0; j < m; j++) {
    plan.formula(header, C.inputs + j, gradeLabel(layout, j));
    plan.formula(header, rowColumn + j, gradeLabel(layout, j));
  }
  const blocks = usedBlocks(layout);
  a.categories.forEach((category, k) => {
    category.indicators.forEach((indicator, i) => {
      const r = layout.membershipRows[k] + i;
      plan.formula(r, C.category, `=${categoryNameCell(layout, k)}`);
      plan.formula(r, C.indicator, `=${indicatorNameCell(layout, k, i)}`);
      const local = cellAddress(blocks[k + 1].weights.row + i, blocks[k + 1].weights.column, true);
      const parent = cellAddress(blocks[0].weights.row + k, blocks[0].weights.column, true);
      plan.formula(r, C.localWeight, `=${local}`, { numberFormat: SHEET_FORMATS.weight });
      plan.formula(r, C.globalWeight, `=${parent}*${cellAddress(r, C.localWeight)}`, {
        numberFormat: SHEET_FORMATS.weight,
      });
      const inputs = { row: r, column: C.inputs, rows: 1, columns: m };
      const input = indicator.membership;
      if (input.kind === "votes") {
        plan.put(r, C.kind, "input", words.votes);
        input.votes.forEach((v, j) => plan.put(r, C.inputs + j, "input", v));
        for (let j = 0; j < m; j++) {
          plan.formula(r, rowColumn + j, `=${cellAddress(r, C.inputs + j)}/SUM(${rangeAddress(inputs)})`, {
            numberFormat: SHEET_FORMATS.weight,
          });
        }
      } else {
        plan.put(r, C.kind, "input", words.measured);
        if (input.value !== null) plan.put(r, C.value, "input", input.value);
        plan.put(r, C.direction, "input", words[input.direction]);
        input.breakpoints.forEach((b, j) => b !== null && plan.put(r, C.inputs + j, "input", b));
        plan.formula(
          r,
          rowColumn,
          `=MINE.MEMBERSHIP(${cellAddress(r, C.value)},${rangeAddress(inputs)},${cellAddress(r, C.direction)})`,
          { numberFormat: SHEET_FORMATS.weight, spill: { rows: 1, columns: m } },
        );
      }
    });
  });
  const first = layout.membershipRows[0];
  const rows =
    layout.membershipRows[a.categories.length - 1] + a.categories[a.categories.length - 1].indicators.length - first;
  plan.validations.push(
    {
      range: { row: first, column: C.kind, rows, columns: 1 },
      kind: "list",
      choices: [words.votes, words.measured],
      prompt: words.kindPrompt,
    },
    directionValidation({ row: first, column: C.direction, rows, columns: 1 }, words),
  );
  // The chart of global weights reads the indicator names and the weights next to them.
  plan.charts.push({
    kind: "bar",
    title: words.globalWeight,
    source: { row: header, column: C.indicator, rows: rows + 1, columns: 2 },
    seriesBy: "columns",
    placement: { row: layout.membershipHeading, column: rowColumn + m + 1, rows: Math.max(12, rows + 2), columns: 7 },
  });
}
