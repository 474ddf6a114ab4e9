/**
 * The review's annotated copy of an .xlsx, made by rewriting the package rather than re-serialising it: every part
 * is copied as it was (jszip passes an unchanged part's compressed bytes through), except
 * - each sheet holding a flagged cell: its XML streamed piece by piece, each flagged `<c>` given a style that is its
 *   own with the finding's fill (one new `<xf>` in styles.xml per original style and fill), a flagged cell the sheet
 *   does not hold added in its place; its comments part, legacy VML drawing and relationships made or extended;
 * - the sheets added after the workbook's own (the review report, the opinion): their XML and styles taken from a
 *   small scratch package (written by exceljs), shared strings written inline, style indexes moved past the
 *   workbook's own;
 * - [Content_Types].xml, the workbook and its relationships, styles.xml, docProps/app.xml's list of sheets.
 *
 * The output is written as a zip stream, so that neither the big sheets' XML nor the output is ever whole in memory.
 * The input file is only read. Parts are read through {@link XlsxPackage}; the copy is jszip's (the zip library
 * exceljs and the reader use) loaded from the same bytes.
 */
import { createWriteStream } from "fs";
import { readFile, rm } from "fs/promises";
import JSZip from "jszip";
import { Readable } from "stream";
import { pipeline } from "stream/promises";
import { columnName } from "../core/workbook/sheetPlan";
import { XlsxPackage, addressIndex, sharedStrings } from "./xlsx-results";

/** A note for one cell of the annotated copy, and the colour (ARGB) its cell is filled with. */
export interface CellNote {
  readonly sheet: string;
  /** A1 address. */
  readonly cell: string;
  readonly fill: string;
  readonly text: string;
}

const OFFICE_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const TYPE = {
  comments: "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml",
  vml: "application/vnd.openxmlformats-officedocument.vmlDrawing",
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  styles: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
};
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
/** The author the notes are written under, as exceljs (which wrote them before) names it. */
const AUTHOR = "Author";

// ---------------------------------------------------------------- small XML helpers

/** Text for XML content or an attribute; characters XML cannot hold written as Excel's `_xHHHH_`. */
function escapeXml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(CONTROL, (c) => `_x${c.charCodeAt(0).toString(16).padStart(4, "0")}_`);
}

/** The control characters XML 1.0 cannot hold (all below U+0020 but tab, line feed, carriage return). */
const CONTROL = /[^\t\n\r\u0020-\uffff]/g;

/** XML text with its entities and character references resolved. */
function unescapeXml(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (whole, name: string) => {
    if (/^#x/i.test(name)) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith("#")) return String.fromCodePoint(Number(name.slice(1)));
    return { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" }[name.toLowerCase()] ?? whole;
  });
}

const ATTRIBUTES = new Map<string, RegExp>();

/** An attribute's value in a start tag's attribute text (prefix ignored: `r:id` is read as `id`). */
function attr(tag: string, name: string): string | undefined {
  // ` r="`, as most writers write it, found without a regular expression: every row of a flagged sheet passes here
  const key = ` ${name}="`;
  const at = tag.indexOf(key);
  if (at >= 0) return unescapeXml(tag.slice(at + key.length, tag.indexOf('"', at + key.length)));
  let pattern = ATTRIBUTES.get(name);
  if (!pattern) {
    pattern = new RegExp(`(?:^|\\s)(?:[\\w.-]+:)?${name}\\s*=\\s*"([^"]*)"`);
    ATTRIBUTES.set(name, pattern);
  }
  const match = pattern.exec(tag);
  return match ? unescapeXml(match[1]) : undefined;
}

/** The start tag's attribute text with the attribute set (added at the end when absent). */
function withAttr(tag: string, name: string, value: string): string {
  const pattern = new RegExp(`(\\s${name}\\s*=\\s*)"[^"]*"`);
  return pattern.test(tag) ? tag.replace(pattern, `$1"${value}"`) : `${tag} ${name}="${value}"`;
}

/** The attribute text of every start tag of an element of a local name (any prefix). */
function tags(xml: string, name: string): string[] {
  return [...xml.matchAll(new RegExp(`<(?:[\\w.-]+:)?${name}\\b([^>]*?)/?>`, "g"))].map((match) => match[1]);
}

/** The prefix (with its colon, or "") the root element bound to a namespace uses; undefined when none is. */
function prefixOf(rootTag: string, namespace: string): string | undefined {
  for (const [, prefix, uri] of rootTag.matchAll(/\sxmlns(?::([\w.-]+))?\s*=\s*"([^"]*)"/g)) {
    if (uri === namespace) return prefix ? `${prefix}:` : "";
  }
  return undefined;
}

/** Puts `text` before the end tag of the (last) element of a local name, or as its content when it is empty. */
function appendInto(xml: string, name: string, text: string): string {
  const end = new RegExp(`</((?:[\\w.-]+:)?)${name}>(?![\\s\\S]*</(?:[\\w.-]+:)?${name}>)`).exec(xml);
  if (end) return xml.slice(0, end.index) + text + xml.slice(end.index);
  const empty = new RegExp(`<((?:[\\w.-]+:)?)${name}\\b([^>]*?)/>`).exec(xml);
  if (!empty) throw new Error(`no <${name}> element`);
  return `${xml.slice(0, empty.index)}<${empty[1]}${name}${empty[2]}>${text}</${empty[1]}${name}>${xml.slice(empty.index + empty[0].length)}`;
}

const TAG = /<(\/?)(?:[\w.-]+:)?([\w.-]+)\b[^>]*?(\/?)>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[[\s\S]*?\]\]>/g;

/**
 * `element` put among the children of an element in its schema's place: `xml` runs from among those children to
 * past the parent's end tag; the element goes before the first child named in `following`, else before that end.
 */
function insertChild(xml: string, element: string, following: readonly string[]): string {
  let depth = 0;
  TAG.lastIndex = 0;
  for (let match = TAG.exec(xml); match; match = TAG.exec(xml)) {
    const [, closing, name, empty] = match;
    if (name === undefined) continue; // a comment, a processing instruction, CDATA
    if (closing) {
      if (depth === 0) return xml.slice(0, match.index) + element + xml.slice(match.index);
      depth--;
    } else {
      if (depth === 0 && following.includes(name)) return xml.slice(0, match.index) + element + xml.slice(match.index);
      if (!empty) depth++;
    }
  }
  return xml + element;
}

// ---------------------------------------------------------------- the package's parts

interface Relationship {
  readonly id: string;
  readonly type: string;
  /** The target's path in the package. */
  readonly path: string;
}

/** The part holding a part's relationships (`xl/workbook.xml` → `xl/_rels/workbook.xml.rels`; the package's: ""). */
function relsPart(part: string): string {
  const at = part.lastIndexOf("/");
  return `${part.slice(0, at + 1)}_rels/${part.slice(at + 1)}.rels`;
}

/** A relationship target's path in the package: relative to the source part's folder, or from the root. */
function targetPath(from: string, target: string): string {
  const parts = target.startsWith("/") ? [] : from.split("/").slice(0, -1);
  for (const piece of target.replace(/^\//, "").split("/")) {
    if (piece === "..") parts.pop();
    else if (piece !== "." && piece !== "") parts.push(piece);
  }
  return parts.join("/");
}

/** The target of part `to` as a relationship of part `from` names it (relative to `from`'s folder). */
function relativeTarget(from: string, to: string): string {
  const base = from.split("/").slice(0, -1);
  const target = to.split("/");
  let common = 0;
  while (common < base.length && common < target.length - 1 && base[common] === target[common]) common++;
  return [...base.slice(common).map(() => ".."), ...target.slice(common)].join("/");
}

/** The parts of the copy: the input's, those written anew, and the text of the small ones read or edited. */
class Parts {
  /** Parts written anew (whole, streamed, or when a promise settles), in the order they were set. */
  readonly written = new Map<string, Buffer | Readable | Promise<Buffer>>();
  private readonly edited = new Map<string, string>();

  constructor(
    readonly original: XlsxPackage,
    private readonly names: ReadonlySet<string>,
  ) {}

  has(part: string): boolean {
    return this.edited.has(part) || this.written.has(part) || this.names.has(part);
  }

  /** A small part's text as edited so far (undefined: none). */
  async text(part: string): Promise<string | undefined> {
    return this.edited.get(part) ?? (this.written.has(part) ? undefined : this.original.text(part));
  }

  /** Sets a small part's text (kept as text until the copy is written, so later edits see it). */
  set(part: string, xml: string): void {
    this.edited.set(part, xml);
  }

  write(part: string, content: Buffer | Readable | Promise<Buffer>): void {
    this.written.set(part, content);
  }

  /** Every edited part's text as the copy's bytes. */
  editedParts(): [string, Buffer][] {
    return [...this.edited].map(([part, xml]) => [part, Buffer.from(xml, "utf8")]);
  }

  /** A part name not taken: `xl/comments1.xml`, `xl/comments2.xml`, … for ("xl/comments", ".xml"). */
  free(stem: string, extension: string): string {
    for (let n = 1; ; n++) {
      const part = `${stem}${n}${extension}`;
      if (!this.has(part)) return part;
    }
  }

  async relationships(part: string): Promise<Relationship[]> {
    const xml = (await this.text(relsPart(part))) ?? "";
    return tags(xml, "Relationship").flatMap((tag) => {
      const [id, target] = [attr(tag, "Id"), attr(tag, "Target")];
      if (!id || !target || attr(tag, "TargetMode") === "External") return [];
      return [{ id, type: attr(tag, "Type") ?? "", path: targetPath(part, target) }];
    });
  }

  /** Adds a relationship of `from` to `to` of a type (the last segment: "comments"); returns its id. */
  async relate(from: string, type: string, to: string): Promise<string> {
    const part = relsPart(from);
    const xml =
      (await this.text(part)) ??
      `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
    const taken = new Set(tags(xml, "Relationship").map((tag) => attr(tag, "Id")));
    let n = taken.size + 1;
    while (taken.has(`rId${n}`)) n++;
    const id = `rId${n}`;
    const target = escapeXml(relativeTarget(from, to));
    this.set(
      part,
      appendInto(xml, "Relationships", `<Relationship Id="${id}" Type="${OFFICE_REL}/${type}" Target="${target}"/>`),
    );
    return id;
  }

  /** Declares a part's content type: an Override, or (with `extension`) a Default, unless one is declared. */
  async declare(part: string, type: string, extension?: string): Promise<void> {
    const xml = (await this.text("[Content_Types].xml")) ?? "";
    const declared =
      tags(xml, "Override").some((tag) => attr(tag, "PartName")?.toLowerCase() === `/${part}`.toLowerCase()) ||
      (extension !== undefined &&
        tags(xml, "Default").some((tag) => attr(tag, "Extension")?.toLowerCase() === extension));
    if (declared) return;
    const element =
      extension !== undefined
        ? `<Default Extension="${extension}" ContentType="${type}"/>`
        : `<Override PartName="/${escapeXml(part)}" ContentType="${type}"/>`;
    this.set("[Content_Types].xml", appendInto(xml, "Types", element));
  }
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

/** What a flagged sheet's XML gets: fills by row and column (0-based), and a legacy drawing to refer to. */
interface SheetEdit {
  readonly fills: ReadonlyMap<number, ReadonlyMap<number, string>>;
  readonly styles: Styles;
  /** The relationship id of the VML drawing to add a `<legacyDrawing>` for (undefined: the sheet has one). */
  readonly legacyDrawing: string | undefined;
}

/** The children of a worksheet the schema puts after `<legacyDrawing>`. */
const AFTER_LEGACY_DRAWING = [
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];

const SHEET_DATA = /<((?:[\w.-]+:)?)sheetData\b[^>]*?(\/?)>/;
const ROW_START = /<((?:[\w.-]+:)?)row\b([^>]*?)(\/?)>|<\/(?:[\w.-]+:)?sheetData>/g;
const ROW_END = /<\/(?:[\w.-]+:)?row>/g;
const CELL = /<((?:[\w.-]+:)?)c\b([^>]*?)(?:\/>|>[\s\S]*?<\/(?:[\w.-]+:)?c>)/g;

/**
 * A flagged sheet's XML written again piece by piece: everything as it was, but each flagged cell's style (its own
 * with the fill; a flagged cell the sheet does not hold is added, in its row's place, with the style its row or
 * column gives it) and the `<legacyDrawing>` its notes need. Only the rows holding a flagged cell are parsed.
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
  let relPrefix: string | undefined;

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
      const root = /<((?:[\w.-]+:)?)worksheet\b[^>]*>/.exec(head);
      prefix = sheetData[1];
      relPrefix = root ? prefixOf(root[0], OFFICE_REL) : undefined;
      columnStyles = tags(head.slice(0, sheetData.index), "col").map((tag) => ({
        min: Number(attr(tag, "min") ?? 0),
        max: Number(attr(tag, "max") ?? 0),
        style: Number(attr(tag, "style") ?? 0),
      }));
      const end = sheetData.index + sheetData[0].length;
      if (sheetData[2]) {
        // an empty sheet: its cells are the flagged ones
        yield `${head.slice(0, sheetData.index)}<${prefix}sheetData>${missingRows(Infinity)}</${prefix}sheetData>`;
        tail = head.slice(end);
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
  if (edit.legacyDrawing !== undefined) {
    // r:id, with the prefix the sheet gives the relationships' namespace, else declared here
    const id = relPrefix ? `${relPrefix}id` : `xmlns:r="${OFFICE_REL}" r:id`;
    const element = `<${prefix}legacyDrawing ${id}="${edit.legacyDrawing}"/>`;
    const end = /<\/(?:[\w.-]+:)?sheetData>|<(?:[\w.-]+:)?sheetData\b[^>]*\/>/.exec(tail);
    const from = end ? end.index + end[0].length : 0;
    tail = tail.slice(0, from) + insertChild(tail.slice(from), element, AFTER_LEGACY_DRAWING);
  }
  yield tail;
}

// ---------------------------------------------------------------- notes: comments and their VML shapes

const SHAPE_TYPE =
  '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>';

/** A note's hidden box in the VML drawing, placed as exceljs places it (right of the cell, four rows high). */
function noteShape(id: number, row: number, column: number): string {
  const top = Math.max(row - 1, 0);
  const anchor = [column + 1, 6, top, 14, column + 3, 2, top + 4, 16].join(", ");
  return (
    `<v:shape id="_x0000_s${id}" type="#_x0000_t202" style="position:absolute; margin-left:105.3pt;margin-top:10.5pt;width:97.8pt;height:59.1pt;z-index:1;visibility:hidden" fillcolor="infoBackground [80]" strokecolor="none [81]" o:insetmode="auto">` +
    '<v:fill color2="infoBackground [80]"/><v:shadow color="none [81]" obscured="t"/><v:path o:connecttype="none"/>' +
    '<v:textbox style="mso-direction-alt:auto" inset="1.3mm,1.3mm,2.5mm,2.5mm"><div style="text-align:left"/></v:textbox>' +
    `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${anchor}</x:Anchor><x:Locked>True</x:Locked><x:AutoFill>False</x:AutoFill><x:LockText>True</x:LockText><x:Row>${row}</x:Row><x:Column>${column}</x:Column></x:ClientData></v:shape>`
  );
}

/** A run of a note's text. */
const run = (prefix: string, text: string) =>
  `<${prefix}r><${prefix}t xml:space="preserve">${escapeXml(text)}</${prefix}t></${prefix}r>`;

/**
 * The comments part with the notes put in: a note on a cell that has one already is appended to it (after a blank
 * line, as one more run, the existing text and its formatting kept; a bare `<t>` becomes a run first, as a text
 * cannot have a `<t>` after runs); the others added as new comments. The refs of the added ones.
 */
function putComments(xml: string, notes: ReadonlyMap<string, string>): { xml: string; added: string[] } {
  const prefix = /<([\w.-]+:)?comments\b/.exec(xml)?.[1] ?? "";
  const authors = [...xml.matchAll(/<(?:[\w.-]+:)?author\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?author>)/g)].map(
    (match) => unescapeXml(match[1] ?? ""),
  );
  let author = authors.indexOf(AUTHOR);
  if (author < 0) {
    author = authors.length;
    xml = appendInto(xml, "authors", `<${prefix}author>${AUTHOR}</${prefix}author>`);
  }
  const noted = new Set<string>();
  xml = xml.replace(
    /<((?:[\w.-]+:)?)comment\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?comment>)/g,
    (whole: string, p: string, attributes: string, content: string | undefined) => {
      const ref = (attr(attributes, "ref") ?? "").replace(/\$/g, "").toUpperCase();
      const note = notes.get(ref);
      if (note === undefined || noted.has(ref)) return whole;
      noted.add(ref);
      const text = /<((?:[\w.-]+:)?)text\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?text>)/.exec(content ?? "");
      let runs = text?.[2] ?? "";
      runs = runs.replace(/^(\s*)(<((?:[\w.-]+:)?)t\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:[\w.-]+:)?t>))/, `$1<$3r>$2</$3r>`);
      const phonetic = /<(?:[\w.-]+:)?(?:rPh|phoneticPr)\b/.exec(runs);
      const at = phonetic ? phonetic.index : runs.length;
      const added = run(text?.[1] ?? p, `\n\n${note}`);
      const newText = `<${text?.[1] ?? p}text>${runs.slice(0, at)}${added}${runs.slice(at)}</${text?.[1] ?? p}text>`;
      const body = text ? (content ?? "").replace(text[0], () => newText) : `${content ?? ""}${newText}`;
      return `<${p}comment${attributes}>${body}</${p}comment>`;
    },
  );
  const added = [...notes.keys()].filter((ref) => !noted.has(ref));
  const comments = added
    .map(
      (ref) =>
        `<${prefix}comment ref="${ref}" authorId="${author}"><${prefix}text>${run(prefix, notes.get(ref) ?? "")}</${prefix}text></${prefix}comment>`,
    )
    .join("");
  if (comments) xml = appendInto(xml, "commentList", comments);
  return { xml, added };
}

const NEW_COMMENTS = `${XML_HEAD}<comments xmlns="${MAIN_NS}"><authors></authors><commentList/></comments>`;

/** A VML drawing with boxes for the newly noted cells (the ids after those it has). */
function putShapes(vml: string | undefined, cells: readonly { row: number; column: number }[], map: number): string {
  let xml =
    vml ??
    `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${map}"/></o:shapelayout></xml>`;
  let id = Math.max(map * 1024, ...[...xml.matchAll(/_x0000_s(\d+)/g)].map((match) => Number(match[1])));
  const shapes =
    (xml.includes('"_x0000_t202"') ? "" : SHAPE_TYPE) +
    cells.map((cell) => noteShape(++id, cell.row, cell.column)).join("");
  const end = xml.lastIndexOf("</xml>");
  xml = end >= 0 ? xml.slice(0, end) + shapes + xml.slice(end) : xml + shapes;
  return xml;
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
 * Writes the annotated copy of `input` to `out`: each noted cell filled and noted (see the top of this file), and
 * the worksheets of the package `addSheets` makes added after the workbook's own. `addSheets` is told every sheet
 * name the workbook holds, which its sheets must not take.
 */
export async function annotateXlsx(
  input: string,
  out: string,
  notes: readonly CellNote[],
  addSheets: (taken: readonly string[]) => Promise<Buffer>,
): Promise<void> {
  const bytes = await readFile(input);
  const original = await XlsxPackage.open(bytes);
  const zip = await JSZip.loadAsync(bytes);
  const parts = new Parts(original, new Set(Object.keys(zip.files)));

  const rootRels = await parts.relationships("");
  const workbookPart = rootRels.find((rel) => rel.type.endsWith("/officeDocument"))?.path ?? "xl/workbook.xml";
  const workbookRels = await parts.relationships(workbookPart);
  let workbook = (await parts.text(workbookPart)) ?? "";
  const sheetTags = tags(workbook, "sheet");
  const { sheets: worksheets } = await original.worksheets();

  // styles: the input's, to which the flagged cells' and the added sheets' styles are added
  let stylesPart = workbookRels.find((rel) => rel.type.endsWith("/styles"))?.path;
  const styles = new Styles((stylesPart && (await parts.text(stylesPart))) || EMPTY_STYLES);
  if (!stylesPart) {
    const folder = workbookPart.replace(/[^/]*$/, "");
    stylesPart = parts.has(`${folder}styles.xml`) ? parts.free(`${folder}styles`, ".xml") : `${folder}styles.xml`;
    await parts.relate(workbookPart, "styles", stylesPart);
    await parts.declare(stylesPart, TYPE.styles);
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
    const rels = await scratch.text(relsPart(part));
    if (rels && tags(rels, "Relationship").length > 0) throw new Error(`the added sheet ${name} refers to other parts`);
    const sheetPart = parts.free(`${workbookPart.replace(/[^/]*$/, "")}worksheets/sheet`, ".xml");
    parts.write(
      sheetPart,
      Buffer.from(transplantSheet((await scratch.text(part)) ?? "", strings, scratchStyles), "utf8"),
    );
    await parts.declare(sheetPart, TYPE.worksheet);
    const id = await parts.relate(workbookPart, "worksheet", sheetPart);
    const idAttribute = relPrefix ? `${relPrefix}id="${id}"` : `xmlns:r="${OFFICE_REL}" r:id="${id}"`;
    workbook = appendInto(
      workbook,
      "sheets",
      `<${sheetsPrefix}sheet name="${escapeXml(name)}" sheetId="${++sheetId}" ${idAttribute}/>`,
    );
    addedNames.push(name);
  }
  parts.set(workbookPart, workbook);
  const appPart = rootRels.find((rel) => rel.type.endsWith("/extended-properties"))?.path;
  const app = appPart ? await parts.text(appPart) : undefined;
  if (appPart && app !== undefined) {
    const listed = listSheets(app, worksheets.length, addedNames);
    if (listed !== app) parts.set(appPart, listed);
  }

  // ---- the flagged sheets: their notes, then their XML streamed
  const bySheet = new Map<string, Map<string, CellNote>>();
  for (const note of notes) {
    const index = addressIndex(note.cell);
    const sheet = worksheets.find((each) => each.name === note.sheet);
    if (!index || !sheet) continue;
    const cells = bySheet.get(sheet.part) ?? new Map<string, CellNote>();
    cells.set(`${columnName(index.column)}${index.row + 1}`, note);
    bySheet.set(sheet.part, cells);
  }
  const streamed: Promise<void>[] = [];
  let vmlMap = 0;
  for (const [sheetPart, cells] of bySheet) {
    const rels = await parts.relationships(sheetPart);
    // the sheet's comments and drawing: its own, extended, or new ones
    let commentsPart = rels.find((rel) => rel.type.endsWith("/comments"))?.path;
    const legacy = await legacyDrawingOf(original, sheetPart, rels);
    let vmlPart = legacy?.path;
    if (!commentsPart) {
      commentsPart = parts.free(`${workbookPart.replace(/[^/]*$/, "")}comments`, ".xml");
      await parts.relate(sheetPart, "comments", commentsPart);
      await parts.declare(commentsPart, TYPE.comments);
    }
    let legacyDrawing: string | undefined;
    if (!vmlPart) {
      vmlPart = parts.free(`${workbookPart.replace(/[^/]*$/, "")}drawings/vmlDrawing`, ".vml");
      legacyDrawing = await parts.relate(sheetPart, "vmlDrawing", vmlPart);
      await parts.declare(vmlPart, TYPE.vml, "vml");
    }
    const { xml: comments, added } = putComments(
      (await parts.text(commentsPart)) ?? NEW_COMMENTS,
      new Map([...cells].map(([ref, note]) => [ref, note.text])),
    );
    parts.set(commentsPart, comments);
    // VML is written in whatever 8-bit encoding its writer chose: kept byte for byte (what is added is ASCII)
    const vml = parts.has(vmlPart) ? (await zip.file(vmlPart)?.async("nodebuffer"))?.toString("latin1") : undefined;
    const newShapes = added.flatMap((ref) => addressIndex(ref) ?? []);
    parts.write(vmlPart, Buffer.from(putShapes(vml, newShapes, ++vmlMap), "latin1"));

    const fills = new Map<number, Map<number, string>>();
    for (const [ref, note] of cells) {
      const { row, column } = addressIndex(ref) ?? { row: 0, column: 0 };
      const inRow = fills.get(row) ?? new Map<number, string>();
      inRow.set(column, note.fill);
      fills.set(row, inRow);
    }
    const done = settled();
    streamed.push(done.promise);
    const edit: SheetEdit = { fills, styles, legacyDrawing };
    const pieces = original.pieces(sheetPart);
    const stream = async function* () {
      try {
        for await (const text of annotateSheet(pieces, edit)) yield Buffer.from(text, "utf8");
        done.resolve();
      } catch (error) {
        done.reject(error);
        throw error;
      }
    };
    parts.write(sheetPart, Readable.from(stream(), { objectMode: false }));
  }

  // ---- the copy: every part the input has, those written anew in their place (new ones after them); styles.xml
  // last, once the flagged sheets streamed before it have said which styles they need
  const options = { binary: true, createFolders: false };
  for (const [part, content] of [...parts.editedParts(), ...parts.written]) zip.file(part, content, options);
  zip.remove(stylesPart);
  const styled = Promise.all(streamed).then(() => Buffer.from(styles.toXml(), "utf8"));
  styled.catch(() => undefined); // the stream that failed reports it
  zip.file(stylesPart, styled, options);
  try {
    await pipeline(
      zip.generateNodeStream({
        type: "nodebuffer",
        streamFiles: true,
        compression: "DEFLATE",
        compressionOptions: { level: 6 },
      }),
      createWriteStream(out),
    );
  } catch (error) {
    await rm(out, { force: true });
    throw error;
  }
}

/** A promise settled from outside. */
function settled(): { promise: Promise<void>; resolve: () => void; reject: (error: unknown) => void } {
  let resolve: () => void = () => undefined;
  let reject: (error: unknown) => void = () => undefined;
  const promise = new Promise<void>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  promise.catch(() => undefined); // reported by the stream that failed
  return { promise, resolve, reject };
}

/**
 * The VML drawing a sheet's `<legacyDrawing>` refers to (its notes' boxes), if it has one: with comments and one
 * VML drawing, that one; else the sheet's XML is read for the element (a VML drawing may be its header's).
 */
async function legacyDrawingOf(
  original: XlsxPackage,
  sheetPart: string,
  rels: readonly Relationship[],
): Promise<Relationship | undefined> {
  const vmls = rels.filter((rel) => rel.type.endsWith("/vmlDrawing"));
  if (vmls.length === 0) return undefined;
  if (vmls.length === 1 && rels.some((rel) => rel.type.endsWith("/comments"))) return vmls[0];
  let carry = "";
  for await (const piece of original.pieces(sheetPart)) {
    const text = carry + piece;
    const id = tags(text, "legacyDrawing")
      .map((tag) => attr(tag, "id"))
      .find(Boolean);
    if (id !== undefined) return vmls.find((rel) => rel.id === id);
    carry = text.slice(-200); // a tag cut between two pieces is whole in the next text
  }
  return undefined;
}
