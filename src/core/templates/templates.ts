/**
 * Drafting templates (issue 4): the six tables of domain.md §5, and the licence's corner coordinates, as sheets the taskpane inserts, with the
 * vocabulary's Chinese headers (columns.ts), labelled example rows, blank rows for more, data validation, and
 * live formulas — =MINE.* where a function exists, native SUM and ratios otherwise. Each table's layout is in its
 * own module (template*.ts); templateSheet.ts lays them out.
 */
import { SheetOptions, SheetPlan } from "../workbook/sheetPlan";
import { TableKind } from "./columns";
import { BALANCE_TEMPLATE } from "./templateBalance";
import { BLOCKS_TEMPLATE } from "./templateBlocks";
import { CORNERS_TEMPLATE } from "./templateCorners";
import { DESIGN_TEMPLATE } from "./templateDesign";
import { RESOURCES_TEMPLATE } from "./templateResources";
import { TemplateLayout, TemplateSpec, buildTemplate, layoutOfTemplate } from "./templateSheet";
import { SUMMARY_TEMPLATE } from "./templateSummary";
import { UTILIZATION_TEMPLATE } from "./templateUtilization";

export { templateMarker, BLANK_ROWS } from "./templateSheet";
export type { TemplateLayout } from "./templateSheet";
export { VERDICT_WORDS } from "./templateSummary";

export const TEMPLATES: Readonly<Record<TableKind, TemplateSpec>> = {
  resources: RESOURCES_TEMPLATE,
  design: DESIGN_TEMPLATE,
  blocks: BLOCKS_TEMPLATE,
  balance: BALANCE_TEMPLATE,
  utilization: UTILIZATION_TEMPLATE,
  summary: SUMMARY_TEMPLATE,
  corners: CORNERS_TEMPLATE,
};

/** The order the taskpane lists the templates in: from the resources to the verdict. */
export const TEMPLATE_KINDS: readonly TableKind[] = [
  "resources",
  "design",
  "blocks",
  "balance",
  "utilization",
  "summary",
  "corners",
];

/** The sheet of a template: marker in A1, notes, one header row, examples, blank rows, total row, validation. */
export function planTemplate(kind: TableKind, options: SheetOptions): SheetPlan {
  return buildTemplate(TEMPLATES[kind], options);
}

/** Where a template's header, example, blank and total rows are (the same in both languages). */
export function templateLayout(kind: TableKind): TemplateLayout {
  return layoutOfTemplate(TEMPLATES[kind]);
}
