/**
 * `npm run portable`: a workbook with =MINE.* formulas (as the add-in writes them, or as Excel saves them:
 * `_xldudf_MINE_…`) copied with native formulas and the engine's values; the original untouched. The copies of every
 * live template are recalculated in LibreOffice and must show the engine's values. A workbook with what exceljs
 * cannot write (a native chart, a validation in the sheet's extensions) comes out with only its changed cells
 * rewritten: every other part byte for byte, its notes kept.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { createHash } from "crypto";
import { linkSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { TEMPLATE_KINDS, planTemplate } from "../../src/core/templates/templates";
import { CellError, evaluatePlan } from "../../src/core/workbook/evaluate";
import { PlannedCell } from "../../src/core/workbook/sheetPlan";
import { mineFunctions } from "../../src/tools/engine";
import { chartXml } from "../../src/tools/docx/chart";
import { main, portableCopy } from "../../src/tools/portable-copy";
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
        await writeSheetFile(kind, "zh", join(own, `${kind}.xlsx`));
        copies.push(join(own, `${kind}.portable.xlsx`));
        writeFileSync(copies[copies.length - 1], (await portableCopy(readFileSync(join(own, `${kind}.xlsx`)))).bytes);
      }
      // the workbook with a chart, an image, validations, notes and a shared MINE formula
      writeFileSync(join(own, "parts.portable.xlsx"), (await portableCopy(await partsWorkbook())).bytes);
      copies.push(join(own, "parts.portable.xlsx"));
      const out = await recalculateInLibreOffice(soffice as string, copies, own);
      const recalculated = (await readWorkbookFile(join(out, "parts.portable.xlsx"))).sheets[0].grid;
      // D2:D4 the native recovery of B/C, E2 a value (no native form), F2 a sum
      expect(recalculated.values[1].slice(3, 6)).toEqual([0.8, 0.95, 180]);
      expect(recalculated.values[2][3]).toBeCloseTo(0.9, 12);
      expect(recalculated.values[3][3]).toBeCloseTo(0.7, 12);
      // LibreOffice read the notes: the one already there and the one on the value, both saved again
      const notes = [...(await partsOf(readFileSync(join(out, "parts.portable.xlsx")))).entries()]
        .filter(([part]) => /comments\d*\.xml$/.test(part))
        .map(([, bytes]) => bytes.toString("utf8"))
        .join("");
      expect(notes).toContain("a note already there");
      expect(notes).toContain("_xldudf_MINE_MIN_RATE");
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
    const { bytes, conversions } = await portableCopy(Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(conversions).toEqual([
      {
        sheet: "回采率",
        native: ["D2"],
        values: [{ cell: "D3", formula: expect.stringContaining("MIN_RATE") as unknown }],
        unvalued: [],
        unread: [],
      },
    ]);
    const copy = new ExcelJS.Workbook();
    await copy.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    const converted = copy.getWorksheet("回采率") as ExcelJS.Worksheet;
    expect(converted.getCell("D2").formula).toContain("B2/C2");
    expect((converted.getCell("D2").value as { result: number }).result).toBe(0.8);
    expect(converted.getCell("D3").value).toBe(0.95);
    expect(converted.getCell("D3").note as unknown as string).toContain("MIN_RATE");
    expect(converted.getCell("D4").formula).toBe("SUM(B2:C2)");
  });
});

const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "base64",
);

/** A validation in the sheet's extensions (a list on another sheet), which exceljs drops. */
const EXTENDED_VALIDATION =
  '<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">' +
  '<x14:dataValidations count="1" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main">' +
  '<x14:dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1"><x14:formula1><xm:f>Lists!$A$1:$A$3</xm:f>' +
  "</x14:formula1><xm:sqref>B6</xm:sqref></x14:dataValidation></x14:dataValidations></ext></extLst>";

/** A chart anchored over G8:N22 in the sheet's drawing (beside the picture exceljs put there). */
const CHART_ANCHOR =
  "<xdr:twoCellAnchor><xdr:from><xdr:col>6</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>7</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>" +
  "<xdr:to><xdr:col>13</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>21</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>" +
  '<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="3" name="Chart 2"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>' +
  '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">' +
  '<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rIdChart"/>' +
  "</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>";

/**
 * A workbook with what a portable copy must keep: a native chart and a picture in the sheet's drawing, a validation
 * exceljs writes and one it drops, a note on A1 and one on E2 (a cell that becomes a value), a calculation chain;
 * and =MINE formulas: D2:D4 one shared formula (native), E2 a lookup (no native form), F2 a sum saved without a
 * result. exceljs writes the cells, the picture and the notes; the chart, the extended validation and the chain are
 * put into its package by hand (exceljs cannot write them).
 */
async function partsWorkbook(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Sheet1");
  const lists = workbook.addWorksheet("Lists");
  ["露天", "地下", "联合"].forEach((word, i) => (lists.getCell(i + 1, 1).value = word));
  [80, 90, 70].forEach((extracted, i) => {
    sheet.getCell(`B${i + 2}`).value = extracted;
    sheet.getCell(`C${i + 2}`).value = 100;
  });
  sheet.getCell("A1").value = "回采率";
  sheet.getCell("A1").note = "原有批注 / a note already there";
  const shared = { formula: "_xldudf_MINE_RECOVERY(B2,C2)", shareType: "shared", ref: "D2:D4", result: 0.8 };
  sheet.getCell("D2").value = shared;
  sheet.getCell("D3").value = { sharedFormula: "D2", result: 0.9 };
  sheet.getCell("D4").value = { sharedFormula: "D2", result: 0.7 };
  sheet.getCell("E2").value = { formula: '_xldudf_MINE_MIN_RATE("铁","开采回采率","露天")', result: 0.95 };
  sheet.getCell("E2").note = "核对过 / checked";
  sheet.getCell("F2").value = { formula: "SUM(B2:C2)" };
  sheet.getCell("B2").dataValidation = { type: "decimal", operator: "between", formulae: [0, 1000] };
  sheet.addImage(workbook.addImage({ buffer: PNG as unknown as ExcelJS.Buffer, extension: "png" }), "H2:J6");
  const zip = await JSZip.loadAsync(await workbook.xlsx.writeBuffer());
  const edit = async (part: string, change: (xml: string) => string) =>
    zip.file(part, change((await zip.file(part)?.async("string")) as string));
  const chart = chartXml({
    kind: "chart",
    type: "column",
    title: "回采率",
    categories: ["一采区", "二采区", "三采区"],
    series: [{ name: "回采率", values: [0.8, 0.9, 0.7] }],
    numberFormat: "0.0%",
  });
  zip.file("xl/charts/chart1.xml", chart);
  await edit("xl/drawings/drawing1.xml", (xml) => xml.replace("</xdr:wsDr>", `${CHART_ANCHOR}</xdr:wsDr>`));
  await edit("xl/drawings/_rels/drawing1.xml.rels", (xml) =>
    xml.replace(
      "</Relationships>",
      '<Relationship Id="rIdChart" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart" Target="../charts/chart1.xml"/></Relationships>',
    ),
  );
  await edit("xl/worksheets/sheet1.xml", (xml) => xml.replace("</worksheet>", `${EXTENDED_VALIDATION}</worksheet>`));
  zip.file(
    "xl/calcChain.xml",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      '<c r="D2" i="1"/><c r="D3"/><c r="D4"/><c r="E2"/><c r="F2"/></calcChain>',
  );
  await edit("xl/_rels/workbook.xml.rels", (xml) =>
    xml.replace(
      "</Relationships>",
      '<Relationship Id="rIdChain" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain" Target="calcChain.xml"/></Relationships>',
    ),
  );
  await edit("[Content_Types].xml", (xml) =>
    xml.replace(
      "</Types>",
      '<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>' +
        '<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/></Types>',
    ),
  );
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/** Every part of a package by name, as bytes. */
async function partsOf(bytes: Buffer): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = new Map<string, Buffer>();
  for (const [name, file] of Object.entries(zip.files)) if (!file.dir) parts.set(name, await file.async("nodebuffer"));
  return parts;
}

describe("a workbook with charts, pictures, validations and notes", () => {
  let original: Buffer;
  let copy: Buffer;
  let before: Map<string, Buffer>;
  let after: Map<string, Buffer>;
  beforeAll(async () => {
    original = await partsWorkbook();
    copy = (await portableCopy(original)).bytes;
    [before, after] = [await partsOf(original), await partsOf(copy)];
  });
  const text = (parts: Map<string, Buffer>, part: string) => (parts.get(part) as Buffer).toString("utf8");

  it("copies every part but the edited ones byte for byte: the chart, the drawing, the picture, the other sheet", () => {
    // what the conversion writes: the sheet, its notes and their relationships, the workbook (recalculate on
    // opening) and its relationships and content types (the calculation chain dropped)
    const edited = [
      "xl/worksheets/sheet1.xml",
      "xl/worksheets/_rels/sheet1.xml.rels",
      "xl/comments1.xml",
      "xl/drawings/vmlDrawing1.vml",
      "xl/workbook.xml",
      "xl/_rels/workbook.xml.rels",
      "[Content_Types].xml",
    ];
    for (const part of ["xl/charts/chart1.xml", "xl/drawings/drawing1.xml", "xl/media/image1.png"]) {
      expect(after.get(part)?.equals(before.get(part) as Buffer)).toBe(true);
    }
    const kept = [...before.keys()].filter((part) => !edited.includes(part) && part !== "xl/calcChain.xml");
    expect(kept).toEqual(expect.arrayContaining(["xl/drawings/_rels/drawing1.xml.rels", "xl/worksheets/sheet2.xml"]));
    for (const part of kept)
      expect({ part, same: after.get(part)?.equals(before.get(part) as Buffer) }).toEqual({ part, same: true });
    expect([...after.keys()].sort()).toEqual([...before.keys()].filter((part) => part !== "xl/calcChain.xml").sort());
    // the chain named E2, now a value: dropped with its relationship and content type; Excel rebuilds it
    expect(text(after, "xl/_rels/workbook.xml.rels")).not.toContain("calcChain");
    expect(text(after, "[Content_Types].xml")).not.toContain("calcChain");
    expect(text(after, "[Content_Types].xml")).toContain("/xl/charts/chart1.xml");
    expect(text(after, "xl/workbook.xml")).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
  });

  it("keeps the sheet's validations, drawing and extensions as they were", () => {
    const [sheetBefore, sheetAfter] = [
      text(before, "xl/worksheets/sheet1.xml"),
      text(after, "xl/worksheets/sheet1.xml"),
    ];
    const validations = /<dataValidations[\s\S]*<\/dataValidations>/.exec(sheetBefore)?.[0] as string;
    expect(validations).toContain("<formula2>1000</formula2>");
    expect(sheetAfter).toContain(validations);
    expect(sheetAfter).toContain(EXTENDED_VALIDATION);
    expect(sheetAfter).toContain(/<drawing r:id="rId\d+"\/>/.exec(sheetBefore)?.[0]);
    // everything but the cells of D2:F2 is as it was
    const cells = /<c r="(?:D[234]|E2|F2)"[\s\S]*?<\/c>/g;
    expect(sheetAfter.replace(cells, "")).toBe(sheetBefore.replace(cells, ""));
  });

  it("writes the changed cells: the shared formula de-shared and native, the lookup a value, the sum its value", async () => {
    const sheetAfter = text(after, "xl/worksheets/sheet1.xml");
    expect(sheetAfter).not.toContain('t="shared"');
    expect(sheetAfter).not.toMatch(/MINE/);
    const { sheets, uncached } = await readWorkbookFile(written(copy));
    expect(uncached).toEqual([]);
    const { values, formulas } = sheets[0].grid;
    expect([1, 2, 3].map((row) => values[row][3])).toEqual([0.8, 0.9, 0.7]);
    expect(formulas[2][3]).toMatch(/^=\(IF\(AND\(ISNUMBER\(B3\),ISNUMBER\(C3\).*B3\/C3/);
    expect(formulas[3][3]).toContain("B4/C4");
    expect(formulas[1][4]).toBe(0.95);
    expect([values[1][5], formulas[1][5]]).toEqual([180, "=SUM(B2:C2)"]);
    // the copy's native formulas compute what the file held, in the project's evaluator
    const cells: PlannedCell[] = [];
    formulas.forEach((row, r) =>
      row.forEach((formula, c) => {
        if (typeof formula === "string" && formula.startsWith("="))
          cells.push({ row: r, column: c, role: "formula", formula });
        else if (typeof formula === "number" || (typeof formula === "string" && formula !== ""))
          cells.push({ row: r, column: c, role: "input", value: formula });
      }),
    );
    const native = evaluatePlan({ sheetName: "Sheet1", cells });
    expect(["D2", "D3", "D4"].map((address) => native.get(address))).toEqual([0.8, 0.9, 0.7]);
  });

  it("keeps the notes the sheet had and adds one where a formula became a value", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(copy as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet("Sheet1") as ExcelJS.Worksheet;
    const note = (address: string) => {
      const held = sheet.getCell(address).note as unknown;
      return typeof held === "string"
        ? held
        : (held as { texts: { text: string }[] }).texts.map((t) => t.text).join("");
    };
    expect(note("A1")).toBe("原有批注 / a note already there");
    expect(note("E2")).toMatch(/^核对过 \/ checked\n\n便携：[\s\S]*_xldudf_MINE_MIN_RATE/);
    const vml = text(after, "xl/drawings/vmlDrawing1.vml");
    // a shape for each note: the note on E2 had one already
    expect(vml.match(/ObjectType="Note"/g)).toHaveLength(2);
  });

  it("puts new notes in parts of their own where the sheet had none", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("S");
    sheet.getCell("A1").value = { formula: "MINE.AHP_CR(B1:D3)", result: 0.05 };
    const { bytes } = await portableCopy(Buffer.from(await workbook.xlsx.writeBuffer()));
    const parts = await partsOf(bytes);
    expect(text(parts, "xl/worksheets/sheet1.xml")).toMatch(/<legacyDrawing [^>]*r:id="rId\d+"\/><\/worksheet>$/);
    const ids = [...text(parts, "xl/worksheets/_rels/sheet1.xml.rels").matchAll(/Id="([^"]*)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(2);
    expect(text(parts, "[Content_Types].xml")).toContain('PartName="/xl/comments1.xml"');
    expect(text(parts, "[Content_Types].xml")).toContain('Extension="vml"');
    const copy = new ExcelJS.Workbook();
    await copy.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    const a1 = (copy.getWorksheet("S") as ExcelJS.Worksheet).getCell("A1");
    expect(a1.value).toBe(0.05);
    expect(JSON.stringify(a1.note)).toContain("MINE.AHP_CR(B1:D3)");
  });
});

/** The bytes written to a file of the test's folder, for the readers that take a path. */
function written(bytes: Buffer): string {
  const path = join(dir, `copy-${createHash("sha256").update(bytes).digest("hex").slice(0, 8)}.xlsx`);
  writeFileSync(path, bytes);
  return path;
}

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
