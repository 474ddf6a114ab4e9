/**
 * Two-level fuzzy comprehensive evaluation (多层次模糊综合评价, evaluation.md §3.5): each category k is evaluated
 * with its local indicator weights, Bₖ = Aₖ ∘ Rₖ; the Bₖ are stacked as the rows of R′ and evaluated again with the
 * category weights, B = A′ ∘ R′. Under M(·,+) this equals a one-level evaluation with the global weights
 * a′ₖ·aₖᵢ (by linearity); under the max/min operators it does not, which is why both forms are offered.
 */
import { MineError, fail } from "../../errors";
import { itemPosition } from "../../quantity";
import { checkCount, checkNonNegative } from "./checks";
import { DEFAULT_OPERATOR, FuzzyOperator, compose, composeNamed } from "./operators";
import { ASSESSMENT_INPUTS, FUZZY } from "../../parameters";
import { messages } from "../../messages";

export interface Category {
  /** Local weights of the category's indicators. */
  readonly weights: readonly number[];
  /** One membership row per indicator, one column per grade (the same grades in every category). */
  readonly membership: readonly (readonly number[])[];
}

export interface TwoLevelResult {
  /** Bₖ of each category, in order. */
  categoryResults: number[][];
  /** B = A′ ∘ [B₁; …; B_K]. */
  overall: number[];
}

/** Runs `action` for category `index` (0-based), naming the category in any message it throws. */
function inCategory<T>(index: number, action: () => T): T {
  try {
    return action();
  } catch (error) {
    if (error instanceof MineError) throw new MineError(error.kind, messages.inCategory(index + 1, error));
    throw error;
  }
}

function checkCategoryCount(categoryWeights: readonly number[], categories: readonly Category[]): void {
  checkCount(categories.length, ASSESSMENT_INPUTS.categories, 1, messages.units.items);
  if (categoryWeights.length !== categories.length) {
    fail(
      "value",
      messages.lengthMismatch(
        ASSESSMENT_INPUTS.categoryWeights,
        categoryWeights.length,
        ASSESSMENT_INPUTS.categories,
        categories.length,
      ),
    );
  }
}

/**
 * Bₖ = Aₖ ∘ Rₖ for each category, then B = A′ ∘ [B₁; …; B_K], all with the same operator. Every check of
 * {@link compose} applies at both levels (under M(·,+) each Aₖ and A′ must sum to 1); a message from a category
 * names it. Categories with different numbers of grades are `#VALUE!`.
 */
export function twoLevelEvaluation(
  categoryWeights: readonly number[],
  categories: readonly Category[],
  operator: FuzzyOperator = DEFAULT_OPERATOR,
): TwoLevelResult {
  checkCategoryCount(categoryWeights, categories);
  const categoryResults = categories.map((category, k) =>
    inCategory(k, () => compose(category.weights, category.membership, operator)),
  );
  const grades = categoryResults[0].length;
  categoryResults.forEach((bk, k) => {
    if (bk.length !== grades) fail("value", messages.categoryGrades(k + 1, bk.length, grades));
  });
  // Each Bₖ is non-zero (a positive weight meets a non-zero row) and capped at 1, so it is a valid membership row.
  const overall = composeNamed(
    categoryWeights,
    categoryResults,
    operator,
    ASSESSMENT_INPUTS.categoryWeights,
    ASSESSMENT_INPUTS.categoryResults,
  );
  return { categoryResults, overall };
}

/**
 * Global weight of each indicator, a′ₖ·aₖᵢ, category by category in order: the weights of the equivalent
 * one-level evaluation, whose membership matrix is the categories' rows stacked in the same order.
 */
export function globalWeights(categoryWeights: readonly number[], categories: readonly Category[]): number[] {
  checkCategoryCount(categoryWeights, categories);
  return categories.flatMap((category, k) => {
    const parent = checkNonNegative(categoryWeights[k], ASSESSMENT_INPUTS.categoryWeights, itemPosition(k));
    return inCategory(k, () => {
      checkCount(category.weights.length, FUZZY.weights, 1, messages.units.items);
      return category.weights.map((w, i) => parent * checkNonNegative(w, FUZZY.weights, itemPosition(i)));
    });
  });
}

/** The categories' membership rows stacked in order: the membership matrix that goes with {@link globalWeights}. */
export function stackedMembership(categories: readonly Category[]): number[][] {
  return categories.flatMap((category) => category.membership.map((row) => [...row]));
}
