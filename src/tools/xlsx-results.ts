/**
 * The results formula cells hold in an .xlsx file, read from the sheets' XML, for the cells exceljs reports without
 * one. exceljs 4.4 keeps a result only when the text of its `<v>` is not empty, so a formula whose saved result is
 * empty text — `<c t="str"><f>IF(A5="","",…)</f><v/></c>`, what Excel saves for every blank row of a template — reads
 * as saved without a result, like a formula that has no `<v>` at all (what a script writes when it computes
 * nothing). Only the file can tell them apart: a `<v>` element, even empty, is a saved result; none is not.
 *
 * Read with jszip (the zip reader exceljs itself uses) and a scan of the XML for `<c>` elements with an `<f>`:
 * cells do not nest, and their attributes and `<f>`/`<v>` children are all the scan needs.
 */
import JSZip from "jszip";
import { createInflateRaw } from "zlib";

/** A saved result as the review reads cells: a number, text, a boolean, or an error's text ("#N/A"). */
export type HeldResult = number | string | boolean;

/** Each sheet's formula cells that hold a `<v>`, by sheet name and A1 address, with what it holds. */
export type HeldResults = ReadonlyMap<string, ReadonlyMap<string, HeldResult>>;

const ENTITIES: ReadonlyMap<string, string> = new Map([
  ["amp", "&"],
  ["lt", "<"],
  ["gt", ">"],
  ["quot", '"'],
  ["apos", "'"],
]);

/** XML text with its entities and character references resolved. */
export function xmlText(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (whole, name: string) => {
    if (name.startsWith("#x") || name.startsWith("#X")) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith("#")) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES.get(name.toLowerCase()) ?? whole;
  });
}

/** The attributes of an element's start tag, by local name (a namespace prefix dropped: `r:id` → `id`). */
function attributes(tag: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const [, name, value] of tag.matchAll(/([\w.:-]+)\s*=\s*"([^"]*)"/g)) {
    found.set(name.replace(/^[\w.-]+:/, ""), xmlText(value));
  }
  return found;
}

/** The attribute text of the start tag of every element of a local name, namespace prefix or not. */
export function startTags(xml: string, name: string): string[] {
  return [...xml.matchAll(new RegExp(`<(?:[\\w.-]+:)?${name}\\b([^>]*?)/?>`, "g"))].map((match) => match[1]);
}

/** A part's path from a relationship target: relative to the source part's folder, or from the package root. */
export function partPath(from: string, target: string): string {
  const parts = target.startsWith("/") ? [] : from.split("/").slice(0, -1);
  for (const piece of target.replace(/^\//, "").split("/")) {
    if (piece === "..") parts.pop();
    else if (piece !== "." && piece !== "") parts.push(piece);
  }
  return parts.join("/");
}

export interface Relationship {
  readonly id: string;
  readonly type: string;
  /** The target part's path in the package. */
  readonly path: string;
}

/** The part holding a part's relationships (`xl/workbook.xml` → `xl/_rels/workbook.xml.rels`; the package's: ""). */
export function relationshipsPart(part: string): string {
  const folder = part.split("/").slice(0, -1).join("/");
  const name = part.split("/").pop() ?? "";
  return `${folder ? `${folder}/` : ""}_rels/${name}.rels`;
}

/** The relationships of a part (`xl/workbook.xml` → `xl/_rels/workbook.xml.rels`; the package's: ""). */
async function relationships(zip: JSZip, part: string): Promise<Relationship[]> {
  const rels = await zip.file(relationshipsPart(part))?.async("string");
  return startTags(rels ?? "", "Relationship").flatMap((tag) => {
    const attrs = attributes(tag);
    const [id, target] = [attrs.get("Id"), attrs.get("Target")];
    if (!id || !target || attrs.get("TargetMode") === "External") return [];
    return [{ id, type: attrs.get("Type") ?? "", path: partPath(part, target) }];
  });
}

/** Each worksheet's part path, by sheet name. */
async function sheetParts(zip: JSZip): Promise<Map<string, string>> {
  const workbookPart =
    (await relationships(zip, "")).find((rel) => rel.type.endsWith("/officeDocument"))?.path ?? "xl/workbook.xml";
  const workbook = (await zip.file(workbookPart)?.async("string")) ?? "";
  const targets = new Map((await relationships(zip, workbookPart)).map((rel) => [rel.id, rel.path]));
  const parts = new Map<string, string>();
  for (const tag of startTags(workbook, "sheet")) {
    const attrs = attributes(tag);
    const name = attrs.get("name");
    const part = targets.get(attrs.get("id") ?? "");
    if (name !== undefined && part) parts.set(name, part);
  }
  return parts;
}

/** What a `<v>`'s text holds for the cell's type `t`: text, a boolean, an error, or a number (none when empty). */
export function resultOf(type: string | undefined, text: string): HeldResult | undefined {
  switch (type) {
    case "str":
    case "inlineStr":
      return text;
    case "b":
      return text.trim() === "1";
    case "e":
      return text.trim();
    default: {
      const number = text.trim() === "" ? NaN : Number(text);
      return Number.isFinite(number) ? number : undefined;
    }
  }
}

const CELL = /<(?:[\w.-]+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?c>)/g;
const FORMULA = /<(?:[\w.-]+:)?f\b/;
const VALUE = /<(?:[\w.-]+:)?v\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?v>)/;

/** The formula cells of a sheet's XML that hold a `<v>`, by address, with what it holds. */
export function heldInSheet(xml: string): Map<string, HeldResult> {
  const held = new Map<string, HeldResult>();
  for (const [, tag, content] of xml.matchAll(CELL)) {
    if (!content || !FORMULA.test(content)) continue;
    const value = VALUE.exec(content);
    const attrs = attributes(tag);
    const address = attrs.get("r");
    if (!value || !address) continue;
    const result = resultOf(attrs.get("t"), xmlText(value[1] ?? ""));
    if (result !== undefined) held.set(address.replace(/\$/g, "").toUpperCase(), result);
  }
  return held;
}

/** The results held by the formula cells of the named sheets of an .xlsx file. */
export async function heldResults(file: Uint8Array, sheets: readonly string[]): Promise<HeldResults> {
  const zip = await JSZip.loadAsync(file);
  const parts = await sheetParts(zip);
  const held = new Map<string, Map<string, HeldResult>>();
  for (const sheet of sheets) {
    const part = parts.get(sheet);
    const xml = part ? await zip.file(part)?.async("string") : undefined;
    if (xml !== undefined) held.set(sheet, heldInSheet(xml));
  }
  return held;
}

// ---------------------------------------------------------------- the package read part by part, sheets streamed

/** Where a part's bytes are in the package: its compression method and its compressed bytes' place. */
interface ZipEntry {
  readonly method: number;
  readonly start: number;
  readonly size: number;
}

/**
 * The entries of a zip package from its central directory (method, where the compressed bytes start, their size),
 * by name; undefined for what this simple reader does not read (ZIP64, a directory it cannot find), which is then
 * read through jszip instead.
 */
function zipEntries(bytes: Buffer): Map<string, ZipEntry> | undefined {
  const floor = Math.max(0, bytes.length - 0xffff - 22);
  let end = -1;
  for (let at = bytes.length - 22; at >= floor; at--) {
    if (bytes.readUInt32LE(at) === 0x06054b50) {
      end = at;
      break;
    }
  }
  if (end < 0) return undefined;
  const count = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  if (count === 0xffff || at === 0xffffffff) return undefined;
  const entries = new Map<string, ZipEntry>();
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== 0x02014b50) return undefined;
    const flags = bytes.readUInt16LE(at + 8);
    const method = bytes.readUInt16LE(at + 10);
    const size = bytes.readUInt32LE(at + 20);
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    const local = bytes.readUInt32LE(at + 42);
    // names are UTF-8 when flagged so, else code page 437: the parts of a workbook are ASCII either way
    const name = bytes.toString(flags & 0x800 ? "utf8" : "latin1", at + 46, at + 46 + nameLength);
    if (size === 0xffffffff || local === 0xffffffff) return undefined;
    if (local + 30 > bytes.length || bytes.readUInt32LE(local) !== 0x04034b50) return undefined;
    const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    if (start + size > bytes.length) return undefined;
    entries.set(name, { method, start, size });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/**
 * An .xlsx package held as its compressed bytes: small parts read whole, a sheet's XML streamed through zlib in
 * pieces, so that a sheet of 200,000 rows is never one string. Opened with jszip first, so a file that is not a
 * package fails with what jszip (the zip reader exceljs uses) says.
 */
export class XlsxPackage {
  private constructor(
    /** The package's bytes, as read. */
    readonly bytes: Buffer,
    private readonly zip: JSZip,
    private readonly entries: Map<string, ZipEntry> | undefined,
  ) {}

  static async open(bytes: Buffer): Promise<XlsxPackage> {
    const zip = await JSZip.loadAsync(bytes);
    return new XlsxPackage(bytes, zip, zipEntries(bytes));
  }

  has(part: string): boolean {
    return this.zip.file(part) !== null;
  }

  /** A part's text, whole; undefined when the package has no such part. */
  async text(part: string): Promise<string | undefined> {
    return this.zip.file(part)?.async("string");
  }

  /** A part's bytes as the package holds them, uncompressed; undefined when there is no such part. */
  async binary(part: string): Promise<Buffer | undefined> {
    return this.zip.file(part)?.async("nodebuffer");
  }

  /** A part's text in pieces (UTF-8 split only between characters); nothing when there is no such part. */
  async *pieces(part: string): AsyncGenerator<string> {
    const entry = this.entries?.get(part);
    if (!entry || (entry.method !== 0 && entry.method !== 8)) {
      const whole = await this.text(part);
      if (whole !== undefined) yield whole;
      return;
    }
    const compressed = this.bytes.subarray(entry.start, entry.start + entry.size);
    const decoder = new TextDecoder("utf-8");
    if (entry.method === 0) {
      yield decoder.decode(compressed);
      return;
    }
    const inflate = createInflateRaw({ chunkSize: 1 << 18 });
    inflate.end(compressed);
    for await (const chunk of inflate as AsyncIterable<Buffer>) {
      const text = decoder.decode(chunk, { stream: true });
      if (text) yield text;
    }
    const rest = decoder.decode();
    if (rest) yield rest;
  }

  /** Each worksheet's name and part, in the workbook's order, and whether its dates count from 1904. */
  async worksheets(): Promise<{ sheets: { name: string; part: string }[]; date1904: boolean }> {
    const workbookPart =
      (await relationships(this.zip, "")).find((rel) => rel.type.endsWith("/officeDocument"))?.path ??
      "xl/workbook.xml";
    const workbook = (await this.text(workbookPart)) ?? "";
    const rels = await relationships(this.zip, workbookPart);
    const targets = new Map(rels.map((rel) => [rel.id, rel]));
    const sheets: { name: string; part: string }[] = [];
    for (const tag of startTags(workbook, "sheet")) {
      const attrs = attributes(tag);
      const name = attrs.get("name");
      const rel = targets.get(attrs.get("id") ?? "");
      // worksheets only (a chart sheet has no cells), as exceljs reads them
      if (name !== undefined && rel && rel.type.endsWith("/worksheet") && this.has(rel.path)) {
        sheets.push({ name, part: rel.path });
      }
    }
    const properties = startTags(workbook, "workbookPr").map(attributes)[0];
    return { sheets, date1904: properties?.get("date1904") === "1" };
  }

  /** The relationships of a part (the package's own: ""), those with an external target left out. */
  async relationships(part: string): Promise<Relationship[]> {
    return relationships(this.zip, part);
  }

  /** The name of every part in the package. */
  parts(): string[] {
    return Object.keys(this.zip.files).filter((name) => !this.zip.files[name].dir);
  }

  /** The part a relationship of the workbook of one type points to (shared strings, styles). */
  async workbookPart(type: string): Promise<string | undefined> {
    const workbookPart =
      (await relationships(this.zip, "")).find((rel) => rel.type.endsWith("/officeDocument"))?.path ??
      "xl/workbook.xml";
    return (await relationships(this.zip, workbookPart)).find((rel) => rel.type.endsWith(`/${type}`))?.path;
  }
}

/** `_xHHHH_` escapes, which Excel writes for characters XML cannot hold, as the characters (as exceljs reads text). */
function unescapeText(text: string): string {
  return text.includes("_x")
    ? text.replace(/_x([0-9A-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    : text;
}

const RUN = /<(?:[\w.-]+:)?r\b[^>]*>([\s\S]*?)<\/(?:[\w.-]+:)?r>/g;
const TEXT = /<(?:[\w.-]+:)?t\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?t>)/g;
const PHONETIC = /<(?:[\w.-]+:)?rPh\b[\s\S]*?<\/(?:[\w.-]+:)?rPh>/g;

/**
 * The text of a string item (`<si>`, or a cell's `<is>`), as exceljs reads it: rich text runs joined, else its
 * `<t>`; phonetic runs (`<rPh>`) left out. `unescape`: `_xHHHH_` read as characters (exceljs does for shared strings
 * and runs, not for a cell's plain inline `<t>`).
 */
export function stringItemText(xml: string, unescapeInline = true): string {
  const content = xml.includes("rPh") ? xml.replace(PHONETIC, "") : xml;
  if (/<(?:[\w.-]+:)?r\b/.test(content)) {
    let joined = "";
    for (const [, run] of content.matchAll(RUN)) {
      for (const [, text] of run.matchAll(TEXT)) joined += unescapeText(xmlText(text ?? ""));
    }
    return joined;
  }
  let text = "";
  for (const [, piece] of content.matchAll(TEXT)) text += xmlText(piece ?? "");
  return unescapeInline ? unescapeText(text) : text;
}

/** The shared strings of a package, as text. */
export async function sharedStrings(pkg: XlsxPackage): Promise<string[]> {
  const part = (await pkg.workbookPart("sharedStrings")) ?? "xl/sharedStrings.xml";
  const xml = (await pkg.text(part)) ?? "";
  const strings: string[] = [];
  for (const [, item] of xml.matchAll(/<(?:[\w.-]+:)?si\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?si>)/g)) {
    strings.push(stringItemText(item ?? ""));
  }
  return strings;
}

/** Built-in number formats that are dates (as exceljs's format table and date test read them). */
const DATE_FORMAT_IDS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

/** A number format that shows a date, as exceljs decides it (any of y m d h M s b outside quotes and brackets). */
function isDateFormat(code: string): boolean {
  return /[ymdhMsb]+/.test(code.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, ""));
}

/** Which cell style indexes (`s`) show a date, as exceljs reads styles.xml's cellXfs and numFmts. */
export async function dateStyles(pkg: XlsxPackage): Promise<boolean[]> {
  const part = (await pkg.workbookPart("styles")) ?? "xl/styles.xml";
  const xml = (await pkg.text(part)) ?? "";
  const custom = new Map<number, string>();
  for (const tag of startTags(xml, "numFmt")) {
    const attrs = attributes(tag);
    custom.set(Number(attrs.get("numFmtId")), (attrs.get("formatCode") ?? "").replace(/[\\](.)/g, "$1"));
  }
  const cellXfs = /<(?:[\w.-]+:)?cellXfs\b[^>]*>([\s\S]*?)<\/(?:[\w.-]+:)?cellXfs>/.exec(xml)?.[1] ?? "";
  return startTags(cellXfs, "xf").map((tag) => {
    const id = parseInt(attributes(tag).get("numFmtId") ?? "0", 10);
    if (!id) return false;
    const code = custom.get(id);
    return code !== undefined ? isDateFormat(code) : DATE_FORMAT_IDS.has(id);
  });
}

/**
 * A cell as the sheet's XML writes it. {@link scanSheet} hands one object, refilled for each cell, to its callback:
 * read it there, do not keep it.
 */
export interface RawCell {
  /** 0-based row and column. */
  row: number;
  column: number;
  type: string | undefined;
  style: number;
  /** `<f>`'s text (undefined: the cell has no `<f>`), its `t`, its `si`, and whether it has a `ref` (a master). */
  formula: string | undefined;
  formulaKind: string | undefined;
  formulaShared: string | undefined;
  formulaMaster: boolean;
  /** `<v>`'s text, entities resolved (undefined: no `<v>`). */
  value: string | undefined;
  /** `<is>`'s content, for an inline string (undefined: none). */
  inline: string | undefined;
}

/** A row's start tag, or a whole cell element. */
const ROW_OR_CELL = /<(?:[\w.-]+:)?(?:row\b([^>]*?)\/?>|c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?c>))/g;
const SHEET_DATA_END = /<\/(?:[\w.-]+:)?sheetData>|<(?:[\w.-]+:)?sheetData\b[^>]*\/>/;
const F_ELEMENT = /<(?:[\w.-]+:)?f\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?f>)/;
const IS_ELEMENT = /<(?:[\w.-]+:)?is\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?is>)/;
const MERGE = /<(?:[\w.-]+:)?mergeCell\b([^>]*?)\/?>/g;

const ATTRIBUTES = new Map<string, RegExp>();

/**
 * An attribute's value in a start tag's attribute text (` r="A1" s="2"`), entities resolved; undefined when it has
 * none. A prefixed attribute is found by its local name (`r:id` by "id"), a namespace declaration never.
 */
export function attribute(tag: string, name: string): string | undefined {
  // ` r="`, as writers write it, found without a regular expression: every cell of a sheet passes here
  const key = ` ${name}="`;
  let at = tag.indexOf(key);
  if (at >= 0) {
    at += key.length;
    return xmlText(tag.slice(at, tag.indexOf('"', at)));
  }
  // other white space, spaces around "=", a prefix: rare
  let pattern = ATTRIBUTES.get(name);
  if (!pattern) {
    pattern = new RegExp(`(?:^|\\s)(?:(?!xmlns:)[\\w.-]+:)?${name}\\s*=\\s*"([^"]*)"`);
    ATTRIBUTES.set(name, pattern);
  }
  const match = pattern.exec(tag);
  return match ? xmlText(match[1]) : undefined;
}

/** A start tag's attribute text without the attributes of these names. */
export function withoutAttributes(tag: string, names: readonly string[]): string {
  return tag.replace(new RegExp(`\\s(?:${names.join("|")})\\s*=\\s*"[^"]*"`, "g"), "");
}

/** A start tag's attribute text with an attribute set to a value (added at the end when it has none). */
export function withAttribute(tag: string, name: string, value: string): string {
  const pattern = new RegExp(`(\\s${name}\\s*=\\s*)"[^"]*"`);
  return pattern.test(tag) ? tag.replace(pattern, `$1"${value}"`) : `${tag} ${name}="${value}"`;
}

/** 0-based row and column of an A1 address ("$" allowed); undefined when it is not one. */
export function addressIndex(address: string): { row: number; column: number } | undefined {
  // /^\$?([A-Za-z]{1,3})\$?(\d+)$/ read character by character: every cell of a sheet has one
  const length = address.length;
  let at = address.charCodeAt(0) === 36 ? 1 : 0; // "$"
  let column = 0;
  const lettersFrom = at;
  for (let code = address.charCodeAt(at); at < length; code = address.charCodeAt(++at)) {
    const upper = code & ~32; // a-z → A-Z
    if (upper < 65 || upper > 90 || code < 65) break;
    column = column * 26 + upper - 64;
  }
  if (at === lettersFrom || at - lettersFrom > 3) return undefined;
  if (address.charCodeAt(at) === 36) at++;
  const digitsFrom = at;
  let row = 0;
  for (; at < length; at++) {
    const code = address.charCodeAt(at);
    if (code < 48 || code > 57) return undefined;
    row = row * 10 + code - 48;
  }
  if (at === digitsFrom) return undefined;
  // beyond 15 digits the sum above may drift from Number(digits)
  if (at - digitsFrom > 15) row = Number(address.slice(digitsFrom));
  return { row: row - 1, column: column - 1 };
}

/**
 * Reads a worksheet's XML piece by piece: `cell` gets each cell with content in document order (one object,
 * refilled; a cell without an `r` follows the one before it, in its row); the merged ranges (written after the cells)
 * are returned.
 */
export async function scanSheet(pieces: AsyncIterable<string>, cell: (raw: RawCell) => void): Promise<string[]> {
  const raw: RawCell = {
    row: -1,
    column: -1,
    type: undefined,
    style: 0,
    formula: undefined,
    formulaKind: undefined,
    formulaShared: undefined,
    formulaMaster: false,
    value: undefined,
    inline: undefined,
  };
  let pending = "";
  let done = false;
  let tail = "";
  let row = -1;
  let column = -1;
  const readCell = (tag: string, inner: string | undefined) => {
    const at = attribute(tag, "r");
    const index = at !== undefined ? addressIndex(at) : undefined;
    column = index ? index.column : column + 1;
    if (index) row = index.row;
    if (!inner) return;
    raw.row = row;
    raw.column = column;
    raw.type = tag.includes("t") ? attribute(tag, "t") : undefined;
    const style = tag.includes("s") ? attribute(tag, "s") : undefined;
    raw.style = style ? parseInt(style, 10) : 0;
    const f = inner.includes("<f") || inner.includes(":f") ? F_ELEMENT.exec(inner) : null;
    if (f) {
      raw.formula = xmlText(f[2] ?? "");
      raw.formulaKind = attribute(f[1], "t");
      raw.formulaShared = raw.formulaKind === "shared" ? (attribute(f[1], "si") ?? "") : undefined;
      raw.formulaMaster = attribute(f[1], "ref") !== undefined;
    } else {
      raw.formula = raw.formulaKind = raw.formulaShared = undefined;
      raw.formulaMaster = false;
    }
    const v = VALUE.exec(inner);
    raw.value = v ? (v[1]?.includes("&") ? xmlText(v[1]) : (v[1] ?? "")) : undefined;
    raw.inline = v ? undefined : IS_ELEMENT.exec(inner)?.[1];
    cell(raw);
  };
  for await (const piece of pieces) {
    if (done) {
      tail += piece;
      continue;
    }
    pending += piece;
    ROW_OR_CELL.lastIndex = 0;
    let consumed = 0;
    for (let match = ROW_OR_CELL.exec(pending); match; match = ROW_OR_CELL.exec(pending)) {
      if (match[1] !== undefined) {
        const r = attribute(match[1], "r");
        row = r !== undefined ? Number(r) - 1 : row + 1;
        column = -1;
      } else readCell(match[2], match[3]);
      consumed = ROW_OR_CELL.lastIndex;
    }
    const rest = pending.slice(consumed);
    const end = SHEET_DATA_END.exec(rest);
    if (end) {
      done = true;
      tail = rest.slice(end.index);
      pending = "";
    } else pending = rest;
  }
  return [...tail.matchAll(MERGE)].flatMap(([, tag]) => {
    const ref = attribute(tag, "ref");
    return ref ? [ref] : [];
  });
}

/** A cell element of a sheet's XML, as {@link editSheet} hands it over. */
export interface CellElement {
  /** The element's namespace prefix with its colon ("x:"), or "". */
  readonly prefix: string;
  /** The start tag's attribute text (` r="A1" s="2"`). */
  readonly attributes: string;
  /** What the element holds (undefined: it is empty, `<c …/>`). */
  readonly content: string | undefined;
}

/** A row's start tag or a whole cell element, with the element's prefix. */
const ROW_OR_CELL_ELEMENT = /<([\w.-]+:)?(?:row\b([^>]*?)\/?>|c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?c>))/g;

/**
 * A worksheet's XML written again piece by piece, everything as it was but what the callbacks change: `edit` gets
 * each cell element with its 0-based row and column (read as {@link scanSheet} reads them) and returns the element
 * to write instead, or undefined to keep it; `tail` gets the text from the end of the cells (`</sheetData>`) to the
 * end of the part and returns what to write instead.
 */
export async function* editSheet(
  pieces: AsyncIterable<string>,
  edit: (row: number, column: number, cell: CellElement) => string | undefined,
  tail: (text: string) => string = (text) => text,
): AsyncGenerator<string> {
  let pending = "";
  let rest: string | undefined;
  let row = -1;
  let column = -1;
  for await (const piece of pieces) {
    if (rest !== undefined) {
      rest += piece;
      continue;
    }
    pending += piece;
    ROW_OR_CELL_ELEMENT.lastIndex = 0;
    let consumed = 0;
    const out: string[] = [];
    for (let match = ROW_OR_CELL_ELEMENT.exec(pending); match; match = ROW_OR_CELL_ELEMENT.exec(pending)) {
      out.push(pending.slice(consumed, match.index));
      consumed = ROW_OR_CELL_ELEMENT.lastIndex;
      if (match[2] !== undefined) {
        const r = attribute(match[2], "r");
        row = r !== undefined ? Number(r) - 1 : row + 1;
        column = -1;
        out.push(match[0]);
        continue;
      }
      const at = attribute(match[3], "r");
      const index = at !== undefined ? addressIndex(at) : undefined;
      column = index ? index.column : column + 1;
      if (index) row = index.row;
      const cell = { prefix: match[1] ?? "", attributes: match[3], content: match[4] };
      out.push(edit(row, column, cell) ?? match[0]);
    }
    const left = pending.slice(consumed);
    const end = SHEET_DATA_END.exec(left);
    if (end) {
      out.push(left.slice(0, end.index));
      rest = left.slice(end.index);
      pending = "";
    } else pending = left;
    if (out.length > 0) yield out.join("");
  }
  yield tail(rest ?? pending);
}
