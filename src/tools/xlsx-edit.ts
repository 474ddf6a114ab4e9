/**
 * An .xlsx package edited part by part: the parts set or removed are written as given, every other part is copied
 * as it was, byte for byte (charts, drawings, images, pivot tables, validations, whatever the package holds, read or
 * not). Read through {@link XlsxPackage} (xlsx-results.ts); written with jszip, the zip library exceljs uses, which
 * passes an unchanged part's compressed bytes through. A part may be set whole, as text streamed piece by piece (a
 * big sheet, never whole in memory), or as a promise settled once the streamed parts are written (what they needed).
 *
 * Also the one place for the small XML edits the parts around an edited sheet need: a relationship added to a
 * part's `.rels` or removed, a part's content type declared or dropped, text appended to an element, an element put
 * in its place among a parent's children.
 */
import { createWriteStream } from "fs";
import { rm } from "fs/promises";
import JSZip from "jszip";
import { Readable } from "stream";
import { pipeline } from "stream/promises";
import { Relationship, XlsxPackage, attribute, partPath, relationshipsPart, startTags } from "./xlsx-results";

export const RELATIONSHIP_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
export const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

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

/**
 * `text` put before the end tag of the (last) element of a local name, or as its content when it is written empty
 * (`<commentList/>`).
 */
export function appendInto(xml: string, name: string, text: string): string {
  const end = new RegExp(`</(?:[\\w.-]+:)?${name}>(?![\\s\\S]*</(?:[\\w.-]+:)?${name}>)`).exec(xml);
  if (end) return xml.slice(0, end.index) + text + xml.slice(end.index);
  const empty = new RegExp(`<((?:[\\w.-]+:)?)${name}\\b([^>]*?)/>`).exec(xml);
  if (!empty) throw new Error(`no <${name}> element`);
  const element = `<${empty[1]}${name}${empty[2]}>${text}</${empty[1]}${name}>`;
  return xml.slice(0, empty.index) + element + xml.slice(empty.index + empty[0].length);
}

/** What a part is set to: its text or bytes, its text in pieces (streamed), or either once a promise settles. */
export type PartContent = string | Buffer | AsyncIterable<string | Buffer> | Promise<string | Buffer>;

const isWhole = (content: PartContent): content is string | Buffer =>
  typeof content === "string" || Buffer.isBuffer(content);

const utf8 = (content: string | Buffer): Buffer =>
  typeof content === "string" ? Buffer.from(content, "utf8") : content;

const WRITE_OPTIONS = { binary: true, createFolders: false } as const;
const GENERATE_OPTIONS = { compression: "DEFLATE", compressionOptions: { level: 6 } } as const;

export class XlsxEdit {
  private readonly written = new Map<string, PartContent>();
  private readonly removed = new Set<string>();
  /** Settled as each streamed part has been read to its end (or has failed). */
  private readonly streams: Promise<void>[] = [];

  private constructor(
    /** The package as it was: what every part not set or removed is copied from. */
    readonly original: XlsxPackage,
    private readonly zip: JSZip,
  ) {}

  /** The package of these bytes (or the package already read: its bytes are not read again) to edit. */
  static async open(source: Buffer | XlsxPackage): Promise<XlsxEdit> {
    const original = Buffer.isBuffer(source) ? await XlsxPackage.open(source) : source;
    return new XlsxEdit(original, await JSZip.loadAsync(original.bytes));
  }

  /** Whether the edited package has the part. */
  has(part: string): boolean {
    return this.written.has(part) || (!this.removed.has(part) && this.original.has(part));
  }

  /** A part's bytes as edited so far (undefined: no such part); a streamed part has none until it is written. */
  async binary(part: string): Promise<Buffer | undefined> {
    const written = this.written.get(part);
    if (written === undefined) return this.removed.has(part) ? undefined : this.original.binary(part);
    if (!isWhole(written)) throw new Error(`${part} is written as it streams, not read back`);
    return typeof written === "string" ? Buffer.from(written, "utf8") : written;
  }

  /** A part's text as edited so far (undefined: no such part); a streamed part has none until it is written. */
  async text(part: string): Promise<string | undefined> {
    const written = this.written.get(part);
    if (written === undefined) return this.removed.has(part) ? undefined : this.original.text(part);
    if (!isWhole(written)) throw new Error(`${part} is written as it streams, not read back`);
    return typeof written === "string" ? written : written.toString("utf8");
  }

  /** Every part of the edited package. */
  parts(): string[] {
    const kept = this.original.parts().filter((part) => !this.removed.has(part) && !this.written.has(part));
    return [...kept, ...this.written.keys()];
  }

  /**
   * Sets a part: its text or bytes; its text in pieces, read as the package is written (see {@link streamed}); or a
   * promise, awaited once every part before it is written (written last, after the streamed parts).
   */
  set(part: string, content: PartContent): void {
    this.removed.delete(part);
    if (!isWhole(content) && !(content instanceof Promise)) {
      const done = settled();
      this.streams.push(done.promise);
      content = tracked(content, done);
    } else if (content instanceof Promise) content.catch(() => undefined); // reported when the package is written
    this.written.set(part, content);
  }

  /** Settles once every streamed part set so far has been read to its end; rejects when one fails. */
  streamed(): Promise<void> {
    return Promise.all(this.streams).then(() => undefined);
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
    return startTags(xml, "Relationship").flatMap((tag) => {
      const [id, type, target] = [attribute(tag, "Id"), attribute(tag, "Type") ?? "", attribute(tag, "Target")];
      if (id === undefined || target === undefined) return [];
      return [{ id, type, path: attribute(tag, "TargetMode") === "External" ? target : partPath(part, target) }];
    });
  }

  /** A relationship id part `from` does not use yet. */
  async freeRelationshipId(from: string): Promise<string> {
    const taken = new Set((await this.relationships(from)).map((rel) => rel.id));
    let n = 1;
    while (taken.has(`rId${n}`)) n++;
    return `rId${n}`;
  }

  /**
   * Adds a relationship from part `from` to part `to` of a type (the last segment, "comments") with a free id,
   * creating the `.rels` part when `from` has none; returns its id.
   */
  async addRelationship(from: string, type: string, to: string): Promise<string> {
    const rels = relationshipsPart(from);
    const xml =
      (await this.text(rels)) ??
      `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
    const id = await this.freeRelationshipId(from);
    const target = escapeXml(relativeTarget(from, to));
    this.set(
      rels,
      appendInto(
        xml,
        "Relationships",
        `<Relationship Id="${id}" Type="${RELATIONSHIP_TYPE}/${type}" Target="${target}"/>`,
      ),
    );
    return id;
  }

  /** Removes the relationships of part `from` to part `to`. */
  async removeRelationship(from: string, to: string): Promise<void> {
    const rels = relationshipsPart(from);
    const xml = await this.text(rels);
    if (xml === undefined) return;
    const kept = xml.replace(
      /<(?:[\w.-]+:)?Relationship\b([^>]*?)(?:\/>|>[\s\S]*?<\/(?:[\w.-]+:)?Relationship>)/g,
      (rel, tag: string) => {
        const target = attribute(tag, "Target");
        const external = attribute(tag, "TargetMode") === "External";
        return target !== undefined && !external && partPath(from, target) === to ? "" : rel;
      },
    );
    if (kept !== xml) this.set(rels, kept);
  }

  /**
   * Declares a part's content type in `[Content_Types].xml`: an Override for the part, or (with `extension`) a
   * Default for every part of that extension, unless one is there already (names compared case aside, as the
   * package's names are).
   */
  async declareContentType(part: string, type: string, extension?: string): Promise<void> {
    const xml = (await this.text("[Content_Types].xml")) ?? "";
    const declared =
      startTags(xml, "Override").some(
        (tag) => attribute(tag, "PartName")?.toLowerCase() === `/${part}`.toLowerCase(),
      ) ||
      (extension !== undefined &&
        startTags(xml, "Default").some((tag) => attribute(tag, "Extension")?.toLowerCase() === extension));
    if (declared) return;
    const element =
      extension !== undefined
        ? `<Default Extension="${extension}" ContentType="${type}"/>`
        : `<Override PartName="/${escapeXml(part)}" ContentType="${type}"/>`;
    this.set("[Content_Types].xml", appendInto(xml, "Types", element));
  }

  /** Drops the Override of a part from `[Content_Types].xml`. */
  async undeclareContentType(part: string): Promise<void> {
    const xml = await this.text("[Content_Types].xml");
    if (xml === undefined) return;
    const kept = xml.replace(/<(?:[\w.-]+:)?Override\b([^>]*?)\/>/g, (element, tag: string) =>
      attribute(tag, "PartName")?.toLowerCase() === `/${part}`.toLowerCase() ? "" : element,
    );
    if (kept !== xml) this.set("[Content_Types].xml", kept);
  }

  /** The zip to write: every part not set or removed as it was, those set in their place, the promised ones last. */
  private prepared(): JSZip {
    for (const part of this.removed) this.zip.remove(part);
    const late: [string, Promise<Buffer>][] = [];
    for (const [part, content] of this.written) {
      if (content instanceof Promise) {
        late.push([part, content.then(utf8)]);
        this.zip.remove(part); // after every part it may wait for
      } else {
        const data = isWhole(content) ? utf8(content) : Readable.from(content, { objectMode: false });
        this.zip.file(part, data, WRITE_OPTIONS);
      }
    }
    for (const [part, content] of late) this.zip.file(part, content, WRITE_OPTIONS);
    return this.zip;
  }

  /** The edited package's bytes. */
  async bytes(): Promise<Buffer> {
    return this.prepared().generateAsync({ type: "nodebuffer", ...GENERATE_OPTIONS });
  }

  /** Writes the edited package to a file as a zip stream, the streamed parts read as it goes; no file when it fails. */
  async write(file: string): Promise<void> {
    const stream = this.prepared().generateNodeStream({ type: "nodebuffer", streamFiles: true, ...GENERATE_OPTIONS });
    try {
      await pipeline(stream, createWriteStream(file));
    } catch (error) {
      await rm(file, { force: true });
      throw error;
    }
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

/** A part's pieces as bytes, `done` settled when the last is read or one fails. */
async function* tracked(
  pieces: AsyncIterable<string | Buffer>,
  done: { resolve: () => void; reject: (error: unknown) => void },
): AsyncGenerator<Buffer> {
  try {
    for await (const piece of pieces) yield typeof piece === "string" ? Buffer.from(piece, "utf8") : piece;
    done.resolve();
  } catch (error) {
    done.reject(error);
    throw error;
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
