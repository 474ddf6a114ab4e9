/**
 * Fuzzy composition B = A ∘ R (模糊合成) with the five operators of evaluation.md §3.2, and B normalisation.
 *
 * bⱼ = ⊕ᵢ (aᵢ ⊗ rᵢⱼ), where ⊗ is min (∧) or product (·) and ⊕ is max (∨), sum (+) or bounded sum min(1, Σ).
 * M(·,+) is the default (SPSSAU recommends it: it uses every factor); it requires Σ A = 1 because B is then a
 * weighted average, and we never renormalise weights behind the user's back. The other operators take any fuzzy
 * weight vector (each aᵢ in [0, 1]); their B need not sum to 1, so normalise it before a verdict.
 */
import { Label, Message, fail } from "../../errors";
import { isBlank, entryFor } from "../../cells";
import { checkFuzzyWeights, checkMembership, checkNonNegativeVector, checkSumsToOne } from "./checks";
import { FUZZY } from "../../parameters";
import { messages } from "../../messages";

export type FuzzyOperator = "M(·,+)" | "M(∧,∨)" | "M(·,∨)" | "M(∧,⊕)" | "M(·,⊕)";

/** The operators in the order evaluation.md lists them, default first. */
export const FUZZY_OPERATORS: readonly FuzzyOperator[] = ["M(·,+)", "M(∧,∨)", "M(·,∨)", "M(∧,⊕)", "M(·,⊕)"];

/**
 * Names of each operator. The first four Chinese names are the textbook / SPSSAU ones (evaluation.md §3.2);
 * 乘积上界和型 for M(·,⊕) is descriptive, by analogy with 取小上界和型: no source we read names it.
 */
export const OPERATOR_INFO: Record<FuzzyOperator, { zh: string; en: string; ascii: string }> = {
  "M(·,+)": { zh: "加权平均型", en: "weighted average", ascii: "WEIGHTED" },
  "M(∧,∨)": { zh: "主因素决定型", en: "main factor decides", ascii: "MINMAX" },
  "M(·,∨)": { zh: "主因素突出型", en: "main factor stands out", ascii: "PRODMAX" },
  "M(∧,⊕)": { zh: "取小上界和型", en: "min with bounded sum", ascii: "MINSUM" },
  "M(·,⊕)": { zh: "乘积上界和型", en: "product with bounded sum", ascii: "PRODSUM" },
};

export const DEFAULT_OPERATOR: FuzzyOperator = "M(·,+)";

type Product = "min" | "prod";
type Sum = "max" | "sum" | "bsum";

// Spellings of each half of M(⊗,⊕) after removing spaces and upper-casing. `+` with min means the bounded sum:
// SPSSAU writes M(∧,⊕) as M(∧,+), and no unbounded min-sum operator is in use.
const PRODUCTS: Record<string, Product> = {
  "∧": "min",
  "^": "min",
  MIN: "min",
  "·": "prod",
  "・": "prod",
  "•": "prod",
  "⋅": "prod",
  "∙": "prod",
  ".": "prod",
  "*": "prod",
  "×": "prod",
  X: "prod",
  PROD: "prod",
};
const SUMS: Record<string, Sum> = {
  "∨": "max",
  V: "max",
  MAX: "max",
  "+": "sum",
  SUM: "sum",
  "⊕": "bsum",
  "(+)": "bsum",
  "O+": "bsum",
};

function fromParts(product: Product, sum: Sum): FuzzyOperator {
  if (product === "min") return sum === "max" ? "M(∧,∨)" : "M(∧,⊕)";
  return sum === "max" ? "M(·,∨)" : sum === "sum" ? "M(·,+)" : "M(·,⊕)";
}

function choices(): Message {
  return messages.operatorChoices(
    FUZZY_OPERATORS.map((op) => ({ symbol: op, ...OPERATOR_INFO[op] })),
    DEFAULT_OPERATOR,
  );
}

/**
 * An operator as typed in a cell: the symbols as written (M(·,+) …), the ASCII aliases WEIGHTED, MINMAX, PRODMAX,
 * MINSUM, PRODSUM, ASCII spellings such as M(*,+), M(^,v), M(^,(+)), the Chinese names (加权平均型 …), any case,
 * full-width brackets and spaces allowed. Omitted or blank gives M(·,+); anything else is `#VALUE!` listing them.
 */
export function parseOperator(text: unknown): FuzzyOperator {
  if (isBlank(text)) return DEFAULT_OPERATOR;
  if (typeof text !== "string") return fail("value", messages.unknownChoice(FUZZY.operator, String(text), choices()));
  const key = text.replace(/\s+/g, "").replace(/（/g, "(").replace(/）/g, ")").replace(/，/g, ",").toUpperCase();
  if (key === "") return DEFAULT_OPERATOR;
  for (const op of FUZZY_OPERATORS) {
    const info = OPERATOR_INFO[op];
    if (key === op || key === info.ascii || key === info.zh) return op;
  }
  const parts = /^M\((.+),(.+)\)$/.exec(key);
  const product = parts ? entryFor(PRODUCTS, parts[1]) : undefined;
  const sum = parts ? entryFor(SUMS, parts[2]) : undefined;
  if (product && sum) return fromParts(product, sum);
  return fail("value", messages.unknownChoice(FUZZY.operator, text.trim(), choices()));
}

/**
 * B = A ∘ R. `weights` has one aᵢ per factor (row of `membership`), `membership` one column per grade.
 * Refused (`#VALUE!`): a weight outside [0, 1] or all weights zero; Σ A ≠ 1 beyond 1e-9 under M(·,+); a row count
 * different from the number of weights; ragged rows; a membership outside [0, 1]; an all-zero row.
 */
export function compose(
  weights: readonly number[],
  membership: readonly (readonly number[])[],
  operator: FuzzyOperator = DEFAULT_OPERATOR,
): number[] {
  return composeNamed(weights, membership, operator, FUZZY.weights, FUZZY.membership);
}

/** {@link compose} with the inputs named as the caller's user knows them (the second level of a two-level FCE). */
export function composeNamed(
  weights: readonly number[],
  membership: readonly (readonly number[])[],
  operator: FuzzyOperator,
  weightsLabel: Label,
  membershipLabel: Label,
): number[] {
  if (!FUZZY_OPERATORS.includes(operator))
    fail("value", messages.unknownChoice(FUZZY.operator, String(operator), choices()));
  const sum = checkFuzzyWeights(weights, weightsLabel);
  if (operator === "M(·,+)") checkSumsToOne(sum, weightsLabel);
  if (membership.length !== weights.length) {
    fail("value", messages.rowCount(weightsLabel, weights.length, membershipLabel, membership.length));
  }
  const grades = checkMembership(membership, membershipLabel);

  const b = new Array<number>(grades).fill(0);
  for (let i = 0; i < weights.length; i++) {
    const a = weights[i];
    const row = membership[i];
    for (let j = 0; j < grades; j++) {
      const r = row[j];
      switch (operator) {
        case "M(·,+)":
        case "M(·,⊕)":
          b[j] += a * r;
          break;
        case "M(∧,⊕)":
          b[j] += Math.min(a, r);
          break;
        case "M(∧,∨)":
          b[j] = Math.max(b[j], Math.min(a, r));
          break;
        case "M(·,∨)":
          b[j] = Math.max(b[j], a * r);
          break;
      }
    }
  }
  // Bounded sums cap at 1 by definition; under M(·,+) the cap only removes the 1e-9 that Σ A may exceed 1 by,
  // so B stays a fuzzy vector that a second level can take as a membership row.
  return b.map((v) => Math.min(1, v));
}

/** B / Σ B, so that results of every operator read as shares of 1. Σ B = 0 is `#DIV/0!`. */
export function normalise(b: readonly number[]): number[] {
  const sum = checkNonNegativeVector(b, FUZZY.b);
  if (sum === 0) fail("div0", messages.zeroSum(FUZZY.b));
  return b.map((v) => v / sum);
}
