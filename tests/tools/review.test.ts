/**
 * `npm run review` as a user runs it: the compiled CLI in a child process on the shipped samples, with its exit
 * codes (0 pass, 1 fail, 2 unreadable), every planted finding, --json, --lang en, --out (an annotated copy, the
 * input left byte-identical), and the messages for missing, damaged and wrong files.
 */
import { execFileSync, spawnSync } from "child_process";
import { createHash } from "crypto";
import ExcelJS from "exceljs";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { PLANTED } from "../../src/tools/review-samples";

const ROOT = join(__dirname, "../..");
const GOOD = join(ROOT, "assets/samples/review-good.xlsx");
const BAD = join(ROOT, "assets/samples/review-bad.xlsx");

let tmp: string;
let CLI: string;

// compiled as `npm run review` compiles it, but into a private directory: a concurrent `npm run review` rewrites
// build/review, which would swap the CLI under the tests
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), "mine-review-"));
  const build = join(tmp, "build");
  execFileSync(
    process.execPath,
    [join(ROOT, "node_modules/typescript/bin/tsc"), "-p", "src/tools/review.tsconfig.json", "--outDir", build],
    { cwd: ROOT, stdio: "pipe" },
  );
  CLI = join(build, "tools/review.js");
}, 120_000);

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

function review(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const env = { ...process.env, NODE_PATH: join(ROOT, "node_modules") };
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: "utf8", env });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const sha = (file: string): string => createHash("sha256").update(readFileSync(file)).digest("hex");

interface Json {
  tool: string;
  file: string;
  exitCode: number;
  passed: boolean;
  findings: { sheet: string; cell: string; rule: string; severity: string; stated: unknown; recomputed: unknown }[];
  checks: { rule: string; status: string }[];
  tables: { kind: string }[];
}

describe("npm run review", () => {
  it("passes the good sample: exit 0, nothing found", () => {
    const r = review(GOOD);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("发现的问题：无");
    expect(r.stdout).toContain("结论: 通过");
    expect(r.stderr).toBe("");
  });

  it("fails the bad sample: exit 1, every planted mistake at its cell", () => {
    const r = review(BAD);
    expect(r.code).toBe(1);
    for (const p of PLANTED) expect(r.stdout).toContain(`${p.sheet}!${p.cell}  [${p.rule}]`);
    expect(r.stdout).toContain("发现的问题：9 项(8 项不通过，1 项提示)");
    expect(r.stdout).toContain("填报值等于 4 个采区(矿块)的简单平均");
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
    expect(j).toMatchObject({ tool: "mine-review", exitCode: 1, passed: false });
    expect(j.findings.map((f) => `${f.sheet}!${f.cell} ${f.rule}`).sort()).toEqual(
      PLANTED.map((p) => `${p.sheet}!${p.cell} ${p.rule}`).sort(),
    );
    const weighted = j.findings.find((f) => f.rule === "recovery.weighted");
    expect(weighted?.stated).toBeCloseTo(0.837554, 6);
    expect(weighted?.recomputed).toBeCloseTo(0.834602, 6);
    const good = JSON.parse(review(GOOD, "--json").stdout) as Json;
    expect(good).toMatchObject({ exitCode: 0, passed: true, findings: [] });
    expect(good.tables).toHaveLength(6);
    expect(good.checks.length).toBeGreaterThan(30);
  });

  it("--lang en: the report in English", () => {
    const r = review(BAD, "--lang", "en");
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("Findings: 9 (8 fail, 1 warn)");
    expect(r.stdout).toContain("the stated value is the simple mean of the 4 blocks");
    expect(r.stdout).toContain("Verdict: FAIL");
    expect(review(GOOD, "--lang=en").stdout).toContain("Verdict: PASS");
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
    expect(help.stdout).toContain("退出码");
  });

  it("exits 1 for a workbook in which no table can be found: nothing checked is not a pass", async () => {
    const file = join(tmp, "empty.xlsx");
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Sheet1").getCell("A1").value = "会议纪要";
    await wb.xlsx.writeFile(file);
    const r = review(file);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("[workbook.no-table]");
  });

  it("runs through npm with the file passed on", () => {
    const r = spawnSync("npm", ["run", "--silent", "review", "--", "assets/samples/review-good.xlsx", "--lang", "en"], {
      cwd: ROOT,
      encoding: "utf8",
    });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("MINE spot-check: assets/samples/review-good.xlsx");
    expect(existsSync(join(ROOT, "build/review/tools/review.js"))).toBe(true);
  }, 120_000);
});
