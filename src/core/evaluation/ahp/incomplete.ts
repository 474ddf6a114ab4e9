/**
 * Incomplete judgement matrices by Harker (1987) (evaluation.md §2.4): put 0 in each missing cell, raise the
 * diagonal to 1 + (missing cells in the row), and take the principal eigenvector. The missing judgements are then
 * wᵢ/wⱼ, and the completed matrix has the same λmax and weights (its A·w equals Harker's matrix times w).
 * ahpy uses Bozóki–Fülöp–Rónyai (2010) instead (the completion minimising λmax); the two differ slightly
 * (c/d 0.7212 vs 0.7303 on the ahpy example), so this method is named wherever its numbers are shown.
 */
import { Range, asRange, isBlank } from "../../cells";
import { Label, fail } from "../../errors";
import { checkDiagonal, checkReciprocal, judgementValue, squareSide, toList, toRows } from "./matrix";
import { powerIteration } from "./weights";
import { AHP } from "../../parameters";
import { cellPosition, messages } from "../../messages";

/** A judgement matrix with missing judgements given as `null`, `undefined` or NaN (blank cells in a range). */
export type IncompleteMatrix = readonly (readonly (number | null | undefined)[])[];

interface FlatIncomplete {
  readonly n: number;
  /** Row by row; NaN where the judgement is missing. */
  readonly cells: Float64Array;
  /** Missing pairs (i, j), i < j, 0-based. */
  readonly missing: Array<[number, number]>;
}

function isMissing(cell: unknown): boolean {
  return isBlank(cell) || (typeof cell === "number" && Number.isNaN(cell));
}

/**
 * Every given judgement checked as in a complete matrix (positive, diagonal 1, reciprocal where both cells of a pair
 * are given); a pair given on one side only is completed with the reciprocal; a pair blank on both sides is missing.
 */
function flatIncomplete(range: Range, label: Label): FlatIncomplete {
  const n = squareSide(range, label);
  const cells = new Float64Array(n * n);
  for (let r = 0; r < n; r++) {
    for (let c = 0; c < n; c++) {
      const cell = range[r][c];
      if (isMissing(cell)) {
        if (r === c) fail("value", messages.blank(label, cellPosition(r, c), messages.diagonalHint));
        cells[r * n + c] = NaN;
        continue;
      }
      const value = judgementValue(cell, label, r, c);
      if (r === c) checkDiagonal(value, label, r);
      cells[r * n + c] = value;
    }
  }
  const missing: Array<[number, number]> = [];
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const upper = cells[i * n + j];
      const lower = cells[j * n + i];
      if (Number.isNaN(upper) && Number.isNaN(lower)) missing.push([i, j]);
      else if (Number.isNaN(upper)) cells[i * n + j] = 1 / lower;
      else if (Number.isNaN(lower)) cells[j * n + i] = 1 / upper;
      else checkReciprocal(upper, lower, label, i, j);
    }
  }
  return { n, cells, missing };
}

/** Criteria (1-based) that no chain of given judgements links to criterion 1; empty when the graph is connected. */
function cutOffFromFirst(n: number, cells: Float64Array): number[] {
  const reached = new Uint8Array(n);
  const queue = [0];
  reached[0] = 1;
  while (queue.length > 0) {
    const i = queue.pop() as number;
    for (let j = 0; j < n; j++) {
      if (!reached[j] && !Number.isNaN(cells[i * n + j])) {
        reached[j] = 1;
        queue.push(j);
      }
    }
  }
  const cut: number[] = [];
  for (let j = 0; j < n; j++) if (!reached[j]) cut.push(j + 1);
  return cut;
}

/**
 * An incomplete judgement matrix from a spreadsheet range: a pair of cells blank on both sides is a missing
 * comparison (`null`), a pair given on one side is completed with the reciprocal, the diagonal must be 1.
 */
export function readIncompleteMatrix(value: unknown, label: Label = AHP.matrix): (number | null)[][] {
  const { n, cells } = flatIncomplete(asRange(value), label);
  return toRows(cells, n).map((row) => row.map((v) => (Number.isNaN(v) ? null : v)));
}

export interface HarkerResult {
  /** The principal eigenvector of Harker's matrix, summing to 1. */
  readonly weights: number[];
  /** The judgements as given, with each missing one replaced by wᵢ/wⱼ. */
  readonly completed: number[][];
  /** λmax of Harker's matrix, which is also that of the completed matrix. */
  readonly lambdaMax: number;
  /** The missing pairs (i, j), i < j, 0-based. */
  readonly missing: Array<[number, number]>;
  readonly iterations: number;
}

/**
 * Harker's (1987) weights of a matrix with missing judgements. The comparisons must link every criterion to every
 * other, directly or through others (else `#VALUE!` naming the criteria cut off from criterion 1): otherwise their
 * relative weights are not determined by anything the user said.
 */
export function harkerCompletion(a: IncompleteMatrix, label: Label = AHP.matrix): HarkerResult {
  const { n, cells, missing } = flatIncomplete(a, label);
  const cut = cutOffFromFirst(n, cells);
  if (cut.length > 0) fail("value", messages.disconnected(label, cut));

  const harker = new Float64Array(n * n);
  const start = new Float64Array(n);
  let startSum = 0;
  for (let i = 0; i < n; i++) {
    let missingInRow = 0;
    let logs = 0;
    for (let j = 0; j < n; j++) {
      const v = cells[i * n + j];
      if (Number.isNaN(v)) {
        missingInRow++;
      } else {
        harker[i * n + j] = v;
        logs += Math.log(v);
      }
    }
    harker[i * n + i] = 1 + missingInRow;
    // Start from the geometric mean of the row's given judgements: positive, and near the answer.
    start[i] = Math.exp(logs / (n - missingInRow));
    startSum += start[i];
  }
  for (let i = 0; i < n; i++) start[i] /= startSum;

  // Harker's matrix is non-negative with a positive diagonal and, the graph being connected, irreducible: primitive,
  // so power iteration converges to its Perron vector.
  const { weights, lambdaMax, iterations } = powerIteration(harker, n, start);
  const completed = new Float64Array(cells);
  for (const [i, j] of missing) {
    completed[i * n + j] = weights[i] / weights[j];
    completed[j * n + i] = weights[j] / weights[i];
  }
  return {
    weights: toList(weights),
    completed: toRows(completed, n),
    lambdaMax,
    missing,
    iterations,
  };
}
