import { printedDecimals, typedHalfUnit } from "../../../src/core/review/grid";

/** The digits after the point of String(value), as typedHalfUnit counted them by printing the number. */
function printed(value: number): number {
  const text = String(value);
  const e = text.indexOf("e");
  const mantissa = e < 0 ? text : text.slice(0, e);
  const dot = mantissa.indexOf(".");
  return (dot < 0 ? 0 : mantissa.length - dot - 1) - (e < 0 ? 0 : Number(text.slice(e + 1)));
}

describe("printedDecimals", () => {
  it("counts the digits JavaScript prints after the point, or leaves the number to be printed", () => {
    expect(printedDecimals(3385)).toBe(0);
    expect(printedDecimals(0.8235)).toBe(4);
    expect(printedDecimals(0.1 + 0.2)).toBeUndefined(); // 0.30000000000000004: 17 decimals, printed
    expect(printedDecimals(1e-7)).toBeUndefined();
    expect(printedDecimals(1e21)).toBeUndefined();
    let state = 7;
    const next = () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32;
    for (let i = 0; i < 50_000; i++) {
      const consumed = Math.round((50 + 900 * next()) * 100) / 100;
      const values = [consumed, consumed / 7, next(), next() * 10 ** Math.floor(next() * 24 - 8), 0.1 * i];
      for (const value of values) {
        const found = printedDecimals(value);
        if (found !== undefined) expect(found).toBe(printed(value));
      }
    }
  });

  it("leaves typedHalfUnit as it was", () => {
    expect(typedHalfUnit(3385.2, false)).toBe(0.05);
    expect(typedHalfUnit(-0.8235, false)).toBeCloseTo(0.00005, 15);
    expect(typedHalfUnit(0.8, true)).toBe(0.005);
    expect(typedHalfUnit(1e-7, false)).toBeCloseTo(0.5e-7, 20);
    expect(typedHalfUnit(2e21, false)).toBe(0.5);
  });
});
