/**
 * The judgement matrices of an evaluation sheet: each expert's (inputs above the diagonal, reciprocals below) and,
 * with several experts, the AIJ aggregate (the weighted geometric mean of theirs), every block with its live
 * weights (=MINE.AHP_WEIGHTS), λmax, CI, CR and verdict against the threshold.
 */
import { absoluteAddress, cellAddress, rangeAddress, SheetPlanBuilder } from "../../workbook/sheetPlan";
import { textLiteral } from "../../workbook/formulas";
import { Matrix, crThreshold } from "../ahp";
import { Assessment, Expert } from "../assessment";
import { SHEET_FORMATS } from "../sheetParts";
import { AssessmentLayout, MatrixBlock, categoryNameCell, indicatorNameCell } from "./layout";
import { SheetWords } from "./words";

/** Labels of a block's rows and columns: references to the names in the system table. */
function blockLabels(layout: AssessmentLayout, index: number): string[] {
  const K = layout.shape.categories.length;
  if (index === 0) return Array.from({ length: K }, (_, k) => `=${categoryNameCell(layout, k)}`);
  const k = index - 1;
  return Array.from({ length: layout.shape.categories[k] }, (_, i) => `=${indicatorNameCell(layout, k, i)}`);
}

/** Everything of a block but its judgements: title, labels, weights, λmax, CI, CR, threshold and verdict. */
function writeBlockFrame(
  plan: SheetPlanBuilder,
  layout: AssessmentLayout,
  block: MatrixBlock,
  index: number,
  title: string,
  words: SheetWords,
): void {
  plan.put(block.row, 0, "label", title);
  blockLabels(layout, index).forEach((label, i) => {
    plan.formula(block.row, block.judgements.column + i, label);
    plan.formula(block.judgements.row + i, 0, label);
  });
  plan.put(block.row, block.weights.column, "label", words.weight);
  const matrix = rangeAddress(block.judgements, true);
  const n = block.n;
  plan.formula(
    block.weights.row,
    block.weights.column,
    `=MINE.AHP_WEIGHTS(${matrix},${absoluteAddress(layout.method)})`,
    { numberFormat: SHEET_FORMATS.weight, spill: { rows: n, columns: 1 } },
  );
  plan.put(block.lambda.row, block.lambda.column - 1, "label", words.lambda);
  plan.formula(block.lambda.row, block.lambda.column, `=MINE.AHP_LAMBDA(${matrix})`, {
    numberFormat: SHEET_FORMATS.weight,
  });
  plan.put(block.ci.row, block.ci.column - 1, "label", words.ci);
  plan.formula(
    block.ci.row,
    block.ci.column,
    n <= 2 ? "=0" : `=MAX(0,(${absoluteAddress(block.lambda)}-${n})/${n - 1})`,
    { numberFormat: SHEET_FORMATS.weight },
  );
  plan.put(block.cr.row, block.cr.column - 1, "label", words.cr);
  plan.formula(block.cr.row, block.cr.column, `=MINE.AHP_CR(${matrix},${absoluteAddress(layout.riTable)})`, {
    numberFormat: SHEET_FORMATS.weight,
  });
  plan.put(block.threshold.row, block.threshold.column - 1, "label", words.threshold);
  plan.put(block.threshold.row, block.threshold.column, "note", crThreshold(n));
  plan.formula(
    block.verdict.row,
    block.verdict.column,
    `=IF(${passes(block)},${textLiteral(words.pass)},${textLiteral(words.fail)})`,
  );
}

/** The test a block passes: its CR within its threshold. */
export function passes(block: MatrixBlock): string {
  return `${absoluteAddress(block.cr)}<=${absoluteAddress(block.threshold)}`;
}

function blockTitle(index: number, a: Assessment, words: SheetWords): string {
  return index === 0 ? words.categoryLevel : words.indicatorLevel(a.categories[index - 1].name);
}

function matricesOf(expert: Expert): Matrix[] {
  return [expert.categoryMatrix, ...expert.indicatorMatrices];
}

/** Each expert's matrices: the judgements above the diagonal are inputs, those below their reciprocals. */
function writeExpertMatrices(plan: SheetPlanBuilder, layout: AssessmentLayout, a: Assessment, words: SheetWords): void {
  a.experts.forEach((expert, e) => {
    const blocks = layout.expertBlocks[e];
    plan.put(blocks[0].row - 1, 0, "heading", words.judgementsOf(e + 1));
    matricesOf(expert).forEach((matrix, index) => {
      const block = blocks[index];
      writeBlockFrame(plan, layout, block, index, blockTitle(index, a, words), words);
      const { row, column } = block.judgements;
      for (let i = 0; i < block.n; i++) {
        for (let j = 0; j < block.n; j++) {
          if (i === j) plan.put(row + i, column + j, "note", 1, SHEET_FORMATS.judgement);
          else if (j > i) plan.put(row + i, column + j, "input", matrix[i][j], SHEET_FORMATS.judgement);
          else
            plan.formula(row + i, column + j, `=1/${cellAddress(row + j, column + i)}`, {
              numberFormat: SHEET_FORMATS.judgement,
            });
        }
      }
      if (block.n > 1) {
        plan.validations.push({
          range: { row, column: column + 1, rows: block.n - 1, columns: block.n - 1 },
          kind: "positive",
          prompt: words.judgementPrompt,
        });
      }
    });
  });
}

/** The AIJ aggregate (several experts): each judgement the weighted geometric mean of the experts'. */
function writeAggregate(
  plan: SheetPlanBuilder,
  layout: AssessmentLayout,
  aggregate: readonly MatrixBlock[],
  a: Assessment,
  words: SheetWords,
): void {
  plan.put(aggregate[0].row - 1, 0, "heading", words.aggregate);
  const normalised = layout.expertRows.map((r) => cellAddress(r, 2, true));
  aggregate.forEach((block, index) => {
    writeBlockFrame(plan, layout, block, index, blockTitle(index, a, words), words);
    const { row, column } = block.judgements;
    for (let i = 0; i < block.n; i++) {
      for (let j = 0; j < block.n; j++) {
        if (i === j) plan.put(row + i, column + j, "note", 1, SHEET_FORMATS.judgement);
        else if (j < i) {
          plan.formula(row + i, column + j, `=1/${cellAddress(row + j, column + i)}`, {
            numberFormat: SHEET_FORMATS.weight,
          });
        } else {
          const terms = layout.expertBlocks.map((blocks, e) => {
            const source = blocks[index].judgements;
            return `${normalised[e]}*LN(${cellAddress(source.row + i, source.column + j)})`;
          });
          plan.formula(row + i, column + j, `=EXP(${terms.join("+")})`, { numberFormat: SHEET_FORMATS.weight });
        }
      }
    }
  });
}

/** Every judgement matrix of the sheet: the experts', then the aggregate when there are several experts. */
export function writeMatrices(
  plan: SheetPlanBuilder,
  layout: AssessmentLayout,
  a: Assessment,
  words: SheetWords,
): void {
  writeExpertMatrices(plan, layout, a, words);
  if (layout.aggregateBlocks !== null) writeAggregate(plan, layout, layout.aggregateBlocks, a, words);
}
