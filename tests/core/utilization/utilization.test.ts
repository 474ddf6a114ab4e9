import fc from "fast-check";
import { UTILIZATION } from "../../../src/core/parameters";
import {
  coMineralUtilization,
  combinedRecovery,
  mineralRoleOf,
  parseCoMineralScope,
  utilizationRate,
  utilizationRatio,
} from "../../../src/core/utilization/utilization";
import { casesFor, flat } from "../../support/fixtures";
import { errorOf, kindOf } from "../../support/errors";
import { amount } from "../../support/arbitraries";

const fraction = amount(0, 1);

describe("combinedRecovery", () => {
  it.each(casesFor("COMBINED_RECOVERY"))("$id: $source", ({ args, expected, tolerance }) => {
    expect(Math.abs(combinedRecovery(args[0] as number, args[1] as number) - expected)).toBeLessThanOrEqual(tolerance);
  });

  it("refuses a rate typed as a percent number", () => {
    expect(errorOf(() => combinedRecovery(93, 0.8)).zh).toContain("请输入 93% 或 0.93");
  });
});

describe("utilizationRate", () => {
  it.each(casesFor("UTILIZATION"))("$id: $source", ({ args, expected, tolerance }) => {
    expect(Math.abs(utilizationRate(flat(args[0]), flat(args[1])) - expected)).toBeLessThanOrEqual(tolerance);
  });

  const minerals = fc.array(fc.tuple(fraction, fraction), { minLength: 1, maxLength: 12 });

  it("of one mineral is its combined recovery, and an unused mineral lowers it (property)", () => {
    fc.assert(
      fc.property(minerals, fraction, fraction, (ms, m, p) => {
        expect(utilizationRate([m], [p])).toBeCloseTo(combinedRecovery(m, p), 12);
        const before = utilizationRate(
          ms.map((x) => x[0]),
          ms.map((x) => x[1]),
        );
        const withUnused = utilizationRate([...ms.map((x) => x[0]), 0], [...ms.map((x) => x[1]), 0]);
        expect(withUnused).toBeLessThanOrEqual(before + 1e-12);
      }),
    );
  });

  it("refuses an empty list and lists of different lengths", () => {
    expect(errorOf(() => utilizationRate([], [])).zh).toContain("未利用的矿种填 0");
    expect(kindOf(() => utilizationRate([0.9], [0.8, 0.7]))).toBe("value");
  });
});

describe("coMineralUtilization", () => {
  it.each(casesFor("COMINERAL_UTILIZATION"))("$id: $source", ({ args, expected, tolerance }) => {
    const roles = (args[2] as string[][]).flat();
    const scope = parseCoMineralScope(args[3]);
    expect(Math.abs(coMineralUtilization(flat(args[0]), flat(args[1]), roles, scope) - expected)).toBeLessThanOrEqual(
      tolerance,
    );
  });

  const role = fc.constantFrom("主矿产", "共生", "伴生");
  const minerals = fc.array(fc.tuple(fraction, fraction, role), { minLength: 1, maxLength: 12 });

  it("ignores the main mineral, and lies between its co-/by-products' combined recoveries (property)", () => {
    fc.assert(
      fc.property(minerals, fraction, fraction, (ms, m, p) => {
        const co = ms.filter((x) => x[2] !== "主矿产");
        fc.pre(co.length > 0);
        const args = [ms.map((x) => x[0]), ms.map((x) => x[1]), ms.map((x) => x[2])] as const;
        const value = coMineralUtilization(...args);
        // a main mineral, however well recovered, does not change it
        expect(coMineralUtilization([...args[0], m], [...args[1], p], [...args[2], "主矿产"])).toBeCloseTo(value, 12);
        const combined = co.map((x) => combinedRecovery(x[0], x[1]));
        expect(value).toBeGreaterThanOrEqual(Math.min(...combined) - 1e-12);
        expect(value).toBeLessThanOrEqual(Math.max(...combined) + 1e-12);
        // of co- and by-products alone it is the all-minerals mean
        expect(
          coMineralUtilization(
            co.map((x) => x[0]),
            co.map((x) => x[1]),
            co.map((x) => x[2]),
          ),
        ).toBeCloseTo(
          utilizationRate(
            co.map((x) => x[0]),
            co.map((x) => x[1]),
          ),
          12,
        );
      }),
    );
  });

  it("reads roles as plans write them", () => {
    expect(mineralRoleOf("主矿种")).toBe("main");
    expect(mineralRoleOf("共生矿产")).toBe("co");
    expect(mineralRoleOf("伴生 ")).toBe("associated");
    expect(mineralRoleOf("共伴生")).toBe("coOrAssociated");
    expect(mineralRoleOf("by-product")).toBe("associated");
    expect(mineralRoleOf("constructor")).toBeUndefined();
  });

  it("counts a mineral marked 共伴生 in the combined figure only", () => {
    expect(coMineralUtilization([0.9, 0.8], [0.9, 0.5], ["主", "共伴生"])).toBeCloseTo(0.4, 12);
    expect(errorOf(() => coMineralUtilization([0.9, 0.8], [0.9, 0.5], ["主", "共伴生"], "co")).zh).toContain(
      "须写明是共生还是伴生",
    );
  });

  it("has nothing to compute without a co- or by-product (#N/A)", () => {
    expect(kindOf(() => coMineralUtilization([0.9], [0.9], ["主矿产"]))).toBe("na");
    expect(kindOf(() => coMineralUtilization([0.9, 0.8], [0.9, 0.5], ["主", "伴生"], "co"))).toBe("na");
  });
});

describe("utilizationRatio", () => {
  const aligned = (utilized: unknown, resources: unknown) =>
    [
      { value: utilized, quantity: UTILIZATION.utilized },
      { value: resources, quantity: UTILIZATION.resources },
    ] as const;

  it.each(casesFor("UTILIZATION_RATIO"))("$id: $source", ({ args, expected, tolerance }) => {
    expect(Math.abs(utilizationRatio(...aligned(args[0], args[1])) - expected)).toBeLessThanOrEqual(tolerance);
  });

  it("is Σ utilised ÷ Σ resources, between the rows' own ratios (property)", () => {
    const rows = fc.array(fc.tuple(amount(0.01, 1000), fraction), { minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(rows, (rs) => {
        const resources = rs.map(([r]) => [r]);
        const utilized = rs.map(([r, share]) => [r * share]);
        const value = utilizationRatio(...aligned(utilized, resources));
        const total = rs.reduce((sum, [r]) => sum + r, 0);
        expect(value).toBeCloseTo(rs.reduce((sum, [r, share]) => sum + r * share, 0) / total, 12);
        expect(value).toBeGreaterThanOrEqual(Math.min(...rs.map(([, s]) => s)) - 1e-12);
        expect(value).toBeLessThanOrEqual(Math.max(...rs.map(([, s]) => s)) + 1e-12);
      }),
    );
  });

  it("refuses a row that uses more than it has, and skips rows blank in both", () => {
    expect(kindOf(() => utilizationRatio(...aligned([[11]], [[10]])))).toBe("num");
    expect(utilizationRatio(...aligned([[5], [null]], [[10], [""]]))).toBe(0.5);
  });
});
