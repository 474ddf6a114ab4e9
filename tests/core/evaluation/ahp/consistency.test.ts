import fc from "fast-check";
import {
  RI_SOURCES,
  RI_TABLES,
  RiTableId,
  ahpResult,
  ahpWeights,
  consistency,
  consistencyOfLambda,
  crThreshold,
  parseRiTable,
} from "../../../../src/core/evaluation/ahp";
import { errorOf } from "../../../support/errors";
import { consistentMatrix, reciprocalMatrix, weightVector } from "./arbitraries";
import { RI_SHELF, SHELF_KEYS, ahpCase, matrixOf } from "./shelf";

const TABLES = Object.keys(SHELF_KEYS) as RiTableId[];

/** The all-equal matrix of size n: consistent, and fast to build at any n. */
const ones = (n: number): number[][] => Array.from({ length: n }, () => new Array<number>(n).fill(1));

describe("RI_TABLES (tests/fixtures/ahp-public.json ri_tables)", () => {
  it.each(TABLES.filter((t) => t !== "ALONSO"))("%s holds exactly the shelf's values, with its source", (id) => {
    const shelf = RI_SHELF[SHELF_KEYS[id].table];
    const table = RI_TABLES[id];
    expect(table.id).toBe(id);
    for (const [n, ri] of Object.entries(shelf.values!)) expect(table.ri(Number(n))).toBe(ri);
    expect(table.maxN).toBe(Math.max(...Object.keys(shelf.values!).map(Number)));
    expect(RI_SOURCES[id].length).toBeGreaterThan(20);
  });

  it("ALONSO is the Alonso–Lamata formula RI(n) = (1.7699n − 4.3513)/(n − 1), for any n", () => {
    expect(RI_SHELF.alonso_lamata2006.source).toContain("2.7699n-4.3513");
    // evaluation.md §2.2 column: 0.4792 (n = 3), 0.9094 (4), 1.4472 (9), 1.5855 (15)
    expect(RI_TABLES.ALONSO.ri(3)).toBeCloseTo(0.4792, 4);
    expect(RI_TABLES.ALONSO.ri(4)).toBeCloseTo(0.9094, 4);
    expect(RI_TABLES.ALONSO.ri(9)).toBeCloseTo(1.4472, 4);
    expect(RI_TABLES.ALONSO.ri(15)).toBeCloseTo(1.5855, 4);
    expect(RI_TABLES.ALONSO.ri(200)).toBeCloseTo((1.7699 * 200 - 4.3513) / 199, 12);
  });

  it("DD1991 interpolates linearly between tabulated n as ahpy does (21–24, 26–29)", () => {
    expect(RI_TABLES.DD1991.ri(22)).toBeCloseTo(1.5371 + ((1.5619 - 1.5371) * 2) / 5, 12);
    expect(RI_TABLES.DD1991.ri(27)).toBeCloseTo(1.5619 + ((1.5772 - 1.5619) * 2) / 5, 12);
  });

  it("marks the CN 1000-sample table as not verified, as the shelf does", () => {
    expect(RI_SHELF.cn_hong2002_1000sample.source).toContain("NOT verified");
    expect(RI_SOURCES.CN1000).toMatch(/not verified/i);
  });

  it("gives RI 0 for n ≤ 2 in every table (no lookup)", () => {
    for (const id of TABLES) expect([RI_TABLES[id].ri(1), RI_TABLES[id].ri(2)]).toEqual([0, 0]);
  });
});

describe("consistency", () => {
  it("names the table it used, in both languages", () => {
    const c = consistency(matrixOf(ahpCase("ahp-4x4-car-cost").matrix), "DD1991");
    expect([c.riTable, c.riTableName]).toEqual([
      "DD1991",
      { zh: "Donegan–Dodd 1991(表间线性插值)", en: "Donegan–Dodd 1991" },
    ]);
    expect(c.ri).toBe(0.8286);
  });

  it("defaults to Saaty 1980 (what Chinese mining papers and reviewers expect, evaluation.md §2.2)", () => {
    expect(consistency(matrixOf(ahpCase("ahp-3x3-bpmsg").matrix)).ri).toBe(0.58);
  });

  it("gives CI = CR = 0 for n ≤ 2 under every table", () => {
    for (const id of TABLES) {
      expect(consistency([[1]], id)).toMatchObject({ n: 1, lambdaMax: 1, ci: 0, ri: 0, cr: 0, passes: true });
      expect(
        consistency(
          [
            [1, 7],
            [1 / 7, 1],
          ],
          id,
        ),
      ).toMatchObject({ n: 2, lambdaMax: 2, ci: 0, cr: 0, passes: true });
    }
  });

  it("CR = CI/RI with CI = (λmax − n)/(n − 1), and passes iff CR ≤ the size-aware threshold (property)", () => {
    fc.assert(
      fc.property(reciprocalMatrix(3, 10), fc.constantFrom(...TABLES), (a, table) => {
        const c = consistency(a, table);
        const n = a.length;
        expect(c.ci).toBeCloseTo((c.lambdaMax - n) / (n - 1), 12);
        expect(c.cr).toBeCloseTo(c.ci / RI_TABLES[table].ri(n), 12);
        expect(c.threshold).toBe(crThreshold(n));
        expect(c.passes).toBe(c.cr <= c.threshold);
      }),
    );
  });

  it("a consistent matrix has CR 0 under every table (property)", () => {
    fc.assert(
      fc.property(weightVector(3, 15), fc.constantFrom(...TABLES), (w, table) => {
        expect(consistency(consistentMatrix(w), table).cr).toBeLessThanOrEqual(1e-9);
      }),
    );
  });

  it("refuses n beyond a table's range with #N/A naming the range and suggesting ALONSO or DD1991", () => {
    const error = errorOf(() => consistency(ones(16), "SAATY1980"));
    expect(error.kind).toBe("na");
    expect(error.zh).toBe("RI 表 Saaty 1980(国内教材常用) 只列到 n = 15，而矩阵为 16 阶：请改用 ALONSO 或 DD1991 表");
    expect(error.en).toBe(
      "the Saaty 1980 RI table only goes up to n = 15 and the matrix is 16 × 16: use the ALONSO or DD1991 table instead",
    );
    for (const id of ["SAATY2005", "CN1000"] as const) expect(errorOf(() => consistency(ones(16), id)).kind).toBe("na");
    expect(consistency(ones(16), "DD1991").cr).toBe(0);
    const dd = errorOf(() => consistency(ones(31), "DD1991"));
    expect(dd.kind).toBe("na");
    expect(dd.en).toContain("only goes up to n = 30");
    expect(dd.en).toContain("use the ALONSO table");
    expect(consistency(ones(31), "ALONSO").cr).toBe(0);
  });

  it("refuses an unknown table id passed by core callers (#VALUE!)", () => {
    expect(errorOf(() => consistency(ones(3), "SAATY" as RiTableId)).kind).toBe("value");
    expect(errorOf(() => consistencyOfLambda(3, 3.1, "X" as RiTableId)).kind).toBe("value");
  });
});

describe("crThreshold", () => {
  it("is 0.05 for n = 3, 0.08 for n = 4 and 0.10 otherwise ([recall] Saaty 1994/2000)", () => {
    expect([1, 2, 3, 4, 5, 9, 15].map(crThreshold)).toEqual([0.1, 0.1, 0.05, 0.08, 0.1, 0.1, 0.1]);
  });
});

describe("ahpResult", () => {
  it("gives the same weights and consistency as the separate calls, by every method", () => {
    fc.assert(
      fc.property(reciprocalMatrix(1, 9), fc.constantFrom("EVM", "RGMM", "AN" as const), (a, method) => {
        const r = ahpResult(a, method, "SAATY2005");
        expect(r.weights).toEqual(ahpWeights(a, method));
        expect(r.consistency.cr).toBeCloseTo(consistency(a, "SAATY2005").cr, 14);
      }),
    );
  });
});

describe("parseRiTable", () => {
  it("reads the five ids in any case, and a blank as SAATY1980", () => {
    expect(["saaty1980", "Saaty2005", " dd1991 ", "CN1000", "alonso"].map(parseRiTable)).toEqual(TABLES);
    expect(parseRiTable(null)).toBe("SAATY1980");
  });

  it("refuses anything else with #VALUE! listing the choices", () => {
    const error = errorOf(() => parseRiTable("saaty"));
    expect(error.kind).toBe("value");
    expect(error.zh).toBe("RI 表(ri_table) “saaty” 无法识别：可选 SAATY1980(默认)、SAATY2005、DD1991、CN1000、ALONSO");
    expect(error.en).toBe(
      'ri_table "saaty" is not recognised: choose SAATY1980 (default), SAATY2005, DD1991, CN1000 or ALONSO',
    );
    expect(errorOf(() => parseRiTable(1980)).kind).toBe("value");
  });
});
