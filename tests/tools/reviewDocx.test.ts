/**
 * `npm run review -- 方案.docx`: the tables of a plan's Word document read as sheets (src/tools/review-docx.ts) and
 * reviewed through the CLI's run(). The documents are built here as drafting units write them: a caption and a
 * "单位：万t" line over each table, a two-row header with a heading merged over two columns (w:gridSpan), a 采区
 * written once for its two 矿块 (w:vMerge), a 合计 row whose label spans two columns, numbers typed as text.
 */
import ExcelJS from "exceljs";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "fs";
import JSZip from "jszip";
import { tmpdir } from "os";
import { join } from "path";
import { ReviewReport, reviewWorkbook, undecides } from "../../src/core/review/review";
import { pick } from "../../src/core/text";
import { EXIT, run } from "../../src/tools/review";
import { BODY_SHEET, CAPTION_ROWS, cellValue, documentSheets, tableSheetName } from "../../src/tools/review-docx";
import { readWorkbookFile } from "../../src/tools/review-xlsx";
import { DRAFTER_PLANS } from "../fixtures/drafter-plans";
import { drafterDocumentXml } from "../support/drafterDocument";
import { writeDrafterPlan } from "../support/drafterWorkbook";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/** A cell: its text ("\n" starts a new paragraph), how many grid columns it spans, its vertical merge mark. */
type Cell = string | { text?: string; span?: number; vMerge?: "restart" | "continue"; inner?: string };

const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** A paragraph of one run (tabs and line breaks as Word writes them). */
function p(text: string): string {
  const runs = text
    .split("\t")
    .map((part) => `<w:t xml:space="preserve">${escape(part)}</w:t>`)
    .join("<w:tab/>");
  return `<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:b/></w:rPr>${runs}</w:r></w:p>`;
}

function tc(cell: Cell): string {
  const spec = typeof cell === "string" ? { text: cell } : cell;
  const properties = [
    '<w:tcW w:w="1200" w:type="dxa"/>',
    spec.span ? `<w:gridSpan w:val="${spec.span}"/>` : "",
    spec.vMerge === "restart" ? '<w:vMerge w:val="restart"/>' : spec.vMerge === "continue" ? "<w:vMerge/>" : "",
  ].join("");
  const paragraphs = (spec.text ?? "").split("\n").map(p).join("");
  return `<w:tc><w:tcPr>${properties}</w:tcPr>${spec.inner ?? ""}${paragraphs}</w:tc>`;
}

/** A table on a grid of `columns`, one `w:tr` per row. */
function tbl(columns: number, rows: readonly (readonly Cell[])[]): string {
  const grid = Array.from({ length: columns }, () => '<w:gridCol w:w="1200"/>').join("");
  const trs = rows.map((row) => `<w:tr>${row.map(tc).join("")}</w:tr>`).join("");
  return `<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid>${grid}</w:tblGrid>${trs}</w:tbl>`;
}

function documentXml(body: string): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<w:document xmlns:w="${W}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ` +
    `xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" mc:Ignorable="">` +
    `<w:body>${body}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>`
  );
}

/** A minimal valid .docx: content types, the package relationship, the main document part. */
async function docx(body: string): Promise<Buffer> {
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file(
    "_rels/.rels",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  zip.file("word/document.xml", documentXml(body));
  return zip.generateAsync({ type: "nodebuffer" });
}

/** The licence's corners (tests/fixtures/drafter-plans.ts cornersSheet): 0.2385 km². */
function cornersTable(areaLine: string): string {
  return [
    p("表 2-1 矿区范围拐点坐标(2000国家大地坐标系)"),
    tbl(3, [
      ["拐点编号", "X坐标", "Y坐标"],
      ["1", "3305120.5", "40512340.2"],
      ["2", "3305120.5", "40512890.2"],
      ["3", "3304650.5", "40512890.2"],
      ["4", "3304650.5", "40512540.2"],
      ["5", "3304850.5", "40512340.2"],
    ]),
    p(areaLine),
  ].join("");
}

/**
 * The blocks table: 一采区 written once over its two 矿块 (vMerge), 资源储量 merged over 动用 and 采出纯矿石量
 * (gridSpan), 合计 spanning 采区 and 矿块. `total` is the 合计 row's rate as typed.
 */
function blocksTable(total: string): string {
  return [
    p("5.2 开采回采率"),
    p("本次设计各采区开采回采率按动用资源量加权计算，见下表。"),
    p("表 5-2\t开采回采率计算表"),
    p("单位：万t"),
    tbl(5, [
      [
        { text: "采区", vMerge: "restart" },
        { text: "矿块", vMerge: "restart" },
        { text: "资源储量", span: 2 },
        { text: "开采回采率\n(%)", vMerge: "restart" },
      ],
      [{ vMerge: "continue" }, { vMerge: "continue" }, "动用资源量", "采出纯矿石量", { vMerge: "continue" }],
      [{ text: "一采区", vMerge: "restart" }, "①号矿块", "200.0", "170.0", "85.0"],
      [{ vMerge: "continue" }, "②号矿块", "50.0", "45.0", "90.0"],
      ["二采区", "③号矿块", "50.0", "46.0", "92.0"],
      [{ text: "合计", span: 2 }, "300.0", "261.0", total],
    ]),
    p("注：动用资源量为设计利用资源量中本次开采的部分。"),
  ].join("");
}

/** The 三率 summary: iron, underground, stable walls and an inclined orebody (minimum 81%). */
function summaryTable(rate: string): string {
  return [
    p("表 5-5 “三率”指标汇总表"),
    tbl(7, [
      ["指标", "矿种", "开采方式", "条件", "设计值(%)", "最低要求(%)", "是否达标"],
      ["开采回采率", "铁", "地下", "稳固 倾斜", rate, "81", "是"],
      ["选矿回收率", "铁", "", "磁铁矿 中细粒以上", "95.5", "95", "是"],
      ["综合利用率", "铁", "", "", "不涉及", "", ""],
    ]),
  ].join("");
}

let tmp: string;
let failing: string;
let clean: string;
beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), "mine-review-docx-test-"));
  failing = join(tmp, "某铁矿开发利用方案.docx");
  clean = join(tmp, "某铁矿开发利用方案(修改稿).docx");
  // 合计 typed as the simple mean of 85.0, 90.0 and 92.0; weighted by 动用资源量 it is 261.0 ÷ 300.0 = 87.0%
  const intro = p("第五章 矿产资源开发方案") + p("矿山设计生产规模 30 万t/a。");
  writeFileSync(
    failing,
    await docx(intro + cornersTable("注：矿区面积 0.2385 km²") + blocksTable("89.0") + summaryTable("89.0")),
  );
  writeFileSync(
    clean,
    await docx(intro + cornersTable("注：矿区面积 0.2385 km²") + blocksTable("87.0") + summaryTable("87.0")),
  );
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

interface Json {
  file: string;
  verdict: string;
  findings: { rule: string; severity: string; sheet: string; cell?: string }[];
  checks: { rule: string; status: string; reasons: { zh: string }[] }[];
}

async function reviewJson(file: string): Promise<{ code: number; json: Json; stderr: string }> {
  const result = await run([file, "--json"]);
  return { code: result.code, json: JSON.parse(result.stdout) as Json, stderr: result.stderr };
}

describe("a document's tables as sheets", () => {
  it("reads merged cells in every cell they cover, the caption over the table and the note under it", async () => {
    const zip = await JSZip.loadAsync(readFileSync(failing));
    const sheets = documentSheets(await zip.file("word/document.xml")!.async("string"));
    expect(sheets.map((sheet) => sheet.name)).toEqual([
      "文档表1「表 2-1 矿区范围拐点坐标(2000国家大地坐…」",
      "文档表2「表 5-2 开采回采率计算表」",
      "文档表3「表 5-5 “三率”指标汇总表」",
      BODY_SHEET,
    ]);
    const blocks = sheets[1].grid.values;
    // rows 1–3: the lines over the table, nearest last (the title stops them: the sentence over it is text)
    expect(blocks.slice(0, CAPTION_ROWS)).toEqual([[], ["表 5-2 开采回采率计算表"], ["单位：万t"]]);
    const table = blocks.slice(CAPTION_ROWS);
    expect(table[0]).toEqual(["采区", "矿块", "资源储量", "资源储量", "开采回采率\n(%)"]);
    expect(table[1]).toEqual(["采区", "矿块", "动用资源量", "采出纯矿石量", "开采回采率\n(%)"]);
    expect(table[2]).toEqual(["一采区", "①号矿块", 200, 170, 85]);
    expect(table[3]).toEqual(["一采区", "②号矿块", 50, 45, 90]);
    expect(table[5]).toEqual(["合计", "合计", 300, 261, 89]);
    // the note under the table, after a blank row (else it would read as one more row of the table)
    expect(table.slice(6)).toEqual([[], ["注：动用资源量为设计利用资源量中本次开采的部分。"]]);
    expect(sheets[1].grid.formulas).toBe(sheets[1].grid.values);
    // the text outside tables, one paragraph a row, one sentence a cell
    const body = sheets[3].grid.values;
    expect(body[0]).toEqual(["第五章 矿产资源开发方案"]);
    expect(body[1]).toEqual(["矿山设计生产规模 30 万t/a。"]);
  });

  it("reads a number typed as Excel would, and keeps other text", () => {
    expect(cellValue(" 2,500,000 ")).toBe(2500000);
    expect(cellValue("81.30")).toBe(81.3);
    expect(cellValue("-5")).toBe(-5);
    for (const text of ["81.3%", "≥90", "不涉及", "—", "1,23", "3号", ""]) expect(cellValue(text)).toBe(text);
  });

  it("names a table by its number and title within Excel's 31 characters", () => {
    expect(tableSheetName("3", "")).toBe("文档表3");
    expect(tableSheetName("3", "表5-2 开采/回采率: [计算]")).toBe("文档表3「表5-2 开采／回采率： ［计算］」");
    const long = tableSheetName("12", "表 5-12 某某矿业有限公司某某铁矿各中段各采场开采回采率及贫化率计算表");
    expect(long.length).toBeLessThanOrEqual(31);
    expect(long).toMatch(/^文档表12「表 5-12 .*…」$/);
  });

  it("reads a table nested in a cell as a table of its own, and leaves out deleted text and text boxes", () => {
    const inner = tbl(2, [
      ["品位", "金属量"],
      ["3.2", "120"],
    ]);
    const box =
      '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><w:txbxContent><w:p><w:r><w:t>文本框</w:t></w:r></w:p></w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>文本框</w:t></w:r></w:p></w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r>';
    const xml = documentXml(
      p("表1 外表") +
        tbl(2, [
          ["名称", { text: "明细", inner }],
          [
            "备注",
            {
              text: "",
              inner: `<w:p><w:r><w:t>保留</w:t></w:r><w:del w:id="1" w:author="a"><w:r><w:delText>删除</w:delText></w:r></w:del>${box}</w:p>`,
            },
          ],
        ]),
    );
    const sheets = documentSheets(xml);
    expect(sheets.map((sheet) => sheet.name)).toEqual(["文档表1「表1 外表」", "文档表1.1", BODY_SHEET]);
    expect(sheets[0].grid.values.slice(CAPTION_ROWS)).toEqual([
      ["名称", "明细"],
      ["备注", "保留"],
    ]);
    expect(sheets[1].grid.values.slice(CAPTION_ROWS)).toEqual([
      ["品位", "金属量"],
      [3.2, 120],
    ]);
  });
});

describe("npm run review -- 方案.docx", () => {
  it("fails the simple mean at the 合计 row, naming the document table and its row", async () => {
    const { code, json, stderr } = await reviewJson(failing);
    expect(code).toBe(EXIT.fail);
    expect(json.verdict).toBe("fail");
    expect(json.file).toBe(failing);
    const fails = json.findings.filter((finding) => finding.severity === "fail");
    // 89.0% and the weighted 87.0% both reach the minimum (81%): only the mean itself is wrong
    expect([...new Set(fails.map((finding) => finding.rule))]).toEqual(["recovery.weighted"]);
    const weighted = fails.find((finding) => finding.rule === "recovery.weighted");
    // the 合计 row is the table's 6th row: sheet row 6 + 3, the rate in the table's 5th column
    expect(weighted).toMatchObject({ sheet: "文档表2「表 5-2 开采回采率计算表」", cell: `E${6 + CAPTION_ROWS}` });
    expect(stderr).toContain("表格第 n 行 = 第 n+3 行");
    // the licence area under the corner table is read and agrees
    expect(json.checks.find((check) => check.rule === "licence.area")?.status).toBe("pass");
  });

  it("says how the report's cells name the document's tables and rows", async () => {
    const text = await run([failing]);
    expect(text.stdout).toContain("MINE 复核：");
    expect(text.stdout).toContain("某铁矿开发利用方案.docx");
    expect(text.stdout).toContain("文档表2「表 5-2 开采回采率计算表」!E9  [recovery.weighted]");
    expect(text.stdout).toContain("表格第 n 行 = 第 n+3 行");
    const english = await run([failing, "--lang", "en"]);
    expect(english.stdout).toContain("the table's row n is row n+3");
  });

  it("passes the document whose 合计 is the weighted mean", async () => {
    const { code, json } = await reviewJson(clean);
    const fails = json.findings.filter((finding) => finding.severity === "fail");
    expect(fails).toEqual([]);
    expect(json.checks.find((check) => check.rule === "recovery.weighted")?.status).toBe("pass");
    expect(json.checks.find((check) => check.rule === "licence.area")?.status).toBe("pass");
    expect(json.verdict).toBe("pass");
    expect(code).toBe(EXIT.pass);
  });

  it("writes --out as a workbook of the document's tables with the findings marked, the report and the opinion", async () => {
    const out = join(tmp, "标注.xlsx");
    const before = readFileSync(failing);
    const result = await run([failing, "--out", out]);
    expect(result.code).toBe(EXIT.fail);
    expect(readFileSync(failing).equals(before)).toBe(true);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const names = workbook.worksheets.map((worksheet) => worksheet.name);
    expect(names.slice(0, 4)).toEqual([
      tableSheetName("1", "表 2-1 矿区范围拐点坐标(2000国家大地坐标系)"),
      "文档表2「表 5-2 开采回采率计算表」",
      "文档表3「表 5-5 “三率”指标汇总表」",
      BODY_SHEET,
    ]);
    expect(names).toContain("复核报告");
    const flagged = workbook.getWorksheet("文档表2「表 5-2 开采回采率计算表」")!.getCell(`E${6 + CAPTION_ROWS}`);
    expect(flagged.value).toBe(89);
    expect(JSON.stringify(flagged.note)).toContain("recovery.weighted");
    // nothing left in the temporary directory
    expect(readdirSync(tmpdir()).filter((name) => name.startsWith("mine-review-docx-") && !tmp.endsWith(name))).toEqual(
      [],
    );
  });

  it("exits 2 for a damaged document, a .doc, or a file that is no document", async () => {
    const damaged = join(tmp, "damaged.docx");
    writeFileSync(damaged, "not a document");
    const d = await run([damaged]);
    expect(d.code).toBe(EXIT.unreadable);
    expect(d.stderr).toContain("无法读取为 Word 文档");
    const workbookAsDocx = join(tmp, "workbook.docx");
    const zip = new JSZip();
    zip.file("xl/workbook.xml", "<workbook/>");
    writeFileSync(workbookAsDocx, await zip.generateAsync({ type: "nodebuffer" }));
    expect((await run([workbookAsDocx, "--lang", "en"])).stderr).toContain("cannot read as a Word document");
    const doc = join(tmp, "old.doc");
    writeFileSync(doc, "\u00d0\u00cf\u0011\u00e0");
    const old = await run([doc]);
    expect(old.code).toBe(EXIT.unreadable);
    expect(old.stderr).toContain("另存为 .docx");
    expect(old.stderr).toContain(".docx 中的表格");
    expect(existsSync(doc)).toBe(true);
  });
});

const sorted = (values: Iterable<string>): string[] => [...new Set(values)].sort();

/**
 * The drafter plans (tests/fixtures/drafter-plans.ts) as Word documents: each sheet's table with its title and notes
 * around it, merged ranges as merged cells, the values as Excel shows them. Each must reach the verdict, failing
 * rules, undone checks, tables and reasons the plan expects of its workbook. The plan written by a script without
 * saved results is left out: a document has no formulas to leave uncomputed.
 */
describe.each(DRAFTER_PLANS.filter((plan) => !plan.uncached).map((plan) => [plan.id, plan] as const))(
  "the drafter plan %s as a Word document",
  (_id, plan) => {
    let report: ReviewReport;
    beforeAll(async () => {
      const path = join(tmp, `${plan.id}.xlsx`);
      await writeDrafterPlan(plan, path);
      const read = await readWorkbookFile(path);
      const xml = drafterDocumentXml(
        plan,
        read.sheets.map((sheet) => sheet.grid.values),
      );
      report = reviewWorkbook(documentSheets(xml), { uncachedFormulas: [] });
    });

    it("comes out as its workbook does", () => {
      expect(sorted(report.tables.map((table) => table.kind))).toEqual(sorted(plan.expected.tables));
      const fails = report.findings.filter((finding) => finding.severity === "fail");
      expect(sorted(fails.map((finding) => finding.rule))).toEqual(sorted(plan.expected.fails));
      expect(sorted(report.checks.filter(undecides).map((check) => check.rule))).toEqual(sorted(plan.expected.undone));
      expect(report.verdict).toBe(plan.expected.verdict);
      const said = [
        ...report.findings.flatMap((finding) => [pick(finding, "zh"), finding.note ? pick(finding.note, "zh") : ""]),
        ...report.checks.flatMap((check) => check.reasons.map((reason) => pick(reason, "zh"))),
      ].join("\n");
      for (const mention of plan.expected.mentions ?? []) expect(said).toContain(mention);
    });
  },
);
