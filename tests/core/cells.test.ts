import fc from "fast-check";
import {
  asRange,
  isBlank,
  readPairs,
  readItems,
  readList,
  readNumber,
  readOptionalScalar,
  readScalar,
} from "../../src/core/cells";
import { errorOf } from "../support/errors";
import { change, checkQuantity, checkResult, grade, rate, tonnage } from "../../src/core/quantity";
import { amount } from "../support/arbitraries";

const TONNES = tonnage("动用资源储量", "consumed");
const RATE = rate("开采回采率", "rates");
const WEIGHT = tonnage("权重量", "weights");

describe("isBlank", () => {
  it("treats empty cells and empty strings as blank, but not zero or a space", () => {
    expect([null, undefined, ""].map(isBlank)).toEqual([true, true, true]);
    expect([0, " ", false].map(isBlank)).toEqual([false, false, false]);
  });
});

describe("readNumber", () => {
  it("returns admissible numbers unchanged", () => {
    expect(readNumber(12.5, TONNES)).toBe(12.5);
    expect(readNumber(0, RATE)).toBe(0);
    expect(readNumber(1, RATE)).toBe(1);
  });

  it("refuses a rate typed as a percent number and says how to type it", () => {
    const error = errorOf(() => readNumber(95, RATE));
    expect(error.kind).toBe("value");
    expect(error.zh).toContain("请输入 95% 或 0.95");
    expect(error.en).toContain("rates are fractions: type 95% or 0.95");
  });

  it("refuses blanks, text, booleans, negatives and non-finite numbers as #VALUE!", () => {
    for (const bad of [null, "", "12", "abc", true, -1, Number.NaN, Infinity]) {
      expect(errorOf(() => readNumber(bad, TONNES)).kind).toBe("value");
    }
  });

  it("shows the text of a rich value rather than [object Object]", () => {
    expect(errorOf(() => readNumber({ type: "Entity", text: "铁矿" }, TONNES)).zh).toContain("“铁矿”");
  });

  it("accepts any grade in any unit, including g/t above 1", () => {
    expect(readNumber(4.2, grade("品位", "grade"))).toBe(4.2);
  });
});

describe("the engine's range of magnitudes (src/core/quantity.ts)", () => {
  const tonnes = tonnage("吨位", "t");
  it("refuses 1e308 and 1e-320 with #NUM!, and keeps 0, 1e-150 and 1e150", () => {
    expect(errorOf(() => checkQuantity(1e308, tonnes)).kind).toBe("num");
    expect(errorOf(() => checkQuantity(1e-320, tonnes)).kind).toBe("num");
    expect([0, 1e-150, 1e150].map((x) => checkQuantity(x, tonnes))).toEqual([0, 1e-150, 1e150]);
  });

  it("refuses a signed quantity beyond computing as #NUM!, on either side, never as 'negative'", () => {
    const signed = change("增减量", "d");
    for (const v of [-1e200, 1e200]) {
      const error = errorOf(() => checkQuantity(v, signed));
      expect([error.kind, error.zh]).toEqual(["num", expect.stringContaining("超出可计算的范围")]);
    }
    expect(checkQuantity(-5, signed)).toBe(-5);
  });

  it("still says how to type a rate before anything else", () => {
    expect(errorOf(() => checkQuantity(95, rate("比率", "r"))).zh).toContain("请输入 95% 或 0.95");
  });

  it("lets a result through only when a cell can show it", () => {
    expect(checkResult(0.75)).toBe(0.75);
    expect(
      checkResult([
        [0.5, 0],
        ["优", 2],
      ]),
    ).toEqual([
      [0.5, 0],
      ["优", 2],
    ]);
    for (const bad of [NaN, Infinity, -Infinity, 1e-310]) expect(errorOf(() => checkResult(bad)).kind).toBe("num");
    expect(errorOf(() => checkResult([[0.5, NaN]])).kind).toBe("num");
  });
});

describe("readScalar and readOptionalScalar", () => {
  it("accepts a 1×1 range and refuses a larger one", () => {
    expect(readScalar([[7]], TONNES)).toBe(7);
    expect(errorOf(() => readScalar([[1, 2]], TONNES)).en).toContain("single value");
  });

  it("gives the fallback for an omitted or blank optional argument", () => {
    expect(readOptionalScalar(undefined, RATE, 1)).toBe(1);
    expect(readOptionalScalar(null, RATE, 1)).toBe(1);
    expect(readOptionalScalar([[""]], RATE, 1)).toBe(1);
    expect(readOptionalScalar(0.8, RATE, 1)).toBe(0.8);
  });
});

describe("asRange", () => {
  it("wraps scalars and flat lists", () => {
    expect(asRange(3)).toEqual([[3]]);
    expect(asRange([1, 2])).toEqual([[1, 2]]);
    expect(asRange([[1], [2]])).toEqual([[1], [2]]);
  });
});

describe("readList", () => {
  it("reads row by row and names a bad cell by row and column", () => {
    expect(
      Array.from(
        readList(
          [
            [1, 2],
            [3, 4],
          ],
          TONNES,
          false,
        ),
      ),
    ).toEqual([1, 2, 3, 4]);
    const error = errorOf(() =>
      readList(
        [
          [1, 2],
          [3, "x"],
        ],
        TONNES,
        false,
      ),
    );
    expect(error.zh).toContain("第 2 行第 2 列");
    expect(error.en).toContain("row 2, column 2");
  });

  it("names a cell of a single row by its column", () => {
    expect(errorOf(() => readList([[1, null, 3]], TONNES, false)).en).toContain("column 2");
  });

  it("skips blanks when asked", () => {
    expect(Array.from(readList([[1], [null], [""], [4]], TONNES, true))).toEqual([1, 4]);
  });
});

describe("readItems", () => {
  it("refuses an all-blank list with the hint", () => {
    const error = errorOf(() => readItems([[null], [""]], TONNES, { zh: "无则填 0", en: "type 0 if none" }));
    expect(error.zh).toContain("全部为空；无则填 0");
  });
});

describe("readPairs (forEachPair)", () => {
  const inputs = (a: unknown, b: unknown) =>
    [
      { value: a, quantity: RATE },
      { value: b, quantity: WEIGHT },
    ] as const;

  it("skips items blank in every range", () => {
    const [r, w] = readPairs(...inputs([[0.9], [null], [0.7]], [[100], [""], [300]]), "skip");
    expect(Array.from(r)).toEqual([0.9, 0.7]);
    expect(Array.from(w)).toEqual([100, 300]);
  });

  it("refuses a half-blank row, naming the row and both inputs", () => {
    const error = errorOf(() => readPairs(...inputs([[0.9], [0.7]], [[100], [null]]), "skip"));
    expect(error.zh).toContain("第 2 行");
    expect(error.en).toBe("row 2: rates has a value but weights is blank: fill in or clear the whole row");
  });

  it("refuses fully blank items with the hint when blanks are not skipped", () => {
    const hint = { zh: "未利用填 0", en: "type 0" };
    expect(errorOf(() => readPairs(...inputs([[null]], [[null]]), hint)).zh).toContain("未利用填 0");
  });

  it("refuses ranges of different sizes, and matrices of different shapes", () => {
    expect(errorOf(() => readPairs(...inputs([[0.9], [0.7]], [[1]]), "skip")).en).toContain(
      "2 cells but weights has 1",
    );
    expect(
      errorOf(() =>
        readPairs(
          ...inputs(
            [
              [0.9, 0.7],
              [0.1, 0.2],
            ],
            [[1, 2, 3, 4]],
          ),
          "skip",
        ),
      ).en,
    ).toContain("different shapes");
  });

  it("pairs a row with a column cell by cell", () => {
    const [r, w] = readPairs(...inputs([[0.9, 0.7]], [[100], [300]]), "skip");
    expect(Array.from(r)).toEqual([0.9, 0.7]);
    expect(Array.from(w)).toEqual([100, 300]);
  });

  it("never loses or reorders a filled row (property)", () => {
    const row = fc.option(fc.tuple(amount(0, 1), fc.nat(10_000)), { nil: undefined });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 50 }), (rows) => {
        const [r, w] = readPairs(
          ...inputs(
            rows.map((x) => [x ? x[0] : null]),
            rows.map((x) => [x ? x[1] : null]),
          ),
          "skip",
        );
        const filled = rows.filter((x): x is [number, number] => x !== undefined);
        expect(Array.from(r)).toEqual(filled.map((x) => x[0]));
        expect(Array.from(w)).toEqual(filled.map((x) => x[1]));
      }),
    );
  });
});
