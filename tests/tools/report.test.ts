/**
 * `npm run report`: a workbook's evaluation and review as a Word document. The workbooks: an evaluation sheet and a
 * sheet over years written through the taskpane's plans (formulas saved without results: the report recomputes with
 * the engine, never from saved values), and the shipped review samples. The .docx is opened with jszip and its
 * tables and chart parts are checked against the engine; LibreOffice converts it to PDF (skipped visibly without
 * soffice, failing in CI).
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { execFile } from "child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { promisify } from "util";
import { Assessment, evaluateAssessment, setMembership, setScores } from "../../src/core/evaluation/assessment";
import { planAssessmentSheet } from "../../src/core/evaluation/assessmentSheet";
import { evaluatePanel } from "../../src/core/evaluation/dynamic";
import { planDynamicSheet } from "../../src/core/evaluation/dynamicSheet";
import { reviewWorkbook } from "../../src/core/review/review";
import { run } from "../../src/tools/report";
import { readWorkbookFile, writePlan } from "../../src/tools/review-xlsx";
import { measuredAssessment, threeYears } from "../support/dynamicExample";
import { sofficeForTests } from "../support/libreoffice";

let tmp: string;
beforeAll(() => (tmp = mkdtempSync(join(tmpdir(), "mine-report-"))));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const SAMPLES = join(__dirname, "..", "..", "assets", "samples");
const OPTIONS = { version: "test", date: "2026-12-05" };

/** The measured example with the last year's values, and scores: evaluable, and the model of the years sheet. */
function yearsAssessment(scores: boolean): Assessment {
  const panel = threeYears();
  let a = measuredAssessment("zh");
  let x = 0;
  a.categories.forEach((c, k) =>
    c.indicators.forEach((_, i) => {
      const m = a.categories[k].indicators[i].membership;
      if (m.kind === "measured") a = setMembership(a, k, i, { ...m, value: panel.values[2][x] });
      x++;
    }),
  );
  return scores ? setScores(a, [95, 85, 75, 60]) : a;
}

async function workbookWith(path: string, a: Assessment, years: boolean, language: "zh" | "en" = "zh"): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  writePlan(workbook, planAssessmentSheet(a, { ...OPTIONS, language, sheetName: "动态评估" }));
  if (years) writePlan(workbook, planDynamicSheet(a, threeYears(), { ...OPTIONS, language, sheetName: "多年度" }));
  await workbook.xlsx.writeFile(path);
}

/** The text of an XML fragment's w:t runs, line breaks as "\n". */
function textOf(xml: string): string {
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:br\/>/g)]
    .map((m) => (m[0] === "<w:br/>" ? "\n" : m[1]))
    .join("")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");
}

interface DocTable {
  readonly header: string[];
  readonly rows: string[][];
  /** The caption paragraph right before it, if any. */
  readonly caption: string;
}

interface Opened {
  readonly zip: JSZip;
  readonly xml: string;
  readonly tables: DocTable[];
  readonly text: string;
}

async function open(path: string): Promise<Opened> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const xml = await zip.file("word/document.xml")!.async("string");
  const tables: DocTable[] = [];
  const pattern = /(?:<w:p>(?:(?!<w:p>).)*?<w:pStyle w:val="Caption"\/>.*?<\/w:p>)?<w:tbl>(.*?)<\/w:tbl>/gs;
  for (const match of xml.matchAll(pattern)) {
    const caption = match[0].startsWith("<w:p>") ? textOf(match[0].slice(0, match[0].indexOf("<w:tbl>"))) : "";
    const rows = [...match[1].matchAll(/<w:tr>(.*?)<\/w:tr>/gs)].map((row) => ({
      header: row[1].includes("<w:tblHeader/>"),
      cells: [...row[1].matchAll(/<w:tc>(.*?)<\/w:tc>/gs)].map((c) => textOf(c[1])),
    }));
    tables.push({
      header: rows.find((row) => row.header)?.cells ?? [],
      rows: rows.filter((row) => !row.header).map((row) => row.cells),
      caption,
    });
  }
  return { zip, xml, tables, text: textOf(xml) };
}

function tableWith(doc: Opened, heading: string): DocTable {
  const table = doc.tables.find((t) => t.header.includes(heading));
  if (!table) throw new Error(`no table headed ${heading}: ${doc.tables.map((t) => t.header.join("|")).join("\n")}`);
  return table;
}

/** The cached values and categories of a chart part. */
async function chartPart(
  doc: Opened,
  n: number,
): Promise<{ xml: string; categories: string[]; values: (number | null)[] }> {
  const xml = await doc.zip.file(`word/charts/chart${n}.xml`)!.async("string");
  const cache = (tag: string) =>
    /<c:(?:strCache|numCache)>.*?<\/c:(?:strCache|numCache)>/s.exec(xml.split(`<c:${tag}>`)[1])![0];
  const points = (part: string) => {
    const count = Number(/<c:ptCount val="(\d+)"\/>/.exec(part)![1]);
    const out: (string | null)[] = new Array<string | null>(count).fill(null);
    for (const p of part.matchAll(/<c:pt idx="(\d+)"><c:v>([^<]*)<\/c:v><\/c:pt>/g)) out[Number(p[1])] = p[2];
    return out;
  };
  return {
    xml,
    categories: points(cache("cat")).map((c) => c ?? ""),
    values: points(cache("val")).map((v) => (v === null ? null : Number(v))),
  };
}

const CI = { ...process.env };

async function report(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return run(argv, tmp);
}

describe("the evaluation report", () => {
  const a = yearsAssessment(true);
  let doc: Opened;
  const book = () => join(tmp, "评估.xlsx");

  beforeAll(async () => {
    await workbookWith(book(), a, true);
    const result = await report([book(), "--out", "评估报告.docx"]);
    expect(result).toEqual({ code: 0, stdout: `已写出 ${join(tmp, "评估报告.docx")}\n`, stderr: "" });
    doc = await open(join(tmp, "评估报告.docx"));
  });

  it("reads the sheet's inputs, which have no saved results to read", async () => {
    const read = await readWorkbookFile(book());
    expect(read.uncached.length).toBeGreaterThan(0);
  });

  it("gives every matrix's λmax, CI, CR and verdict as the engine computes them", () => {
    const result = evaluateAssessment(a);
    const table = tableWith(doc, "CR");
    expect(table.header).toEqual(["判断矩阵", "n", "λmax", "CI", "RI", "CR", "阈值", "判定"]);
    const solved = [result.weights.categories, ...result.weights.indicators];
    expect(table.rows).toHaveLength(solved.length);
    solved.forEach((s, i) => {
      expect(table.rows[i][2]).toBe(s.consistency.lambdaMax.toFixed(4));
      expect(table.rows[i][5]).toBe(s.consistency.cr.toFixed(4));
      expect(table.rows[i][7]).toBe(s.consistency.passes ? "通过" : "不通过");
    });
    expect(doc.text).toContain(solved.every((s) => s.consistency.passes) ? "一致性检验：全部通过" : "有判断矩阵未通过");
  });

  it("tabulates the weights per level with the categories merged, the global weights summing to 1", () => {
    const result = evaluateAssessment(a);
    const table = tableWith(doc, "全局权重");
    expect(table.header).toEqual(["类别", "类别权重", "指标", "局部权重", "全局权重"]);
    const body = table.rows.slice(0, -1);
    expect(body.map((row) => row[2])).toEqual(a.categories.flatMap((c) => c.indicators.map((i) => i.name)));
    body.forEach((row, x) => expect(row[4]).toBe(result.weights.global[x].toFixed(4)));
    const shown = body.reduce((sum, row) => sum + Number(row[4]), 0);
    expect(Math.abs(shown - 1)).toBeLessThan(body.length * 5e-5);
    expect(table.rows[table.rows.length - 1]).toEqual(["合计", "1.0000", "", "", "1.0000"]);
    // the category cells are merged down their indicators
    expect(doc.xml).toContain('<w:vMerge w:val="restart"/>');
  });

  it("draws the global weights as a native bar chart whose cached values are the engine's, summing to 1", async () => {
    const result = evaluateAssessment(a);
    const chart = await chartPart(doc, 1);
    expect(chart.xml).toContain('<c:barDir val="bar"/>');
    expect(chart.categories).toEqual(a.categories.flatMap((c) => c.indicators.map((i) => i.name)));
    expect(chart.values).toEqual(result.weights.global);
    expect(Math.abs((chart.values as number[]).reduce((s, v) => s + v, 0) - 1)).toBeLessThan(1e-9);
    const rels = await doc.zip.file("word/_rels/document.xml.rels")!.async("string");
    expect(rels).toContain('Target="charts/chart1.xml"');
    expect(await doc.zip.file("[Content_Types].xml")!.async("string")).toContain("/word/charts/chart1.xml");
    // the data behind it, embedded for Word's Edit Data
    const embedded = await doc.zip.file("word/embeddings/Microsoft_Excel_Worksheet1.xlsx")!.async("nodebuffer");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(embedded as unknown as ArrayBuffer);
    expect(workbook.getWorksheet("Sheet1")!.getCell("B2").value).toBe(result.weights.global[0]);
  });

  it("gives the membership matrix, B per category and overall, the verdict and the score", () => {
    const result = evaluateAssessment(a);
    const fuzzy = result.fuzzy!;
    const membership = tableWith(doc, "输入");
    expect(membership.header).toEqual(["类别", "指标", "输入", "实测值", ...a.grades]);
    expect(membership.rows[1].slice(-4)).toEqual(result.membership[0][1]!.map((mu) => mu.toFixed(4)));
    const b = tableWith(doc, "最大隶属度");
    const overall = b.rows[b.rows.length - 1];
    expect(overall).toEqual(["综合", "B", ...fuzzy.b.map((v) => v.toFixed(4)), fuzzy.verdict.grade]);
    expect(doc.text).toContain(`评价结论(最大隶属度)：${fuzzy.verdict.grade}`);
    expect(doc.text).toContain(`综合得分：${fuzzy.score!.toFixed(2)}`);
  });

  it("gives the robustness of the verdict", () => {
    const robust = doc.tables.find((t) => t.caption.includes("稳健性"))!;
    expect(robust.rows.map((row) => row[0])).toEqual([
      "基准结论(EVM)",
      "结论改变的比例",
      "全局权重排序改变的比例",
      "最重要指标改变的比例",
      "各结论出现次数",
    ]);
    expect(robust.rows[1][1]).toMatch(/^\d+(\.\d)?%$/);
    expect(doc.text).toContain("单因素 ±10%");
  });

  it("gives the trend over the years in a table and a native line chart, as the engine evaluates the panel", async () => {
    const panel = evaluatePanel(a, threeYears());
    const trend = tableWith(doc, "年度/对象");
    expect(trend.rows.map((row) => row[0])).toEqual(["2023年", "2024年", "2025年"]);
    panel.subjects.forEach((subject, s) => {
      expect(trend.rows[s][1]).toBe(subject.trend!.toFixed(2));
      expect(trend.rows[s][2]).toContain(subject.fuzzy!.verdict.grade);
    });
    const line = await chartPart(doc, 3);
    expect(line.xml).toContain("<c:lineChart>");
    expect(line.categories).toEqual(["2023年", "2024年", "2025年"]);
    line.values.forEach((v, s) => expect(v).toBeCloseTo(panel.subjects[s].trend!, 12));
  });

  it("names the method, the standard and the version", () => {
    expect(doc.text).toContain("T/XZBX 0088—2025");
    const { version } = JSON.parse(readFileSync(join(__dirname, "..", "..", "package.json"), "utf8")) as {
      version: string;
    };
    expect(doc.text).toContain(`MINE 加载项 ${version} 据工作簿中的评估表生成`);
    expect(doc.text).toContain(`MINE add-in ${version}`);
    expect(doc.text).toContain("EVM 特征向量法");
    expect(doc.text).toContain("SAATY1980");
  });

  it("follows with the review of the same workbook", () => {
    expect(doc.text).toContain("复核报告");
    expect(doc.text).toContain("专家审查意见书");
  });
});

describe("a gap in the years", () => {
  it("shows an incomplete year as 数据不全 and leaves it out of the line chart, never as 0", async () => {
    const a = yearsAssessment(false);
    const book = join(tmp, "gap.xlsx");
    const panel = threeYears();
    const values = panel.values.map((row, s) => row.map((v, x) => (s === 1 && x === 0 ? null : v)));
    const workbook = new ExcelJS.Workbook();
    writePlan(workbook, planAssessmentSheet(a, { ...OPTIONS, language: "en", sheetName: "Assessment" }));
    writePlan(workbook, planDynamicSheet(a, { ...panel, values }, { ...OPTIONS, language: "en", sheetName: "Years" }));
    await workbook.xlsx.writeFile(book);
    const result = await report([book, "--lang", "en", "--out", "gap.docx"]);
    expect(result.code).toBe(0);
    const doc = await open(join(tmp, "gap.docx"));
    const trend = tableWith(doc, "Year / subject");
    expect(trend.rows[1][2]).toBe("incomplete");
    const line = await chartPart(doc, 3);
    expect(line.values[1]).toBeNull();
    expect(line.values[0]).toBeCloseTo(evaluatePanel(a, { ...panel, values }).subjects[0].trend!, 12);
    expect(trend.header[1]).toBe(`B(${a.grades[0]})`);
  });
});

describe("the review report", () => {
  for (const sample of ["review-bad.xlsx", "review-good.xlsx"]) {
    it(`of ${sample}: the verdict, each finding with its cell, values, rule and source, and the draft opinion`, async () => {
      const book = join(SAMPLES, sample);
      const out = `${sample}.docx`;
      const result = await report([book, "--out", out]);
      expect(result.code).toBe(0);
      const doc = await open(join(tmp, out));
      const read = await readWorkbookFile(book);
      const review = reviewWorkbook(read.sheets, { uncachedFormulas: read.uncached });
      const findings = tableWith(doc, "填报值");
      expect(findings.header.slice(0, 8)).toEqual([
        "序号",
        "工作表",
        "单元格",
        "表",
        "规则",
        "严重程度",
        "填报值",
        "复核值",
      ]);
      if (review.findings.length === 0) expect(findings.rows).toEqual([["无", ...new Array<string>(11).fill("")]]);
      else expect(findings.rows.map((row) => row[4])).toEqual(review.findings.map((f) => f.rule));
      review.findings.forEach((finding, i) => {
        expect(findings.rows[i][2]).toBe(finding.cell ?? "");
        expect(findings.rows[i][10]).toBe(finding.source.zh);
      });
      const checks = tableWith(doc, "未查原因");
      expect(checks.rows).toHaveLength(review.checks.length);
      expect(doc.text).toContain(review.verdict === "fail" ? "不通过：" : "无法判定(须人工核对)：");
      // the draft opinion in the 附件七 form, with the rates table and the blank conclusion
      expect(doc.text).toContain("矿产资源开采方案 专家审查意见书");
      expect(doc.text).toContain("六、审查结论：通过□ 不通过□");
      expect(tableWith(doc, "国家最低指标").rows.length).toBe(review.facts.rates.length);
      expect(tableWith(doc, "职务/职称").rows).toHaveLength(5);
      // no sheet marker in the document
      expect(doc.text).not.toContain("MINE 复核 | MINE review");
    });
  }

  it("in English with --lang en", async () => {
    const result = await report([join(SAMPLES, "review-bad.xlsx"), "--lang", "en", "--out", "en.docx"]);
    expect(result.code).toBe(0);
    const doc = await open(join(tmp, "en.docx"));
    expect(tableWith(doc, "stated").header[4]).toBe("rule");
    expect(doc.text).toContain("Mining-plan review report");
    expect(doc.text).toContain("6. Conclusion: pass □ fail □");
  });
});

describe("the command line", () => {
  it("never overwrites without --force, never writes onto the input, and refuses a missing file", async () => {
    const input = join(tmp, "input.xlsx");
    copyFileSync(join(SAMPLES, "review-good.xlsx"), input);
    const before = readFileSync(input);
    expect((await report([input, "--out", "input.xlsx", "--force"])).code).toBe(2);
    expect(readFileSync(input)).toEqual(before);
    writeFileSync(join(tmp, "taken.docx"), "keep");
    const refused = await report([input, "--out", "taken.docx"]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("--force");
    expect(readFileSync(join(tmp, "taken.docx"), "utf8")).toBe("keep");
    expect((await report([input, "--out", "taken.docx", "--force"])).code).toBe(0);
    expect(statSync(join(tmp, "taken.docx")).size).toBeGreaterThan(1000);
    expect((await report([join(tmp, "missing.xlsx")])).code).toBe(2);
    expect((await report([])).code).toBe(2);
    expect((await report([input, "--lang", "fr"])).code).toBe(2);
  });

  it("writes <book>-报告.docx beside where npm was run by default", async () => {
    const input = join(tmp, "方案.xlsx");
    copyFileSync(join(SAMPLES, "review-bad.xlsx"), input);
    expect((await report(["方案.xlsx"])).code).toBe(0);
    expect(existsSync(join(tmp, "方案-报告.docx"))).toBe(true);
  });
});

const soffice = sofficeForTests();
(soffice ? describe : describe.skip)("LibreOffice", () => {
  it("opens the documents and converts them to PDF", async () => {
    const files = ["评估报告.docx", "review-bad.xlsx.docx", "gap.docx"].map((name) => join(tmp, name));
    for (const file of files) expect(existsSync(file)).toBe(true);
    const profile = join(tmp, "lo-profile");
    mkdirSync(profile, { recursive: true });
    const outDir = join(tmp, "pdf");
    await promisify(execFile)(
      soffice as string,
      [`-env:UserInstallation=file://${profile}`, "--headless", "--convert-to", "pdf", "--outdir", outDir, ...files],
      { timeout: 300_000, env: CI },
    );
    for (const name of ["评估报告.pdf", "review-bad.xlsx.pdf", "gap.pdf"]) {
      const pdf = readFileSync(join(outDir, name));
      expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
      expect(pdf.length).toBeGreaterThan(20_000);
    }
  }, 300_000);
});
