/**
 * The one writer of notes and package parts both copies use (src/tools/xlsx-notes.ts, src/tools/xlsx-edit.ts): what
 * each copy gained from the other when they were made one. The annotated copy and the portable copy are checked
 * whole in xlsxAnnotate.test.ts and portableCopy.test.ts.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { mkdtempSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { XlsxEdit, appendInto } from "../../src/tools/xlsx-edit";
import { sheetNotes } from "../../src/tools/xlsx-notes";
import { editSheet } from "../../src/tools/xlsx-results";

/** A workbook of two sheets, A with a note on B2 ("old"), B without notes; `edit` changes parts of it by hand. */
async function workbook(edit: Record<string, (text: string) => string> = {}): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const a = wb.addWorksheet("A");
  a.getCell("B2").value = 1;
  a.getCell("B2").note = "old";
  wb.addWorksheet("B").getCell("A1").value = 2;
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  for (const [part, change] of Object.entries(edit)) {
    zip.file(
      part,
      Buffer.from(
        change(((await zip.file(part)?.async("nodebuffer")) ?? Buffer.alloc(0)).toString("latin1")),
        "latin1",
      ),
    );
  }
  return zip.generateAsync({ type: "nodebuffer" });
}

/** Notes put on a sheet of a package the way both copies do: parts first, then the sheet through its tail. */
async function noted(
  bytes: Buffer,
  part: string,
  notes: { row: number; column: number; text: string }[],
): Promise<JSZip> {
  const edit = await XlsxEdit.open(bytes);
  const { tail } = await sheetNotes(edit, part, notes);
  edit.set(
    part,
    editSheet(edit.original.pieces(part), () => undefined, tail),
  );
  return JSZip.loadAsync(await edit.bytes());
}

async function notesOf(bytes: Buffer, sheet: string): Promise<Map<string, string>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const found = new Map<string, string>();
  wb.getWorksheet(sheet)?.eachRow((row) =>
    row.eachCell((cell) => {
      const note = cell.note as string | { texts?: { text: string }[] } | undefined;
      if (note === undefined) return;
      found.set(cell.address, typeof note === "string" ? note : (note.texts ?? []).map((t) => t.text).join(""));
    }),
  );
  return found;
}

describe("notes put on a sheet", () => {
  it("give a new VML drawing a block of shape ids no other drawing of the package uses", async () => {
    const zip = await noted(await workbook(), "xl/worksheets/sheet2.xml", [{ row: 0, column: 0, text: "new" }]);
    const drawings = Object.keys(zip.files).filter((part) => part.endsWith(".vml"));
    expect(drawings).toHaveLength(2);
    const blocks = await Promise.all(
      drawings.map(
        async (part) => /<o:idmap\b[^>]*data="(\d+)"/.exec((await zip.file(part)?.async("string")) ?? "")?.[1],
      ),
    );
    expect(new Set(blocks).size).toBe(2);
    const created = (await zip.file("xl/drawings/vmlDrawing2.vml")?.async("string")) ?? "";
    expect(created).toMatch(new RegExp(`_x0000_s${Number(blocks[1]) * 1024 + 1}"`));
    expect(await notesOf(await zip.generateAsync({ type: "nodebuffer" }), "B")).toEqual(new Map([["A1", "new"]]));
  });

  it("append to a note written as a bare <t> as runs, so readers keep the note's own text", async () => {
    const bytes = await workbook({
      "xl/comments1.xml": (xml) => xml.replace("<text><r><t>old</t></r></text>", "<text><t>old</t></text>"),
    });
    const zip = await noted(bytes, "xl/worksheets/sheet1.xml", [{ row: 1, column: 1, text: "finding" }]);
    const comments = (await zip.file("xl/comments1.xml")?.async("string")) ?? "";
    expect(comments).toContain('<text><r><t>old</t></r><r><t xml:space="preserve">\n\nfinding</t></r></text>');
    expect(comments.match(/<comment\b/g)).toHaveLength(1);
    const notes = await notesOf(await zip.generateAsync({ type: "nodebuffer" }), "A");
    expect(notes.get("B2")).toBe("old\n\nfinding");
  });

  it("give an empty comment of the cell the text, without a second comment on the cell", async () => {
    const bytes = await workbook({
      "xl/comments1.xml": (xml) => xml.replace(/<comment ref="B2"([^>]*)>[\s\S]*?<\/comment>/, '<comment ref="B2"$1/>'),
    });
    const zip = await noted(bytes, "xl/worksheets/sheet1.xml", [{ row: 1, column: 1, text: "finding" }]);
    const comments = (await zip.file("xl/comments1.xml")?.async("string")) ?? "";
    expect(comments.match(/<comment\b/g)).toHaveLength(1);
    expect(comments).toContain("\n\nfinding</t></r></text></comment>");
  });

  it("keep the sheet's VML drawing byte for byte in its own 8-bit encoding, the new shape added", async () => {
    // a Windows-1252 byte (é) in a comment of the drawing, as Excel's VML may hold
    const bytes = await workbook({
      "xl/drawings/vmlDrawing1.vml": (vml) => vml.replace("<o:shapelayout", "<!-- caf\xe9 --><o:shapelayout"),
    });
    const before = await (await JSZip.loadAsync(bytes)).file("xl/drawings/vmlDrawing1.vml")?.async("nodebuffer");
    const zip = await noted(bytes, "xl/worksheets/sheet1.xml", [{ row: 4, column: 2, text: "new" }]);
    const after = await zip.file("xl/drawings/vmlDrawing1.vml")?.async("nodebuffer");
    const end = before?.lastIndexOf("</xml>") ?? -1;
    expect(after?.subarray(0, end).equals(before?.subarray(0, end) ?? Buffer.alloc(0))).toBe(true);
    expect(after?.toString("latin1").match(/ObjectType="Note"/g)).toHaveLength(2);
    expect(after?.toString("latin1")).toContain("<x:Row>4</x:Row><x:Column>2</x:Column>");
  });
});

describe("a package edited part by part", () => {
  it("adds to empty elements: a relationship to <Relationships/>, a comment to <commentList/>", () => {
    expect(appendInto('<Relationships xmlns="r"/>', "Relationships", "<Relationship/>")).toBe(
      '<Relationships xmlns="r"><Relationship/></Relationships>',
    );
    expect(appendInto("<x:comments><x:commentList/></x:comments>", "commentList", "<x:comment/>")).toBe(
      "<x:comments><x:commentList><x:comment/></x:commentList></x:comments>",
    );
  });

  it("declares a content type once, whatever the case the package wrote it in", async () => {
    const edit = await XlsxEdit.open(await workbook());
    const types = await edit.text("[Content_Types].xml");
    await edit.declareContentType("XL/Comments1.xml", "application/x-comments");
    await edit.declareContentType("xl/drawings/vmlDrawing9.vml", "application/x-vml", "vml");
    expect(await edit.text("[Content_Types].xml")).toBe(types);
  });

  it("writes a streamed part as it is read, and a part promised on it after it", async () => {
    const folder = mkdtempSync(join(tmpdir(), "mine-xlsx-edit-"));
    try {
      const edit = await XlsxEdit.open(await workbook());
      let read = 0;
      edit.set(
        "xl/worksheets/sheet2.xml",
        (async function* () {
          for await (const piece of edit.original.pieces("xl/worksheets/sheet2.xml")) {
            read += piece.length;
            yield piece;
          }
        })(),
      );
      edit.set(
        "docProps/custom.txt",
        edit.streamed().then(() => `read ${read}`),
      );
      const out = join(folder, "copy.xlsx");
      await edit.write(out);
      const zip = await JSZip.loadAsync(readFileSync(out));
      const sheet = (await zip.file("xl/worksheets/sheet2.xml")?.async("string")) ?? "";
      expect(await zip.file("docProps/custom.txt")?.async("string")).toBe(`read ${sheet.length}`);
      expect(Object.keys(zip.files).pop()).toBe("docProps/custom.txt");
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
