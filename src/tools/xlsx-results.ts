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
function xmlText(text: string): string {
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

/** Start tags (with their attributes' text) of every element of a local name, namespace prefix or not. */
function startTags(xml: string, name: string): string[] {
  return [...xml.matchAll(new RegExp(`<(?:[\\w.-]+:)?${name}\\b([^>]*)>`, "g"))].map((match) => match[1]);
}

/** A part's path from a relationship target: relative to the source part's folder, or from the package root. */
function partPath(from: string, target: string): string {
  const parts = target.startsWith("/") ? [] : from.split("/").slice(0, -1);
  for (const piece of target.replace(/^\//, "").split("/")) {
    if (piece === "..") parts.pop();
    else if (piece !== "." && piece !== "") parts.push(piece);
  }
  return parts.join("/");
}

interface Relationship {
  readonly id: string;
  readonly type: string;
  /** The target part's path in the package. */
  readonly path: string;
}

/** The relationships of a part (`xl/workbook.xml` → `xl/_rels/workbook.xml.rels`; the package's: ""). */
async function relationships(zip: JSZip, part: string): Promise<Relationship[]> {
  const folder = part.split("/").slice(0, -1).join("/");
  const name = part.split("/").pop() ?? "";
  const rels = await zip.file(`${folder ? `${folder}/` : ""}_rels/${name}.rels`)?.async("string");
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
function resultOf(type: string | undefined, text: string): HeldResult | undefined {
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
