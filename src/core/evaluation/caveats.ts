/**
 * What an evaluation's result cannot be trusted for, said wherever the result is shown or written, so that no page
 * and no written sheet reports it as better than it is: judgement matrices whose CR exceeds its threshold (their
 * weights are used all the same: the group's directly, each expert's through the AIJ aggregate) and indicators
 * whose membership input is missing or wrong (no fuzzy result until they are complete).
 */
import { Message } from "../errors";
import { messages } from "../messages";
import { Language, pick } from "../text";
import { Consistency } from "./ahp";
import { Assessment, AssessmentResult, SolvedMatrix } from "./assessment";

export interface InconsistentMatrix {
  /** null: the group's aggregate (or the only expert's own, with one expert). */
  readonly expert: number | null;
  /** null: the categories' matrix; else the category whose indicators it weighs. */
  readonly category: number | null;
  readonly consistency: Consistency;
}

export interface Caveats {
  /** The weights in use first (the aggregate), then each expert's own where there are several. */
  readonly inconsistent: readonly InconsistentMatrix[];
  /** Every problem with the membership inputs, as the evaluation found them. */
  readonly incomplete: AssessmentResult["problems"];
}

/** The caveats of a result (of {@link Assessment} `a`). */
export function caveatsOf(a: Assessment, result: AssessmentResult): Caveats {
  const inconsistent: InconsistentMatrix[] = [];
  const failing = (
    expert: number | null,
    solved: { categories: SolvedMatrix; indicators: readonly SolvedMatrix[] },
  ) => {
    if (!solved.categories.consistency.passes) {
      inconsistent.push({ expert, category: null, consistency: solved.categories.consistency });
    }
    solved.indicators.forEach((s, k) => {
      if (!s.consistency.passes) inconsistent.push({ expert, category: k, consistency: s.consistency });
    });
  };
  failing(null, result.weights);
  if (a.experts.length > 1) result.weights.perExpert.forEach((own, x) => failing(x, own));
  return { inconsistent, incomplete: result.problems };
}

/** An expert as messages name them: the name given, else the number. */
function expertLabel(a: Assessment, x: number): Message {
  const name = a.experts[x].name.trim();
  return name ? { zh: name, en: name } : messages.expertNumber(x + 1);
}

export const hasCaveats = (c: Caveats): boolean => c.inconsistent.length > 0 || c.incomplete.length > 0;

/** Each caveat as a sentence naming the matrices or indicators concerned: the CR failures first. */
export function caveatMessages(a: Assessment, c: Caveats): Message[] {
  const said: Message[] = [];
  const join = (items: readonly Message[], language: Language) => items.map((m) => pick(m, language)).join("；");
  const both = (items: readonly Message[], wrap: (count: number, list: string) => Message): Message => ({
    zh: wrap(items.length, join(items, "zh")).zh,
    en: wrap(items.length, items.map((m) => m.en).join("; ")).en,
  });
  if (c.inconsistent.length > 0) {
    const group = a.experts.length > 1;
    const named = c.inconsistent.map(({ expert, category, consistency }) => {
      const matrix =
        category === null ? messages.categoryMatrixName : messages.indicatorMatrixName(a.categories[category].name);
      const whose =
        expert === null
          ? group
            ? messages.groupMatrix(matrix)
            : matrix
          : messages.ownMatrix(expertLabel(a, expert), matrix);
      return messages.crExceeds(whose, consistency.cr.toFixed(4), consistency.threshold.toFixed(2));
    });
    said.push(both(named, messages.inconsistentWeights));
  }
  if (c.incomplete.length > 0) {
    const named = c.incomplete.map(({ category, indicator, message }) =>
      category !== undefined && indicator !== undefined
        ? messages.indicatorProblem(
            a.categories[category].name,
            a.categories[category].indicators[indicator].name,
            message,
          )
        : message,
    );
    said.push(both(named, messages.incompleteInputs));
  }
  return said;
}
