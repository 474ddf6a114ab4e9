/** Display formatting only (rounding for the eye); every number shown is computed in src/core. */
export const fixed = (x: number, digits = 4): string => x.toFixed(digits);

export const percent = (x: number): string => `${(x * 100).toFixed(1)}%`;
