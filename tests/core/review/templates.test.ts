/**
 * The drafting templates (src/core/templates/templates.ts) as the review finds them: each template, computed in a
 * spreadsheet engine (HyperFormula with the built MINE.* functions) and read back as Excel would report it, is
 * located as its own table — marker in A1, every column, blank input rows passed over, the total row read.
 */
import { reviewWorkbook } from "../../../src/core/review/review";
import { locateTables } from "../../../src/core/review/locate";
import { TABLES } from "../../../src/core/templates/columns";
import { TEMPLATE_KINDS, planTemplate, templateLayout } from "../../../src/core/templates/templates";
import { computePlan } from "../../support/hyperformula";

const options = { language: "zh" as const, version: "test", date: "2026-11-23" };

/**
 * What the review says about each template's examples on their own: the resources example lists a by-product
 * (氟) and there is no utilisation table beside it; the summary example's 综合利用率 (41%, the utilisation
 * template's example result) is below the 45% minimum for 磷 共伴生 — the template's verdict column says 不达标 too.
 */
const EXPECTED: Record<string, string[]> = {
  resources: ["C12 utilization.missing"],
  design: [],
  blocks: [],
  balance: [],
  utilization: [],
  summary: ["E14 sanlv.minimum"],
  corners: [],
};

describe.each(TEMPLATE_KINDS)("the %s template", (kind) => {
  const plan = planTemplate(kind, { ...options, sheetName: TABLES[kind].zh });
  const grid = computePlan(plan).grid;
  const layout = templateLayout(kind);

  it("is located as a template of its kind, with every column and its total row", () => {
    const tables = locateTables(grid);
    expect(tables.map((t) => t.kind)).toEqual([kind]);
    const [t] = tables;
    expect(t.template).toBe(true);
    expect(t.missing).toEqual([]);
    expect(Object.keys(t.columns).sort()).toEqual([...layout.columns].sort());
    expect(t.headerRow).toBe(layout.headerRow);
    expect(t.rows.map((r) => r.row)).toEqual(layout.exampleRows);
    expect(t.total?.row ?? null).toBe(layout.totalRow);
  });

  it("checks its example rows: every derived number agrees; only reviewer rules the examples break are flagged", () => {
    const r = reviewWorkbook([{ name: TABLES[kind].zh, grid }]);
    expect(r.findings.filter((f) => /^(derived|input|table|workbook)\./.test(f.rule))).toEqual([]);
    expect(r.findings.map((f) => `${f.cell} ${f.rule}`)).toEqual(EXPECTED[kind]);
    if (kind === "corners") {
      // the template computes the area and states none: nothing to hold it against, and the area said
      const check = r.checks.find((c) => c.rule === "licence.area");
      expect([check?.status, check?.notes[0].zh]).toEqual(["inapplicable", expect.stringContaining("0.075 km²")]);
      expect(r.facts.licences[0]).toMatchObject({ corners: 4, area: 75_000 });
    } else expect(r.counts.passed).toBeGreaterThan(0);
  });
});

describe("all the templates in one workbook", () => {
  it("agree with each other: only the summary example's deliberate shortfall (共伴生矿产综合利用率 25.5% < 45%) is flagged", () => {
    const sheets = TEMPLATE_KINDS.map((kind) => ({
      name: TABLES[kind].zh,
      grid: computePlan(planTemplate(kind, { ...options, sheetName: TABLES[kind].zh })).grid,
    }));
    const r = reviewWorkbook(sheets);
    expect(r.findings.map((f) => `${f.sheet}!${f.cell} ${f.rule}`)).toEqual([`${TABLES.summary.zh}!E14 sanlv.minimum`]);
  });
});
