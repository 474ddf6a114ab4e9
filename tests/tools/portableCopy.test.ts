/**
 * `npm run portable`: a workbook with =MINE.* formulas (as the add-in writes them, or as Excel saves them:
 * `_xldudf_MINE_…`) copied with native formulas and the engine's values; the original untouched. The copies of every
 * live template are recalculated in LibreOffice and must show the engine's values.
 */
import ExcelJS from "exceljs";
import { createHash } from "crypto";
import { linkSync, mkdtempSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { TEMPLATE_KINDS, planTemplate } from "../../src/core/templates/templates";
import { CellError, evaluatePlan } from "../../src/core/workbook/evaluate";
import { mineFunctions } from "../../src/tools/engine";
import { convertWorkbook, main } from "../../src/tools/portable-copy";
import { readWorkbookFile } from "../../src/tools/review-xlsx";
import { writeSheetFile } from "../../src/tools/sheet";
import { recalculateInLibreOffice, sofficeForTests } from "../support/libreoffice";

let dir: string;
beforeAll(() => (dir = mkdtempSync(join(tmpdir(), "mine-portable-copy-"))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const hash = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");
const OPTIONS = { sheetName: "x", language: "zh" as const, version: "test", date: "2026-12-05" };

/** Runs the command as `npm run portable -- …` from `dir`, capturing what it prints. */
async function run(...argv: string[]) {
  const out: string[] = [];
  const log = jest.spyOn(console, "log").mockImplementation((line: string) => void out.push(line));
  const error = jest.spyOn(console, "error").mockImplementation((line: string) => void out.push(line));
  const cwd = process.env.INIT_CWD;
  process.env.INIT_CWD = dir;
  try {
    const code = await main(argv);
    return { code, text: out.join("\n") };
  } finally {
    process.env.INIT_CWD = cwd;
    log.mockRestore();
    error.mockRestore();
  }
}

describe("a live template converted", () => {
  it.each(TEMPLATE_KINDS)("%s: every MINE formula native or a value, each with the engine's value", async (kind) => {
    const live = join(dir, `${kind}.xlsx`);
    await writeSheetFile(kind, "zh", live);
    const before = hash(live);
    const { code, text } = await run(`${kind}.xlsx`);
    expect({ code, text }).toMatchObject({ code: 0 });
    expect(hash(live)).toBe(before);
    const copy = join(dir, `${kind}.portable.xlsx`);
    const { sheets, uncached } = await readWorkbookFile(copy);
    expect(uncached).toEqual([]);
    const engine = evaluatePlan(planTemplate(kind, OPTIONS), { functions: await mineFunctions() });
    const grid = sheets[0].grid;
    for (const [address, expected] of engine) {
      const match = /^([A-Z]+)(\d+)$/.exec(address) as RegExpExecArray;
      const value = grid.values[Number(match[2]) - 1]?.[match[1].charCodeAt(0) - 65] ?? "";
      const formula = grid.formulas[Number(match[2]) - 1]?.[match[1].charCodeAt(0) - 65] as string | number | undefined;
      expect(String(formula ?? "")).not.toMatch(/MINE|_xldudf/);
      if (typeof expected === "number") expect(value).toBeCloseTo(expected, 9);
      else if (expected instanceof CellError) expect(value).toBe(expected.code);
      else expect(value).toBe(expected ?? "");
    }
    // only the lookups in the national tables have no native form
    const asValues = /写为数值 \/ as values: (.*?)(；|$)/m.exec(text)?.[1].split(" ") ?? [];
    expect(asValues.length > 0).toBe(kind === "summary");
  });

  const soffice = sofficeForTests();
  (soffice ? it : it.skip)(
    "recalculates in LibreOffice to the engine's values",
    async () => {
      // copies of its own, so that this test stands alone
      const own = mkdtempSync(join(dir, "lo-"));
      const copies: string[] = [];
      for (const kind of TEMPLATE_KINDS) {
        const workbook = new ExcelJS.Workbook();
        await writeSheetFile(kind, "zh", join(own, `${kind}.xlsx`));
        await workbook.xlsx.readFile(join(own, `${kind}.xlsx`));
        await convertWorkbook(workbook);
        copies.push(join(own, `${kind}.portable.xlsx`));
        await workbook.xlsx.writeFile(copies[copies.length - 1]);
      }
      const out = await recalculateInLibreOffice(soffice as string, copies, own);
      const functions = await mineFunctions();
      for (const kind of TEMPLATE_KINDS) {
        const { sheets } = await readWorkbookFile(join(out, `${kind}.portable.xlsx`));
        const engine = evaluatePlan(planTemplate(kind, OPTIONS), { functions });
        for (const [address, expected] of engine) {
          const match = /^([A-Z]+)(\d+)$/.exec(address) as RegExpExecArray;
          const value = sheets[0].grid.values[Number(match[2]) - 1]?.[match[1].charCodeAt(0) - 65] ?? "";
          if (typeof expected === "number")
            expect({ kind, address, value }).toEqual({ kind, address, value: expect.closeTo(expected, 9) as unknown });
          else
            expect({ kind, address, value }).toEqual({
              kind,
              address,
              value: expected instanceof CellError ? expected.code : (expected ?? ""),
            });
        }
      }
    },
    120_000,
  );
});

describe("a workbook as Excel saves custom functions", () => {
  it("converts _xldudf_MINE_… formulas, keeps the values Excel computed, and notes what stays a value", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("回采率");
    sheet.getCell("B2").value = 80;
    sheet.getCell("C2").value = 100;
    sheet.getCell("D2").value = { formula: "_xldudf_MINE_RECOVERY(B2,C2)", result: 0.8 };
    sheet.getCell("D3").value = { formula: '_xldudf_MINE_MIN_RATE("铁","开采回采率","露天")', result: 0.95 };
    sheet.getCell("D4").value = { formula: "SUM(B2:C2)", result: 180 };
    const converted = await convertWorkbook(workbook);
    expect(converted).toEqual([
      {
        sheet: "回采率",
        native: ["D2"],
        values: [{ cell: "D3", formula: expect.stringContaining("MIN_RATE") as unknown }],
        unvalued: [],
      },
    ]);
    expect(sheet.getCell("D2").formula).toContain("B2/C2");
    expect((sheet.getCell("D2").value as { result: number }).result).toBe(0.8);
    expect(sheet.getCell("D3").value).toBe(0.95);
    expect(sheet.getCell("D3").note as unknown as string).toContain("MIN_RATE");
    expect(sheet.getCell("D4").formula).toBe("SUM(B2:C2)");
  });
});

describe("the command", () => {
  it("never writes over the input, under another name either, and never over a file without --force", async () => {
    await writeSheetFile("blocks", "zh", join(dir, "in.xlsx"));
    linkSync(join(dir, "in.xlsx"), join(dir, "link.xlsx"));
    const before = hash(join(dir, "in.xlsx"));
    expect((await run("in.xlsx", "--out", "in.xlsx")).code).toBe(2);
    expect((await run("in.xlsx", "--out", "link.xlsx", "--force")).code).toBe(2);
    expect(hash(join(dir, "in.xlsx"))).toBe(before);
    expect((await run("in.xlsx")).code).toBe(0);
    const again = await run("in.xlsx");
    expect(again.code).toBe(2);
    expect(again.text).toContain("--force");
  });

  it("says it cannot read what is not a workbook", async () => {
    const { code, text } = await run("nothing-here.xlsx");
    expect(code).toBe(2);
    expect(text).toContain("无法读取");
  });
});
