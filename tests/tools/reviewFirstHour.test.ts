/**
 * Issue 11 §4, `npm run review` in a user's first hour: paths relative to where the user ran npm (INIT_CWD), JSON
 * alone on stdout under `npm run -s`, `--out` never the input under another name (hard link, symbolic link, another
 * case), password-protected files said to be so, and out of memory ending with the documented exit code 4.
 *
 * `npm run` is run on a scratch package whose `review` script is the project's own with the compiled CLI's directory
 * in place of build/review (the real script rebuilds build/review, which a concurrent run would be using).
 */
import { spawnSync } from "child_process";
import {
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "fs";
import JSZip from "jszip";
import { tmpdir } from "os";
import { dirname, join } from "path";
import { compoundProtection } from "../../src/tools/review-encrypted";
import { invocationDir, isSameFile, userPath } from "../../src/tools/review-paths";
import { npmBannerWarning } from "../../src/tools/review-main";
import { encryptedPackage } from "../support/ole2";
import { BAD, GOOD, ROOT, compileReviewCli, runReviewCli, sha } from "../support/reviewCli";

const FIXTURES = join(ROOT, "tests/fixtures/encrypted");
let tmp: string;
let CLI: string;
let MAIN: string;

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), "mine-first-hour-"));
  CLI = compileReviewCli(tmp);
  MAIN = join(dirname(CLI), "review-main.js");
}, 120_000);

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

/** A package whose `review` script is package.json's, run from the compiled CLI's directory. */
function scratchPackage(): string {
  const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> };
  const review = pkg.scripts.review;
  expect(review).toContain("build/review/tools/review-main.js");
  const dir = join(tmp, "package");
  mkdirSync(dir, { recursive: true });
  const scripts = {
    "review:build": 'node -e ""',
    review: review.replace("build/review/tools/", `${dirname(CLI)}/`),
  };
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "scratch", version: "1.0.0", scripts }));
  return dir;
}

/** `npm [--prefix pkg] run [-s] review -- args` from `cwd`, as a user runs it. */
function npmReview(pkg: string, cwd: string, silent: boolean, ...args: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_PATH: join(ROOT, "node_modules") };
  for (const key of Object.keys(env)) if (key === "INIT_CWD" || key.startsWith("npm_")) delete env[key];
  const r = spawnSync("npm", ["--prefix", pkg, "run", ...(silent ? ["-s"] : []), "review", "--", ...args], {
    cwd,
    encoding: "utf8",
    env,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("npm run review from the user's directory", () => {
  it("resolves the file and --out against the directory npm was run from, and prints only JSON under -s", () => {
    const pkg = scratchPackage();
    const elsewhere = join(tmp, "plans");
    mkdirSync(elsewhere, { recursive: true });
    copyFileSync(GOOD, join(elsewhere, "plan.xlsx"));
    const r = npmReview(pkg, elsewhere, true, "plan.xlsx", "--json", "--out", "plan-annotated.xlsx");
    expect(r.stderr).not.toContain("找不到文件");
    expect(r.code).toBe(3);
    const json = JSON.parse(r.stdout) as { file: string; exitCode: number };
    expect(json).toMatchObject({ file: "plan.xlsx", exitCode: 3 });
    expect(existsSync(join(elsewhere, "plan-annotated.xlsx"))).toBe(true);
    expect(existsSync(join(pkg, "plan-annotated.xlsx"))).toBe(false);
  }, 120_000);

  it("without -s npm's command line comes first on stdout, and the review says to use -s", () => {
    const pkg = scratchPackage();
    const r = npmReview(pkg, tmp, false, BAD, "--json");
    expect(r.code).toBe(1);
    expect(() => JSON.parse(r.stdout) as unknown).toThrow();
    expect(r.stdout).toContain("> scratch@1.0.0 review");
    expect(r.stderr).toContain("npm run -s review");
  }, 120_000);

  it("takes INIT_CWD only when it is an absolute directory", () => {
    expect(invocationDir({ INIT_CWD: "/somewhere/else" })).toBe("/somewhere/else");
    expect(invocationDir({})).toBe(process.cwd());
    expect(invocationDir({ INIT_CWD: "relative" })).toBe(process.cwd());
    expect(userPath("a/b.xlsx", { INIT_CWD: "/home/u/plans" })).toBe("/home/u/plans/a/b.xlsx");
    expect(userPath("/abs/b.xlsx", { INIT_CWD: "/home/u/plans" })).toBe("/abs/b.xlsx");
  });

  it("says to use -s only for --json under npm run review without it", () => {
    const npm = { npm_lifecycle_event: "review" };
    expect(npmBannerWarning(["x.xlsx", "--json"], npm)).toContain("npm run -s review");
    expect(npmBannerWarning(["x.xlsx", "--json"], { ...npm, npm_config_loglevel: "silent" })).toBeUndefined();
    expect(npmBannerWarning(["x.xlsx"], npm)).toBeUndefined();
    expect(npmBannerWarning(["x.xlsx", "--json"], { npm_lifecycle_event: "npx" })).toBeUndefined();
  });
});

describe("--out is never the input under another name", () => {
  it("refuses a hard link and a symbolic link to the input, leaving it byte-identical", () => {
    const dir = join(tmp, "links");
    mkdirSync(dir, { recursive: true });
    const input = join(dir, "plan.xlsx");
    copyFileSync(BAD, input);
    const before = sha(input);
    const hard = join(dir, "hard-link.xlsx");
    const soft = join(dir, "soft-link.xlsx");
    linkSync(input, hard);
    symlinkSync(input, soft);
    for (const out of [hard, soft]) {
      const r = runReviewCli(CLI, input, "--out", out);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain("不能是输入文件本身");
      expect(sha(input)).toBe(before);
    }
    // and the other way round: the link reviewed, the input named as --out
    expect(runReviewCli(CLI, hard, "--out", input, "--lang", "en").stderr).toContain("must not be the input file");
    expect(sha(input)).toBe(before);
  });

  it("tells a hard link, and another case of the name where the disk ignores case, from a different file", () => {
    const dir = join(tmp, "same");
    mkdirSync(dir, { recursive: true });
    const a = join(dir, "Plan.xlsx");
    writeFileSync(a, "a");
    linkSync(a, join(dir, "other-name.xlsx"));
    writeFileSync(join(dir, "copy.xlsx"), "a");
    expect(isSameFile(a, join(dir, "other-name.xlsx"))).toBe(true);
    expect(isSameFile(a, join(dir, "copy.xlsx"))).toBe(false);
    expect(isSameFile(a, join(dir, "missing.xlsx"))).toBe(false);
    const upper = join(dir, "PLAN.XLSX");
    // on a case-insensitive disk (Windows, macOS) PLAN.XLSX is Plan.xlsx; on this one it is another file or none
    expect(isSameFile(a, upper)).toBe(existsSync(upper));
  });
});

describe("a password-protected file", () => {
  it("is told apart from the bytes: an encrypted package, an .xls with FILEPASS, not a plain .xls", () => {
    expect(compoundProtection(encryptedPackage())).toBe("ooxml");
    expect(compoundProtection(readFileSync(join(FIXTURES, "password-mima.xls")))).toBe("xls");
    expect(compoundProtection(readFileSync(join(FIXTURES, "no-password.xls")))).toBeUndefined();
    expect(compoundProtection(Buffer.from("not a compound file"))).toBeUndefined();
  });

  it("is reported as password-protected in Chinese and English, never as a damaged file (exit 2)", () => {
    const xlsx = join(tmp, "locked.xlsx");
    const docx = join(tmp, "locked.docx");
    writeFileSync(xlsx, encryptedPackage());
    writeFileSync(docx, encryptedPackage());
    // LibreOffice 7.4 saved these with the password "mima"
    const xls = join(FIXTURES, "password-mima.xls");
    const ods = join(FIXTURES, "password-mima.ods");
    for (const file of [xlsx, docx, xls, ods]) {
      const zh = runReviewCli(CLI, file);
      expect(zh.code).toBe(2);
      expect(zh.stderr).toContain("设有打开密码(已加密)，无法复核");
      expect(zh.stderr).not.toContain("损坏");
      const en = runReviewCli(CLI, file, "--lang", "en", "--json");
      expect(en.code).toBe(2);
      expect(en.stderr).toContain("is password-protected (encrypted) and cannot be reviewed");
      expect(en.stdout).toBe("");
    }
    expect(runReviewCli(CLI, docx).stderr).toContain("文档设有打开密码");
  });
});

/** An .xlsx of one sheet with `rows` rows of a label and three numbers: about 4 MB for 200,000 rows. */
async function bigWorkbook(rows: number): Promise<Buffer> {
  const ns = 'xmlns="http://schemas.openxmlformats.org/';
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    `<?xml version="1.0" encoding="UTF-8"?><Types ${ns}package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
  );
  const rel = (target: string, type: string) =>
    `<?xml version="1.0" encoding="UTF-8"?><Relationships ${ns}package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${target}"/></Relationships>`;
  zip.file("_rels/.rels", rel("xl/workbook.xml", "officeDocument"));
  zip.file("xl/_rels/workbook.xml.rels", rel("worksheets/sheet1.xml", "worksheet"));
  zip.file(
    "xl/workbook.xml",
    `<?xml version="1.0" encoding="UTF-8"?><workbook ${ns}spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`,
  );
  const parts = [`<?xml version="1.0" encoding="UTF-8"?><worksheet ${ns}spreadsheetml/2006/main"><sheetData>`];
  for (let r = 1; r <= rows; r++) {
    parts.push(
      `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>采区${r}</t></is></c><c r="B${r}"><v>${r}.5</v></c><c r="C${r}"><v>${r}.25</v></c><c r="D${r}"><v>0.9</v></c></row>`,
    );
  }
  parts.push("</sheetData></worksheet>");
  zip.file("xl/worksheets/sheet1.xml", parts.join(""));
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

describe("out of memory", () => {
  it("ends with exit code 4 and says how to give more memory, never Node's abort", async () => {
    const env = { ...process.env, NODE_PATH: join(ROOT, "node_modules") };
    const run = (file: string, ...flags: string[]) =>
      spawnSync(process.execPath, [...flags, MAIN, file, "--json"], { cwd: ROOT, encoding: "utf8", env });
    // the entry passes the review's own result and exit code on
    const normal = run(BAD);
    expect(normal.status).toBe(1);
    expect(JSON.parse(normal.stdout)).toMatchObject({ exitCode: 1 });
    // 800,000 cells in a 64 MB heap (the review needs about 250 MB of memory for them)
    const big = join(tmp, "big.xlsx");
    writeFileSync(big, await bigWorkbook(200_000));
    const starved = run(big, "--max-old-space-size=64");
    expect(starved.signal).toBeNull();
    expect(starved.status).toBe(4);
    expect(starved.stderr).toContain("内存不足，复核未完成(退出码 4)");
    expect(starved.stderr).toContain("NODE_OPTIONS=--max-old-space-size=8192");
    expect(starved.stdout).toBe("");
  }, 120_000);
});
