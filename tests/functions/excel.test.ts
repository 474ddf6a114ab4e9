import { MineError } from "../../src/core/errors";
import { FUNCTIONS } from "../../src/functions/catalogue";
import { excelRun } from "../../src/functions/excel";
import { CustomFunctionsError } from "../support/custom-functions-stub";

/** What `run` throws (it must throw). */
function thrownBy(run: () => unknown): CustomFunctionsError {
  try {
    run();
  } catch (error) {
    return error as CustomFunctionsError;
  }
  throw new Error("returned instead of throwing");
}

/** What excelRun throws when the computation throws `thrown`. */
const errorOf = (thrown: unknown) =>
  thrownBy(() =>
    excelRun(FUNCTIONS.RECOVERY, [90, 100], () => {
      throw thrown;
    }),
  );

describe("excelRun", () => {
  it("reads each argument through its declaration and returns the computed value", () => {
    expect(excelRun(FUNCTIONS.RECOVERY, [90, 100], (extracted, consumed) => extracted / consumed)).toBe(0.9);
  });

  it.each([
    ["value", "#VALUE!"],
    ["num", "#NUM!"],
    ["div0", "#DIV/0!"],
    ["na", "#N/A"],
  ] as const)("maps an engine error of kind %s to %s with the message Chinese first", (kind, code) => {
    const error = errorOf(new MineError(kind, { zh: "中文", en: "English" }));
    expect(error.code).toBe(code);
    expect(error.message).toBe("中文 | English");
  });

  it("reports anything else as an internal #VALUE!, never as a number", () => {
    const error = errorOf(new TypeError("boom"));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toContain("内部错误：boom");
  });

  it("refuses an argument its declaration refuses, before computing", () => {
    const compute = jest.fn(() => 1);
    expect(thrownBy(() => excelRun(FUNCTIONS.RECOVERY, ["", 100], compute)).code).toBe("#VALUE!");
    expect(compute).not.toHaveBeenCalled();
  });

  it("refuses a result a cell cannot show as #NUM!", () => {
    expect(thrownBy(() => excelRun(FUNCTIONS.RECOVERY, [90, 100], () => Infinity)).code).toBe("#NUM!");
  });
});
