import { MineError } from "../../src/core/errors";
import { excelCall, toExcelError } from "../../src/functions/excel";
import { CustomFunctionsError } from "../support/custom-functions-stub";
import { messages } from "../../src/core/messages";

describe("toExcelError", () => {
  it.each([
    ["value", "#VALUE!"],
    ["num", "#NUM!"],
    ["div0", "#DIV/0!"],
    ["na", "#N/A"],
  ] as const)("maps %s to %s with the message Chinese first", (kind, code) => {
    const error = toExcelError(new MineError(kind, { zh: "中文", en: "English" })) as unknown as CustomFunctionsError;
    expect(error.code).toBe(code);
    expect(error.message).toBe("中文 | English");
  });

  it("reports anything else as an internal #VALUE!, never as a number", () => {
    const error = toExcelError(new TypeError("boom")) as unknown as CustomFunctionsError;
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toContain("内部错误：boom");
  });
});

describe("excelCall", () => {
  it("returns the computed value", () => {
    expect(excelCall(() => 0.75)).toBe(0.75);
  });

  it("rethrows engine errors as Excel errors", () => {
    let thrown: unknown;
    try {
      excelCall(() => {
        throw new MineError("div0", messages.zeroDenominator({ zh: "动用资源储量", en: "consumed" }));
      });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toMatchObject({ code: "#DIV/0!" });
  });
});
