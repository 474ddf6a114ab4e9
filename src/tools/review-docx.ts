/**
 * The tables of a plan's Word document (.docx) as sheets the review reads (Node only; src/core never sees a file).
 * Most plans reach reviewers as documents: each table of the document becomes one {@link ReviewSheet}.
 *
 * - **Which table**: the document's tables are counted in order, as they stand in the body (1, 2, 3 …); a table
 *   inside a table's cell is read as a table of its own, numbered after its outer table (3.1, 3.2 …), and its text
 *   is not part of the outer cell. The sheet is named `文档表3「表5-2 开采回采率计算表」`: the table's number in the
 *   document and its title, the paragraph over it that starts with 表 (or, without one, the nearest line over it),
 *   cut to Excel's 31 characters, with the characters Excel refuses in a sheet name written full-width.
 * - **Which row**: rows 1–3 of the sheet are the lines over the table (its title and a "单位：万t" line; at most
 *   three, nearest last, rows left blank when there are fewer), as the review reads a title and a unit line over a
 *   table in a workbook; row 4 is the table's first row (its header); the table's row n is row n + 3. Columns are
 *   the table's grid columns: a cell spanning two columns covers two. Up to two short lines under the table (a
 *   "注：矿区面积 …" note) follow its last row after a blank row, as they would in a workbook.
 * - **Merged cells** read as the value of the merged cell in every cell they cover, as merged ranges do in the
 *   .xlsx reader: `w:gridSpan` (a heading over several columns), `w:vMerge` (restart, then continued: a class
 *   written once for several rows), and the old `w:hMerge`.
 * - **Cell text**: the text of its runs (tracked deletions, text boxes and drawings left out), its paragraphs joined
 *   by a line break, as an Excel header typed with Alt+Enter ("开采回采率\n(%)": the header reader sees the unit).
 *   A cell holding only a number as Excel reads one typed ("81.3", "2,500,000", "-5") is that number, as it would
 *   be in a workbook: the review finds a table's header and its data rows by which rows hold numbers, and a table
 *   of text alone is not found. "81.3%", "≥90" and other text stay text, which the review reads as it does in a
 *   workbook. Word has no formulas: `formulas` are the values.
 * - **The document's text** outside tables is one more sheet, `文档正文`: row n is the document's n-th non-blank
 *   paragraph outside tables, one sentence a cell. The review reads figures plans state in sentences there (生产规模,
 *   服务年限, 最低生产规模).
 */
import { readFile } from "fs/promises";
import JSZip from "jszip";
import { SaxesParser } from "saxes";
import { ReviewSheet } from "../core/review/review";
import { Bilingual } from "../core/text";
import { ReadWorkbook } from "./review-xlsx";
import { loadExcelJS } from "./exceljs";

/** Rows over each table's first row: its title and unit lines, nearest last. */
export const CAPTION_ROWS = 3;

/** The sheet holding the document's paragraphs outside tables. */
export const BODY_SHEET = "文档正文";

/** How a finding's sheet and cell name a place in the document (said with the report of a .docx). */
export const DOCX_LAYOUT: Bilingual = {
  zh:
    `(Word 文档：第 N 张表读作工作表“文档表N「表题」”，嵌在表格中的表为“文档表N.1”；各表第 1–${CAPTION_ROWS} 行是表上方的表题、` +
    `单位行，第 ${CAPTION_ROWS + 1} 行起是表格的第 1 行(表格第 n 行 = 第 n+${CAPTION_ROWS} 行)，列按表格的网格列数，` +
    `合并单元格的值计入其覆盖的每一格；“${BODY_SHEET}”第 n 行是表格以外的第 n 个非空段落，每格一句)`,
  en:
    `(Word document: table N reads as the sheet "文档表N「title」", a table inside a table as "文档表N.1"; rows ` +
    `1–${CAPTION_ROWS} of each are the title and unit lines over the table, its row ${CAPTION_ROWS + 1} is the ` +
    `table's first row (the table's row n is row n+${CAPTION_ROWS}), columns count the table's grid columns, a ` +
    `merged cell's value stands in every cell it covers; row n of "${BODY_SHEET}" is the n-th non-blank paragraph ` +
    `outside tables, one sentence a cell)`,
};

const W_NAMESPACES = new Set([
  "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
  "http://purl.oclc.org/ooxml/wordprocessingml/main",
]);
const MC_NAMESPACE = "http://schemas.openxmlformats.org/markup-compatibility/2006";

interface XmlElement {
  readonly name: string;
  readonly attributes: ReadonlyMap<string, string>;
  readonly children: (XmlElement | string)[];
}

/** `w:local` for WordprocessingML (transitional or strict), `mc:local` for markup compatibility. */
function qualified(uri: string, local: string): string {
  if (W_NAMESPACES.has(uri)) return `w:${local}`;
  if (uri === MC_NAMESPACE) return `mc:${local}`;
  return `{${uri}}${local}`;
}

/** The element tree of a part, with the text of `w:t` elements only (the only text a document shows). */
function parseXml(xml: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true });
  const root: XmlElement = { name: "#document", attributes: new Map(), children: [] };
  const stack: XmlElement[] = [root];
  parser.on("opentag", (tag) => {
    const attributes = new Map(
      Object.values(tag.attributes).map((attribute) => [qualified(attribute.uri, attribute.local), attribute.value]),
    );
    const element: XmlElement = { name: qualified(tag.uri, tag.local), attributes, children: [] };
    stack[stack.length - 1].children.push(element);
    stack.push(element);
  });
  parser.on("closetag", () => {
    stack.pop();
  });
  const text = (chunk: string) => {
    const top = stack[stack.length - 1];
    if (top.name === "w:t") top.children.push(chunk);
  };
  parser.on("text", text);
  parser.on("cdata", text);
  parser.write(xml).close();
  return root;
}

function elements(parent: XmlElement): XmlElement[] {
  return parent.children.filter((child): child is XmlElement => typeof child !== "string");
}

function child(parent: XmlElement | undefined, name: string): XmlElement | undefined {
  return parent ? elements(parent).find((element) => element.name === name) : undefined;
}

/** Containers that only wrap paragraphs, tables, rows or cells: content controls, custom XML, tracked insertions. */
const WRAPPERS = new Set(["w:sdt", "w:sdtContent", "w:customXml", "w:ins", "w:moveTo", "w:smartTag"]);

/** The children named `name` of `parent`, looking through wrappers (a row in a content control is still a row). */
function wrapped(parent: XmlElement, names: ReadonlySet<string>): XmlElement[] {
  const found: XmlElement[] = [];
  for (const element of elements(parent)) {
    if (names.has(element.name)) found.push(element);
    else if (WRAPPERS.has(element.name)) found.push(...wrapped(element, names));
    else if (element.name === "mc:AlternateContent") {
      const choice = child(element, "mc:Choice");
      if (choice) found.push(...wrapped(choice, names));
    }
  }
  return found;
}

/** What a paragraph does not show as its text: deleted or moved-away runs, drawings, text boxes, properties. */
const HIDDEN = new Set([
  "w:pPr",
  "w:rPr",
  "w:del",
  "w:moveFrom",
  "w:drawing",
  "w:pict",
  "w:object",
  "w:txbxContent",
  "mc:Fallback",
]);

function runText(element: XmlElement): string {
  let text = "";
  for (const node of element.children) {
    if (typeof node === "string") {
      text += node;
      continue;
    }
    if (HIDDEN.has(node.name)) continue;
    switch (node.name) {
      case "w:tab":
      case "w:ptab":
        text += " ";
        break;
      case "w:br":
      case "w:cr": {
        const type = node.attributes.get("w:type");
        if (type !== "page" && type !== "column") text += "\n";
        break;
      }
      case "w:noBreakHyphen":
        text += "-";
        break;
      default:
        text += runText(node);
    }
  }
  return text;
}

/** A paragraph's text, trimmed. */
function paragraphText(paragraph: XmlElement): string {
  return runText(paragraph).trim();
}

type Block = { kind: "paragraph"; text: string } | { kind: "table"; element: XmlElement };

const BLOCKS = new Set(["w:p", "w:tbl"]);

/** The paragraphs and tables of a body or a cell, in order. */
function blocksOf(container: XmlElement): Block[] {
  return wrapped(container, BLOCKS).map((element) =>
    element.name === "w:tbl" ? { kind: "table", element } : { kind: "paragraph", text: paragraphText(element) },
  );
}

function intAttribute(element: XmlElement | undefined, fallback: number): number {
  const value = Number.parseInt(element?.attributes.get("w:val") ?? "", 10);
  return Number.isFinite(value) && value >= 0 ? value : fallback;
}

/** A merge mark (`w:vMerge`, `w:hMerge`): "restart", "continue" (no value means continue), or none. */
function mergeOf(element: XmlElement | undefined): "restart" | "continue" | undefined {
  if (!element) return undefined;
  return element.attributes.get("w:val") === "restart" ? "restart" : "continue";
}

/** A number as Excel reads one typed into a cell: digits, a sign, a decimal point, thousands separators. */
const TYPED_NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)(?:e[+-]?\d+)?$/i;

/** A cell's value: a number when the whole text is one, else the text. */
export function cellValue(text: string): string | number {
  const trimmed = text.trim();
  if (!TYPED_NUMBER.test(trimmed)) return trimmed;
  const number = Number(trimmed.replace(/,/g, ""));
  return Number.isFinite(number) ? number : trimmed;
}

interface TableRead {
  /** Rows of cell texts, every row as wide as the table. */
  readonly rows: string[][];
  /** Tables inside its cells. */
  readonly nested: XmlElement[];
}

/** A table's cells on its grid, merged cells read in every cell they cover. */
function readTable(table: XmlElement): TableRead {
  const gridColumns = elements(child(table, "w:tblGrid") ?? table).filter((e) => e.name === "w:gridCol").length;
  const rows: string[][] = [];
  const nested: XmlElement[] = [];
  for (const tr of wrapped(table, new Set(["w:tr"]))) {
    const above = rows[rows.length - 1] ?? [];
    const row: string[] = [];
    const rowProperties = child(tr, "w:trPr");
    let column = intAttribute(child(rowProperties, "w:gridBefore"), 0);
    for (const tc of wrapped(tr, new Set(["w:tc"]))) {
      const properties = child(tc, "w:tcPr");
      const span = Math.max(1, intAttribute(child(properties, "w:gridSpan"), 1));
      const blocks = blocksOf(tc);
      nested.push(...blocks.flatMap((block) => (block.kind === "table" ? [block.element] : [])));
      const text = blocks
        .flatMap((block) => (block.kind === "paragraph" && block.text !== "" ? [block.text] : []))
        .join("\n");
      const vertical = mergeOf(child(properties, "w:vMerge"));
      const horizontal = mergeOf(child(properties, "w:hMerge"));
      for (let k = 0; k < span; k++) {
        let value = text;
        if (vertical === "continue") value = above[column + k] ?? "";
        else if (horizontal === "continue") value = row[column - 1] ?? "";
        while (row.length < column + k) row.push("");
        row[column + k] = value;
      }
      column += span;
    }
    rows.push(row);
  }
  const width = Math.max(gridColumns, ...rows.map((row) => row.length));
  for (const row of rows) while (row.length < width) row.push("");
  return { rows, nested };
}

/** A line that is a table's title: 表5-2 …, 续表 3 …, 表三 …. */
const TITLE = /^(?:续\s*)?表\s*[\dA-Za-z０-９一二三四五六七八九十]/;
/** A note on the table over it. */
const NOTE = /^(?:注|备注|说明)\s*\d*\s*[:：]/;
/** Longer lines over or under a table are the document's text, not its title, unit line or note. */
const CAPTION_MAX = 60;
const NOTE_MAX = 80;

/** The lines over a table (nearest last, at most {@link CAPTION_ROWS}): up to a title, a table, a note or a long line. */
function captionOf(blocks: readonly Block[], index: number): string[] {
  const lines: string[] = [];
  for (let at = index - 1; at >= 0 && lines.length < CAPTION_ROWS; at--) {
    const block = blocks[at];
    if (block.kind === "table") break;
    if (block.text === "") continue;
    // a long line is the document's text; a note (注：…) belongs to the table over it
    if (block.text.length > CAPTION_MAX || NOTE.test(block.text)) break;
    lines.unshift(block.text);
    if (TITLE.test(block.text)) break;
  }
  return lines;
}

/** Up to two short lines under a table (a note on it), up to the next table or title. */
function notesOf(blocks: readonly Block[], index: number): string[] {
  const lines: string[] = [];
  for (let at = index + 1; at < blocks.length && lines.length < 2; at++) {
    const block = blocks[at];
    if (block.kind === "table") break;
    if (block.text === "") continue;
    if (block.text.length > NOTE_MAX || TITLE.test(block.text)) break;
    lines.push(block.text);
  }
  return lines;
}

/** Characters Excel refuses in a sheet name, written full-width. */
const FULL_WIDTH: Readonly<Record<string, string>> = {
  "/": "／",
  "\\": "＼",
  "?": "？",
  "*": "＊",
  "[": "［",
  "]": "］",
  ":": "：",
};

/** `文档表3「表5-2 开采回采率计算表」`, cut to 31 characters (the title shortened, marked with …). */
export function tableSheetName(number: string, title: string): string {
  const prefix = `文档表${number}`;
  const clean = title
    .replace(/[/\\?*[\]:]/g, (character) => FULL_WIDTH[character] ?? "_")
    .replace(/\s+/g, " ")
    .trim();
  if (clean === "") return prefix;
  const room = 31 - prefix.length - 2;
  const characters = [...clean];
  const shown = characters.length <= room ? clean : `${characters.slice(0, Math.max(0, room - 1)).join("")}…`;
  return `${prefix}「${shown}」`;
}

/** The line a table is named by: its title, else the nearest line over it that is not a unit line. */
function titleOf(caption: readonly string[]): string {
  const title = caption.find((line) => TITLE.test(line));
  if (title) return title;
  return [...caption].reverse().find((line) => !/^[（(]?\s*单位/.test(line)) ?? "";
}

function sheetOf(name: string, rows: readonly (readonly (string | number)[])[]): ReviewSheet {
  const values = rows.map((row) => [...row] as unknown[]);
  return { name, grid: { values, formulas: values } };
}

/** A table as a sheet: the caption rows, the table's rows, the notes under it. */
function tableSheet(name: string, read: TableRead, caption: readonly string[], notes: readonly string[]) {
  const rows: (string | number)[][] = [];
  for (let row = 0; row < CAPTION_ROWS - caption.length; row++) rows.push([]);
  for (const line of caption) rows.push([line]);
  for (const row of read.rows) rows.push(row.map(cellValue));
  // a blank row between: a line right under a table's last row reads as one more row of it
  if (notes.length > 0) rows.push([]);
  for (const line of notes) rows.push([line]);
  return sheetOf(name, rows);
}

/** The sheets of a table and the tables in its cells (numbered `3.1`, `3.1.1` …). */
function tableSheets(
  element: XmlElement,
  number: string,
  caption: readonly string[],
  notes: readonly string[],
): ReviewSheet[] {
  const read = readTable(element);
  const sheets = [tableSheet(tableSheetName(number, titleOf(caption)), read, caption, notes)];
  read.nested.forEach((inner, index) => sheets.push(...tableSheets(inner, `${number}.${index + 1}`, [], [])));
  return sheets;
}

/** A paragraph split into sentences (after 。；; and !?), for the cells of a {@link BODY_SHEET} row. */
function sentences(text: string): string[] {
  return text
    .split(/(?<=[。；;！？!?])/)
    .map((sentence) => sentence.trim())
    .filter(Boolean);
}

/** The sheets of a document's main part (word/document.xml): one per table, then the text outside tables. */
export function documentSheets(xml: string): ReviewSheet[] {
  const root = parseXml(xml);
  const body = child(child(root, "w:document"), "w:body");
  if (!body) throw new Error("word/document.xml: no w:body");
  const blocks = blocksOf(body);
  const sheets: ReviewSheet[] = [];
  const text: string[][] = [];
  let tables = 0;
  blocks.forEach((block, index) => {
    if (block.kind === "paragraph") {
      if (block.text !== "") text.push(sentences(block.text));
      return;
    }
    tables += 1;
    sheets.push(...tableSheets(block.element, String(tables), captionOf(blocks, index), notesOf(blocks, index)));
  });
  if (text.length > 0) sheets.push(sheetOf(BODY_SHEET, text));
  return sheets;
}

/** The main document part's path in the package, from its relationships (word/document.xml as Word names it). */
async function mainPart(zip: JSZip): Promise<string> {
  const relationships = await zip.file("_rels/.rels")?.async("string");
  const target = relationships
    ? /<Relationship\b[^>]*Type="[^"]*\/officeDocument"[^>]*>/.exec(relationships)?.[0]
    : undefined;
  const path = target ? /Target="([^"]+)"/.exec(target)?.[1] : undefined;
  return path ? path.replace(/^\//, "") : "word/document.xml";
}

/** Reads a .docx file's tables (throws when it is not a Word document). Word saves no formulas, so none is uncached. */
export async function readDocxFile(path: string): Promise<ReadWorkbook> {
  const zip = await JSZip.loadAsync(await readFile(path));
  const part = await mainPart(zip);
  const xml = await zip.file(part)?.async("string");
  if (xml === undefined) throw new Error(`${part} not found: not a Word document`);
  return { sheets: documentSheets(xml), uncached: [] };
}

/**
 * Writes the sheets as an .xlsx, one worksheet each under its name, the values as read (no formulas: Word has
 * none): the workbook an annotated copy of a document starts from.
 */
export async function writeSheetsWorkbook(sheets: readonly ReviewSheet[], path: string): Promise<void> {
  const ExcelJS = await loadExcelJS();
  const workbook = new ExcelJS.Workbook();
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.name);
    sheet.grid.values.forEach((cells, row) =>
      cells.forEach((value, column) => {
        if (typeof value === "string" && value === "") return;
        if (typeof value === "string" || typeof value === "number")
          worksheet.getCell(row + 1, column + 1).value = value;
      }),
    );
    const width = Math.max(0, ...sheet.grid.values.map((cells) => cells.length));
    for (let column = 1; column <= width; column++)
      worksheet.getColumn(column).width = sheet.name === BODY_SHEET ? 40 : 14;
  }
  await workbook.xlsx.writeFile(path);
}
