/**
 * Several experts (evaluation.md §2.5). AIJ aggregates their judgements cell by cell with the weighted geometric mean
 * (AHP-OS WGM-AIJ, Expert Choice): the only mean that keeps the result reciprocal. AIP aggregates their priority
 * vectors instead. With RGMM weights AIJ and geometric AIP give the same vector exactly (Barzilai & Golany 1994).
 */
import { Label, fail } from "../../errors";
import { itemPosition } from "../../quantity";
import { Consistency, RiTableId, consistencyOf } from "./consistency";
import { FlatMatrix, Matrix, flatJudgements, toRows } from "./matrix";
import { AHP, ASSESSMENT_INPUTS } from "../../parameters";
import { messages } from "../../messages";

/** Expert weights normalised to sum 1: each finite and ≥ 0, the sum positive; equal weights when omitted. */
export function normaliseExpertWeights(count: number, expertWeights?: readonly number[]): number[] {
  if (expertWeights === undefined) return Array.from({ length: count }, () => 1 / count);
  const label: Label = ASSESSMENT_INPUTS.expertWeights;
  if (expertWeights.length !== count) fail("value", messages.expertCountMismatch(label, expertWeights.length, count));
  let sum = 0;
  expertWeights.forEach((w, k) => {
    if (!Number.isFinite(w)) fail("value", messages.notFinite(label, itemPosition(k)));
    if (w < 0) fail("value", messages.negative(label, w, itemPosition(k)));
    sum += w;
  });
  if (!(sum > 0)) fail("div0", messages.zeroWeightSum(label));
  return expertWeights.map((w) => w / sum);
}

/** Every expert's matrix checked (messages name the expert), all of one size. */
function expertMatrices(matrices: readonly Matrix[]): FlatMatrix[] {
  if (matrices.length === 0) fail("value", messages.noMatrices(AHP.matrix));
  const flats = matrices.map((a, k) => flatJudgements(a, messages.expertMatrix(k + 1)));
  flats.forEach((m, k) => {
    if (m.n !== flats[0].n) fail("value", messages.expertSizeMismatch(k + 1, m.n, flats[0].n));
  });
  return flats;
}

/**
 * AIJ: the group matrix cᵢⱼ = Πₖ (aᵢⱼ⁽ᵏ⁾)^λₖ with expert weights λ (normalised; equal when omitted). Computed on the
 * upper triangle and mirrored as 1/cᵢⱼ, so the result is reciprocal to the last bit.
 */
export function aggregateJudgements(matrices: readonly Matrix[], expertWeights?: readonly number[]): number[][] {
  const flats = expertMatrices(matrices);
  const lambda = normaliseExpertWeights(flats.length, expertWeights);
  const n = flats[0].n;
  const group = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    group[i * n + i] = 1;
    for (let j = i + 1; j < n; j++) {
      let logs = 0;
      for (let k = 0; k < flats.length; k++) logs += lambda[k] * Math.log(flats[k].cells[i * n + j]);
      group[i * n + j] = Math.exp(logs);
      group[j * n + i] = 1 / group[i * n + j];
    }
  }
  return toRows(group, n);
}

/**
 * AIP: the experts' priority vectors combined item by item with the weighted geometric mean (default) or the
 * weighted arithmetic mean, then renormalised to sum 1. Priorities must be finite and ≥ 0.
 */
export function aggregatePriorities(
  priorities: readonly (readonly number[])[],
  expertWeights?: readonly number[],
  mean: "arithmetic" | "geometric" = "geometric",
): number[] {
  if (priorities.length === 0) fail("value", messages.noMatrices(ASSESSMENT_INPUTS.priorities));
  const n = priorities[0].length;
  priorities.forEach((p, k) => {
    if (p.length !== n) fail("value", messages.priorityLengthMismatch(k + 1, p.length, n));
    p.forEach((v, i) => {
      if (!Number.isFinite(v)) fail("value", messages.notFinite(ASSESSMENT_INPUTS.priorities, itemPosition(i)));
      if (v < 0) fail("value", messages.negative(ASSESSMENT_INPUTS.priorities, v, itemPosition(i)));
    });
  });
  const lambda = normaliseExpertWeights(priorities.length, expertWeights);
  const combined = Array.from({ length: n }, (_, i) => {
    let value = mean === "geometric" ? 1 : 0;
    priorities.forEach((p, k) => {
      // An expert with weight 0 takes no part (and 0⁰ never arises).
      if (lambda[k] === 0) return;
      if (mean === "geometric") value *= Math.pow(p[i], lambda[k]);
      else value += lambda[k] * p[i];
    });
    return value;
  });
  const sum = combined.reduce((s, v) => s + v, 0);
  if (!(sum > 0)) fail("div0", messages.zeroWeightSum(ASSESSMENT_INPUTS.priorities));
  return combined.map((v) => v / sum);
}

/** Each expert's consistency, to flag or filter inconsistent experts before aggregating (evaluation.md §2.5). */
export function perExpertConsistency(matrices: readonly Matrix[], riTable: RiTableId = "SAATY1980"): Consistency[] {
  return expertMatrices(matrices).map((m) => consistencyOf(m, riTable));
}
