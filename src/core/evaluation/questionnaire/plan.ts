/**
 * One expert's questionnaire as a {@link SheetPlan} ({@link planQuestionnaire}): the pairwise-comparison matrices
 * of the current indicator system (the upper triangle to fill from a list of the 17 scale values 1/9 … 9, the
 * diagonal 1, the lower triangle computed as reciprocals by formulas), Saaty's verbal scale beside them, and a
 * votes-per-grade table for the indicators graded by votes. The taskpane writes it with the adapter's
 * writeSheetPlan (asking before it overwrites) and reads it back with ./read.ts.
 */
import { Localized, localize, pick } from "../../text";
import { NUMBER_FORMATS } from "../../workbook/numberFormats";
import { SheetOptions, SheetPlan, SheetPlanBuilder, cellAddress } from "../../workbook/sheetPlan";
import { SAATY_SCALE, SCALE_VALUES } from "../ahp";
import { Assessment } from "../assessment";
import { judgementText } from "../import";
import {
  QUESTIONNAIRE_MARKER,
  QuestionnaireLayout,
  VOTE_COLUMN,
  questionnaireLayout,
  questionnaireShape,
} from "./layout";
import { QUESTIONNAIRE_WORDS } from "./words";

type Words = Localized<typeof QUESTIONNAIRE_WORDS>;

/** The 17 values an expert picks from, as typed: 1/9, 1/8, …, 1/2, 1, 2, …, 9. */
export const JUDGEMENT_CHOICES: readonly string[] = SCALE_VALUES.map(judgementText);

/** Text format: a judgement picked as "1/3" stays the text 1/3 (General would turn it into 3 January). */
const TEXT = "@";

const MAX_SHEET_NAME = 31;

/** The questionnaire sheet of an expert: 问卷-专家1 (Q-Expert 1), without the characters Excel refuses, ≤ 31 long. */
export function questionnaireSheetName(expertName: string, language: "zh" | "en"): string {
  const clean = `${pick(QUESTIONNAIRE_WORDS.sheetPrefix, language)}${expertName}`
    .replace(/[:\\/?*[\]]/g, "_")
    .replace(/^[\s']+|[\s']+$/g, "")
    .trim();
  const chars = [...clean];
  return chars.length > MAX_SHEET_NAME ? chars.slice(0, MAX_SHEET_NAME).join("").trimEnd() : clean;
}

/**
 * The reciprocal of the judgement in `address`, whether it holds the text "1/3", the text "3" or a number; blank
 * while the judgement is blank, "?" when it cannot be read.
 */
export function reciprocalFormula(address: string): string {
  const slash = `FIND("/",${address})`;
  return (
    `=IF(${address}="","",IFERROR(IF(ISNUMBER(${slash}),` +
    `MID(${address},${slash}+1,9)/LEFT(${address},${slash}-1),1/${address}),"?"))`
  );
}

function writeHeader(
  plan: SheetPlanBuilder,
  layout: QuestionnaireLayout,
  a: Assessment,
  expert: number,
  options: SheetOptions,
  words: Words,
): void {
  const e = a.experts[expert];
  plan.put(0, 0, "title", QUESTIONNAIRE_MARKER);
  plan.put(layout.title.row, 0, "label", words.title);
  plan.put(layout.title.row, layout.title.column, "note", a.title);
  plan.put(layout.name.row, 0, "label", words.name);
  plan.put(layout.name.row, layout.name.column, "input", e.name);
  plan.put(layout.weight.row, 0, "label", words.weight);
  plan.put(layout.weight.row, layout.weight.column, "input", e.weight);
  plan.validations.push({
    range: { ...layout.weight, rows: 1, columns: 1 },
    kind: "positive",
    prompt: words.weightPrompt,
  });
  plan.put(layout.structure.row, 0, "label", words.structure);
  plan.put(layout.structure.row, layout.structure.column, "note", JSON.stringify(layout.shape));
  plan.put(layout.writtenBy.row, 0, "label", words.writtenBy);
  plan.put(layout.writtenBy.row, layout.writtenBy.column, "note", `MINE add-in ${options.version}, ${options.date}`);
  plan.put(layout.instructions, 0, "note", words.instructions);
}

function writeMatrices(plan: SheetPlanBuilder, layout: QuestionnaireLayout, a: Assessment, words: Words): void {
  plan.put(layout.matricesHeading, 0, "heading", words.matrices);
  layout.blocks.forEach((block, index) => {
    const labels =
      index === 0 ? a.categories.map((c) => c.name) : a.categories[index - 1].indicators.map((i) => i.name);
    plan.put(
      block.title,
      0,
      "label",
      index === 0 ? words.categoryLevel : words.indicatorLevel(a.categories[index - 1].name),
    );
    plan.put(block.header, 0, "note", words.corner);
    const { row, column } = block.judgements;
    labels.forEach((label, i) => {
      plan.put(block.header, column + i, "label", label);
      plan.put(row + i, 0, "label", label);
    });
    for (let i = 0; i < block.n; i++) {
      for (let j = 0; j < block.n; j++) {
        if (i === j) plan.put(row + i, column + j, "note", 1);
        else if (j > i)
          plan.cells.push({ row: row + i, column: column + j, role: "input", value: "", numberFormat: TEXT });
        else {
          plan.formula(row + i, column + j, reciprocalFormula(cellAddress(row + j, column + i)), {
            numberFormat: NUMBER_FORMATS.fraction,
          });
        }
      }
      if (i < block.n - 1) {
        plan.validations.push({
          range: { row: row + i, column: column + i + 1, rows: 1, columns: block.n - 1 - i },
          kind: "list",
          choices: JUDGEMENT_CHOICES,
          prompt: words.judgementPrompt,
        });
      }
    }
  });
}

/** Saaty's scale beside the first matrix: 1 … 9 with their meanings, then the reciprocals. */
function writeScale(plan: SheetPlanBuilder, layout: QuestionnaireLayout, language: "zh" | "en", words: Words): void {
  const { row, column } = layout.scale;
  plan.put(row, column, "label", words.scale);
  plan.put(row, column + 1, "label", words.meaning);
  SAATY_SCALE.forEach((entry, k) => {
    plan.put(row + 1 + k, column, "note", entry.value);
    plan.put(row + 1 + k, column + 1, "note", entry[language]);
  });
  plan.put(row + 1 + SAATY_SCALE.length, column, "note", words.reciprocal);
  plan.put(row + 1 + SAATY_SCALE.length, column + 1, "note", words.reciprocalMeaning);
}

function writeVotes(plan: SheetPlanBuilder, layout: QuestionnaireLayout, a: Assessment, words: Words): void {
  plan.put(layout.votesHeading, 0, "heading", words.votes);
  const voted = layout.shape.voted;
  plan.put(layout.votesNote, 0, "note", voted.length === 0 ? words.noVotes : words.votesNote);
  if (voted.length === 0) return;
  const header = layout.votesHeader;
  plan.put(header, 0, "label", words.category);
  plan.put(header, 1, "label", words.indicator);
  a.grades.forEach((grade, j) => plan.put(header, VOTE_COLUMN + j, "label", grade));
  voted.forEach(([k, i], r) => {
    plan.put(header + 1 + r, 0, "label", a.categories[k].name);
    plan.put(header + 1 + r, 1, "label", a.categories[k].indicators[i].name);
    for (let j = 0; j < a.grades.length; j++)
      plan.cells.push({ row: header + 1 + r, column: VOTE_COLUMN + j, role: "input", value: "" });
  });
  plan.validations.push({
    range: { row: header + 1, column: VOTE_COLUMN, rows: voted.length, columns: a.grades.length },
    kind: "nonNegative",
    prompt: words.votePrompt,
  });
}

/** Expert `expert`'s questionnaire for the assessment's current indicator system, in `options.language`. */
export function planQuestionnaire(a: Assessment, expert: number, options: SheetOptions): SheetPlan {
  if (!(Number.isInteger(expert) && expert >= 0 && expert < a.experts.length)) {
    throw new RangeError(`expert ${expert} is out of range 0…${a.experts.length - 1}`);
  }
  const words = localize(QUESTIONNAIRE_WORDS, options.language);
  const layout = questionnaireLayout(questionnaireShape(a));
  const plan = new SheetPlanBuilder();
  writeHeader(plan, layout, a, expert, options, words);
  writeMatrices(plan, layout, a, words);
  writeScale(plan, layout, options.language, words);
  writeVotes(plan, layout, a, words);
  const widths = Array.from({ length: layout.extent.columns }, (_, c) => ({
    column: c,
    width: c === 0 ? 22 : c === layout.scale.column + 1 ? 40 : 10,
  }));
  return plan.plan(options.sheetName, QUESTIONNAIRE_MARKER, widths);
}
