/**
 * An .xlsx package edited part by part: the parts set or removed are written as given, every other part is copied
 * as it was, byte for byte (charts, drawings, images, pivot tables, validations, whatever the package holds, read or
 * not). Read through {@link XlsxPackage} (xlsx-results.ts); written with jszip, the zip library exceljs uses, which
 * passes an unchanged part's compressed bytes through.
 *
 * Also the small XML edits the parts around an edited sheet need: a relationship added to a part's `.rels`, a part's
 * content type declared, an element put in its place among a parent's children.
 */
import JSZip from "jszip";
import { Relationship, XlsxPackage, attribute, partPath, relationshipsPart } from "./xlsx-results";

export const RELATIONSHIP_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** Text for XML: `&`, `<`, `>` and `"` as entities, characters XML cannot hold as Excel's `_xHHHH_`. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(
      // eslint-disable-next-line no-control-regex
      /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g,
      (ch) => `_x${ch.charCodeAt(0).toString(16).padStart(4, "0")}_`,
    );
}

/** The relationship target of part `to` from part `from` (both package paths), relative to `from`'s folder. */
export function relativeTarget(from: string, to: string): string {
  const base = from.split("/").slice(0, -1);
  const target = to.split("/");
  let common = 0;
  while (common < base.length && common < target.length - 1 && base[common] === target[common]) common++;
  return [...base.slice(common).map(() => ".."), ...target.slice(common)].join("/");
}

export class XlsxEdit {
  private readonly written = new Map<string, string | Buffer>();
  private readonly removed = new Set<string>();

  private constructor(
    /** The package as it was: what every part not set or removed is copied from. */
    readonly original: XlsxPackage,
    private readonly zip: JSZip,
  ) {}

  static async open(bytes: Buffer): Promise<XlsxEdit> {
    return new XlsxEdit(await XlsxPackage.open(bytes), await JSZip.loadAsync(bytes));
  }

  /** Whether the edited package has the part. */
  has(part: string): boolean {
    return this.written.has(part) || (!this.removed.has(part) && this.original.has(part));
  }

  /** A part's text as edited so far (undefined: no such part). */
  async text(part: string): Promise<string | undefined> {
    const written = this.written.get(part);
    if (written !== undefined) return typeof written === "string" ? written : written.toString("utf8");
    return this.removed.has(part) ? undefined : this.original.text(part);
  }

  /** Every part of the edited package. */
  parts(): string[] {
    const kept = this.original.parts().filter((part) => !this.removed.has(part) && !this.written.has(part));
    return [...kept, ...this.written.keys()];
  }

  set(part: string, content: string | Buffer): void {
    this.removed.delete(part);
    this.written.set(part, content);
  }

  remove(part: string): void {
    this.written.delete(part);
    this.removed.add(part);
  }

  /** A part name not yet taken: `xl/comments1.xml`, `xl/comments2.xml`, … for ("xl/comments", ".xml"). */
  freePart(stem: string, extension: string): string {
    for (let n = 1; ; n++) {
      const part = `${stem}${n}${extension}`;
      if (!this.has(part)) return part;
    }
  }

  /** The relationships of a part as edited so far, those with an external target included (`path`: as written). */
  async relationships(part: string): Promise<Relationship[]> {
    const xml = (await this.text(relationshipsPart(part))) ?? "";
    return [...xml.matchAll(/<(?:[\w.-]+:)?Relationship\b([^>]*?)\/?>/g)].flatMap(([, tag]) => {
      const [id, type, target] = [attribute(tag, "Id"), attribute(tag, "Type") ?? "", attribute(tag, "Target")];
      if (id === undefined || target === undefined) return [];
      return [{ id, type, path: attribute(tag, "TargetMode") === "External" ? target : partPath(part, target) }];
    });
  }

  /** A relationship id part `from` does not use yet, other than those in `besides`. */
  async freeRelationshipId(from: string, besides: readonly string[] = []): Promise<string> {
    const taken = new Set([...(await this.relationships(from)).map((rel) => rel.id), ...besides]);
    let n = 1;
    while (taken.has(`rId${n}`)) n++;
    return `rId${n}`;
  }

  /**
   * Adds a relationship from part `from` to part `to` of a type (the last segment, "comments"), with the id given
   * or a free one, creating the `.rels` part when `from` has none; returns its id.
   */
  async addRelationship(from: string, type: string, to: string, id?: string): Promise<string> {
    const rels = relationshipsPart(from);
    const xml =
      (await this.text(rels)) ??
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
    id ??= await this.freeRelationshipId(from);
    const element = `<Relationship Id="${id}" Type="${RELATIONSHIP_TYPE}/${type}" Target="${escapeXml(relativeTarget(from, to))}"/>`;
    this.set(
      rels,
      xml.replace(/<\/(?:[\w.-]+:)?Relationships>\s*$/, (end) => element + end),
    );
    return id;
  }

  /** Removes the relationships of part `from` to part `to`. */
  async removeRelationship(from: string, to: string): Promise<void> {
    const rels = relationshipsPart(from);
    const xml = await this.text(rels);
    if (xml === undefined) return;
    const target = relativeTarget(from, to);
    const kept = xml.replace(
      /<(?:[\w.-]+:)?Relationship\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:[\w.-]+:)?Relationship>)/g,
      (rel) => {
        const at = /\bTarget="([^"]*)"/.exec(rel)?.[1];
        return at === target || at === `/${to}` ? "" : rel;
      },
    );
    if (kept !== xml) this.set(rels, kept);
  }

  /**
   * Declares a part's content type in `[Content_Types].xml`: an Override for the part, or (with `extension`) a
   * Default for every part of that extension, unless one is there already.
   */
  async declareContentType(part: string, type: string, extension?: string): Promise<void> {
    const xml = (await this.text("[Content_Types].xml")) ?? "";
    if (extension !== undefined) {
      if (new RegExp(`<(?:[\\w.-]+:)?Default\\b[^>]*Extension="${extension}"`, "i").test(xml)) return;
    } else if (xml.includes(`PartName="/${part}"`)) return;
    const element =
      extension !== undefined
        ? `<Default Extension="${extension}" ContentType="${type}"/>`
        : `<Override PartName="/${escapeXml(part)}" ContentType="${type}"/>`;
    this.set(
      "[Content_Types].xml",
      xml.replace(/<\/(?:[\w.-]+:)?Types>\s*$/, (end) => element + end),
    );
  }

  /** Drops the Override of a part from `[Content_Types].xml`. */
  async undeclareContentType(part: string): Promise<void> {
    const xml = await this.text("[Content_Types].xml");
    if (xml === undefined) return;
    const kept = xml.replace(
      new RegExp(`<(?:[\\w.-]+:)?Override\\b[^>]*PartName="/${part.replace(/[.[\]]/g, "\\$&")}"[^>]*/>`),
      "",
    );
    if (kept !== xml) this.set("[Content_Types].xml", kept);
  }

  /** The edited package, every part not set or removed copied as it was. */
  async bytes(): Promise<Buffer> {
    for (const part of this.removed) this.zip.remove(part);
    for (const [part, content] of this.written) this.zip.file(part, content);
    return this.zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 6 } });
  }
}

const TAG = /<(\/?)([\w.-]+:)?([\w.-]+)\b[^>]*?(\/?)>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[[\s\S]*?\]\]>/g;

/**
 * An element put among the children of an element in its schema's place: `xml` is the text from somewhere among
 * those children (depth 0 is theirs) to past the parent's end; the element goes before the first child named in
 * `following` (the children the schema puts after it), else before the parent's end tag.
 */
export function insertChild(xml: string, element: string, following: readonly string[]): string {
  let depth = 0;
  TAG.lastIndex = 0;
  for (let match = TAG.exec(xml); match; match = TAG.exec(xml)) {
    if (match[3] === undefined) continue; // a comment, a processing instruction, CDATA
    const [, closing, , name, empty] = match;
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
