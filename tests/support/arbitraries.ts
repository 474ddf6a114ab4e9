/**
 * Numbers for properties of the engine's formulas. The engine computes with 0 and magnitudes from 1e-150 to 1e150
 * (src/core/quantity.ts: beyond them it answers #NUM!), so a drawn value below 1e-12 is drawn as 0: sums, products
 * and quotients of the drawn values then stay inside that range too, and 0 stays a case the properties meet often.
 */
import fc from "fast-check";

export const amount = (min: number, max: number): fc.Arbitrary<number> =>
  fc.double({ min, max, noNaN: true }).map((x) => (Math.abs(x) < 1e-12 ? 0 : x));
