/**
 * The review on plan workbooks written the way drafting units write them (tests/fixtures/drafter-plans.ts): each
 * is saved as an .xlsx (tests/support/drafterWorkbook.ts), read back through the CLI's reader, and reviewed. The verdict, every failing rule, every check that could
 * fail and was left undone, and the tables found must be exactly those the plan expects, and the findings must
 * give the reason the plan names.
 */
import { mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { ReviewReport, reviewWorkbook, undecides } from "../../src/core/review/review";
import { pick } from "../../src/core/text";
import { readWorkbookFile } from "../../src/tools/review-xlsx";
import { DRAFTER_PLANS, DrafterPlan } from "../fixtures/drafter-plans";
import { writeDrafterPlan } from "../support/drafterWorkbook";

let tmp: string;
beforeAll(() => (tmp = mkdtempSync(join(tmpdir(), "mine-drafter-"))));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function reviewPlan(plan: DrafterPlan): Promise<ReviewReport> {
  const path = join(tmp, `${plan.id}.xlsx`);
  await writeDrafterPlan(plan, path);
  const read = await readWorkbookFile(path);
  return reviewWorkbook(read.sheets, { uncachedFormulas: read.uncached });
}

const sorted = (values: Iterable<string>): string[] => [...new Set(values)].sort();

it("covers gold, iron, coal, phosphate and pyrite, compliant and failing, in at least ten plans", () => {
  expect(DRAFTER_PLANS.length).toBeGreaterThanOrEqual(10);
  const minerals = new Set(DRAFTER_PLANS.map((plan) => plan.id.split("-")[0]));
  expect(sorted(minerals)).toEqual(["coal", "gold", "iron", "phosphate", "pyrite"]);
  const verdicts = new Set(DRAFTER_PLANS.map((plan) => plan.expected.verdict));
  expect(sorted(verdicts)).toEqual(["fail", "pass", "undecided"]);
});

describe.each(DRAFTER_PLANS.map((plan) => [plan.id, plan] as const))("%s", (_id, plan) => {
  let report: ReviewReport;
  beforeAll(async () => {
    report = await reviewPlan(plan);
  });

  it("finds the plan's tables", () => {
    expect(sorted(report.tables.map((table) => table.kind))).toEqual(sorted(plan.expected.tables));
    expect(report.tables.filter((table) => table.missing.length > 0)).toEqual([]);
  });

  it("fails exactly the rules the plan breaks", () => {
    const fails = report.findings.filter((finding) => finding.severity === "fail");
    expect(sorted(fails.map((finding) => finding.rule))).toEqual(sorted(plan.expected.fails));
  });

  it("leaves undone exactly the checks it cannot do", () => {
    expect(sorted(report.checks.filter(undecides).map((check) => check.rule))).toEqual(sorted(plan.expected.undone));
  });

  it("reaches the plan's verdict", () => {
    expect(report.verdict).toBe(plan.expected.verdict);
  });

  it("gives the plan's reason", () => {
    const said = [
      ...report.findings.flatMap((finding) => [pick(finding, "zh"), finding.note ? pick(finding.note, "zh") : ""]),
      ...report.checks.flatMap((check) => check.reasons.map((reason) => pick(reason, "zh"))),
    ].join("\n");
    for (const mention of plan.expected.mentions ?? []) expect(said).toContain(mention);
  });
});
