import { MineError } from "../../src/core/errors";
import { errorText, settle, statusOf, withNotes } from "../../src/taskpane/useAction";

const engineError = () => new MineError("value", { zh: "采出量为空", en: "extracted is blank" });

describe("settle", () => {
  it("gives the text an action resolves to", async () => {
    await expect(settle(() => Promise.resolve("已写入"))).resolves.toEqual({
      kind: "done",
      text: "已写入",
      warning: false,
    });
  });

  it("keeps a warning as a warning (written, but with something to heed)", async () => {
    const said = { text: "已写入，但 CR 未通过", warning: true } as const;
    await expect(settle(() => Promise.resolve(said))).resolves.toEqual({ kind: "done", ...said });
  });

  it("gives nothing for an action that resolves to null (e.g. the user declined to overwrite)", async () => {
    await expect(settle(() => Promise.resolve(null))).resolves.toBeNull();
  });

  it("keeps the error of an action that rejects, and does not reject", async () => {
    const error = engineError();
    await expect(settle(() => Promise.reject(error))).resolves.toEqual({ kind: "failed", error, prefixed: true });
  });

  it("keeps the error of an action that throws before returning a promise (a synchronous computation)", async () => {
    const error = engineError();
    const action = (): Promise<string | null> => {
      throw error;
    };
    await expect(settle(action)).resolves.toEqual({ kind: "failed", error, prefixed: true });
  });
});

describe("statusOf", () => {
  it("shows nothing for no outcome", () => {
    expect(statusOf(null, "zh", "失败：")).toBeNull();
  });

  it("shows a success text as it is", () => {
    const done = { kind: "done", text: "已插入", warning: false } as const;
    expect(statusOf(done, "zh", "失败：")).toEqual({ intent: "success", text: "已插入" });
  });

  it("shows a warning as a warning, never as a success", () => {
    const done = { kind: "done", text: "已写入，但…", warning: true } as const;
    expect(statusOf(done, "zh", "失败：")).toEqual({ intent: "warning", text: "已写入，但…" });
  });

  it("shows an engine error in the UI language, after the tab's failed words", () => {
    const failed = { kind: "failed", error: engineError(), prefixed: true } as const;
    expect(statusOf(failed, "zh", "失败：")).toEqual({ intent: "error", text: "失败：采出量为空" });
    expect(statusOf(failed, "en", "Failed: ")).toEqual({ intent: "error", text: "Failed: extracted is blank" });
  });

  it("shows a background failure without the failed words", () => {
    const failed = { kind: "failed", error: engineError(), prefixed: false } as const;
    expect(statusOf(failed, "zh", "失败：")).toEqual({ intent: "error", text: "采出量为空" });
  });

  it("never shows bare English exception text in Chinese: anything not an engine error is an internal error", () => {
    const failed = { kind: "failed", error: new TypeError("x is undefined"), prefixed: true } as const;
    const zh = statusOf(failed, "zh", "失败：");
    expect(zh?.text.startsWith("失败：内部错误")).toBe(true);
    expect(zh?.text).toContain("x is undefined"); // the detail, for the report
    expect(statusOf(failed, "en", "Failed: ")?.text).toMatch(/^Failed: internal error: x is undefined/);
  });
});

describe("errorText", () => {
  it("words anything thrown, not only Errors", () => {
    expect(errorText("boom", "zh")).toMatch(/^内部错误/);
    expect(errorText(engineError(), "en")).toBe("extracted is blank");
  });
});

describe("withNotes", () => {
  it("leaves what was said alone when the spreadsheet wrote everything", () => {
    expect(withNotes("已插入", [])).toBe("已插入");
    const warning = { text: "已写入，但 CR 未通过", warning: true } as const;
    expect(withNotes(warning, [])).toBe(warning);
  });

  it("adds what was not written as planned, and makes it a warning", () => {
    expect(withNotes("已插入「表」。", ["未写入 2 个图表。"])).toEqual({
      text: "已插入「表」。 未写入 2 个图表。",
      warning: true,
    });
    expect(withNotes({ text: "已写入。", warning: true }, ["a", "b"])).toEqual({ text: "已写入。 a b", warning: true });
  });
});
