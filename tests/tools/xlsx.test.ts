/**
 * Reading a saved .xlsx as the review does (src/tools/review-xlsx.ts): saved results as the stated values, the
 * formulas (shared ones translated to their cell), rich text and hyperlinks as plain text, errors and dates as
 * text, merged ranges read as their top-left value, and formulas saved without a result listed — the results read
 * as the file holds them (a 0, an empty text), checked against the sheet's XML itself.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { readWorkbookFile, sheetGrid } from "../../src/tools/review-xlsx";
import { heldInSheet } from "../../src/tools/xlsx-results";

let tmp: string;
beforeAll(() => (tmp = mkdtempSync(join(tmpdir(), "mine-xlsx-"))));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function roundTrip(build: (ws: ExcelJS.Worksheet) => void): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  build(wb.addWorksheet("S"));
  const file = join(tmp, `t${Math.random().toString(36).slice(2)}.xlsx`);
  await wb.xlsx.writeFile(file);
  const back = new ExcelJS.Workbook();
  await back.xlsx.readFile(file);
  return back.getWorksheet("S")!;
}

describe("sheetGrid", () => {
  it("takes a formula's saved result as the value, including a result of 0, and keeps the formula", async () => {
    const ws = await roundTrip((s) => {
      s.getCell("A1").value = 2;
      s.getCell("B1").value = { formula: "A1*3", result: 6 };
      s.getCell("C1").value = { formula: "A1-2", result: 0 };
      s.getCell("D1").value = { formula: 'IF(A1>1,"是","否")', result: "是" };
      s.getCell("E1").value = { formula: "1/0", result: { error: "#DIV/0!" } };
      s.getCell("F1").value = { formula: "A1+1" };
    });
    const { grid, uncached } = sheetGrid(ws);
    expect(grid.values[0]).toEqual([2, 6, 0, "是", "#DIV/0!", ""]);
    expect(grid.formulas[0]).toEqual([2, "=A1*3", "=A1-2", '=IF(A1>1,"是","否")', "=1/0", "=A1+1"]);
    expect(uncached).toEqual(["F1"]);
  });

  it("translates shared formulas to their own cell", async () => {
    const ws = await roundTrip((s) => {
      s.getCell("A1").value = 1;
      s.getCell("A2").value = 2;
      s.getCell("A3").value = 3;
      s.fillFormula("B1:B3", "A1*2", [2, 4, 6]);
    });
    const { grid } = sheetGrid(ws);
    expect(grid.values.map((r) => r[1])).toEqual([2, 4, 6]);
    expect(grid.formulas.map((r) => r[1])).toEqual(["=A1*2", "=A2*2", "=A3*2"]);
  });

  it("reads rich text, hyperlinks and dates as text", async () => {
    const ws = await roundTrip((s) => {
      s.getCell("A1").value = { richText: [{ text: "动用" }, { font: { bold: true }, text: "资源量" }] };
      s.getCell("B1").value = { text: "附件", hyperlink: "https://example.org" };
      s.getCell("C1").value = new Date("2025-04-29T00:00:00Z");
    });
    expect(sheetGrid(ws).grid.values[0]).toEqual(["动用资源量", "附件", "2025-04-29"]);
  });

  it("reads every cell of a merged range as its top-left value", async () => {
    const ws = await roundTrip((s) => {
      s.getCell("A1").value = "设计损失量(万t)";
      s.mergeCells("A1:C1");
      s.getCell("A2").value = "Ⅰ号矿体";
      s.mergeCells("A2:A3");
      s.getCell("B2").value = 1;
    });
    const { grid } = sheetGrid(ws);
    expect(grid.values[0]).toEqual(["设计损失量(万t)", "设计损失量(万t)", "设计损失量(万t)"]);
    expect(grid.values[2][0]).toBe("Ⅰ号矿体");
    expect(grid.values[1][1]).toBe(1);
  });
});

describe("readWorkbookFile", () => {
  it("reads every sheet by name and lists unsaved results with their sheet", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("一").getCell("A1").value = "x";
    wb.addWorksheet("二").getCell("B2").value = { formula: "1+1" };
    const file = join(tmp, "two.xlsx");
    await wb.xlsx.writeFile(file);
    const read = await readWorkbookFile(file);
    expect(read.sheets.map((s) => s.name)).toEqual(["一", "二"]);
    expect(read.uncached).toEqual([{ sheet: "二", cell: "B2" }]);
  });
});

/** The XML of the first worksheet of an .xlsx file, and a way to write the file back with it changed. */
async function sheetXml(file: string): Promise<{ xml: string; write: (xml: string, to: string) => Promise<void> }> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const part = "xl/worksheets/sheet1.xml";
  const xml = await zip.file(part)!.async("string");
  return {
    xml,
    write: async (changed, to) => {
      zip.file(part, changed);
      writeFileSync(to, await zip.generateAsync({ type: "nodebuffer" }));
    },
  };
}

describe("saved results as the file holds them (issue 9 §0, §7)", () => {
  // A1 = 2; B1 = A1-2 saved with its result 0, C1 = A1*0 shared down to C3 (results 0), D1 = IF(A1>5,"x","") saved
  // as Excel saves an empty text, E1 = A1+1 saved with no result at all (as a script writes it).
  let file: string;
  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    const s = wb.addWorksheet("S");
    s.getCell("A1").value = 2;
    s.getCell("B1").value = { formula: "A1-2", result: 0 };
    s.fillFormula("C1:C3", "A1*0", [0, 0, 0]);
    s.getCell("D1").value = { formula: 'IF(A1>5,"x","")', result: "placeholder" };
    s.getCell("E1").value = { formula: "A1+1" };
    const written = join(tmp, "results-written.xlsx");
    await wb.xlsx.writeFile(written);
    const { xml, write } = await sheetXml(written);
    // exceljs writes the text result as <v>placeholder</v>: make it what Excel saves for "", an empty <v/>
    const excelEmpty = xml.replace(
      /<c r="D1" t="str">(<f>[^<]*<\/f>)<v>placeholder<\/v><\/c>/,
      '<c r="D1" t="str">$1<v/></c>',
    );
    expect(excelEmpty).not.toBe(xml);
    file = join(tmp, "results.xlsx");
    await write(excelEmpty, file);
  });

  it("the file holds <v>0</v> for the zeros, an empty <v/> for the empty text, and no <v> for the unsaved one", async () => {
    const { xml } = await sheetXml(file);
    expect(xml).toMatch(/<c r="B1"><f>A1-2<\/f><v>0<\/v><\/c>/);
    expect(xml).toMatch(/<c r="C2"><f t="shared" si="0"\/><v>0<\/v><\/c>/);
    expect(xml).toMatch(/<c r="D1" t="str"><f>IF\(A1&gt;5,&quot;x&quot;,&quot;&quot;\)<\/f><v\/><\/c>/);
    expect(xml).toMatch(/<c r="E1"><f>A1\+1<\/f><\/c>/);
    expect(heldInSheet(xml)).toEqual(
      new Map<string, unknown>([
        ["B1", 0],
        ["C1", 0],
        ["C2", 0],
        ["C3", 0],
        ["D1", ""],
      ]),
    );
  });

  it("reads a saved 0 as 0 and a saved empty text as empty text, and lists only the formula with no result", async () => {
    const read = await readWorkbookFile(file);
    const { values, formulas } = read.sheets[0].grid;
    expect(values[0]).toEqual([2, 0, 0, "", ""]);
    expect(values.slice(1).map((row) => row[2])).toEqual([0, 0]);
    expect(formulas[0]).toEqual([2, "=A1-2", "=A1*0", '=IF(A1>5,"x","")', "=A1+1"]);
    expect(read.uncached).toEqual([{ sheet: "S", cell: "E1" }]);
  });

  it("reads each type of <v> as its cell's type says, with entities resolved", () => {
    const xml = [
      '<x:c r="A1" t="b"><x:f>TRUE()</x:f><x:v>1</x:v></x:c>',
      '<c r="B1" t="e"><f>1/0</f><v>#DIV/0!</v></c>',
      '<c r="C1" t="str"><f>"a&amp;b"</f><v>a&amp;b</v></c>',
      '<c r="D1" s="2"><f>0.1*3</f><v>0.30000000000000004</v></c>',
      '<c r="E1"><f>1+1</f><v></v></c>',
      '<c r="F1"><v>7</v></c>',
      '<c r="G1"/>',
    ].join("");
    expect([...heldInSheet(xml)]).toEqual([
      ["A1", true],
      ["B1", "#DIV/0!"],
      ["C1", "a&b"],
      ["D1", 0.30000000000000004],
    ]);
  });
});
