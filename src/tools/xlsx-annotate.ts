/**
 * The review's annotated copy of an .xlsx, made by rewriting the package rather than re-serialising it (an
 * {@link XlsxEdit}): every part is copied as it was (jszip passes an unchanged part's compressed bytes through),
 * except
 * - each sheet holding a flagged cell: its XML streamed piece by piece, each flagged `<c>` given a style that is its
 *   own with the finding's fill (one new `<xf>` in styles.xml per original style and fill), a flagged cell the sheet
 *   does not hold added in its place; its notes put in by xlsx-notes.ts (comments, VML drawing, relationships);
 * - the sheets added after the workbook's own (the review report, the opinion): their XML and styles taken from a
 *   small scratch package (written by exceljs), shared strings written inline, style indexes moved past the
 *   workbook's own;
 * - [Content_Types].xml, the workbook and its relationships, styles.xml, docProps/app.xml's list of sheets.
 *
 * The output is written as a zip stream, so that neither the big sheets' XML nor the output is ever whole in memory.
 * The input file is only read.
 */
import { columnName } from "../core/workbook/sheetPlan";
import { XML_HEAD, XlsxEdit, appendInto, escapeXml, insertChild } from "./xlsx-edit";
import { sheetNotes } from "./xlsx-notes";
import {
  XlsxPackage,
  addressIndex,
  attribute as attr,
  sharedStrings,
  startTags as tags,
  withAttribute as withAttr,
} from "./xlsx-results";

/** A note for one cell of the annotated copy, and the colour (ARGB) its cell is filled with. */
export interface FlaggedCell {
  readonly sheet: string;
  /** A1 address. */
  readonly cell: string;
  readonly fill: string;
  readonly text: string;
}

const OFFICE_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const TYPE = {
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  styles: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
};
const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
/** The author the notes are written under, as exceljs (which wrote them before) names it. */
const AUTHOR = "Author";

/** The prefix (with its colon, or "") the root element bound to a namespace uses; undefined when none is. */
function prefixOf(rootTag: string, namespace: string): string | undefined {
  for (const [, prefix, uri] of rootTag.matchAll(/\sxmlns(?::([\w.-]+))?\s*=\s*"([^"]*)"/g)) {
    if (uri === namespace) return prefix ? `${prefix}:` : "";
  }
  return undefined;
}

// ---------------------------------------------------------------- styles

const STYLE_LISTS = [
  "numFmts",
  "fonts",
  "fills",
  "borders",
  "cellStyleXfs",
  "cellXfs",
  "cellStyles",
  "dxfs",
  "tableStyles",
  "colors",
  "extLst",
];

/** The children of a list of styles.xml (`fonts` → each `<font>`), as text; none when it has none. */
function listItems(xml: string, list: string, item: string): string[] {
  const body = new RegExp(`<(?:[\\w.-]+:)?${list}\\b[^>]*?(?:/>|>([\\s\\S]*?)</(?:[\\w.-]+:)?${list}>)`).exec(xml)?.[1];
  if (!body) return [];
  const element = new RegExp(`<(?:[\\w.-]+:)?${item}\\b[^>]*?(?:/>|>[\\s\\S]*?</(?:[\\w.-]+:)?${item}>)`, "g");
  return [...body.matchAll(element)].map((match) => match[0]);
}

/** A solid fill of a colour (ARGB). */
const solidFill = (argb: string) =>
  `<fill><patternFill patternType="solid"><fgColor rgb="${argb}"/><bgColor indexed="64"/></patternFill></fill>`;

/** The cell styles of the copy: the input's, then those the copy adds (each list's new items after its own). */
class Styles {
  private readonly added = new Map<string, string[]>(STYLE_LISTS.map((list) => [list, []]));
  private readonly counts = new Map<string, number>();
  private readonly xfs: string[];
  private readonly numFmtIds: number[];
  private readonly fills = new Map<string, number>();
  private readonly flagged = new Map<string, number>();
  private readonly prefix: string;

  constructor(private readonly xml: string) {
    this.prefix = /<([\w.-]+:)?styleSheet\b/.exec(xml)?.[1] ?? "";
    this.xfs = listItems(xml, "cellXfs", "xf");
    this.numFmtIds = listItems(xml, "numFmts", "numFmt").map((tag) => Number(attr(tag, "numFmtId")));
    for (const [list, item] of [
      ["fonts", "font"],
      ["fills", "fill"],
      ["borders", "border"],
      ["cellXfs", "xf"],
      ["numFmts", "numFmt"],
      ["cellStyleXfs", "xf"],
    ])
      this.counts.set(list, listItems(xml, list, item).length);
    // a workbook with no fonts, borders or styles at all still needs the first of each to mean "none"
    if (this.counts.get("fonts") === 0) this.add("fonts", '<font><sz val="11"/><name val="Calibri"/></font>');
    // fills 0 and 1 are reserved (none, gray125): a new fill must not land on them
    while ((this.counts.get("fills") ?? 0) < 2)
      this.add("fills", `<fill><patternFill patternType="${this.counts.get("fills") ? "gray125" : "none"}"/></fill>`);
    if (this.counts.get("borders") === 0)
      this.add("borders", "<border><left/><right/><top/><bottom/><diagonal/></border>");
    if (this.counts.get("cellStyleXfs") === 0)
      this.add("cellStyleXfs", '<xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>');
    if (this.xfs.length === 0) this.xf('<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>');
  }

  /** Appends an item to a list; its index. */
  private add(list: string, item: string): number {
    const index = this.counts.get(list) ?? 0;
    this.counts.set(list, index + 1);
    this.added.get(list)?.push(item.replace(/<(\/?)(?![\w.-]+:)/g, `<$1${this.prefix}`));
    return index;
  }

  private xf(item: string): number {
    this.xfs.push(item);
    return this.add("cellXfs", item);
  }

  /** The style of a cell of style `xf` filled with a colour: `xf`'s own with that fill, added once. */
  filled(xf: number, argb: string): number {
    const key = `${xf}\u0000${argb}`;
    let index = this.flagged.get(key);
    if (index === undefined) {
      let fill = this.fills.get(argb);
      if (fill === undefined) {
        fill = this.add("fills", solidFill(argb));
        this.fills.set(argb, fill);
      }
      const original = this.xfs[xf] ?? this.xfs[0];
      const start = /^<((?:[\w.-]+:)?)xf\b([^>]*?)(\/?)>/.exec(original);
      const attributes = withAttr(withAttr(start?.[2] ?? "", "fillId", String(fill)), "applyFill", "1");
      const rest = original.slice(start ? start[0].length : original.length);
      index = this.xf(start?.[3] || !start ? `<xf${attributes}/>` : `<xf${attributes}>${rest}`);
      this.flagged.set(key, index);
    }
    return index;
  }

  /**
   * Takes in another package's styles (a scratch workbook's): its fonts, fills, borders and number formats appended,
   * each of its cell styles added pointing at them; the index each of its cell styles has here.
   */
  adopt(other: string): number[] {
    const numFmts = new Map<number, number>();
    let next = Math.max(163, ...this.numFmtIds);
    for (const tag of listItems(other, "numFmts", "numFmt")) {
      const id = Number(attr(tag, "numFmtId"));
      const code = attr(tag, "formatCode") ?? "General";
      next++;
      numFmts.set(id, next);
      this.numFmtIds.push(next);
      this.add("numFmts", `<numFmt numFmtId="${next}" formatCode="${escapeXml(code)}"/>`);
    }
    const fonts = listItems(other, "fonts", "font").map((font) => this.add("fonts", font));
    const fills = listItems(other, "fills", "fill").map((fill) => this.add("fills", fill));
    const borders = listItems(other, "borders", "border").map((border) => this.add("borders", border));
    return listItems(other, "cellXfs", "xf").map((xf) => {
      const start = /^<(?:[\w.-]+:)?xf\b([^>]*?)(\/?)>/.exec(xf);
      let attributes = start?.[1] ?? "";
      const numFmt = Number(attr(attributes, "numFmtId") ?? 0);
      attributes = withAttr(attributes, "numFmtId", String(numFmts.get(numFmt) ?? numFmt));
      attributes = withAttr(attributes, "fontId", String(fonts[Number(attr(attributes, "fontId") ?? 0)] ?? 0));
      attributes = withAttr(attributes, "fillId", String(fills[Number(attr(attributes, "fillId") ?? 0)] ?? 0));
      attributes = withAttr(attributes, "borderId", String(borders[Number(attr(attributes, "borderId") ?? 0)] ?? 0));
      attributes = withAttr(attributes, "xfId", "0");
      const rest = xf.slice(start?.[0].length ?? xf.length);
      return this.xf(start?.[2] ? `<xf${attributes}/>` : `<xf${attributes}>${rest}`);
    });
  }

  /** styles.xml with what was added. */
  toXml(): string {
    let xml = this.xml;
    for (const list of STYLE_LISTS) {
      const items = this.added.get(list) ?? [];
      if (items.length === 0) continue;
      const count = String(this.counts.get(list));
      const start = new RegExp(`<((?:[\\w.-]+:)?)${list}\\b([^>]*?)(/?)>`).exec(xml);
      if (start) {
        const open = `<${start[1]}${list}${withAttr(start[2], "count", count)}>`;
        xml = start[3]
          ? `${xml.slice(0, start.index)}${open}${items.join("")}</${start[1]}${list}>${xml.slice(start.index + start[0].length)}`
          : appendInto(
              xml.slice(0, start.index) + open + xml.slice(start.index + start[0].length),
              list,
              items.join(""),
            );
        continue;
      }
      // no such list yet: made in its place among styleSheet's children
      const root = /<(?:[\w.-]+:)?styleSheet\b[^>]*>/.exec(xml);
      if (!root) throw new Error("styles.xml has no styleSheet");
      const after = root.index + root[0].length;
      const element = `<${this.prefix}${list} count="${count}">${items.join("")}</${this.prefix}${list}>`;
      xml =
        xml.slice(0, after) + insertChild(xml.slice(after), element, STYLE_LISTS.slice(STYLE_LISTS.indexOf(list) + 1));
    }
    return xml;
  }
}

const EMPTY_STYLES = `${XML_HEAD}<styleSheet xmlns="${MAIN_NS}"></styleSheet>`;

// ---------------------------------------------------------------- a flagged sheet's XML, streamed

/** What a flagged sheet's XML gets: fills by row and column (0-based), and what its notes need of its tail. */
interface SheetEdit {
  readonly fills: ReadonlyMap<number, ReadonlyMap<number, string>>;
  readonly styles: Styles;
  /** The sheet's XML from the end of its cells on, as it is to be written (see xlsx-notes.ts). */
  readonly tail: (text: string) => string;
}

const SHEET_DATA = /<((?:[\w.-]+:)?)sheetData\b[^>]*?(\/?)>/;
const ROW_START = /<((?:[\w.-]+:)?)row\b([^>]*?)(\/?)>|<\/(?:[\w.-]+:)?sheetData>/g;
const ROW_END = /<\/(?:[\w.-]+:)?row>/g;
const CELL = /<((?:[\w.-]+:)?)c\b([^>]*?)(?:\/>|>[\s\S]*?<\/(?:[\w.-]+:)?c>)/g;

/**
 * A flagged sheet's XML written again piece by piece: everything as it was, but each flagged cell's style (its own
 * with the fill; a flagged cell the sheet does not hold is added, in its row's place, with the style its row or
 * column gives it) and, through `edit.tail`, the `<legacyDrawing>` its notes need. Only the rows holding a flagged
 * cell are parsed.
 */
async function* annotateSheet(pieces: AsyncIterable<string>, edit: SheetEdit): AsyncGenerator<string> {
  const rows = [...edit.fills.keys()].sort((a, b) => a - b);
  let nextRow = 0; // the first flagged row not written yet
  let head: string | undefined = "";
  let pending = "";
  let tail: string | undefined;
  let lastRow = -1;
  let prefix = "";
  let columnStyles: { min: number; max: number; style: number }[] = [];

  const newCell = (row: number, column: number, base: number) =>
    `<${prefix}c r="${columnName(column)}${row + 1}" s="${edit.styles.filled(base, edit.fills.get(row)?.get(column) ?? "")}"/>`;
  const columnStyle = (column: number) =>
    columnStyles.find((col) => col.min <= column + 1 && column + 1 <= col.max)?.style ?? 0;
  /** The flagged rows before `row` that the sheet does not hold, as new rows. */
  const missingRows = (before: number): string => {
    let text = "";
    for (; nextRow < rows.length && rows[nextRow] < before; nextRow++) {
      const row = rows[nextRow];
      const columns = [...(edit.fills.get(row)?.keys() ?? [])].sort((a, b) => a - b);
      text += `<${prefix}row r="${row + 1}">${columns.map((column) => newCell(row, column, columnStyle(column))).join("")}</${prefix}row>`;
    }
    return text;
  };
  /** A flagged row written again: its flagged cells restyled, those it lacks added. */
  const annotateRow = (rowPrefix: string, attributes: string, content: string, row: number): string => {
    const fills = edit.fills.get(row) ?? new Map<number, string>();
    const columns = [...fills.keys()].sort((a, b) => a - b);
    const customFormat = /^(1|true)$/.test(attr(attributes, "customFormat") ?? "");
    const rowStyle = customFormat ? Number(attr(attributes, "s") ?? 0) : undefined;
    let next = 0;
    let column = -1;
    let grown = false;
    const missing = (before: number) => {
      let text = "";
      for (; next < columns.length && columns[next] < before; next++) {
        text += newCell(row, columns[next], rowStyle ?? columnStyle(columns[next]));
        grown = true;
      }
      return text;
    };
    const body = content.replace(CELL, (whole: string, cellPrefix: string, cellAttributes: string) => {
      const r = attr(cellAttributes, "r");
      const index = r !== undefined ? addressIndex(r) : undefined;
      column = index ? index.column : column + 1;
      const before = missing(column);
      if (next >= columns.length || columns[next] !== column) return before + whole;
      const style = edit.styles.filled(Number(attr(cellAttributes, "s") ?? 0), fills.get(column) ?? "");
      next++;
      const start = `<${cellPrefix}c${cellAttributes}`;
      return `${before}<${cellPrefix}c${withAttr(cellAttributes, "s", String(style))}${whole.slice(start.length)}`;
    });
    const after = missing(Infinity);
    // `spans` only hints at the row's columns; dropped when a cell is added, rather than kept wrong
    const start = grown ? attributes.replace(/\sspans\s*=\s*"[^"]*"/, "") : attributes;
    return `<${rowPrefix}row${start}>${body}${after}</${rowPrefix}row>`;
  };

  for await (const piece of pieces) {
    if (tail !== undefined) {
      tail += piece;
      continue;
    }
    if (head !== undefined) {
      head += piece;
      const sheetData = SHEET_DATA.exec(head);
      if (!sheetData) continue;
      prefix = sheetData[1];
      columnStyles = tags(head.slice(0, sheetData.index), "col").map((tag) => ({
        min: Number(attr(tag, "min") ?? 0),
        max: Number(attr(tag, "max") ?? 0),
        style: Number(attr(tag, "style") ?? 0),
      }));
      const end = sheetData.index + sheetData[0].length;
      if (sheetData[2]) {
        // an empty sheet: its cells are the flagged ones
        yield `${head.slice(0, sheetData.index)}<${prefix}sheetData>${missingRows(Infinity)}`;
        tail = `</${prefix}sheetData>${head.slice(end)}`;
      } else {
        yield head.slice(0, end);
        pending = head.slice(end);
      }
      head = undefined;
      if (tail !== undefined) continue;
    } else pending += piece;

    const out: string[] = [];
    let written = 0; // pending's text up to here is in `out`
    let at = 0; // the rows before here are read
    let waiting: number | undefined; // where a flagged row starts whose end is not read yet
    ROW_START.lastIndex = 0;
    for (let match = ROW_START.exec(pending); match; match = ROW_START.exec(pending)) {
      if (match[2] === undefined) {
        // the end of the cells: the flagged rows still missing go before it
        out.push(pending.slice(written, match.index), missingRows(Infinity));
        tail = pending.slice(match.index);
        written = at = pending.length;
        break;
      }
      const r = attr(match[2], "r");
      const row = r !== undefined ? Number(r) - 1 : lastRow + 1;
      if (nextRow < rows.length && rows[nextRow] < row) {
        out.push(pending.slice(written, match.index), missingRows(row));
        written = match.index;
      }
      if (nextRow < rows.length && rows[nextRow] === row) {
        let content = "";
        let end = ROW_START.lastIndex;
        if (!match[3]) {
          ROW_END.lastIndex = end;
          const close = ROW_END.exec(pending);
          if (!close) {
            waiting = match.index; // the row's end is in a later piece
            break;
          }
          content = pending.slice(end, close.index);
          end = ROW_END.lastIndex;
        }
        out.push(pending.slice(written, match.index), annotateRow(match[1], match[2], content, row));
        nextRow++;
        written = end;
        ROW_START.lastIndex = end;
      }
      lastRow = row;
      at = ROW_START.lastIndex;
    }
    if (tail === undefined) {
      // what is before the last "<" holds no tag cut short (no "<" can stand inside a tag)
      const keep = waiting ?? Math.max(at, pending.lastIndexOf("<"));
      if (keep > written) out.push(pending.slice(written, keep));
      pending = pending.slice(Math.max(keep, written));
    }
    if (out.length > 0) yield out.join("");
  }
  if (head !== undefined) throw new Error("a worksheet without sheetData");
  tail ??= pending;
  yield edit.tail(tail);
}

// ---------------------------------------------------------------- sheets added from a scratch package

/**
 * A sheet of a scratch package as a sheet of the copy: strings inline (the copy's shared strings stay as they are),
 * style indexes as `styles` maps them, not selected.
 */
function transplantSheet(xml: string, strings: readonly string[], styles: readonly number[]): string {
  const style = (value: string) => String(styles[Number(value)] ?? 0);
  return xml
    .replace(
      /(<(?:[\w.-]+:)?(?:c|row)\b[^>]*?\ss=")(\d+)"/g,
      (_, start: string, value: string) => `${start}${style(value)}"`,
    )
    .replace(
      /(<(?:[\w.-]+:)?col\b[^>]*?\sstyle=")(\d+)"/g,
      (_, start: string, value: string) => `${start}${style(value)}"`,
    )
    .replace(/(<(?:[\w.-]+:)?sheetView\b[^>]*?)\stabSelected="[^"]*"/g, "$1")
    .replace(
      /<((?:[\w.-]+:)?)c\b([^>]*?)>\s*<(?:[\w.-]+:)?v>(\d+)<\/(?:[\w.-]+:)?v>\s*<\/(?:[\w.-]+:)?c>/g,
      (whole: string, p: string, attributes: string, index: string) => {
        if (attr(attributes, "t") !== "s") return whole;
        const text = escapeXml(strings[Number(index)] ?? "");
        return `<${p}c${withAttr(attributes, "t", "inlineStr")}><${p}is><${p}t xml:space="preserve">${text}</${p}t></${p}is></${p}c>`;
      },
    );
}

/** docProps/app.xml listing the added sheets after the worksheets, when it lists them in the usual way. */
function listSheets(xml: string, worksheets: number, added: readonly string[]): string {
  const pairs = /(<(?:[\w.-]+:)?HeadingPairs>\s*<((?:[\w.-]+:)?)vector\b)([^>]*)>([\s\S]*?)(<\/\2vector>)/.exec(xml);
  const titles = /(<(?:[\w.-]+:)?TitlesOfParts>\s*<((?:[\w.-]+:)?)vector\b)([^>]*)>([\s\S]*?)(<\/\2vector>)/.exec(xml);
  if (!pairs || !titles) return xml;
  const vt = titles[2];
  const count = /<(?:[\w.-]+:)?i4>(\d+)<\/(?:[\w.-]+:)?i4>/.exec(pairs[4]);
  if (!count || Number(count[1]) !== worksheets) return xml;
  const items = [...titles[4].matchAll(/<(?:[\w.-]+:)?lpstr\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:[\w.-]+:)?lpstr>)/g)];
  if (items.length < worksheets) return xml;
  const at = worksheets === 0 ? 0 : (items[worksheets - 1].index ?? 0) + items[worksheets - 1][0].length;
  const inserted = added.map((name) => `<${vt}lpstr>${escapeXml(name)}</${vt}lpstr>`).join("");
  const newTitles = `${titles[1]}${withAttr(titles[3], "size", String(items.length + added.length))}>${titles[4].slice(0, at)}${inserted}${titles[4].slice(at)}${titles[5]}`;
  const i4 = count[0].replace(/>\d+</, `>${worksheets + added.length}<`);
  const newPairs = `${pairs[1]}${pairs[3]}>${pairs[4].replace(count[0], () => i4)}${pairs[5]}`;
  return xml.replace(titles[0], () => newTitles).replace(pairs[0], () => newPairs);
}

// ---------------------------------------------------------------- the copy

/**
 * Writes the annotated copy of the package `input` to `out`: each flagged cell filled and noted (see the top of this
 * file), and the worksheets of the package `addSheets` makes added after the workbook's own. `addSheets` is told
 * every sheet name the workbook holds, which its sheets must not take.
 */
export async function annotateXlsx(
  input: XlsxPackage,
  out: string,
  flagged: readonly FlaggedCell[],
  addSheets: (taken: readonly string[]) => Promise<Buffer>,
): Promise<void> {
  const edit = await XlsxEdit.open(input);
  const rootRels = await edit.relationships("");
  const workbookPart = rootRels.find((rel) => rel.type.endsWith("/officeDocument"))?.path ?? "xl/workbook.xml";
  const folder = workbookPart.replace(/[^/]*$/, "");
  const workbookRels = await edit.relationships(workbookPart);
  let workbook = (await edit.text(workbookPart)) ?? "";
  const sheetTags = tags(workbook, "sheet");
  const { sheets: worksheets } = await input.worksheets();

  // styles: the input's, to which the flagged cells' and the added sheets' styles are added
  let stylesPart = workbookRels.find((rel) => rel.type.endsWith("/styles"))?.path;
  const styles = new Styles((stylesPart && (await edit.text(stylesPart))) || EMPTY_STYLES);
  if (!stylesPart) {
    stylesPart = edit.has(`${folder}styles.xml`) ? edit.freePart(`${folder}styles`, ".xml") : `${folder}styles.xml`;
    await edit.addRelationship(workbookPart, "styles", stylesPart);
    await edit.declareContentType(stylesPart, TYPE.styles);
  }

  // ---- the added sheets, from the scratch package
  const taken = sheetTags.map((tag) => attr(tag, "name") ?? "");
  const scratch = await XlsxPackage.open(await addSheets(taken));
  const scratchStyles = styles.adopt(
    (await scratch.text((await scratch.workbookPart("styles")) ?? "xl/styles.xml")) ?? "",
  );
  const strings = await sharedStrings(scratch);
  const relPrefix = prefixOf(/<(?:[\w.-]+:)?workbook\b[^>]*>/.exec(workbook)?.[0] ?? "", OFFICE_REL);
  let sheetId = Math.max(0, ...sheetTags.map((tag) => Number(attr(tag, "sheetId") ?? 0)));
  const addedNames: string[] = [];
  const sheetsPrefix = /<([\w.-]+:)?sheets\b/.exec(workbook)?.[1] ?? "";
  for (const { name, part } of (await scratch.worksheets()).sheets) {
    if ((await scratch.relationships(part)).length > 0)
      throw new Error(`the added sheet ${name} refers to other parts`);
    const sheetPart = edit.freePart(`${folder}worksheets/sheet`, ".xml");
    edit.set(sheetPart, transplantSheet((await scratch.text(part)) ?? "", strings, scratchStyles));
    await edit.declareContentType(sheetPart, TYPE.worksheet);
    const id = await edit.addRelationship(workbookPart, "worksheet", sheetPart);
    const idAttribute = relPrefix ? `${relPrefix}id="${id}"` : `xmlns:r="${OFFICE_REL}" r:id="${id}"`;
    workbook = appendInto(
      workbook,
      "sheets",
      `<${sheetsPrefix}sheet name="${escapeXml(name)}" sheetId="${++sheetId}" ${idAttribute}/>`,
    );
    addedNames.push(name);
  }
  edit.set(workbookPart, workbook);
  const appPart = rootRels.find((rel) => rel.type.endsWith("/extended-properties"))?.path;
  const app = appPart ? await edit.text(appPart) : undefined;
  if (appPart && app !== undefined) {
    const listed = listSheets(app, worksheets.length, addedNames);
    if (listed !== app) edit.set(appPart, listed);
  }

  // ---- the flagged sheets: their notes, then their XML streamed
  const bySheet = new Map<string, Map<string, FlaggedCell>>();
  for (const cell of flagged) {
    const index = addressIndex(cell.cell);
    const sheet = worksheets.find((each) => each.name === cell.sheet);
    if (!index || !sheet) continue;
    const cells = bySheet.get(sheet.part) ?? new Map<string, FlaggedCell>();
    cells.set(`${columnName(index.column)}${index.row + 1}`, cell);
    bySheet.set(sheet.part, cells);
  }
  for (const [sheetPart, cells] of bySheet) {
    const fills = new Map<number, Map<number, string>>();
    const notes = [...cells].map(([ref, cell]) => {
      const { row, column } = addressIndex(ref) ?? { row: 0, column: 0 };
      const inRow = fills.get(row) ?? new Map<number, string>();
      inRow.set(column, cell.fill);
      fills.set(row, inRow);
      return { row, column, text: cell.text };
    });
    const { tail } = await sheetNotes(edit, sheetPart, notes, AUTHOR);
    edit.set(sheetPart, annotateSheet(input.pieces(sheetPart), { fills, styles, tail }));
  }

  // ---- styles.xml last, once the flagged sheets streamed before it have said which styles they need
  edit.set(
    stylesPart,
    edit.streamed().then(() => styles.toXml()),
  );
  await edit.write(out);
}
