/**
 * Notes (Excel's cell comments) put on cells of a worksheet in an edited .xlsx package ({@link XlsxEdit}), the notes
 * the sheet has kept: the comments part (`xl/commentsN.xml`, created, or the sheet's own with the new comments
 * added), the VML drawing that shows them (`xl/drawings/vmlDrawingN.vml`, created, or the sheet's own with a shape
 * per new note), the sheet's relationships, the content types, and a `<legacyDrawing>` in the sheet where it had
 * none. A cell that has a note already keeps it, the new text appended to it. The one place these rules are kept:
 * the portable copy (portable-copy.ts) and the review's annotated copy (xlsx-annotate.ts) both note cells here.
 *
 * Use: {@link sheetNotes}, which writes every part but the sheet, then its `tail` on the sheet's XML from the end
 * of its cells on as the sheet is written again (editSheet in xlsx-results.ts, or streamed).
 */
import { XML_HEAD, XlsxEdit, appendInto, escapeXml, insertChild } from "./xlsx-edit";
import { Relationship, attribute, startTags, xmlText } from "./xlsx-results";
import { cellAddress } from "../core/workbook/sheetPlan";

/** A note on a cell: 0-based row and column, and its text (lines split by "\n"). */
export interface CellNote {
  readonly row: number;
  readonly column: number;
  readonly text: string;
}

/** What the notes of one sheet need of the sheet's XML as it is written again. */
export interface SheetNotes {
  /**
   * The sheet's XML from the end of its cells (`</sheetData>`) on, as it is to be written: with a `<legacyDrawing>`
   * where it had none (the text as it was when the sheet has one, or no note is put).
   */
  readonly tail: (text: string) => string;
}

const COMMENTS_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml";
const VML_TYPE = "application/vnd.openxmlformats-officedocument.vmlDrawing";
const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

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

/** The shape type of a note in VML, as Excel writes it. */
const NOTE_SHAPE_TYPE =
  '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">' +
  '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>';

/** A note's VML shape, hidden until the cell is pointed at, as Excel writes one (right of the cell, four rows high). */
function noteShape(id: number, row: number, column: number): string {
  const anchor = [column + 1, 15, Math.max(0, row - 1), 10, column + 3, 15, row + 3, 4].join(", ");
  return (
    `<v:shape id="_x0000_s${id}" type="#_x0000_t202" style="position:absolute;margin-left:59.25pt;margin-top:1.5pt;` +
    `width:108pt;height:59.25pt;z-index:${id};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
    '<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/>' +
    '<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>' +
    `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${anchor}</x:Anchor>` +
    `<x:AutoFill>False</x:AutoFill><x:Row>${row}</x:Row><x:Column>${column}</x:Column></x:ClientData></v:shape>`
  );
}

/** A run of a note's text (a comment's text is written as runs: exceljs, for one, reads only those). */
const textRun = (prefix: string, text: string) =>
  `<${prefix}r><${prefix}t xml:space="preserve">${escapeXml(text)}</${prefix}t></${prefix}r>`;

const COMMENT = /<((?:[\w.-]+:)?)comment\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?comment>)/g;
const TEXT = /<((?:[\w.-]+:)?)text\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?text>)/;
const BARE_T = /^(\s*)(<((?:[\w.-]+:)?)t\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:[\w.-]+:)?t>))/;

/**
 * A comments part with the notes put in: a note on a cell that has a comment already is appended to it (after a
 * blank line, as one more run before its phonetic runs, the existing text and its formatting kept; a bare `<t>`
 * made a run first, as readers take the runs of a text that has them and nothing else); the others added as new
 * comments under `author`. The notes added as new comments.
 */
export function withComments(
  xml: string,
  notes: readonly CellNote[],
  author: string,
): { xml: string; fresh: CellNote[] } {
  const prefix = /<([\w.-]+:)?comments\b/.exec(xml)?.[1] ?? "";
  const authors = [...xml.matchAll(/<(?:[\w.-]+:)?author\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?author>)/g)].map(
    (match) => xmlText(match[1] ?? ""),
  );
  let authorId = authors.indexOf(author);
  if (authorId < 0) {
    authorId = authors.length;
    xml = appendInto(xml, "authors", `<${prefix}author>${escapeXml(author)}</${prefix}author>`);
  }
  const byCell = new Map(notes.map((note) => [cellAddress(note.row, note.column), note]));
  const noted = new Set<string>();
  xml = xml.replace(COMMENT, (whole: string, p: string, attributes: string, content: string | undefined) => {
    const ref = (attribute(attributes, "ref") ?? "").replace(/\$/g, "").toUpperCase();
    const note = byCell.get(ref);
    if (note === undefined || noted.has(ref)) return whole;
    noted.add(ref);
    const text = TEXT.exec(content ?? "");
    const t = text?.[1] ?? p;
    const runs = (text?.[2] ?? "").replace(BARE_T, `$1<$3r>$2</$3r>`);
    const phonetic = /<(?:[\w.-]+:)?(?:rPh|phoneticPr)\b/.exec(runs);
    const at = phonetic ? phonetic.index : runs.length;
    const newText = `<${t}text>${runs.slice(0, at)}${textRun(t, `\n\n${note.text}`)}${runs.slice(at)}</${t}text>`;
    const body = text ? (content ?? "").replace(text[0], () => newText) : `${content ?? ""}${newText}`;
    return `<${p}comment${attributes}>${body}</${p}comment>`;
  });
  const fresh = notes.filter((note) => !noted.has(cellAddress(note.row, note.column)));
  const added = fresh
    .map(
      (note) =>
        `<${prefix}comment ref="${cellAddress(note.row, note.column)}" authorId="${authorId}">` +
        `<${prefix}text>${textRun(prefix, note.text)}</${prefix}text></${prefix}comment>`,
    )
    .join("");
  if (added) xml = appendInto(xml, "commentList", added);
  return { xml, fresh };
}

/**
 * A VML drawing (as text of its bytes, latin1) with a shape added for each note, their ids after those it has
 * (the note shape type added when it has none). `block`: a new drawing's block of shape ids (o:idmap).
 */
function withShapes(vml: string | undefined, notes: readonly CellNote[], block: number): string {
  const xml =
    vml ??
    '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" ' +
      'xmlns:x="urn:schemas-microsoft-com:office:excel">' +
      `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${block}"/></o:shapelayout></xml>`;
  const ids = [...xml.matchAll(/_x0000_s(\d+)/g)].map((match) => Number(match[1]));
  const own = Number(/<o:idmap\b[^>]*\bdata="(\d+)/.exec(xml)?.[1] ?? block);
  let next = Math.max(own * 1024, ...ids) + 1;
  const type = xml.includes('"_x0000_t202"') ? "" : NOTE_SHAPE_TYPE;
  const shapes = type + notes.map((note) => noteShape(next++, note.row, note.column)).join("");
  const end = xml.lastIndexOf("</xml>");
  return end < 0 ? xml + shapes : xml.slice(0, end) + shapes + xml.slice(end);
}

/** A new comments part. */
const NEW_COMMENTS = `${XML_HEAD}<comments xmlns="${MAIN_NS}"><authors/><commentList/></comments>`;

/**
 * The VML drawing a sheet's `<legacyDrawing>` refers to (its notes' boxes), if it has one: with comments and one
 * VML drawing, that one; else the sheet's XML is read for the element (a VML drawing may be its header's).
 */
async function legacyDrawingOf(
  edit: XlsxEdit,
  sheetPart: string,
  rels: readonly Relationship[],
): Promise<Relationship | undefined> {
  const vmls = rels.filter((rel) => rel.type.endsWith("/vmlDrawing"));
  if (vmls.length === 0) return undefined;
  if (vmls.length === 1 && rels.some((rel) => rel.type.endsWith("/comments"))) return vmls[0];
  let carry = "";
  for await (const piece of edit.original.pieces(sheetPart)) {
    const text = carry + piece;
    const id = startTags(text, "legacyDrawing")
      .map((tag) => attribute(tag, "id"))
      .find(Boolean);
    if (id !== undefined) return vmls.find((rel) => rel.id === id);
    carry = text.slice(-200); // a tag cut between two pieces is whole in the next text
  }
  return undefined;
}

/** A block of VML shape ids (o:idmap) no VML drawing of the package uses. */
async function freeShapeBlock(edit: XlsxEdit): Promise<number> {
  let block = 1;
  for (const part of edit.parts().filter((name) => name.toLowerCase().endsWith(".vml"))) {
    const vml = (await edit.binary(part))?.toString("latin1") ?? "";
    for (const match of vml.matchAll(/<o:idmap\b[^>]*\bdata="([\d,\s]+)"/g)) {
      for (const n of match[1].split(/[,\s]+/)) if (n) block = Math.max(block, Number(n) + 1);
    }
  }
  return block;
}

/**
 * Puts notes on the cells of the worksheet at `sheetPart`: writes its comments, its VML drawing (kept byte for byte
 * but for the shapes added: VML is written in whatever 8-bit encoding its writer chose), its relationships and the
 * content types; the sheet's own XML is the caller's to write, through the returned `tail`. `author`: the name the
 * comments part gives for the new notes.
 */
export async function sheetNotes(
  edit: XlsxEdit,
  sheetPart: string,
  notes: readonly CellNote[],
  author = "MINE",
): Promise<SheetNotes> {
  if (notes.length === 0) return { tail: (text) => text };
  const folder = sheetPart.replace(/[^/]*\/[^/]*$/, ""); // xl/worksheets/sheet1.xml → xl/
  const rels = await edit.relationships(sheetPart);
  // the drawing first: the sheet's <legacyDrawing> refers to it
  const drawing = await legacyDrawingOf(edit, sheetPart, rels);
  let newDrawing: string | undefined;
  let comments = rels.find((rel) => rel.type.endsWith("/comments"))?.path;
  const held = comments !== undefined ? await edit.text(comments) : undefined;
  const { xml, fresh } = withComments(held ?? NEW_COMMENTS, notes, author);
  if (comments === undefined || held === undefined) {
    comments ??= edit.freePart(`${folder}comments`, ".xml");
    await edit.addRelationship(sheetPart, "comments", comments);
    await edit.declareContentType(comments, COMMENTS_TYPE);
  }
  edit.set(comments, xml);
  const shown = drawing !== undefined ? await edit.binary(drawing.path) : undefined;
  if (drawing !== undefined && shown !== undefined) {
    if (fresh.length > 0) edit.set(drawing.path, Buffer.from(withShapes(shown.toString("latin1"), fresh, 1), "latin1"));
  } else {
    // a new drawing (of every note: the comments it had have no shapes to show them), its ids in a block of its own
    const part = edit.freePart(`${folder}drawings/vmlDrawing`, ".vml");
    edit.set(part, Buffer.from(withShapes(undefined, notes, await freeShapeBlock(edit)), "latin1"));
    newDrawing = await edit.addRelationship(sheetPart, "vmlDrawing", part);
    await edit.declareContentType(part, VML_TYPE, "vml");
  }
  return {
    tail: (text) => {
      if (newDrawing === undefined) return text;
      // after the end of the cells, among the worksheet's children
      const end = /^\s*(?:<\/([\w.-]+:)?sheetData>|<([\w.-]+:)?sheetData\b[^>]*\/>)/.exec(text);
      const prefix = end?.[1] ?? end?.[2] ?? "";
      const element = `<${prefix}legacyDrawing xmlns:r="${RELATIONSHIPS_NS}" r:id="${newDrawing}"/>`;
      const cut = end ? end[0].length : 0;
      return text.slice(0, cut) + insertChild(text.slice(cut), element, AFTER_LEGACY_DRAWING);
    },
  };
}
