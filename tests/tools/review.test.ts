/**
 * `npm run review` as a user runs it: the compiled CLI in a child process on the shipped samples and on workbooks
 * written here from them, with its exit codes (0 pass, 1 fail, 3 cannot be decided, 2 unusable input), every
 * planted finding, --json, --lang en, --out (an annotated copy, the input left byte-identical), and the messages for
 * missing, damaged and wrong files.
 */
import { spawnSync } from "child_process";
import ExcelJS from "exceljs";
import { copyFileSync, existsSync, mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { writeSample } from "../../src/tools/make-review-samples";
import { PLANTED, SHEETS, Sample, SampleCell, goodSample } from "../../src/tools/review-samples";
import { DRAFTER_PLANS } from "../fixtures/drafter-plans";
import { BAD, GOOD, ROOT, compileReviewCli, runReviewCli, sha } from "../support/reviewCli";
import { writeDrafterPlan } from "../support/drafterWorkbook";

function drafterPlan(id: string) {
  const plan = DRAFTER_PLANS.find((each) => each.id === id);
  if (!plan) throw new Error(`no drafter plan ${id}`);
  return plan;
}

let tmp: string;
let CLI: string;

// compiled as `npm run review` compiles it, but into a private directory: a concurrent `npm run review` rewrites
// build/review, which would swap the CLI under the tests
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), "mine-review-"));
  CLI = compileReviewCli(tmp);
}, 120_000);

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

const review = (...args: string[]) => runReviewCli(CLI, ...args);

interface Json {
  tool: string;
  schema: number;
  file: string;
  exitCode: number;
  verdict: string;
  passed: boolean;
  counts: { fail: number; skipped: number };
  findings: { sheet: string; cell: string; rule: string; severity: string; stated: unknown; recomputed: unknown }[];
  checks: { rule: string; status: string }[];
  tables: { kind: string }[];
}

/** The good sample with every formula of the blocks table saved without a result (as a script may write it). */
function withoutResults(sample: Sample): Sample {
  return {
    sheets: sample.sheets.map((sheet) =>
      sheet.name !== SHEETS.blocks
        ? sheet
        : { ...sheet, rows: sheet.rows.map((row) => row.map((cell) => (cell?.f ? { ...cell, v: null } : cell))) },
    ),
  };
}

/**
 * Issue 9 §1, as a drafter writes it: 保有 1000, 境界外 100 deducted from 设计利用资源量, 边帮 50 lost, so the plan
 * states 850 ÷ 900 = 94.4%; 浙自然资规〔2025〕6号 附件 六.5 deducts 压覆 only: 850 ÷ 1000 = 85.0%.
 */
function deductedOutsidePitLimit(): Sample {
  const t = (v: string): SampleCell => ({ v });
  const n = (v: number): SampleCell => ({ v });
  const fx = (f: string, v: number): SampleCell => ({ v, f });
  return {
    sheets: [
      {
        name: "设计利用",
        rows: [
          [t("表 5-2 设计利用资源量与设计可采储量计算表")],
          [
            t("资源量类型"),
            t("保有资源量(万t)"),
            t("压覆扣除(万t)"),
            t("禁采区/境界外扣除(万t)"),
            t("设计利用资源量(万t)"),
            t("边帮弃采损失(万t)"),
            t("设计损失量(万t)"),
            t("设计可采储量(万t)"),
            t("设计开采回采率"),
          ],
          [
            t("控制资源量"),
            n(1000),
            n(0),
            n(100),
            fx("B3-C3-D3", 900),
            n(50),
            fx("F3", 50),
            fx("E3-G3", 850),
            fx("H3/E3", 850 / 900),
          ],
          [
            t("合计"),
            fx("SUM(B3:B3)", 1000),
            fx("SUM(C3:C3)", 0),
            fx("SUM(D3:D3)", 100),
            fx("SUM(E3:E3)", 900),
            fx("SUM(F3:F3)", 50),
            fx("SUM(G3:G3)", 50),
            fx("SUM(H3:H3)", 850),
            fx("H4/E4", 850 / 900),
          ],
        ],
        merges: [],
        widths: [14, 12, 12, 14, 14, 12, 12, 14, 12],
      },
    ],
  };
}

describe("npm run review", () => {
  it("exits 0 for a plan whose every check is done and passes", async () => {
    const file = join(tmp, "passing.xlsx");
    await writeDrafterPlan(drafterPlan("iron-openpit-compliant"), file);
    const r = review(file);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/\(\d+ 项通过，0 项未查或未全部核对，\d+ 项无可核对\)/);
    expect(r.stdout).toMatch(/结论: 通过：\d+ 项检查通过，1 项提示/);
    expect(r.stderr).toBe("");
  });

  it("exits 3 for the good sample: nothing found, but iron's utilisation has no minimum to check it against", () => {
    const r = review(GOOD);
    expect(r.code).toBe(3);
    expect(r.stdout).toContain("发现的问题：无");
    expect(r.stdout).toContain("未查或未全部核对：\n  - sanlv.minimum");
    expect(r.stdout).toContain("结论: 无法判定(须人工核对)：没有不通过项，但 1 项检查未查或未全部核对");
    expect(r.stdout).not.toContain("结论: 通过");
    expect(r.stderr).toBe("");
  });

  it("exits 3, not 1, for formulas saved without a result: said once for the table, nothing failed from them", async () => {
    const file = join(tmp, "no-results.xlsx");
    await writeSample(withoutResults(goodSample()), file);
    const j = JSON.parse(review(file, "--json").stdout) as Json;
    expect(j.exitCode).toBe(3);
    expect(j.findings.map((f) => `${f.sheet}!${f.cell} ${f.rule}`)).toEqual([
      `${SHEETS.blocks}!D4 workbook.no-cached-result`,
    ]);
    expect(j).toMatchObject({ verdict: "undecided", passed: false, counts: { fail: 0 } });
    expect(review(file).stdout).toContain("23 个公式单元格没有保存计算结果：D4:D8、F4:H8、B8:C8、E8");
  });

  it("fails the bad sample: exit 1, every planted mistake at its cell; a failure outranks what could not be checked", () => {
    const r = review(BAD);
    expect(r.code).toBe(1);
    for (const p of PLANTED) expect(r.stdout).toContain(`${p.sheet}!${p.cell}  [${p.rule}]`);
    expect(r.stdout).toContain("发现的问题：9 项(9 项不通过，0 项提示)");
    expect(r.stdout).toContain("填报值等于 4 个采区(矿块)的简单平均");
    // issue 9 §4: it printed "34 项检查通过，0 项未查" beside the check it lists as not done
    expect(r.stdout).toContain("检查项：45 项(36 项通过，1 项未查或未全部核对，0 项无可核对)");
    expect(r.stdout).toContain("结论: 不通过：9 项不通过，0 项提示；36 项检查通过，1 项未查或未全部核对");
  });

  it("fails a plan that deducts 境界外 from 设计利用资源量 with 附件 六.5: stated 94.4%, under 六.5 85%", async () => {
    const file = join(tmp, "outside-pit-limit.xlsx");
    await writeSample(deductedOutsidePitLimit(), file);
    const j = JSON.parse(review(file, "--json").stdout) as Json;
    expect(j.exitCode).toBe(1);
    const found = j.findings.filter((f) => f.rule === "reserves.overlaid-only");
    expect(found.map((f) => `${f.sheet}!${f.cell} ${f.severity}`)).toEqual(["设计利用!I4 fail"]);
    expect(found[0].stated).toBeCloseTo(850 / 900, 12);
    expect(found[0].recomputed).toBeCloseTo(0.85, 12);
    const text = review(file).stdout;
    expect(text).toContain("设计利用!I4  [reserves.overlaid-only]");
    expect(text).toContain("填报 94.4444%，复核 85%");
    expect(text).toContain("禁采区/境界外扣除 D3 = 100 万t");
    expect(text).toContain("附件 六.5“设计利用资源量是否包括评审备案资源量(保有)除压覆资源外的全部矿体资源量”");
    expect(review(file, "--lang", "en").stdout).toContain("annex 6.5 deducts the overlaid resources only");
  });

  it("reviews the bad sample when given no file, and says so", () => {
    const r = review();
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("review-bad.xlsx");
    expect(r.stdout).toContain("[recovery.weighted]");
  });

  it("--json: one object a machine can read, with exactly the planted findings", () => {
    const bad = review(BAD, "--json");
    expect(bad.code).toBe(1);
    const j = JSON.parse(bad.stdout) as Json;
    expect(j).toMatchObject({ tool: "mine-review", schema: 2, exitCode: 1, passed: false });
    expect(j.findings.map((f) => `${f.sheet}!${f.cell} ${f.rule}`).sort()).toEqual(
      PLANTED.map((p) => `${p.sheet}!${p.cell} ${p.rule}`).sort(),
    );
    const weighted = j.findings.find((f) => f.rule === "recovery.weighted");
    expect(weighted?.stated).toBeCloseTo(0.837554, 6);
    expect(weighted?.recomputed).toBeCloseTo(0.834602, 6);
    expect(j).toMatchObject({ verdict: "fail", counts: { fail: 9, skipped: 1 } });
    const good = JSON.parse(review(GOOD, "--json").stdout) as Json;
    expect(good).toMatchObject({ exitCode: 3, verdict: "undecided", passed: false, findings: [] });
    expect(good.tables).toHaveLength(6);
    expect(good.checks.length).toBeGreaterThan(30);
  });

  it("--lang en: the report in English", () => {
    const r = review(BAD, "--lang", "en");
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("Findings: 9 (9 fail, 0 warn)");
    expect(r.stdout).toContain("the stated value is the simple mean of the 4 blocks");
    expect(r.stdout).toContain("Verdict: FAIL");
    expect(review(GOOD, "--lang=en").stdout).toContain("Verdict: CANNOT BE DECIDED (needs a manual check)");
  });

  it("--out: writes an annotated copy with the report and the opinion draft, and leaves the input byte-identical", async () => {
    const input = join(tmp, "book.xlsx");
    const out = join(tmp, "book-annotated.xlsx");
    copyFileSync(BAD, input);
    const before = sha(input);
    const r = review(input, "--out", out);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("book-annotated.xlsx");
    expect(sha(input)).toBe(before);
    expect(sha(BAD)).toBe(before);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const names = wb.worksheets.map((w) => w.name);
    expect(names).toEqual(expect.arrayContaining(["复核报告", "专家审查意见书"]));
    const flagged = wb.getWorksheet(PLANTED[0].sheet)!.getCell(PLANTED[0].cell);
    expect(flagged.note).toEqual(expect.stringContaining(PLANTED[0].rule));
    expect(flagged.fill).toMatchObject({ type: "pattern", fgColor: { argb: "FFFFC7CE" } });
    // the annotated copy reviews the same: the added sheets are recognised and skipped
    const again = JSON.parse(review(out, "--json").stdout) as Json;
    expect(again.findings.map((f) => `${f.sheet}!${f.cell} ${f.rule}`).sort()).toEqual(
      PLANTED.map((p) => `${p.sheet}!${p.cell} ${p.rule}`).sort(),
    );
  });

  it("refuses --out naming the input, and writes nothing", () => {
    const input = join(tmp, "same.xlsx");
    copyFileSync(GOOD, input);
    const before = sha(input);
    const r = review(input, "--out", input);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("不能是输入文件本身");
    expect(sha(input)).toBe(before);
    expect(review(input, `--out=${join(tmp, ".", "same.xlsx")}`).code).toBe(2);
  });

  it("exits 2 with a clear message for a missing, damaged or wrong file", () => {
    const missing = review(join(tmp, "nope.xlsx"));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("找不到文件");
    expect(missing.stdout).toBe("");
    const damaged = join(tmp, "damaged.xlsx");
    writeFileSync(damaged, "not a workbook");
    const d = review(damaged, "--lang", "en");
    expect(d.code).toBe(2);
    expect(d.stderr).toContain("cannot read as an .xlsx workbook");
    const xls = join(tmp, "old.xls");
    writeFileSync(xls, "\u00d0\u00cf\u0011\u00e0");
    expect(review(xls).stderr).toContain("另存为 .xlsx");
    const dir = review(tmp);
    expect(dir.stderr).toContain("目录");
    expect(dir.code).toBe(2);
  });

  it("exits 2 on wrong arguments, 0 on --help", () => {
    expect(review(GOOD, "--lang", "fr").code).toBe(2);
    expect(review(GOOD, "--frobnicate").stderr).toContain("unknown option");
    expect(review(GOOD, BAD).code).toBe(2);
    const help = review("--help");
    expect(help.code).toBe(0);
    for (const line of ["  0  通过", "  1  不通过", "  3  无法判定(须人工核对)", "  2  输入不可用"]) {
      expect(help.stdout).toContain(line);
    }
    expect(help.stdout).toContain("cannot be decided (needs a manual check)");
  });

  it("exits 3 for a workbook in which no table can be found: nothing checked is neither a pass nor a fail", async () => {
    const file = join(tmp, "empty.xlsx");
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Sheet1").getCell("A1").value = "会议纪要";
    await wb.xlsx.writeFile(file);
    const r = review(file);
    expect(r.code).toBe(3);
    expect(r.stdout).toContain("  - workbook.no-table  Sheet1: 在 1 张工作表中未找到任何一张表");
  });

  it("runs through npm with the file passed on", () => {
    const r = spawnSync("npm", ["run", "--silent", "review", "--", "assets/samples/review-good.xlsx", "--lang", "en"], {
      cwd: ROOT,
      encoding: "utf8",
    });
    expect(r.status).toBe(3);
    expect(r.stdout).toContain("MINE spot-check: assets/samples/review-good.xlsx");
    expect(existsSync(join(ROOT, "build/review/tools/review.js"))).toBe(true);
  }, 120_000);
});
