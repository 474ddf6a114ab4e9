/**
 * The shipped samples, reviewed in-process: the good one finds nothing, the bad one finds each planted mistake at
 * its cell and nothing else — whether merged cells read as their value everywhere (the .xlsx reader) or blank
 * outside the top-left cell (Excel).
 */
import { reviewWorkbook } from "../../../src/core/review/review";
import { PLANTED, badSample, goodSample } from "../../../src/tools/review-samples";
import { sampleSheets } from "./samples";

describe.each([false, true])("the samples (Excel's blank merged cells: %s)", (excelMerges) => {
  it("good: nothing is flagged, the rates are as planned, and the one check it cannot do leaves it undecided", () => {
    const r = reviewWorkbook(sampleSheets(goodSample(), excelMerges));
    expect(r.findings).toEqual([]);
    // 附件 六.5: usable resources deduct 压覆 only, the 禁采区/境界外 tonnage is a design loss, 推断 counts in full
    for (const rule of ["reserves.overlaid-only", "reserves.inferred-factor", "reserves.all-losses"]) {
      expect([rule, r.checks.filter((c) => c.rule === rule).map((c) => c.status)]).toEqual([rule, ["pass"]]);
    }
    expect(r.tables.map((t) => t.kind)).toEqual(["resources", "design", "blocks", "balance", "utilization", "summary"]);
    expect(r.counts.passed).toBeGreaterThan(30);
    // the one check that cannot run: no national minimum for iron's comprehensive utilisation (the sample says so)
    expect(r.checks.filter((c) => c.reasons.length > 0).map((c) => c.rule)).toEqual(["sanlv.minimum"]);
    expect([r.verdict, r.passed, r.counts.skipped]).toEqual(["undecided", false, 1]);
    expect(r.facts.rates.map((x) => [x.indicator, x.minimum, x.meets])).toEqual([
      ["RECOVERY", 0.81, true],
      ["PROCESS", 0.9, true],
      ["UTILIZATION", undefined, undefined],
    ]);
  });

  it("bad: each planted mistake is found at its cell with its rule, and nothing else", () => {
    const r = reviewWorkbook(sampleSheets(badSample(), excelMerges));
    const found = r.findings.map((f) => `${f.sheet}!${f.cell} ${f.rule}`).sort();
    expect(found).toEqual(PLANTED.map((p) => `${p.sheet}!${p.cell} ${p.rule}`).sort());
    expect(r.passed).toBe(false);
    // a failure outranks the check it could not do (iron's utilisation minimum): fail, with that check counted
    expect(r.verdict).toBe("fail");
    expect(r.counts).toMatchObject({ fail: 9, warn: 0, skipped: 1 });
  });
});

describe("PLANTED", () => {
  it("plants each typical mistake of the issue once", () => {
    expect(PLANTED.map((p) => p.rule).sort()).toEqual(
      [
        "derived.blocks.dilution",
        "recovery.weighted",
        "reserves.all-losses",
        "reserves.overlaid-only",
        "resources.not-summed",
        "sanlv.explicit",
        "sanlv.minimum",
        "utilization.missing",
        "utilization.protection",
      ].sort(),
    );
  });
});
