import { importMatrix, pastedGrid, formMessage, judgementText } from "../../../../src/core/evaluation/import";
import { ahpResult } from "../../../../src/core/evaluation/ahp";
import { BPMSG, BPMSG_PASTED_FULL, BPMSG_PASTED_UPPER, selection } from "./fixtures";

const zh = (f: () => unknown): string => {
  try {
    f();
  } catch (error) {
    return (error as { zh: string }).zh;
  }
  throw new Error("did not throw");
};
const en = (f: () => unknown): string => {
  try {
    f();
  } catch (error) {
    return (error as { en: string }).en;
  }
  throw new Error("did not throw");
};

const close = (a: number[][], b: number[][]) =>
  a.forEach((row, i) => row.forEach((x, j) => expect(x).toBeCloseTo(b[i][j], 12)));

describe("a judgement matrix from a selection", () => {
  it("reads the full matrix and says so; weights as published", () => {
    const read = importMatrix(selection(BPMSG), 3);
    expect(read.form).toBe("full");
    close(read.matrix, BPMSG);
    expect(ahpResult(read.matrix, "EVM", "SAATY1980").weights.map((w) => Number(w.toFixed(3)))).toEqual([
      0.279, 0.072, 0.649,
    ]);
    expect(formMessage(read.form).zh).toContain("完整矩阵");
  });

  it("reads only the upper triangle, the lower blank, and says which", () => {
    const read = importMatrix(
      selection([
        [1, 5, "1/3"],
        ["", 1, "=1/7"],
        [null, "", 1],
      ]),
      3,
    );
    expect(read.form).toBe("upper");
    close(read.matrix, BPMSG);
    expect(formMessage(read.form).en).toContain("upper triangle");
  });

  it("takes a partly filled lower triangle as 'mixed' and checks what is there", () => {
    const read = importMatrix(
      selection([
        [1, 5, 1 / 3],
        [0.2, 1, 1 / 7],
        ["", "", 1],
      ]),
      3,
    );
    expect(read.form).toBe("mixed");
  });

  it("refuses a 3×3 selection for a 4×4 matrix, naming both sizes (never cut or padded)", () => {
    const f = () => importMatrix(selection(BPMSG), 4);
    expect(zh(f)).toBe("所选为 3×3，此判断矩阵为 4×4(可含一行一列标题，即 5×5)");
    expect(en(f)).toContain("the selection is 3×3; this judgement matrix is 4×4");
    expect(zh(() => importMatrix(selection([[1, 2, 3, 4]]), 2))).toContain("所选为 1×4");
  });

  it("names the first cell that is not a number", () => {
    const f = () =>
      importMatrix(
        selection([
          [1, 5, 3],
          [0.2, 1, "abc"],
          [1 / 3, "x", 1],
        ]),
        3,
      );
    expect(zh(f)).toBe("D3：“abc” 不是数字");
    expect(en(f)).toBe("D3: 'abc' is not a number");
  });

  it("refuses a blank judgement above the diagonal and a diagonal other than 1", () => {
    expect(
      zh(() =>
        importMatrix(
          selection([
            [1, ""],
            ["", 1],
          ]),
          2,
        ),
      ),
    ).toBe("C2：为空：上三角(对角线右上方)的每个判断都须填写");
    expect(
      zh(() =>
        importMatrix(
          selection([
            [2, 3],
            ["", 1],
          ]),
          2,
        ),
      ),
    ).toBe("B2：对角线应为 1，现为 2");
    expect(
      en(() =>
        importMatrix(
          selection([
            ["", 3],
            ["", 1],
          ]),
          2,
        ),
      ),
    ).toBe("B2: the diagonal must be 1, not blank");
  });

  it("refuses a value outside 1/9…9 and one between the scale's values", () => {
    expect(
      zh(() =>
        importMatrix(
          selection([
            [1, 12],
            ["", 1],
          ]),
          2,
        ),
      ),
    ).toBe("C2：12 超出 1/9…9 标度");
    expect(
      en(() =>
        importMatrix(
          selection([
            [1, 0.05],
            ["", 1],
          ]),
          2,
        ),
      ),
    ).toBe("C2: 0.05 is outside the 1/9…9 scale");
    expect(
      zh(() =>
        importMatrix(
          selection([
            [1, 2.5],
            ["", 1],
          ]),
          2,
        ),
      ),
    ).toContain("2.5 不是 1/9…9 标度上的值");
    // 1/3 typed into a General cell is 3 January: a date serial, said as such.
    expect(
      zh(() =>
        importMatrix(
          selection([
            [1, 46025],
            ["", 1],
          ]),
          2,
        ),
      ),
    ).toContain("可能把它当成了日期");
  });

  it("refuses a reciprocal that does not match, naming both cells and what to type", () => {
    const f = () =>
      importMatrix(
        selection([
          [1, 5, 1 / 3],
          [0.25, 1, 1 / 7],
          [3, 7, 1],
        ]),
        3,
      );
    expect(zh(f)).toBe("B3：0.25 不是 C2(5)的倒数，应为 1/5 或留空");
    expect(en(f)).toBe("B3: 0.25 is not the reciprocal of C2 (5); it should be 1/5 or blank");
  });

  it("refuses percentages in a judgement matrix", () => {
    expect(
      zh(() =>
        importMatrix(
          selection([
            [1, "50%"],
            ["", 1],
          ]),
          2,
        ),
      ),
    ).toContain("是百分数");
  });

  it("reads pasted text with labels, figures as Excel shows them, and says what it did", () => {
    const read = importMatrix(pastedGrid(BPMSG_PASTED_FULL), 3);
    expect(read.form).toBe("full");
    close(read.matrix, BPMSG);
    expect(read.notes.map((n) => n.zh)).toEqual([
      "首行与首列为标题，未作数值读取",
      "2 个判断按标度读取(如 0.333 读作 1/3，相差不超过 0.5%)",
    ]);
  });

  it("reads a pasted upper triangle with full-width fractions", () => {
    const read = importMatrix(pastedGrid(BPMSG_PASTED_UPPER), 3);
    expect(read.form).toBe("upper");
    close(read.matrix, BPMSG);
  });

  it("names pasted cells by their row and column in the text, labels counted", () => {
    const text = "\ta\tb\na\t1\tabc\nb\t\t1\n";
    expect(zh(() => importMatrix(pastedGrid(text), 2))).toBe("粘贴内容第 2 行第 3 列：“abc” 不是数字");
    expect(en(() => importMatrix(pastedGrid(text), 2))).toBe("pasted row 2, column 3: 'abc' is not a number");
  });

  it("writes judgements as a user types them", () => {
    expect(judgementText(3)).toBe("3");
    expect(judgementText(1 / 7)).toBe("1/7");
  });
});
