import {
  halfWidth,
  importList,
  importVotes,
  parsePastedText,
  pastedGrid,
  readCell,
} from "../../../../src/core/evaluation/import";
import { VOTES_TABLE, selection } from "./fixtures";

const message = (f: () => unknown, language: "zh" | "en" = "zh"): string => {
  try {
    f();
  } catch (error) {
    return (error as Record<string, string>)[language];
  }
  throw new Error("did not throw");
};

describe("pasted text as Excel copies it", () => {
  it("splits rows (CRLF or LF) and tabs, drops the one trailing newline, pads short rows", () => {
    expect(parsePastedText("1\t2\r\n3\r\n")).toEqual([
      ["1", "2"],
      ["3", ""],
    ]);
    expect(parsePastedText("a\t\tb\n\n")).toEqual([
      ["a", "", "b"],
      ["", "", ""],
    ]);
  });

  it("reads quoted cells holding tabs, newlines and doubled quotes", () => {
    expect(parsePastedText('"资源\n类"\t"say ""hi"""\n1\t2\n')).toEqual([
      ["资源\n类", 'say "hi"'],
      ["1", "2"],
    ]);
  });
});

describe("one cell as a number", () => {
  it.each([
    [3, 3],
    ["3", 3],
    ["1/3", 1 / 3],
    ["=1/7", 1 / 7],
    ["１／３", 1 / 3],
    ["０．５", 0.5],
    [" 2.5 ", 2.5],
    ["1,234.5", 1234.5],
    ["−2", -2],
  ])("%p is %p", (raw, value) => {
    const reading = readCell(raw);
    expect(reading.kind).toBe("number");
    if (reading.kind === "number") expect(reading.value).toBeCloseTo(value, 12);
  });

  it("reads percentages as fractions and says they were percentages", () => {
    expect(readCell("45%")).toMatchObject({ kind: "number", value: 0.45, percent: true });
    expect(readCell("４５％")).toMatchObject({ kind: "number", value: 0.45, percent: true });
  });

  it("leaves text, errors, booleans and 1/0 as not numbers; blanks as blank", () => {
    for (const raw of ["abc", "#DIV/0!", true, "1/0", "3 5", "1..2"]) expect(readCell(raw).kind).toBe("text");
    for (const raw of ["", null, undefined, "  ", "\u3000"]) expect(readCell(raw).kind).toBe("blank");
    expect(halfWidth("ＡＢ１２")).toBe("AB12");
  });
});

describe("a vote table", () => {
  it("reads votes with a header row and a label column, blanks as 0, and says so", () => {
    const read = importVotes(selection(VOTES_TABLE, "A1"), 3, 4);
    expect(read.votes).toEqual([
      [5, 3, 2, 0],
      [2, 5, 2, 1],
      [4, 4, 1, 1],
    ]);
    expect(read.rowLabels).toEqual(["资源储量", "开采回采率", "综合利用率"]);
    expect(read.notes.map((n) => n.zh)).toEqual(["首行为标题", "首列为标题", "1 个空单元格按 0 票读取"]);
  });

  it("reads the bare numbers too", () => {
    const bare = VOTES_TABLE.slice(1).map((row) => row.slice(1));
    expect(importVotes(selection(bare, "B2"), 3, 4).votes[2]).toEqual([4, 4, 1, 1]);
  });

  it("refuses the wrong size, naming both", () => {
    expect(message(() => importVotes(selection([[1, 2, 3]]), 3, 4))).toBe(
      "所选为 1×3，此表为 3 行 × 4 列(每个指标一行，每个等级一列；可含标题行、标题列)",
    );
  });

  it("refuses negative and fractional votes, text and percentages, at their cell", () => {
    expect(message(() => importVotes(selection([[1, -2]], "C5"), 1, 2))).toBe("D5：票数不能为负，现为 -2");
    expect(message(() => importVotes(selection([[1, 2.5]], "C5"), 1, 2), "en")).toBe(
      "D5: a vote count must be a whole number, not 2.5",
    );
    expect(message(() => importVotes(selection([["x", 2]], "C5"), 1, 2))).toBe("C5：“x” 不是数字");
    expect(message(() => importVotes(selection([["50%", 2]], "C5"), 1, 2))).toContain("是百分数");
  });

  it("with votes required, refuses a row without any", () => {
    expect(message(() => importVotes(selection([[0, ""]], "C5"), 1, 2, true))).toBe("C5：这一行没有任何票(全为空或 0)");
  });

  it("names pasted cells from the text's first row", () => {
    const text = "指标\t优\t良\na\t1\tx\n";
    expect(message(() => importVotes(pastedGrid(text), 1, 2))).toBe("粘贴内容第 2 行第 3 列：“x” 不是数字");
  });
});

describe("a list of numbers", () => {
  const measured = { percent: true, positive: false, blanks: true, breakpoints: 4 };

  it("reads a column, a row (cells named where they are) or a labelled column", () => {
    expect(importList(selection([[1], ["45%"], [""]]), 3, measured).values).toEqual([1, 0.45, null]);
    expect(importList(selection([[1, 2, 3]], "B2"), 3, measured).values).toEqual([1, 2, 3]);
    expect(message(() => importList(selection([[1, "x", 3]], "B2"), 3, measured))).toBe("C2：“x” 不是数字");
    const labelled = importList(selection([["实测值"], [0.9], [0.8]], "D1"), 2, measured);
    expect(labelled.values).toEqual([0.9, 0.8]);
    expect(labelled.notes.map((n) => n.en)).toEqual(["the first row is a header"]);
  });

  it("reads measured values with each grade's breakpoint", () => {
    const read = importList(
      selection([
        [0.85, 0.9, 0.8, 0.7, 0.6],
        [0.03, 0.02, 0.05, 0.1, 0.333],
      ]),
      2,
      measured,
    );
    expect(read.values).toEqual([0.85, 0.03]);
    expect(read.breakpoints).toEqual([
      [0.9, 0.8, 0.7, 0.6],
      [0.02, 0.05, 0.1, 0.333],
    ]);
  });

  it("refuses the wrong length, naming both sizes", () => {
    expect(message(() => importList(selection([[1], [2]]), 3, measured))).toBe(
      "所选为 2×1，此处需要 3 个数(一行或一列，或 5 列：实测值与各等级断点)",
    );
  });

  it("weights: positive, no blanks, percentages allowed", () => {
    const weights = { percent: true, positive: true, blanks: false };
    expect(importList(selection([["50%", "30%", "20%"]]), 3, weights).values).toEqual([0.5, 0.3, 0.2]);
    expect(message(() => importList(selection([[1], [0]], "A1"), 2, weights))).toBe("A2：应为正数，现为 0");
    expect(message(() => importList(selection([[1], [""]], "A1"), 2, weights))).toBe("A2：为空");
  });
});
