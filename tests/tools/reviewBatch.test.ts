/**
 * `npm run review -- folder/` (issue 10 §3): the compiled CLI in a child process, its worker threads included, on
 * folders of the shipped samples, drafter plans and a broken file: one summary row per plan with its verdict,
 * failing rules, undone checks and counts (a broken file's row says why, and the batch goes on), one progress line
 * per file on stderr, the batch's exit code, --json (each plan the single file's schema-2 object), and a summary
 * that never replaces an existing file without --force nor ever an input. The same batch also runs in this thread
 * through run() (the TypeScript sources, with no compiled worker beside them).
 */
import ExcelJS from "exceljs";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { PLANTED } from "../../src/tools/review-samples";
import { run } from "../../src/tools/review";
import { DRAFTER_PLANS } from "../fixtures/drafter-plans";
import { BAD, GOOD, compileReviewCli, runReviewCli, sha } from "../support/reviewCli";
import { writeDrafterPlan } from "../support/drafterWorkbook";

let tmp: string;
let CLI: string;

// compiled as `npm run review` compiles it (the worker module beside the CLI), into a private directory
beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), "mine-review-batch-"));
  CLI = compileReviewCli(tmp);
  const plan = DRAFTER_PLANS.find((each) => each.id === "iron-openpit-compliant");
  if (!plan) throw new Error("no drafter plan iron-openpit-compliant");
  await writeDrafterPlan(plan, join(tmp, "pass.xlsx"));
}, 120_000);

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

const review = (...args: string[]) => runReviewCli(CLI, ...args);

let folders = 0;
/** A new folder holding the named files: a path to copy, or text to write. */
function folder(files: Record<string, string | { text: string }>): string {
  const dir = join(tmp, `plans${++folders}`);
  mkdirSync(dir);
  // a folder is reviewed plan by plan when written as one, with its final slash
  for (const [name, from] of Object.entries(files)) {
    const path = join(dir, name);
    mkdirSync(join(path, ".."), { recursive: true });
    if (typeof from === "string") copyFileSync(from, path);
    else writeFileSync(path, from.text);
  }
  return `${dir}/`;
}

/** The summary workbook's rows under its header, as text and numbers. */
async function summaryRows(file: string): Promise<(string | number | null)[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.worksheets[0];
  const rows: (string | number | null)[][] = [];
  sheet.eachRow((row, number) => {
    if (number === 1) return;
    const values = (row.values as unknown[]).slice(1).map((value) => (value === undefined ? null : value));
    rows.push(values as (string | number | null)[]);
  });
  return rows;
}

interface PlanJson {
  tool: string;
  schema: number;
  file: string;
  exitCode: number;
  verdict: string;
  error?: string;
  counts?: Record<string, number>;
  findings?: { rule: string; cell: string; severity: string }[];
}

describe("a folder of plans", () => {
  let dir: string;
  let first: ReturnType<typeof review>;

  beforeAll(() => {
    dir = folder({
      "plan-good.xlsx": GOOD,
      "plan-bad.xlsx": BAD,
      "broken.xlsx": { text: "not a workbook" },
      "~$plan-bad.xlsx": { text: "an Office lock file" },
      "notes.txt": { text: "not a plan" },
      "sub/deep.xlsx": GOOD,
    });
    first = review(dir);
  });

  it("reviews every plan on the folder's top level, a broken one included, and exits 1 when one fails", () => {
    expect(first.code).toBe(1);
    expect(first.stdout).toContain("MINE 批量复核");
    expect(first.stdout).toMatch(/不通过\s+plan-bad\.xlsx\s+resources\.not-summed/);
    expect(first.stdout).toMatch(/无法判定\s+plan-good\.xlsx/);
    expect(first.stdout).toMatch(/无法读取\s+broken\.xlsx/);
    expect(first.stdout).not.toContain("deep.xlsx");
    expect(first.stdout).not.toContain("~$");
    expect(first.stdout).toContain("合计 3 个方案：通过 0，不通过 1，无法判定 1，无法读取 1");
  });

  it("says one plain progress line per file on stderr, then where the summary is", () => {
    const lines = first.stderr.trim().split("\n");
    const progress = lines.filter((line) => line.startsWith("["));
    expect(progress).toHaveLength(3);
    progress.forEach((line, index) => expect(line).toMatch(new RegExp(`^\\[${index + 1}/3\\] \\S+\\.xlsx \\S+$`)));
    expect(progress.map((line) => line.replace(/^\[\d\/3\] /, "")).sort()).toEqual([
      "broken.xlsx 无法读取",
      "plan-bad.xlsx 不通过",
      "plan-good.xlsx 无法判定",
    ]);
    expect(first.stderr).not.toContain("\u001b");
    expect(first.stderr).not.toContain("\r");
    expect(lines[lines.length - 1]).toBe(`已写出复核汇总 ${join(dir, "复核汇总.xlsx")}`);
  });

  it("writes one summary row per plan in name order: verdict, failing rules, undone checks, counts, why unreadable", async () => {
    const rows = await summaryRows(join(dir, "复核汇总.xlsx"));
    const plans = rows.filter((row) => typeof row[2] === "number");
    expect(plans.map((row) => [row[0], row[1], row[2]])).toEqual([
      ["broken.xlsx", "无法读取", 2],
      ["plan-bad.xlsx", "不通过", 1],
      ["plan-good.xlsx", "无法判定", 3],
    ]);
    const [broken, bad, good] = plans;
    expect(broken[11]).toContain("无法读取为 .xlsx 工作簿");
    expect(String(bad[3]).split(", ").sort()).toEqual([...new Set(PLANTED.map((planted) => planted.rule))].sort());
    expect(bad[5]).toBe(PLANTED.length);
    expect(good[3]).toBe("");
    expect(good[4]).toMatch(/^sanlv\.minimum \(三率指标汇总与达标判定表!A3:H6\): 综合利用率 铁/);
    expect(good.slice(5, 11)).toEqual([0, 0, expect.any(Number), expect.any(Number), 1, expect.any(Number)]);
    expect(rows.some((row) => String(row[0]).startsWith("合计 3 个方案"))).toBe(true);
  });

  it("never replaces the summary without --force, and replaces it with --force", () => {
    const summary = join(dir, "复核汇总.xlsx");
    const before = sha(summary);
    const again = review(dir);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain("汇总工作簿已存在");
    expect(again.stderr).toContain("--force");
    expect(again.stdout).toBe("");
    expect(sha(summary)).toBe(before);
    const forced = review(dir, "--force", "--lang", "en", "--jobs", "1");
    expect(forced.code).toBe(1);
    // the earlier summary in the folder is not reviewed as a plan
    expect(forced.stdout).toContain("3 plans: 0 pass, 1 fail, 1 cannot be decided, 1 unreadable");
    expect(forced.stderr).toMatch(/^\[1\/3\] \S+ (fail|unreadable|cannot be decided)$/m);
  });

  it("never writes the summary into an input, with --force either, and leaves every input as it was", () => {
    const bad = join(dir, "plan-bad.xlsx");
    const before = sha(bad);
    for (const args of [
      ["--out", bad],
      ["--out", bad, "--force"],
    ]) {
      const r = review(dir, ...args);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain("--out 不能是待复核的文件(plan-bad.xlsx)");
    }
    expect(sha(bad)).toBe(before);
    expect(sha(join(dir, "plan-good.xlsx"))).toBe(sha(GOOD));
  });

  it("--recursive looks into subfolders; --out writes the summary elsewhere", async () => {
    const out = join(tmp, "summary-recursive.xlsx");
    const r = review(dir, "--recursive", "--out", out);
    expect(r.code).toBe(1);
    expect(r.stderr.split("\n").filter((line) => line.startsWith("["))).toHaveLength(4);
    const rows = await summaryRows(out);
    expect(rows.filter((row) => typeof row[2] === "number").map((row) => row[0])).toEqual([
      "broken.xlsx",
      "plan-bad.xlsx",
      "plan-good.xlsx",
      "sub/deep.xlsx",
    ]);
  });

  it("--json prints one document with every plan, each as the single file's JSON says it", () => {
    const out = join(tmp, "summary-json.xlsx");
    const r = review(dir, "--json", "--out", out);
    expect(r.code).toBe(1);
    const batch = JSON.parse(r.stdout) as {
      tool: string;
      schema: number;
      kind: string;
      summary: string;
      exitCode: number;
      totals: Record<string, number>;
      plans: PlanJson[];
    };
    expect(batch).toMatchObject({ tool: "mine-review", schema: 2, kind: "batch", summary: out, exitCode: 1 });
    expect(batch.totals).toEqual({ plans: 3, pass: 0, fail: 1, undecided: 1, unreadable: 1 });
    expect(batch.plans.map((plan) => [plan.file, plan.verdict, plan.exitCode])).toEqual([
      [join(dir, "broken.xlsx"), "unreadable", 2],
      [join(dir, "plan-bad.xlsx"), "fail", 1],
      [join(dir, "plan-good.xlsx"), "undecided", 3],
    ]);
    expect(batch.plans[0].error).toContain("无法读取为 .xlsx 工作簿");
    for (const plan of batch.plans.slice(1)) {
      const single = JSON.parse(review(plan.file, "--json").stdout) as PlanJson;
      expect(plan).toEqual(single);
    }
  });
});

describe("the batch's exit code and refusals", () => {
  it("0 when every plan passes, 3 when one cannot be decided or read and none fails", () => {
    expect(review(folder({ "a.xlsx": join(tmp, "pass.xlsx"), "b.xlsx": join(tmp, "pass.xlsx") })).code).toBe(0);
    expect(review(folder({ "a.xlsx": join(tmp, "pass.xlsx"), "b.xlsx": GOOD })).code).toBe(3);
    const unreadable = review(folder({ "a.xlsx": join(tmp, "pass.xlsx"), "b.docx": { text: "no" } }));
    expect(unreadable.code).toBe(3);
    expect(unreadable.stdout).toMatch(/无法读取\s+b\.docx\s+无法读取为 Word 文档/);
  });

  it("2 for a missing folder, a folder with nothing to review, and batch options given a file", () => {
    expect(review(join(tmp, "no-such-folder/")).code).toBe(2);
    // without its final slash a folder is still refused as a file, with how to review it
    const plans = folder({ "a.xlsx": GOOD });
    const unslashed = review(plans.slice(0, -1), "--force");
    expect(unslashed.code).toBe(2);
    expect(unslashed.stderr).toContain(
      `这是一个目录，不是文件：${plans.slice(0, -1)}；要复核其中的每个方案，请以 / 结尾：${plans}`,
    );
    expect(existsSync(join(plans, "复核汇总.xlsx"))).toBe(false);
    const empty = review(folder({ "notes.txt": { text: "x" } }), "--lang", "en");
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain("no file to review in the folder");
    const file = review(GOOD, "--force");
    expect(file.code).toBe(2);
    expect(file.stderr).toContain("--force 只用于复核文件夹");
    expect(review(folder({ "a.xlsx": GOOD }), "--jobs", "0").code).toBe(2);
  });
});

describe("in this thread", () => {
  it("runs the same batch through run() when no compiled worker is beside the module", async () => {
    const dir = folder({ "plan-bad.xlsx": BAD, "broken.xlsx": { text: "x" } });
    const progress: string[] = [];
    const result = await run([dir, "--lang", "en"], (line) => progress.push(line));
    expect(result.code).toBe(1);
    // largest first
    expect(progress).toEqual(["[1/2] plan-bad.xlsx fail", "[2/2] broken.xlsx unreadable"]);
    expect(existsSync(join(dir, "复核汇总.xlsx"))).toBe(true);
    expect(result.stdout).toContain("2 files, 1 at a time");
  }, 60_000);
});
