/**
 * The committed sample workbooks are what src/tools/make-review-samples.ts writes from src/tools/review-samples.ts,
 * and their saved formula results are what a spreadsheet computes (every formula recomputed in HyperFormula, a
 * test-only dependency): the stated values are as Excel would store them.
 */
import { HyperFormula } from "hyperformula";
import { join } from "path";
import { Sample, badSample, goodSample } from "../../src/tools/review-samples";
import { readWorkbookFile } from "../../src/tools/review-xlsx";
import { sampleSheets } from "../core/review/samples";

const SAMPLES = join(__dirname, "../../assets/samples");

describe.each([
  ["review-good.xlsx", goodSample()],
  ["review-bad.xlsx", badSample()],
] as [string, Sample][])("%s", (file, sample) => {
  it("holds exactly the cells the sample script defines (regenerate with npm run review:samples)", async () => {
    const read = await readWorkbookFile(join(SAMPLES, file));
    expect(read.uncached).toEqual([]);
    const expected = sampleSheets(sample);
    expect(read.sheets.map((s) => s.name)).toEqual(expected.map((s) => s.name));
    read.sheets.forEach((s, i) => {
      const trim = (rows: readonly (readonly unknown[])[]) =>
        rows.map((r) => {
          const out = [...r];
          while (out.length > 0 && out[out.length - 1] === "") out.pop();
          return out;
        });
      expect(trim(s.grid.values)).toEqual(trim(expected[i].grid.values));
      expect(trim(s.grid.formulas)).toEqual(trim(expected[i].grid.formulas));
    });
  });

  it("saves every formula with the result a spreadsheet computes", () => {
    const hf = HyperFormula.buildFromSheets(
      Object.fromEntries(
        sample.sheets.map((s) => [
          s.name,
          s.rows.map((r) => r.map((c) => (c === null ? null : c.f !== undefined ? `=${c.f}` : c.v))),
        ]),
      ),
      { licenseKey: "gpl-v3" },
    );
    let formulas = 0;
    for (const s of sample.sheets) {
      const id = hf.getSheetId(s.name)!;
      s.rows.forEach((r, row) =>
        r.forEach((c, col) => {
          if (!c || c.f === undefined) return;
          formulas++;
          const v = hf.getCellValue({ sheet: id, row, col });
          if (typeof c.v === "number") {
            expect(typeof v).toBe("number");
            expect(Math.abs((v as number) - c.v)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(c.v)));
          } else expect(v).toBe(c.v);
        }),
      );
    }
    expect(formulas).toBeGreaterThan(60);
    hf.destroy();
  });
});
