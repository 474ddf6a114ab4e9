/**
 * Notes (Excel's cell comments) put on cells of a worksheet in an edited .xlsx package ({@link XlsxEdit}), the notes
 * the sheet has kept: the comments part (`xl/commentsN.xml`, created, or the sheet's own with the new comments
 * added), the VML drawing that shows them (`xl/drawings/vmlDrawingN.vml`, created, or the sheet's own with a shape
 * per new note), the sheet's relationships, the content types, and a `<legacyDrawing>` in the sheet where it had
 * none. A cell that has a note already keeps it, the new text added below it.
 *
 * Use: {@link sheetNotes} before the sheet's XML is written again (editSheet in xlsx-results.ts), its `tail` on the
 * text after the sheet's cells, then `finish()`.
 */
import { XlsxEdit, escapeXml, insertChild } from "./xlsx-edit";
import { cellAddress } from "../core/workbook/sheetPlan";

/** A note on a cell: 0-based row and column, and its text (lines split by "\n"). */
export interface CellNote {
  readonly row: number;
  readonly column: number;
  readonly text: string;
}

/** What the notes of one sheet need done as the sheet is written, then after. */
export interface SheetNotes {
  /**
   * The sheet's XML from the end of its cells (`</sheetData>`) on, as it is to be written: with a `<legacyDrawing>`
   * where it had none (the text as it was without notes).
   */
  tail(text: string): string;
  /** Writes the comments, the VML drawing, the relationships and the content types (after {@link tail}). */
  finish(): Promise<void>;
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

/** A note's VML shape, hidden until the cell is pointed at, as Excel writes one. */
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

/** A run's text (a comment's text is written as runs: exceljs, for one, reads only those). */
const textRun = (prefix: string, text: string) => `<${prefix}t xml:space="preserve">${escapeXml(text)}</${prefix}t>`;

/** The comment elements' addresses in a comments part, upper-cased. */
const COMMENT = /<([\w.-]+:)?comment\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?comment>)/g;

/** A comments part with the notes added (a note on a cell with a comment added below its text). */
function withComments(xml: string, notes: readonly CellNote[], author: string): { xml: string; fresh: CellNote[] } {
  const prefix = /<([\w.-]+:)?comments\b/.exec(xml)?.[1] ?? "";
  const authors = [...xml.matchAll(/<(?:[\w.-]+:)?author\b[^>]*>([\s\S]*?)<\/(?:[\w.-]+:)?author>/g)].map((m) => m[1]);
  let authorId = authors.indexOf(escapeXml(author));
  if (authorId < 0) {
    authorId = authors.length;
    const element = `<${prefix}author>${escapeXml(author)}</${prefix}author>`;
    xml = /<(?:[\w.-]+:)?authors\b[^>]*\/>/.test(xml)
      ? xml.replace(/<(?:[\w.-]+:)?authors\b[^>]*\/>/, `<${prefix}authors>${element}</${prefix}authors>`)
      : xml.replace(/<\/(?:[\w.-]+:)?authors>/, (end) => element + end);
  }
  const byCell = new Map(notes.map((note) => [cellAddress(note.row, note.column), note]));
  const noted = new Set<string>();
  xml = xml.replace(COMMENT, (whole, _prefix: string | undefined, tag: string, content: string | undefined) => {
    const ref = (/\bref="([^"]*)"/.exec(tag)?.[1] ?? "").replace(/\$/g, "").toUpperCase();
    const note = byCell.get(ref);
    if (!note || content === undefined) return whole;
    noted.add(ref);
    // a run after what the comment says, before its phonetic runs (the schema's order: t?, r*, rPh*, phoneticPr?)
    const run = `<${prefix}r>${textRun(prefix, `\n\n${note.text}`)}</${prefix}r>`;
    const at = content.search(/<(?:[\w.-]+:)?(?:rPh|phoneticPr)\b|<\/(?:[\w.-]+:)?text>/);
    const from = whole.lastIndexOf("<") - content.length;
    const added = at < 0 ? content + run : content.slice(0, at) + run + content.slice(at);
    return whole.slice(0, from) + added + whole.slice(from + content.length);
  });
  const fresh = notes.filter((note) => !noted.has(cellAddress(note.row, note.column)));
  const added = fresh
    .map(
      (note) =>
        `<${prefix}comment ref="${cellAddress(note.row, note.column)}" authorId="${authorId}">` +
        `<${prefix}text><${prefix}r>${textRun(prefix, note.text)}</${prefix}r></${prefix}text></${prefix}comment>`,
    )
    .join("");
  xml = /<(?:[\w.-]+:)?commentList\b[^>]*\/>/.test(xml)
    ? xml.replace(/<(?:[\w.-]+:)?commentList\b[^>]*\/>/, `<${prefix}commentList>${added}</${prefix}commentList>`)
    : xml.replace(/<\/(?:[\w.-]+:)?commentList>/, (end) => added + end);
  return { xml, fresh };
}

/** A VML drawing with a shape added for each note (the note shape type added when it has none). */
function withShapes(xml: string, notes: readonly CellNote[]): string {
  const ids = [...xml.matchAll(/_x0000_s(\d+)/g)].map((match) => Number(match[1]));
  const block = Number(/<o:idmap\b[^>]*\bdata="(\d+)/.exec(xml)?.[1] ?? "1");
  let next = Math.max(block * 1024, ...ids) + 1;
  const type = xml.includes('id="_x0000_t202"') ? "" : NOTE_SHAPE_TYPE;
  const shapes = notes.map((note) => noteShape(next++, note.row, note.column)).join("");
  const end = xml.lastIndexOf("</xml>");
  return end < 0 ? xml + type + shapes : xml.slice(0, end) + type + shapes + xml.slice(end);
}

/** A new VML drawing of the notes; `block`: its shape ids' block (o:idmap), one no other drawing uses. */
function vmlDrawing(notes: readonly CellNote[], block: number): string {
  return withShapes(
    '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" ' +
      'xmlns:x="urn:schemas-microsoft-com:office:excel">' +
      `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${block}"/></o:shapelayout>${NOTE_SHAPE_TYPE}</xml>`,
    notes,
  );
}

/** A new comments part. */
function commentsPart(notes: readonly CellNote[], author: string): string {
  const empty =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="${MAIN_NS}">` +
    `<authors></authors><commentList></commentList></comments>`;
  return withComments(empty, notes, author).xml;
}

/**
 * Prepares notes on the cells of the worksheet at `sheetPart` (see the top of this file for the order of use).
 * `author`: the name the comments part gives for the new notes.
 */
export async function sheetNotes(
  edit: XlsxEdit,
  sheetPart: string,
  notes: readonly CellNote[],
  author = "MINE",
): Promise<SheetNotes> {
  const rels = await edit.relationships(sheetPart);
  const newId = await edit.freeRelationshipId(sheetPart);
  let drawingId: string | undefined;
  let tailed = false;
  return {
    tail(text) {
      tailed = true;
      if (notes.length === 0) return text;
      const legacy = /<(?:[\w.-]+:)?legacyDrawing\b([^>]*?)\/?>/.exec(text);
      if (legacy) {
        drawingId = /(?:^|\s)[\w.-]+:id\s*=\s*"([^"]*)"/.exec(legacy[1])?.[1];
        return text;
      }
      drawingId = newId;
      // after the end of the cells, among the worksheet's children
      const end = /^<\/([\w.-]+:)?sheetData>|^<([\w.-]+:)?sheetData\b[^>]*\/>/.exec(text);
      const prefix = end?.[1] ?? end?.[2] ?? "";
      const element = `<${prefix}legacyDrawing xmlns:r="${RELATIONSHIPS_NS}" r:id="${newId}"/>`;
      const cut = end ? end[0].length : 0;
      return text.slice(0, cut) + insertChild(text.slice(cut), element, AFTER_LEGACY_DRAWING);
    },
    async finish() {
      if (!tailed) throw new Error(`sheetNotes: the tail of ${sheetPart} was not written through tail()`);
      if (notes.length === 0) return;
      let fresh: readonly CellNote[] = notes;
      const comments = rels.find((rel) => rel.type.endsWith("/comments"))?.path;
      const held = comments !== undefined ? await edit.text(comments) : undefined;
      if (comments !== undefined && held !== undefined) {
        const updated = withComments(held, notes, author);
        edit.set(comments, updated.xml);
        fresh = updated.fresh;
      } else {
        const part = edit.freePart("xl/comments", ".xml");
        edit.set(part, commentsPart(notes, author));
        // an id other than the one the tail may have given the drawing
        await edit.addRelationship(sheetPart, "comments", part, await edit.freeRelationshipId(sheetPart, [newId]));
        await edit.declareContentType(part, COMMENTS_TYPE);
      }
      const drawing = rels.find((rel) => rel.id === drawingId)?.path;
      const shown = drawing !== undefined ? await edit.text(drawing) : undefined;
      if (drawing !== undefined && shown !== undefined) {
        if (fresh.length > 0) edit.set(drawing, withShapes(shown, fresh));
        return;
      }
      // a new drawing, its shape ids in a block no other VML drawing of the package uses
      let block = 1;
      for (const part of edit.parts().filter((name) => name.endsWith(".vml"))) {
        for (const match of ((await edit.text(part)) ?? "").matchAll(/<o:idmap\b[^>]*\bdata="([\d,\s]+)"/g)) {
          for (const n of match[1].split(/[,\s]+/)) block = Math.max(block, Number(n) + 1);
        }
      }
      const part = edit.freePart("xl/drawings/vmlDrawing", ".vml");
      edit.set(part, vmlDrawing(notes, block));
      await edit.addRelationship(sheetPart, "vmlDrawing", part, drawingId ?? newId);
      await edit.declareContentType(part, VML_TYPE, "vml");
    },
  };
}
