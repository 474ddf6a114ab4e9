/**
 * The evaluation sheet: an {@link Assessment} laid out as inputs and live `=MINE.*` formulas
 * ({@link planAssessmentSheet}), and read back from such a sheet ({@link readAssessmentSheet}), so an evaluation
 * survives closing the workbook and a reviewer can check every number without the add-in.
 *
 * layout.ts says where everything is, from the assessment's shape alone; words.ts holds the sheet's words;
 * plan.ts writes the header, summary and inputs, matrices.ts the judgement matrices, membership.ts the membership
 * table and fuzzy.ts the evaluation; read.ts reads the inputs back from where the layout puts them.
 */
export {
  ASSESSMENT_MARKER,
  LAYOUT_VERSION,
  MEMBERSHIP_COLUMNS,
  layoutOf,
  membershipColumn,
  shapeOf,
  usedBlocks,
} from "./layout";
export type { AssessmentLayout, AssessmentShape, MatrixBlock } from "./layout";
export { planAssessmentSheet } from "./plan";
export { readAssessmentSheet } from "./read";
