/**
 * The review on workbooks its authors never saw the code of (tests/fixtures/blind-plans/): each is read through the
 * CLI's reader and must come out as the tester, reviewing by the rulebook alone, expected before the first run.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { reviewWorkbook, undecides } from "../../src/core/review/review";
import { readWorkbookFile } from "../../src/tools/review-xlsx";

const DIR = join(__dirname, "../fixtures/blind-plans");

interface Expected {
  readonly verdict: string;
  readonly fails: readonly string[];
  readonly undone: readonly string[];
  readonly tables: readonly string[];
}

const { plans } = JSON.parse(readFileSync(join(DIR, "expected.json"), "utf8")) as {
  plans: Record<string, Expected>;
};

const sorted = (values: Iterable<string>): string[] => [...new Set(values)].sort();

it.each(Object.entries(plans))("%s", async (file, expected) => {
  const read = await readWorkbookFile(join(DIR, file));
  const report = reviewWorkbook(read.sheets, { uncachedFormulas: read.uncached });
  expect({
    verdict: report.verdict,
    fails: sorted(report.findings.filter((finding) => finding.severity === "fail").map((finding) => finding.rule)),
    undone: sorted(report.checks.filter(undecides).map((check) => check.rule)),
    tables: sorted(report.tables.map((table) => table.kind)),
  }).toEqual(expected);
  expect(report.tables.filter((table) => table.missing.length > 0)).toEqual([]);
});
