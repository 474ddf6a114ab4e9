/**
 * Consistency advice (evaluation.md §2.3): which judgements to reconsider, and what CR becomes if one is revised.
 * Advice only — nothing is changed in the user's matrix; the caller shows before/after for each suggestion.
 */
import { fail } from "../../errors";
import { RiTableId, consistencyOf } from "./consistency";
import { Matrix, flatJudgements } from "./matrix";
import { snapToScale } from "./scale";
import { eigenOf } from "./weights";
import { ASSESSMENT_INPUTS } from "../../parameters";
import { messages } from "../../messages";

export interface JudgementAdvice {
  /** 0-based, row < column: a judgement of the upper triangle (its reciprocal changes with it). */
  readonly row: number;
  readonly column: number;
  /** The judgement as given. */
  readonly value: number;
  /** Saaty's εᵢⱼ = aᵢⱼ·wⱼ/wᵢ (1 when the judgement agrees with the weights). */
  readonly epsilon: number;
  /** wᵢ/wⱼ: the judgement that would agree with the current weights. */
  readonly consistentValue: number;
  /** `consistentValue` snapped to the 1–9 scale: what a user could type. */
  readonly suggestedValue: number;
  /** CR with this one judgement (and its reciprocal) replaced by `suggestedValue`, the rest unchanged. */
  readonly crAfter: number;
}

/** Judgements within this of ε = 1 agree with the weights and get no advice. */
const AGREES = 1e-9;

/**
 * The k judgements that disagree most with the EVM weights, by Saaty's (2003) rule as AHP-OS applies it: rank the
 * pairs i < j by max(εᵢⱼ, 1/εᵢⱼ), εᵢⱼ = aᵢⱼ·wⱼ/wᵢ, and propose wᵢ/wⱼ. Ties keep reading order. A consistent matrix
 * gets no advice.
 */
export function inconsistentJudgements(a: Matrix, k = 3, riTable: RiTableId = "SAATY1980"): JudgementAdvice[] {
  if (!(Number.isInteger(k) && k >= 0)) fail("value", messages.badCount(ASSESSMENT_INPUTS.count, k));
  const m = flatJudgements(a);
  const { n, cells } = m;
  const w = eigenOf(m).weights;
  const pairs: { row: number; column: number; epsilon: number; folded: number }[] = [];
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const epsilon = (cells[i * n + j] * w[j]) / w[i];
      const folded = Math.max(epsilon, 1 / epsilon);
      if (folded > 1 + AGREES) pairs.push({ row: i, column: j, epsilon, folded });
    }
  }
  // Array.prototype.sort is stable, so equal ε keep reading order.
  pairs.sort((p, q) => q.folded - p.folded);
  return pairs.slice(0, k).map(({ row, column, epsilon }) => {
    const consistentValue = w[row] / w[column];
    const suggestedValue = snapToScale(consistentValue);
    const revised = new Float64Array(cells);
    revised[row * n + column] = suggestedValue;
    revised[column * n + row] = 1 / suggestedValue;
    const crAfter = consistencyOf({ n, cells: revised }, riTable).cr;
    return { row, column, value: cells[row * n + column], epsilon, consistentValue, suggestedValue, crAfter };
  });
}

/** A judgement above 1 by more than rounding (so an aggregated 1.0000000000002 is not a preference). */
const PREFERS = 1 + 1e-9;

/**
 * Ordinal (logical) inconsistencies: every 3-cycle i ≻ j ≻ k ≻ i (aᵢⱼ > 1, aⱼₖ > 1, aₖᵢ > 1), 0-based, each cycle
 * once, starting from its smallest index. These need a judgement's direction flipped, not a nudge (解江 & 吴诗辉 2020).
 */
export function ordinalCycles(a: Matrix): Array<[number, number, number]> {
  const { n, cells } = flatJudgements(a);
  const cycles: Array<[number, number, number]> = [];
  // A set {i, j, k} holds at most one directed 3-cycle (the two directions use opposite, reciprocal judgements), and
  // starting it at its smallest index i names it once.
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      if (!(cells[i * n + j] > PREFERS)) continue;
      for (let k = i + 1; k < n; k++) {
        if (k !== j && cells[j * n + k] > PREFERS && cells[k * n + i] > PREFERS) cycles.push([i, j, k]);
      }
    }
  }
  return cycles;
}
