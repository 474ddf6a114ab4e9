/** Display formatting only (rounding for the eye); every number shown is computed in src/core. */
export const fixed = (x: number, digits = 4): string => x.toFixed(digits);

export const percent = (x: number): string => `${(x * 100).toFixed(1)}%`;

/** A fraction as a percentage with at most `digits` decimals, trailing zeros dropped: 0.935212 → "93.52%". */
export const percentUpTo = (x: number, digits = 2): string => `${Number((x * 100).toFixed(digits))}%`;

/**
 * The decimals (2 to 6) that show a pair of percentages apart: 2 unless two different values would then read
 * the same (0.900004 and 0.9 need 4: "90.0004%" and "90%").
 */
export function percentDigits(a: number | null, b: number | null): number {
  if (a === null || b === null || a === b) return 2;
  for (let digits = 2; digits < 6; digits++) if (percentUpTo(a, digits) !== percentUpTo(b, digits)) return digits;
  return 6;
}
