/**
 * The built dist/functions.js, loaded in plain Node with only a CustomFunctions stub (no DOM): every function
 * is registered, answers the reference fixtures, and returns the documented Excel error for each bad input.
 * Run after `npm run build` (npm test builds first).
 */
import golden from "./function-ids.golden.json";
import { SANLV_CASES } from "../support/fixtures";
import { ExcelFunction, callExcel, loadFunctionsBundle } from "../support/bundle";
import { ERROR_CASES } from "../support/errorCases";

const functions = loadFunctionsBundle();
const fn = (id: string): ExcelFunction => {
  const found = functions.get(id);
  if (!found) throw new Error(`${id} is not associated by dist/functions.js`);
  return found;
};

/** Chinese first, then " | ", then English. */
const BILINGUAL = /^[^|]*[\u4e00-\u9fff][^|]* \| [^\u4e00-\u9fff]*[A-Za-z]/u;

describe("dist/functions.js", () => {
  it("associates exactly the functions of the public contract", () => {
    expect([...functions.keys()].sort()).toEqual(Object.keys(golden.functions).sort());
  });

  describe.each(SANLV_CASES)("$function: $id", (fixture) => {
    it(`returns ${fixture.expected} (${fixture.kind}: ${fixture.source.slice(0, 60)}…)`, () => {
      const result = callExcel(fn(fixture.function), fixture.args);
      expect(result.code).toBeUndefined();
      expect(Math.abs((result.value as number) - fixture.expected)).toBeLessThanOrEqual(fixture.tolerance);
    });
  });
});

describe("dist/functions.js refuses bad input", () => {
  it.each(ERROR_CASES)("%s(%j) → %s", (id, args, code, includes) => {
    const result = callExcel(fn(id), args);
    expect(result.value).toBeUndefined();
    expect(result.code).toBe(code);
    for (const part of includes) expect(result.message).toContain(part);
    expect(result.message).toMatch(BILINGUAL);
  });

  it("accepts a row of rates against a column of weights with the same number of cells", () => {
    expect(callExcel(fn("WEIGHTED_RECOVERY"), [[[0.9, 0.7]], [[100], [300]]]).value).toBeCloseTo(0.75, 12);
  });

  it("turns an unexpected engine failure into #VALUE! rather than a number", () => {
    const result = callExcel(fn("RECOVERY"), [{ not: "a number" }, 100]);
    expect(result.code).toBe("#VALUE!");
  });
});
