/** fast-check generators of judgement matrices and weight vectors for the AHP property tests. */
import fc from "fast-check";
import { SCALE_VALUES } from "../../../../src/core/evaluation/ahp";

/** A random reciprocal matrix of size minN…maxN with upper judgements on the 1/9…9 scale. */
export const reciprocalMatrix = (minN: number, maxN: number): fc.Arbitrary<number[][]> =>
  fc.integer({ min: minN, max: maxN }).chain((n) =>
    fc
      .array(fc.constantFrom(...SCALE_VALUES), { minLength: (n * (n - 1)) / 2, maxLength: (n * (n - 1)) / 2 })
      .map((upper) => {
        const a = Array.from({ length: n }, () => new Array<number>(n).fill(1));
        let k = 0;
        for (let i = 0; i < n; i++) {
          for (let j = i + 1; j < n; j++) {
            a[i][j] = upper[k++];
            a[j][i] = 1 / a[i][j];
          }
        }
        return a;
      }),
  );

/** Positive weights summing to 1, of length minN…maxN, spread over a factor of up to 50. */
export const weightVector = (minN: number, maxN: number): fc.Arbitrary<number[]> =>
  fc.array(fc.double({ min: 0.02, max: 1, noNaN: true }), { minLength: minN, maxLength: maxN }).map((raw) => {
    const sum = raw.reduce((s, v) => s + v, 0);
    return raw.map((v) => v / sum);
  });

/** The perfectly consistent matrix aᵢⱼ = wᵢ/wⱼ. */
export function consistentMatrix(w: readonly number[]): number[][] {
  return w.map((wi) => w.map((wj) => wi / wj));
}

/** A random permutation of 0…n−1. */
export const permutation = (n: number): fc.Arbitrary<number[]> =>
  fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: n, maxLength: n }).map((keys) =>
    keys
      .map((k, i) => [k, i] as const)
      .sort((p, q) => p[0] - q[0] || p[1] - q[1])
      .map(([, i]) => i),
  );
