import fc from "fast-check";
import { readJudgementMatrix, validateJudgementMatrix, withJudgement } from "../../../../src/core/evaluation/ahp";
import { errorOf } from "../../../support/errors";
import { reciprocalMatrix } from "./arbitraries";
import { ahpCase, matrixOf } from "./shelf";

const LABEL = { zh: "判断矩阵", en: "matrix" };

describe("readJudgementMatrix", () => {
  const house = matrixOf(ahpCase("ahp-8x8-saaty-house-inconsistent").matrix);

  it("returns a valid matrix unchanged (ahp-8x8-saaty-house-inconsistent, Saaty 1990)", () => {
    expect(readJudgementMatrix(house, LABEL)).toEqual(house);
  });

  it("fills a lower triangle left blank with the reciprocals of the upper one", () => {
    const typed = house.map((row, i) => row.map((v, j) => (j < i ? (i % 2 ? null : "") : v)));
    const read = readJudgementMatrix(typed);
    read.forEach((row, i) => row.forEach((v, j) => expect(v).toBeCloseTo(house[i][j], 15)));
    expect(read[2][0]).toBe(1 / 3);
  });

  it("fills a partly blank lower triangle too, checking the lower cells that are given", () => {
    expect(
      readJudgementMatrix([
        [1, 3, 5],
        [null, 1, 2],
        [0.2, null, 1],
      ]),
    ).toEqual([
      [1, 3, 5],
      [1 / 3, 1, 2],
      [0.2, 0.5, 1],
    ]);
    expect(
      errorOf(() =>
        readJudgementMatrix([
          [1, 3, 5],
          [null, 1, 2],
          [0.3, null, 1],
        ]),
      ).en,
    ).toContain("row 3, column 1 is 0.3");
  });

  it("reads the upper triangle alone as the full matrix (property)", () => {
    fc.assert(
      fc.property(reciprocalMatrix(1, 9), (a) => {
        const upperOnly = a.map((row, i) => row.map((v, j) => (j < i ? null : v)));
        expect(readJudgementMatrix(upperOnly)).toEqual(a.map((row, i) => row.map((v, j) => (j < i ? 1 / a[j][i] : v))));
      }),
    );
  });

  it("accepts 1×1, and a scalar as a 1×1 range", () => {
    expect(readJudgementMatrix([[1]])).toEqual([[1]]);
    expect(readJudgementMatrix(1)).toEqual([[1]]);
  });

  it("refuses a range that is not square, saying its rows × columns (#VALUE!)", () => {
    const error = errorOf(() =>
      readJudgementMatrix(
        [
          [1, 2, 3],
          [0.5, 1, 2],
        ],
        LABEL,
      ),
    );
    expect(error.kind).toBe("value");
    expect(error.zh).toBe("判断矩阵(matrix) 为 2 行 × 3 列，判断矩阵须为方阵(行数 = 列数)");
    expect(error.en).toBe("matrix is 2 rows × 3 columns: a judgement matrix must be square");
    expect(errorOf(() => readJudgementMatrix([1, 2])).en).toContain("1 rows × 2 columns");
    expect(errorOf(() => readJudgementMatrix([])).kind).toBe("value");
  });

  it("refuses zero and negative judgements, naming the cell (#VALUE!)", () => {
    const zero = errorOf(() =>
      readJudgementMatrix(
        [
          [1, 2, 3],
          [0.5, 1, 0],
          [1 / 3, 2, 1],
        ],
        LABEL,
      ),
    );
    expect(zero.kind).toBe("value");
    expect(zero.zh).toBe("判断矩阵(matrix)第 2 行第 3 列 为 0，判断值须为正数(1/9 至 9 标度)");
    expect(zero.en).toBe("matrix row 2, column 3 is 0: judgements must be positive (the 1/9 to 9 scale)");
    const negative = errorOf(() =>
      readJudgementMatrix([
        [1, -3],
        [null, 1],
      ]),
    );
    expect(negative.kind).toBe("value");
    expect(negative.en).toContain("row 1, column 2 is -3");
  });

  it("refuses text and booleans, naming the cell and showing what is there (#VALUE!)", () => {
    const text = errorOf(() =>
      readJudgementMatrix(
        [
          [1, "3"],
          [null, 1],
        ],
        LABEL,
      ),
    );
    expect(text.kind).toBe("value");
    expect(text.zh).toBe("判断矩阵(matrix)第 1 行第 2 列 不是数值(“3”)，请输入数字");
    expect(text.en).toBe('matrix row 1, column 2 is not a number ("3"): type a number');
    expect(
      errorOf(() =>
        readJudgementMatrix([
          [1, 2],
          [true, 1],
        ]),
      ).en,
    ).toContain('row 2, column 1 is not a number ("TRUE")');
  });

  it("refuses 0.33 typed for 1/3 and says to type =1/3, naming the mistyped cell (#VALUE!)", () => {
    const lower = errorOf(() =>
      readJudgementMatrix(
        [
          [1, 3],
          [0.33, 1],
        ],
        LABEL,
      ),
    );
    expect(lower.kind).toBe("value");
    expect(lower.zh).toContain("判断矩阵(matrix)第 2 行第 1 列 为 0.33，与第 1 行第 2 列的 3 不互为倒数");
    expect(lower.zh).toContain("请输入 =1/3");
    expect(lower.en).toContain("matrix row 2, column 1 is 0.33 but row 1, column 2 is 3: they must be reciprocals");
    expect(lower.en).toContain("type =1/3");
    // Typed in the upper triangle, 0.33 is still the cell to fix.
    const upper = errorOf(() =>
      readJudgementMatrix([
        [1, 0.33],
        [3, 1],
      ]),
    );
    expect(upper.en).toContain("row 1, column 2 is 0.33 but row 2, column 1 is 3");
    expect(upper.en).toContain("type =1/3");
    // 1/3 typed as =1/3 and 3 as 2.9: the off-scale 2.9 is named, and 3 is what to type.
    const wrongInteger = errorOf(() =>
      readJudgementMatrix([
        [1, 1 / 3],
        [2.9, 1],
      ]),
    );
    expect(wrongInteger.en).toContain("row 2, column 1 is 2.9");
    expect(wrongInteger.en).toContain("type 3,");
  });

  it("refuses two judgements in the same direction, naming the lower one", () => {
    const error = errorOf(() =>
      readJudgementMatrix([
        [1, 3],
        [3, 1],
      ]),
    );
    expect(error.en).toContain("row 2, column 1 is 3 but row 1, column 2 is 3");
    expect(error.en).toContain("type =1/3");
  });

  it("accepts reciprocals within a relative 1e-9 and refuses them beyond", () => {
    expect(() =>
      readJudgementMatrix([
        [1, 3],
        [(1 / 3) * (1 + 5e-10), 1],
      ]),
    ).not.toThrow();
    expect(
      errorOf(() =>
        readJudgementMatrix([
          [1, 3],
          [(1 / 3) * (1 + 5e-9), 1],
        ]),
      ).kind,
    ).toBe("value");
  });

  it("refuses a diagonal other than 1, and a blank diagonal (#VALUE!)", () => {
    const two = errorOf(() =>
      readJudgementMatrix(
        [
          [1, 3],
          [null, 2],
        ],
        LABEL,
      ),
    );
    expect(two.en).toBe("matrix row 2, column 2 is 2: the diagonal must be 1 (each criterion equals itself)");
    const blank = errorOf(() =>
      readJudgementMatrix(
        [
          [null, 3],
          [null, 1],
        ],
        LABEL,
      ),
    );
    expect(blank.kind).toBe("value");
    expect(blank.en).toBe("matrix row 1, column 1 is blank: a number is needed: type 1 on the diagonal");
  });

  it("refuses a blank in the upper triangle, even with the lower cell given, saying how to fill it", () => {
    const error = errorOf(() =>
      readJudgementMatrix(
        [
          [1, null, 2],
          [0.5, 1, 3],
          [0.5, 1 / 3, 1],
        ],
        LABEL,
      ),
    );
    expect(error.kind).toBe("value");
    expect(error.zh).toContain("判断矩阵(matrix)第 1 行第 2 列 为空，需要一个数值；请填满上三角");
    expect(error.en).toContain("matrix row 1, column 2 is blank: a number is needed: fill in the upper triangle");
  });

  it("names the first bad cell in reading order", () => {
    expect(
      errorOf(() =>
        readJudgementMatrix([
          [1, 2, "x"],
          [0, 1, 1],
          [1, 1, 1],
        ]),
      ).en,
    ).toContain("row 1, column 3");
  });
});

describe("validateJudgementMatrix", () => {
  it("accepts the reference matrices", () => {
    expect(() => validateJudgementMatrix(matrixOf(ahpCase("ahp-4x4-car-cost").matrix))).not.toThrow();
  });

  it("refuses NaN, Infinity, non-square and non-reciprocal numbers, naming the cell", () => {
    expect(
      errorOf(() =>
        validateJudgementMatrix([
          [1, NaN],
          [1, 1],
        ]),
      ).en,
    ).toBe("matrix row 1, column 2 is not a finite number");
    expect(
      errorOf(() =>
        validateJudgementMatrix([
          [1, 2],
          [0.5, Infinity],
        ]),
      ).kind,
    ).toBe("value");
    expect(errorOf(() => validateJudgementMatrix([[1, 2]])).kind).toBe("value");
    expect(
      errorOf(() =>
        validateJudgementMatrix([
          [1, 2],
          [0.6, 1],
        ]),
      ).en,
    ).toContain("row 2, column 1 is 0.6");
  });
});

describe("withJudgement", () => {
  it("replaces one judgement and its reciprocal: a₃₇ = 6 → 1/2 gives case ahp-8x8-saaty-house-a37-revised", () => {
    const house = matrixOf(ahpCase("ahp-8x8-saaty-house-inconsistent").matrix);
    const revised = matrixOf(ahpCase("ahp-8x8-saaty-house-a37-revised").matrix);
    expect(withJudgement(house, 2, 6, 1 / 2)).toEqual(revised);
    expect(house[2][6]).toBe(6);
  });

  it("refuses a non-positive value and a cell outside the matrix", () => {
    expect(
      errorOf(() =>
        withJudgement(
          [
            [1, 2],
            [0.5, 1],
          ],
          0,
          1,
          0,
        ),
      ).kind,
    ).toBe("value");
    expect(
      errorOf(() =>
        withJudgement(
          [
            [1, 2],
            [0.5, 1],
          ],
          0,
          2,
          3,
        ),
      ).kind,
    ).toBe("value");
  });
});
