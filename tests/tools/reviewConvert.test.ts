/**
 * `npm run review -- 方案.xls | .et | .ods`: workbooks converted to .xlsx with LibreOffice (src/tools/review-convert.ts)
 * and reviewed through the CLI's run(). The sample with the planted mistakes is saved here as .ods and .xls with
 * soffice (and the .xls copied to .et, which LibreOffice reads as Excel 97–2003: no real WPS .et is at hand), and
 * each must come out with the .xlsx's verdict, failing rules and flagged cells.
 *
 * Without LibreOffice the conversions are skipped with a message naming the package, except in CI (`CI` set), where
 * they fail: CI must run them. The message for a machine without LibreOffice is tested everywhere, with
 * MINE_SOFFICE naming a missing program.
 */
import { execFile } from "child_process";
import ExcelJS from "exceljs";
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from "fs";
import { tmpdir } from "os";
import { basename, join } from "path";
import { pathToFileURL } from "url";
import { promisify } from "util";
import { EXIT, RunResult, run } from "../../src/tools/review";
import { LIBREOFFICE_PACKAGE, SOFFICE_ENV, findSoffice, sniff } from "../../src/tools/review-convert";

const ROOT = join(__dirname, "../..");
const BAD = join(ROOT, "assets/samples/review-bad.xlsx");

const SOFFICE = findSoffice();
const IN_CI = Boolean(process.env.CI);
if (!SOFFICE && !IN_CI) {
  console.warn(
    `reviewConvert.test.ts: LibreOffice (soffice) not found, the .xls/.et/.ods reviews are SKIPPED. ` +
      `Install it with: ${LIBREOFFICE_PACKAGE} (Debian/Ubuntu), or from https://www.libreoffice.org`,
  );
}
/** The conversions run wherever soffice is, and in CI always (there a missing soffice fails them). */
const withSoffice = SOFFICE || IN_CI ? describe : describe.skip;

interface Json {
  file: string;
  verdict: string;
  findings: { rule: string; severity: string; sheet: string; cell?: string }[];
}

const parsed = (result: RunResult) => JSON.parse(result.stdout) as Json;
const failing = (json: Json) =>
  [...new Set(json.findings.filter((f) => f.severity === "fail").map((f) => f.rule))].sort();
const places = (json: Json) => json.findings.map((f) => `${f.severity} ${f.rule} ${f.sheet}!${f.cell ?? ""}`).sort();

let tmp: string;
let scratch: string;
const savedTmp = { TMPDIR: process.env.TMPDIR, TMP: process.env.TMP, TEMP: process.env.TEMP };
const savedSoffice = process.env[SOFFICE_ENV];

function setTmp(dir: string | undefined): void {
  for (const name of ["TMPDIR", "TMP", "TEMP"] as const) {
    const value = dir ?? savedTmp[name];
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
}

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), "mine-review-convert-test-"));
  // the review's own temporary directories go here, to be seen removed (jest runs each file in its own process)
  scratch = join(tmp, "scratch");
  mkdirSync(scratch);
  setTmp(scratch);
});

afterAll(() => {
  setTmp(undefined);
  rmSync(tmp, { recursive: true, force: true });
});

afterEach(() => {
  if (savedSoffice === undefined) delete process.env[SOFFICE_ENV];
  else process.env[SOFFICE_ENV] = savedSoffice;
});

/** Saves `input` as `format` (ods, xls) into `dir` with soffice, with a profile of its own. */
async function saveAs(input: string, format: string, dir: string): Promise<string> {
  if (!SOFFICE) throw new Error(`LibreOffice is required here (CI): ${LIBREOFFICE_PACKAGE}`);
  const profile = pathToFileURL(join(tmp, `profile-${format}`)).href;
  const args = [`-env:UserInstallation=${profile}`, "--headless", "--calc", "--convert-to", format, "--outdir", dir];
  await promisify(execFile)(SOFFICE, [...args, input], { timeout: 180_000 });
  const out = join(dir, basename(input).replace(/\.xlsx$/, `.${format}`));
  if (!existsSync(out)) throw new Error(`soffice did not save ${out}`);
  return out;
}

withSoffice("a workbook saved as .ods, .xls or .et (LibreOffice)", () => {
  const results = new Map<string, RunResult>();
  let expected: Json;
  let inputs: Record<"ods" | "xls" | "et", string>;
  let before: Record<string, Buffer>;
  let annotated: string;

  beforeAll(async () => {
    const samples = join(tmp, "samples");
    mkdirSync(samples);
    const source = join(samples, "方案 review-bad.xlsx");
    copyFileSync(BAD, source);
    const [ods, xls] = await Promise.all([saveAs(source, "ods", samples), saveAs(source, "xls", samples)]);
    const et = join(samples, "方案 review-bad.et");
    copyFileSync(xls, et);
    inputs = { ods, xls, et };
    before = Object.fromEntries(Object.values(inputs).map((file) => [file, readFileSync(file)]));
    annotated = join(tmp, "标注.xlsx");
    expected = parsed(await run([BAD, "--json"]));
    const damaged = join(tmp, "damaged.xls");
    writeFileSync(damaged, Buffer.concat([Buffer.from("d0cf11e0a1b11ae1", "hex"), Buffer.alloc(600, 7)]));
    // the conversions at once: each has its own profile and directory
    const [odsRun, xlsRun, etRun, damagedRun] = await Promise.all([
      run([ods, "--json", "--out", annotated]),
      run([xls, "--json"]),
      run([et, "--json"]),
      run([damaged]),
    ]);
    results.set("ods", odsRun);
    results.set("xls", xlsRun);
    results.set("et", etRun);
    results.set("damaged", damagedRun);
  }, 300_000);

  it.each(["ods", "xls", "et"] as const)(
    "reviews the .%s as the .xlsx: same verdict, failing rules and cells",
    (kind) => {
      const result = results.get(kind)!;
      expect(result.code).toBe(EXIT.fail);
      const json = parsed(result);
      expect(json.file).toBe(inputs[kind]);
      expect(json.verdict).toBe(expected.verdict);
      expect(failing(json)).toEqual(failing(expected));
      expect(failing(json).length).toBeGreaterThanOrEqual(5);
      expect(places(json)).toEqual(places(expected));
      expect(result.stderr).toContain("已由 LibreOffice 转换为 .xlsx 后复核");
    },
  );

  it("never changes the input, and leaves no temporary directory", () => {
    for (const [file, bytes] of Object.entries(before)) expect(readFileSync(file).equals(bytes)).toBe(true);
    expect(readdirSync(scratch)).toEqual([]);
  });

  it("writes --out as an annotated .xlsx of the converted workbook", async () => {
    expect(results.get("ods")!.stderr).toContain("已写出带标注的副本");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(annotated);
    const names = workbook.worksheets.map((worksheet) => worksheet.name);
    expect(names).toContain("复核报告");
    const fail = expected.findings.find((f) => f.severity === "fail" && f.cell)!;
    const cell = workbook.getWorksheet(fail.sheet)!.getCell(fail.cell!);
    expect(JSON.stringify(cell.note)).toContain(fail.rule);
  });

  it("exits 2 for a damaged .xls, naming LibreOffice's refusal and how to save it as .xlsx", () => {
    const result = results.get("damaged")!;
    expect(result.code).toBe(EXIT.unreadable);
    expect(result.stderr).toContain("source file could not be loaded");
    expect(result.stderr).toContain("另存为 .xlsx");
  });
});

describe("without LibreOffice", () => {
  it("exits 2 naming the package to install, in both languages", async () => {
    process.env[SOFFICE_ENV] = join(tmp, "no-such-dir", "soffice");
    expect(findSoffice()).toBeUndefined();
    const xls = join(tmp, "plan.xls");
    writeFileSync(xls, Buffer.concat([Buffer.from("d0cf11e0a1b11ae1", "hex"), Buffer.alloc(100)]));
    const zh = await run([xls]);
    expect(zh.code).toBe(EXIT.unreadable);
    expect(zh.stdout).toBe("");
    expect(zh.stderr).toContain(LIBREOFFICE_PACKAGE);
    expect(zh.stderr).toContain("apt-get install -y libreoffice-calc-nogui");
    expect(zh.stderr).toContain("找不到 LibreOffice");
    expect(zh.stderr).toContain("libreoffice.org");
    expect(zh.stderr).toContain(`环境变量 ${SOFFICE_ENV}`);
    const en = await run([xls, "--lang", "en"]);
    expect(en.code).toBe(EXIT.unreadable);
    expect(en.stderr).toContain("no LibreOffice (soffice) was found");
    expect(en.stderr).toContain(LIBREOFFICE_PACKAGE);
  });

  it("still reads an .xlsx saved under an .xls or .et name, which needs no conversion", async () => {
    process.env[SOFFICE_ENV] = join(tmp, "no-such-dir", "soffice");
    const renamed = join(tmp, "really-xlsx.et");
    copyFileSync(BAD, renamed);
    expect(await sniff(renamed)).toBe("xlsx");
    const result = await run([renamed, "--json"]);
    expect(result.code).toBe(EXIT.fail);
    expect(failing(parsed(result))).toEqual(failing(parsed(await run([BAD, "--json"]))));
  });

  it("refuses a web page saved as .xls, and a format it does not read, listing those it does", async () => {
    const html = join(tmp, "export.xls");
    writeFileSync(html, "<html><body><table><tr><td>采区</td></tr></table></body></html>");
    const page = await run([html]);
    expect(page.code).toBe(EXIT.unreadable);
    expect(page.stderr).toContain("另存为 .xlsx");
    const csv = join(tmp, "plan.csv");
    writeFileSync(csv, "采区,动用资源量\n");
    const other = await run([csv, "--lang", "en"]);
    expect(other.code).toBe(EXIT.unreadable);
    expect(other.stderr).toContain(".xls, .et (WPS) and .ods converted with LibreOffice");
  });

  it("finds soffice on PATH, and only where MINE_SOFFICE says when it is set", () => {
    const bin = join(tmp, "bin");
    mkdirSync(bin, { recursive: true });
    const fake = join(bin, process.platform === "win32" ? "soffice.exe" : "soffice");
    writeFileSync(fake, "#!/bin/sh\nexit 0\n");
    chmodSync(fake, 0o755);
    expect(findSoffice({ PATH: bin })).toBe(fake);
    expect(findSoffice({ PATH: bin, [SOFFICE_ENV]: fake })).toBe(fake);
    expect(findSoffice({ PATH: bin, [SOFFICE_ENV]: join(bin, "missing") })).toBeUndefined();
  });
});
