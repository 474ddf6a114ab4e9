/**
 * The annotated copy (src/tools/xlsx-annotate.ts through writeAnnotated): the input's package rewritten, not
 * re-serialised. Each copy is opened with exceljs and with LibreOffice (saved again as .xlsx and read back) and
 * checked: every original cell's value, formula and style unchanged but the flagged cells' fills; a note on each
 * flagged cell with its findings' texts, existing notes kept (a flagged cell's note gets the finding appended);
 * the review report and the opinion present as writePlan writes them, their names apart from the workbook's; the
 * input byte-identical. Inputs: the bad sample with the review's own findings, a workbook with notes (as exceljs and
 * as LibreOffice write them), a hand-written package with inline and shared strings and no styles part, a long
 * sheet whose flagged rows lie in different pieces of the stream, and workbooks already holding the planned names.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { basename, join } from "path";
import { planReviewOpinion, planReviewReport } from "../../src/core/review/plans";
import { Finding } from "../../src/core/review/record";
import { reviewWorkbook } from "../../src/core/review/review";
import { findingValues } from "../../src/core/review/text";
import { SheetPlan } from "../../src/core/workbook/sheetPlan";
import { findingNote, readWorkbookFile, writeAnnotated, writePlan } from "../../src/tools/review-xlsx";
import { recalculateInLibreOffice, sofficeForTests } from "../support/libreoffice";
import { BAD, sha } from "../support/reviewCli";

const RED = "FFFFC7CE";
const YELLOW = "FFFFEB9C";

type Severity = "fail" | "warn";

/** A finding at a cell, with only what the copy reads of it. */
function finding(sheet: string, cell: string, severity: Severity, rule: string): Finding {
  return { sheet, cell, severity, rule, zh: `${rule} 的说明`, en: `${rule} explained` } as unknown as Finding;
}
const noteOf = (f: Finding) => `[${f.rule}] ${f.zh}`;

/** A note's text as exceljs reads it (a string, or runs). */
function noteText(note: ExcelJS.Cell["note"] | undefined): string | undefined {
  if (note === undefined || note === null) return undefined;
  if (typeof note === "string") return note;
  return (note.texts ?? []).map((run) => run.text).join("");
}

async function load(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

interface CellSnapshot {
  value: unknown;
  numFmt: unknown;
  font: unknown;
  alignment: unknown;
  border: unknown;
  protection: unknown;
  fill: unknown;
  note: string | undefined;
}

/** Every cell exceljs reads in a worksheet (styled empty ones too), by address. */
function cells(worksheet: ExcelJS.Worksheet): Map<string, CellSnapshot> {
  const found = new Map<string, CellSnapshot>();
  worksheet.eachRow({ includeEmpty: true }, (row) =>
    row.eachCell({ includeEmpty: true }, (cell) => {
      const value = cell.value === "" ? null : cell.value; // an empty inline string reads as no value
      const { numFmt, font, alignment, border, protection, fill } = cell;
      const snapshot = { value, numFmt, font, alignment, border, protection, fill, note: noteText(cell.note) };
      found.set(cell.address, JSON.parse(JSON.stringify(snapshot)) as CellSnapshot);
    }),
  );
  return found;
}

/** The notes the copy must hold: per cell its findings' texts a blank line apart, red when one fails. */
function expectedNotes(findings: readonly Finding[], note: (f: Finding) => string) {
  const notes = new Map<string, { text: string; fill: string }>();
  for (const f of findings) {
    if (!f.cell) continue;
    const key = `${f.sheet}!${f.cell}`;
    const entry = notes.get(key);
    const fill = f.severity === "fail" || entry?.fill === RED ? RED : YELLOW;
    notes.set(key, { text: entry ? `${entry.text}\n\n${note(f)}` : note(f), fill });
  }
  return notes;
}

/**
 * Checks a copy against its input through exceljs: each original cell as it was but the flagged ones' fill and note,
 * the flagged cells the input lacks added with the fill and the note, existing notes kept (a flagged cell's extended).
 */
async function expectAnnotated(input: string, out: string, findings: readonly Finding[], note: (f: Finding) => string) {
  const before = await load(input);
  const after = await load(out);
  const notes = expectedNotes(findings, note);
  for (const worksheet of before.worksheets) {
    const copy = after.getWorksheet(worksheet.name);
    expect(copy).toBeDefined();
    const was = cells(worksheet);
    const now = cells(copy!);
    for (const [address, cell] of was) {
      const flagged = notes.get(`${worksheet.name}!${address}`);
      const got = now.get(address);
      if (!flagged) {
        expect({ address, ...got }).toEqual({ address, ...cell });
        continue;
      }
      // a flagged cell's style is its own with the fill: every part it had is kept (one of the default style, which
      // exceljs reads as none, gets a style of its own, which exceljs reads in full)
      const kept = Object.fromEntries(Object.entries(cell).filter(([key, v]) => v !== undefined && key !== "fill"));
      expect({ address, ...got }).toMatchObject({ address, ...kept, note: got?.note });
      expect(got?.fill).toMatchObject({ type: "pattern", pattern: "solid", fgColor: { argb: flagged.fill } });
      expect(got?.note).toBe(cell.note === undefined ? flagged.text : `${cell.note}\n\n${flagged.text}`);
    }
    for (const [key, flagged] of notes) {
      const [sheet, address] = key.split("!");
      if (sheet !== worksheet.name || was.has(address)) continue;
      const cell = copy!.getCell(address);
      expect(cell.fill).toMatchObject({ type: "pattern", pattern: "solid", fgColor: { argb: flagged.fill } });
      expect(noteText(cell.note)).toBe(flagged.text);
    }
    // no cell but the flagged ones gained a note or a fill (exceljs lists the empty cells of a grown row too)
    for (const [address, cell] of now) {
      if (was.has(address) || notes.has(`${worksheet.name}!${address}`)) continue;
      const solid = (cell.fill as { pattern?: string } | undefined)?.pattern === "solid";
      expect({ address, note: cell.note, solid }).toEqual({ address, note: undefined, solid: false });
    }
  }
  return after;
}

/**
 * Checks that the copy's added sheets are the plans as writePlan writes them into a workbook of their own (named apart
 * from `taken`): each cell's value, formula and style, the column widths.
 */
async function expectPlans(
  after: ExcelJS.Workbook,
  plans: readonly SheetPlan[],
  taken: readonly string[],
  dir: string,
) {
  const reference = new ExcelJS.Workbook();
  for (const plan of plans) writePlan(reference, plan, undefined, taken);
  const file = join(dir, `reference-${Math.random().toString(36).slice(2)}.xlsx`);
  await reference.xlsx.writeFile(file);
  const expected = await load(file);
  const names = after.worksheets.map((sheet) => sheet.name);
  expect(names.slice(0, taken.length)).toEqual(taken);
  expect(names.slice(taken.length)).toEqual(expected.worksheets.map((sheet) => sheet.name));
  expect(new Set(names.map((name) => name.toLowerCase())).size).toBe(names.length);
  for (const sheet of expected.worksheets) {
    const copy = after.getWorksheet(sheet.name)!;
    expect(Object.fromEntries(cells(copy))).toEqual(Object.fromEntries(cells(sheet)));
    expect(copy.columns.map((column) => column.width)).toEqual(sheet.columns.map((column) => column.width));
  }
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "mine-annotate-"));
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Copies `input` into the test folder, annotates it, and checks the input was left byte-identical. */
async function annotate(input: string, findings: readonly Finding[], plans: readonly SheetPlan[] = [], note = noteOf) {
  const copy = join(dir, basename(input));
  if (copy !== input) copyFileSync(input, copy);
  const before = sha(copy);
  const out = join(dir, basename(input).replace(/\.xlsx$/, "-annotated.xlsx"));
  await writeAnnotated(copy, out, findings, plans, note);
  expect(sha(copy)).toBe(before);
  return { input: copy, out };
}

/** Every copy made, with what LibreOffice must find in it (and whether exceljs reads it). */
const made: { out: string; notes: Map<string, { text: string; fill: string }>; exceljs?: false }[] = [];

// ---------------------------------------------------------------- inputs

/** A workbook with notes of its own: on a cell the review flags and on one it does not. */
async function notesWorkbook(file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Notes");
  sheet.getColumn(5).numFmt = "0.000"; // a column style, for a flagged cell the sheet lacks
  sheet.getCell("A1").value = "标题";
  sheet.getCell("A1").note = "an existing note, on a cell not flagged";
  sheet.getCell("B2").value = 5;
  sheet.getCell("B2").numFmt = "0.00";
  sheet.getCell("B2").font = { bold: true, color: { argb: "FF0000FF" } };
  sheet.getCell("B2").border = { top: { style: "thin" } };
  sheet.getCell("B2").note = "the drafter's own note";
  sheet.getCell("C3").value = { formula: "B2*2", result: 10 };
  sheet.getCell("C3").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FF00FF00" } };
  sheet.getCell("D3").value = "共享字符串";
  sheet.getCell("A5").value = "a row below";
  const plain = workbook.addWorksheet("Plain");
  plain.getCell("A1").value = 1;
  plain.getCell("B1").value = "x";
  await workbook.xlsx.writeFile(file);
}
const NOTES_FINDINGS = [
  finding("Notes", "B2", "warn", "rule.b2-warn"),
  finding("Notes", "B2", "fail", "rule.b2-fail"),
  finding("Notes", "C3", "warn", "rule.c3"),
  finding("Notes", "E3", "fail", "rule.e3-missing-cell"),
  finding("Notes", "F9", "warn", "rule.f9-missing-row"),
  finding("Notes", "A4", "fail", "rule.a4-missing-row-between"),
  finding("Plain", "B1", "fail", "rule.plain"),
  finding("Nowhere", "A1", "fail", "rule.no-such-sheet"),
  finding("Plain", "", "warn", "rule.workbook"),
];

/**
 * A package written by hand: inline strings (plain and rich), shared strings, no styles part; `withoutR`: a row's
 * cells without their `r` (which Excel and LibreOffice read, exceljs does not).
 */
async function handWritten(file: string, withoutR = false): Promise<void> {
  const main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  const rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`,
  );
  zip.file(
    "_rels/.rels",
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  zip.file(
    "xl/workbook.xml",
    `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${main}" xmlns:r="${rel}"><sheets><sheet name="Inline" sheetId="1" r:id="rId1"/></sheets></workbook>`,
  );
  zip.file(
    "xl/_rels/workbook.xml.rels",
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${rel}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
  );
  zip.file(
    "xl/sharedStrings.xml",
    `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${main}" count="2" uniqueCount="2"><si><t>共享一</t></si><si><t>shared &lt;two&gt;</t></si></sst>`,
  );
  zip.file(
    "xl/worksheets/sheet1.xml",
    `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${main}" xmlns:r="${rel}"><sheetData>` +
      `<row r="1"><c r="A1" t="inlineStr"><is><t>名称</t></is></c><c r="B1" t="inlineStr"><is><r><t xml:space="preserve">rich </t></r><r><rPr><b/></rPr><t>text</t></r></is></c><c r="C1" t="s"><v>0</v></c></row>` +
      `<row r="2"><c r="A2" t="inlineStr"><is><t>a &amp; b</t></is></c><c r="B2"><v>3.5</v></c><c r="C2"><f>B2*2</f><v>7</v></c><c r="D2" t="s"><v>1</v></c></row>` +
      (withoutR
        ? `<row r="4"><c t="inlineStr"><is><t>no r</t></is></c><c><v>1</v></c></row>`
        : `<row r="4"><c r="A4" t="inlineStr"><is><t>no r</t></is></c><c r="B4"><v>1</v></c></row>`) +
      `<row r="5"/>` +
      `</sheetData></worksheet>`,
  );
  writeFileSync(file, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
}
const HAND_FINDINGS = [
  finding("Inline", "B2", "fail", "rule.b2"),
  finding("Inline", "A1", "warn", "rule.inline-a1"),
  finding("Inline", "B4", "fail", "rule.no-r-cell"),
  finding("Inline", "A3", "warn", "rule.missing-row-between"),
  finding("Inline", "C5", "fail", "rule.empty-row"),
  finding("Inline", "D6", "fail", "rule.missing-row-after"),
];

const LONG_ROWS = 20_000;
/** A long sheet (its XML several pieces of the stream), written with exceljs's streaming writer. */
async function longWorkbook(file: string): Promise<void> {
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true, useStyles: true });
  const sheet = writer.addWorksheet("Long");
  for (let row = 1; row <= LONG_ROWS; row++) {
    const added = sheet.addRow([`采区${row}`, row * 1.5, { formula: `B${row}*2`, result: row * 3 }, row % 7]);
    if (row % 1000 === 0) added.getCell(4).numFmt = "0.0%";
    added.commit();
  }
  sheet.commit();
  await writer.commit();
}
const LONG_FINDINGS = [1, 2, 777, 10_000, 10_001, LONG_ROWS - 1, LONG_ROWS]
  .map((row, i) => finding("Long", `${"ABCD"[i % 4]}${row}`, i % 2 ? "warn" : "fail", `rule.long-${row}`))
  .concat([finding("Long", `E${LONG_ROWS + 5}`, "fail", "rule.after-the-end")]);

/** The small plans of a review, for a workbook whose sheets are named `names`. */
function smallPlans(language: "zh" | "en"): SheetPlan[] {
  const report = reviewWorkbook([], {});
  const options = { lang: language, source: "plan.xlsx", date: "2026-12-05" };
  return [planReviewReport(report, options), planReviewOpinion(report, report.facts, options)];
}

// ---------------------------------------------------------------- the copies

describe("the annotated copy of an .xlsx", () => {
  it("of the bad sample: the review's findings noted and filled, the report and the opinion added", async () => {
    const read = await readWorkbookFile(BAD);
    const report = reviewWorkbook(read.sheets, { uncachedFormulas: read.uncached });
    expect(report.findings.length).toBeGreaterThan(5);
    const options = { lang: "zh" as const, source: BAD, date: "2026-12-05" };
    const plans = [planReviewReport(report, options), planReviewOpinion(report, report.facts, options)];
    const note = (f: Finding) => findingNote(f, "zh", findingValues(f, "zh"));
    const { input, out } = await annotate(BAD, report.findings, plans, note);
    const after = await expectAnnotated(input, out, report.findings, note);
    await expectPlans(
      after,
      plans,
      read.sheets.map((sheet) => sheet.name),
      dir,
    );
    expect(after.getWorksheet("复核报告")).toBeDefined();
    expect(after.getWorksheet("专家审查意见书")).toBeDefined();
    // the copy reviews as the input does: the added sheets are recognised and skipped
    const again = await readWorkbookFile(out);
    const findings = reviewWorkbook(again.sheets, { uncachedFormulas: again.uncached }).findings;
    expect(findings.map((f) => `${f.sheet}!${f.cell} ${f.rule}`).sort()).toEqual(
      report.findings.map((f) => `${f.sheet}!${f.cell} ${f.rule}`).sort(),
    );
    made.push({ out, notes: expectedNotes(report.findings, note) });
  });

  it("keeps a sheet's notes, appends a finding to a flagged cell's note, adds the cells and rows it lacks", async () => {
    const input = join(dir, "notes.xlsx");
    await notesWorkbook(input);
    const plans = smallPlans("zh");
    const { out } = await annotate(input, NOTES_FINDINGS, plans);
    const after = await expectAnnotated(input, out, NOTES_FINDINGS, noteOf);
    await expectPlans(after, plans, ["Notes", "Plain"], dir);
    expect(noteText(after.getWorksheet("Notes")!.getCell("A1").note)).toBe("an existing note, on a cell not flagged");
    expect(noteText(after.getWorksheet("Notes")!.getCell("B2").note)).toBe(
      "the drafter's own note\n\n[rule.b2-warn] rule.b2-warn 的说明\n\n[rule.b2-fail] rule.b2-fail 的说明",
    );
    // a cell the sheet lacked takes its column's style under the fill
    expect(after.getWorksheet("Notes")!.getCell("E3").numFmt).toBe("0.000");
    made.push({ out, notes: expectedNotes(NOTES_FINDINGS, noteOf) });
  });

  it("keeps the notes of a workbook LibreOffice saved", async () => {
    const soffice = sofficeForTests();
    if (!soffice) return;
    const input = join(dir, "lo-in", "notes-lo.xlsx");
    await notesWorkbook(join(dir, "notes-source.xlsx"));
    const saved = await recalculateInLibreOffice(soffice, [join(dir, "notes-source.xlsx")], join(dir, "lo-in"));
    copyFileSync(join(saved, "notes-source.xlsx"), input);
    const { out } = await annotate(input, NOTES_FINDINGS, smallPlans("en"));
    await expectAnnotated(input, out, NOTES_FINDINGS, noteOf);
    made.push({ out, notes: expectedNotes(NOTES_FINDINGS, noteOf) });
  }, 120_000);

  it("rewrites a package with inline and shared strings and no styles part", async () => {
    const input = join(dir, "hand.xlsx");
    await handWritten(input);
    const plans = smallPlans("zh");
    const { out } = await annotate(input, HAND_FINDINGS, plans);
    const after = await expectAnnotated(input, out, HAND_FINDINGS, noteOf);
    await expectPlans(after, plans, ["Inline"], dir);
    const sheet = after.getWorksheet("Inline")!;
    expect(sheet.getCell("A1").value).toBe("名称");
    expect(sheet.getCell("C1").value).toBe("共享一");
    expect(sheet.getCell("D2").value).toBe("shared <two>");
    expect(sheet.getCell("A4").value).toBe("no r");
    // the shared strings are the input's, untouched: the added sheets' texts are inline
    const zip = await JSZip.loadAsync(readFileSync(out));
    expect(await zip.file("xl/sharedStrings.xml")!.async("string")).toContain('count="2" uniqueCount="2"');
    made.push({ out, notes: expectedNotes(HAND_FINDINGS, noteOf) });
  });

  it("finds the flagged cells of a row whose cells have no address, as Excel reads them", async () => {
    const input = join(dir, "no-r.xlsx");
    await handWritten(input, true);
    const { out } = await annotate(input, HAND_FINDINGS);
    const before = await readWorkbookFile(input);
    const after = await readWorkbookFile(out);
    expect(after.sheets).toEqual(before.sheets);
    const zip = await JSZip.loadAsync(readFileSync(out));
    const xml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    // B4 is the row's second cell: restyled where it stands, no second B4 added
    expect(xml).toMatch(/<row r="4"><c t="inlineStr"><is><t>no r<\/t><\/is><\/c><c s="\d+"><v>1<\/v><\/c><\/row>/);
    made.push({ out, notes: expectedNotes(HAND_FINDINGS, noteOf), exceljs: false });
  });

  it("streams a long sheet: flagged rows in different pieces, every other cell as it was", async () => {
    const input = join(dir, "long.xlsx");
    await longWorkbook(input);
    const { out } = await annotate(input, LONG_FINDINGS, smallPlans("zh"));
    await expectAnnotated(input, out, LONG_FINDINGS, noteOf);
    made.push({ out, notes: expectedNotes(LONG_FINDINGS, noteOf) });
  }, 120_000);

  it("names the added sheets apart from the workbook's, whatever their case", async () => {
    const input = join(dir, "names.xlsx");
    const workbook = new ExcelJS.Workbook();
    for (const name of ["REVIEW", "Review opinion", "Review (2)"]) workbook.addWorksheet(name).getCell("A1").value = 1;
    await workbook.xlsx.writeFile(input);
    const plans = smallPlans("en");
    const { out } = await annotate(input, [], plans);
    const after = await load(out);
    expect(after.worksheets.map((sheet) => sheet.name)).toEqual([
      "REVIEW",
      "Review opinion",
      "Review (2)",
      "Review (3)",
      "Review opinion (2)",
    ]);
    await expectPlans(after, plans, ["REVIEW", "Review opinion", "Review (2)"], dir);
    made.push({ out, notes: new Map() });
  });

  it("opens in LibreOffice with every fill and note, the added sheets with their texts", async () => {
    const soffice = sofficeForTests();
    if (!soffice) return;
    expect(made.length).toBe(7);
    const saved = await recalculateInLibreOffice(
      soffice,
      made.map((each) => each.out),
      join(dir, "lo-out"),
    );
    for (const { out, notes, exceljs } of made) {
      const after = await load(join(saved, basename(out)));
      for (const [key, { text, fill }] of notes) {
        const [sheet, address] = key.split("!");
        const worksheet = after.getWorksheet(sheet);
        if (sheet === "Nowhere") continue;
        const cell = worksheet!.getCell(address);
        expect({ key, fill: cell.fill }).toMatchObject({ key, fill: { pattern: "solid", fgColor: { argb: fill } } });
        expect(noteText(cell.note)).toContain(text);
      }
      if (exceljs === false) continue;
      const before = await load(out);
      expect(after.worksheets.map((sheet) => sheet.name)).toEqual(before.worksheets.map((sheet) => sheet.name));
      // constants read as they were (formulas are recalculated by LibreOffice)
      for (const worksheet of before.worksheets) {
        const values = [...cells(worksheet)].filter(([, c]) => c.value !== null && typeof c.value !== "object");
        const again = cells(after.getWorksheet(worksheet.name)!);
        // LibreOffice saves a text in runs where it shows parts of it in other fonts, a number to 15 digits (compared to 14)
        const text = (value: unknown) =>
          typeof value === "number"
            ? Number(value.toPrecision(14))
            : ((value as { richText?: { text: string }[] } | undefined)?.richText?.map((run) => run.text).join("") ??
              value);
        for (const [address, cell] of values)
          expect([worksheet.name, address, text(again.get(address)?.value)]).toEqual([
            worksheet.name,
            address,
            text(cell.value),
          ]);
      }
    }
  }, 300_000);
});
