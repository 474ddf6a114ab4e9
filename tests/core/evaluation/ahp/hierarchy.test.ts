import fc from "fast-check";
import { ahpWeights, consistency, synthesizeHierarchy } from "../../../../src/core/evaluation/ahp";
import { errorOf } from "../../../support/errors";
import { reciprocalMatrix } from "./arbitraries";
import { HIERARCHY_CASE, ahpCase, matrixOf, maxDiff } from "./shelf";

const h = HIERARCHY_CASE;
const LEAVES = ["Price", "Fuel", "Maintenance", "Resale", "Safety", "Style", "Cargo", "Passenger"] as const;
const input = {
  top: matrixOf(h.level1.matrix),
  children: [matrixOf(h.children.Cost.matrix), [[1]], [[1]], matrixOf(h.children.Capacity.matrix)],
};

describe(`synthesizeHierarchy: ${h.id} (${h.source.citation})`, () => {
  const result = synthesizeHierarchy(input);

  it("global weights equal computed_exact (±1e-4) and ahpy's published 3-decimal values (±0.0015)", () => {
    expect(
      maxDiff(
        result.global,
        LEAVES.map((l) => h.computed_exact.global[l]),
      ),
    ).toBeLessThanOrEqual(1e-4);
    expect(
      maxDiff(
        result.global,
        LEAVES.map((l) => h.published_ahpy_precision3.global[l]),
      ),
    ).toBeLessThanOrEqual(h.tolerance.global);
  });

  it("Cargo: local 0.1667 and global 0.0358 as ahpy's report prints them (±1e-4)", () => {
    expect(
      Math.abs(result.localWeights[3][0] - h.published_ahpy_precision3.Cargo_report.local_weight),
    ).toBeLessThanOrEqual(1e-4);
    expect(
      Math.abs(result.globalWeights[3][0] - h.published_ahpy_precision3.Cargo_report.global_weight),
    ).toBeLessThanOrEqual(1e-4);
  });

  it("gives each matrix its consistency, with the top and Cost matching cases ahp-4x4-car-criteria and ahp-4x4-car-cost", () => {
    expect(result.topConsistency).toEqual(consistency(input.top));
    expect(result.childConsistency.map((c) => c.n)).toEqual([4, 1, 1, 2]);
    expect(result.topConsistency.cr).toBeCloseTo(
      ahpCase("ahp-4x4-car-criteria").computed_exact["CR_by_RI_table(eigen_lambda)"].saaty1980,
      4,
    );
    expect(result.childConsistency[0].cr).toBeCloseTo(
      ahpCase("ahp-4x4-car-cost").computed_exact["CR_by_RI_table(eigen_lambda)"].saaty1980,
      4,
    );
  });

  it("CR⁽²⁾ = Σaⱼ·CIⱼ/Σaⱼ·RIⱼ is Cost's CR 0.0151 here (the only child with RI > 0); cumulative = 0.0738 + 0.0151", () => {
    expect(result.levelCr.value).toBeCloseTo(0.0151, 4);
    expect(result.levelCr.value).toBeCloseTo(result.childConsistency[0].cr, 14);
    expect(result.cumulativeCr.value).toBeCloseTo(0.0738 + 0.0151, 4);
    expect([result.levelCr.passes, result.cumulativeCr.passes]).toEqual([true, true]);
    expect(result.levelCr.label.zh).toContain("层次总排序一致性");
    expect(result.levelCr.label.en).toContain("Σⱼ aⱼ·CIⱼ ÷ Σⱼ aⱼ·RIⱼ");
    expect(result.cumulativeCr.label.en).toContain("CR⁽¹⁾ + CR⁽²⁾");
  });

  it("uses the weight method for local weights but the true λmax for CR", () => {
    const rgmm = synthesizeHierarchy(input, "RGMM", "DD1991");
    expect(rgmm.localWeights[0]).toEqual(ahpWeights(input.children[0], "RGMM"));
    expect(rgmm.childConsistency[0]).toEqual(consistency(input.children[0], "DD1991"));
    expect(rgmm.topConsistency.riTable).toBe("DD1991");
  });
});

describe("synthesizeHierarchy (properties)", () => {
  const hierarchy = fc
    .integer({ min: 1, max: 5 })
    .chain((n) => fc.tuple(reciprocalMatrix(n, n), fc.array(reciprocalMatrix(1, 6), { minLength: n, maxLength: n })));

  it("global weights sum to 1, each block of local weights sums to 1, and global = top × local", () => {
    fc.assert(
      fc.property(hierarchy, fc.constantFrom("EVM", "RGMM", "AN" as const), ([top, children], method) => {
        const r = synthesizeHierarchy({ top, children }, method);
        expect(Math.abs(r.global.reduce((s, v) => s + v, 0) - 1)).toBeLessThanOrEqual(1e-12);
        r.localWeights.forEach((local, j) => {
          expect(Math.abs(local.reduce((s, v) => s + v, 0) - 1)).toBeLessThanOrEqual(1e-12);
          local.forEach((w, i) => expect(r.globalWeights[j][i]).toBe(r.topWeights[j] * w));
        });
        expect(r.global).toEqual(r.globalWeights.flat());
      }),
    );
  });

  it("CR⁽²⁾ is a weighted mean of the children's CR (weights aⱼ·RIⱼ), so it lies between their least and largest", () => {
    fc.assert(
      fc.property(hierarchy, ([top, children]) => {
        const r = synthesizeHierarchy({ top, children });
        const rated = r.childConsistency.filter((c) => c.ri > 0).map((c) => c.cr);
        if (rated.length === 0) {
          expect(r.levelCr.value).toBe(0);
          return;
        }
        expect(r.levelCr.value).toBeGreaterThanOrEqual(Math.min(...rated) - 1e-12);
        expect(r.levelCr.value).toBeLessThanOrEqual(Math.max(...rated) + 1e-12);
        expect(r.cumulativeCr.value).toBeCloseTo(r.topConsistency.cr + r.levelCr.value, 14);
      }),
    );
  });
});

describe("synthesizeHierarchy errors", () => {
  it("refuses a number of child matrices other than the number of top criteria (#VALUE!)", () => {
    const error = errorOf(() => synthesizeHierarchy({ top: input.top, children: input.children.slice(0, 3) }));
    expect(error.kind).toBe("value");
    expect(error.en).toContain("the top level has 4 criteria but 3 child matrices were given");
  });

  it("names the top matrix or the child matrix with the bad cell", () => {
    const badChild = input.children.map((m) => m.map((row) => [...row]));
    badChild[3][1][0] = 0.2001;
    expect(errorOf(() => synthesizeHierarchy({ top: input.top, children: badChild })).en).toContain(
      "child matrix 4 row 2, column 1 is 0.2001 but row 1, column 2 is 0.2",
    );
    expect(errorOf(() => synthesizeHierarchy({ top: [[1, 0]], children: [] })).en).toContain(
      "top is 1 rows × 2 columns",
    );
  });
});
