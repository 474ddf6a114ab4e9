/**
 * Whether a file the review is given is protected by a password to open, told from its bytes before any reader or
 * LibreOffice sees it (they would call it damaged, or wait for a password):
 *
 * - an encrypted .xlsx, .xlsm or .docx is not a zip at all but an OLE2 compound file holding the streams
 *   `EncryptionInfo` and `EncryptedPackage` (MS-OFFCRYPTO 2.3.4; Excel, WPS and LibreOffice write it so);
 * - an encrypted .xls (and a WPS .et saved in that format) has a FILEPASS record (0x002F) in the workbook globals
 *   of its `Workbook` (or, Excel 5, `Book`) stream (MS-XLS 2.4.117);
 * - an encrypted .ods lists `manifest:encryption-data` in META-INF/manifest.xml (ODF 1.2 part 3, 3.8).
 *
 * The compound file is read only as far as its directory and the workbook stream's first records.
 */
import { readFile } from "fs/promises";
import JSZip from "jszip";
import type { FileKind } from "./review-convert";

/** What kind of password-protected file it is; undefined when it has no password to open. */
export type Protection = "ooxml" | "xls" | "ods";

const OLE2 = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const END_OF_CHAIN = 0xfffffffe;
const FREE = 0xffffffff;

interface Entry {
  readonly name: string;
  readonly type: number;
  readonly start: number;
  readonly size: number;
}

/** A compound file's directory entries and a reader for its streams; undefined when it does not parse. */
function compoundFile(data: Buffer): { entries: Entry[]; stream: (entry: Entry, limit: number) => Buffer } | undefined {
  if (data.length < 512 || !data.subarray(0, 8).equals(OLE2)) return undefined;
  const sectorSize = 1 << data.readUInt16LE(30);
  const miniSectorSize = 1 << data.readUInt16LE(32);
  if (sectorSize !== 512 && sectorSize !== 4096) return undefined;
  const sectorCount = Math.floor((data.length - 512) / sectorSize) + 1;
  const offset = (sector: number) => (sector + 1) * sectorSize;
  const inFile = (sector: number) => sector < sectorCount && offset(sector) < data.length;

  // the FAT's own sectors: 109 in the header, the rest in the DIFAT chain
  const fatSectors: number[] = [];
  for (let i = 0; i < 109; i++) fatSectors.push(data.readUInt32LE(76 + 4 * i));
  for (
    let difat = data.readUInt32LE(68), hops = 0;
    difat < END_OF_CHAIN && inFile(difat) && hops < sectorCount;
    hops++
  ) {
    const base = offset(difat);
    for (let i = 0; i < sectorSize / 4 - 1; i++) fatSectors.push(data.readUInt32LE(base + 4 * i));
    difat = data.readUInt32LE(base + sectorSize - 4);
  }
  const fat = (sector: number): number => {
    const perSector = sectorSize / 4;
    const fatSector = fatSectors[Math.floor(sector / perSector)];
    if (fatSector === undefined || fatSector >= END_OF_CHAIN || !inFile(fatSector)) return END_OF_CHAIN;
    const at = offset(fatSector) + 4 * (sector % perSector);
    return at + 4 <= data.length ? data.readUInt32LE(at) : END_OF_CHAIN;
  };
  const chain = (start: number, limit: number): Buffer => {
    const parts: Buffer[] = [];
    let length = 0;
    for (let sector = start, hops = 0; sector < END_OF_CHAIN && inFile(sector) && hops < sectorCount; hops++) {
      parts.push(data.subarray(offset(sector), Math.min(offset(sector) + sectorSize, data.length)));
      length += sectorSize;
      if (length >= limit) break;
      sector = fat(sector);
    }
    return Buffer.concat(parts).subarray(0, limit);
  };

  const directory = chain(data.readUInt32LE(48), 128 * 4096);
  const entries: Entry[] = [];
  for (let at = 0; at + 128 <= directory.length; at += 128) {
    const nameLength = directory.readUInt16LE(at + 64);
    const type = directory[at + 66];
    if (type === 0 || nameLength < 2 || nameLength > 64) continue;
    const name = directory.toString("utf16le", at, at + nameLength - 2);
    entries.push({ name, type, start: directory.readUInt32LE(at + 116), size: directory.readUInt32LE(at + 120) });
  }
  const root = entries.find((entry) => entry.type === 5);
  const cutoff = data.readUInt32LE(56) || 4096;
  const stream = (entry: Entry, limit: number): Buffer => {
    const wanted = Math.min(entry.size, limit);
    if (entry.size >= cutoff || !root) return chain(entry.start, wanted);
    // a small stream lives in the mini stream (the root's chain), in 64-byte sectors chained by the mini FAT
    const ministream = chain(root.start, root.size);
    const miniFat = chain(data.readUInt32LE(60), data.readUInt32LE(64) * sectorSize);
    const parts: Buffer[] = [];
    let length = 0;
    for (let mini = entry.start, hops = 0; mini !== END_OF_CHAIN && mini !== FREE && hops < 1 << 20; hops++) {
      const at = mini * miniSectorSize;
      if (at + miniSectorSize > ministream.length || 4 * mini + 4 > miniFat.length) break;
      parts.push(ministream.subarray(at, at + miniSectorSize));
      length += miniSectorSize;
      if (length >= wanted) break;
      mini = miniFat.readUInt32LE(4 * mini);
    }
    return Buffer.concat(parts).subarray(0, wanted);
  };
  return { entries, stream };
}

/** Whether a BIFF workbook stream's globals hold a FILEPASS record (read up to the globals' EOF). */
function hasFilePass(workbook: Buffer): boolean {
  for (let at = 0, records = 0; at + 4 <= workbook.length && records < 10_000; records++) {
    const type = workbook.readUInt16LE(at);
    const length = workbook.readUInt16LE(at + 2);
    if (type === 0x002f) return true;
    if (type === 0x000a) return false; // EOF of the globals substream
    at += 4 + length;
  }
  return false;
}

/** Whether the OLE2 compound file `data` is an encrypted OOXML package or an encrypted BIFF workbook. */
export function compoundProtection(data: Buffer): Protection | undefined {
  const file = compoundFile(data);
  if (!file) return undefined;
  const names = new Set(file.entries.map((entry) => entry.name));
  if (names.has("EncryptedPackage") && names.has("EncryptionInfo")) return "ooxml";
  const workbook = file.entries.find(
    (entry) => entry.type === 2 && (entry.name === "Workbook" || entry.name === "Book"),
  );
  if (workbook && hasFilePass(file.stream(workbook, 1 << 20))) return "xls";
  return undefined;
}

/**
 * Whether the file at `path` has a password to open, and of what kind, given what {@link sniff} made of it (only an
 * OLE2 compound file or an ODS package is read again); never throws (undefined when it cannot tell).
 */
export async function passwordProtection(path: string, kind: FileKind): Promise<Protection | undefined> {
  if (kind !== "ole2" && kind !== "ods") return undefined;
  try {
    const data = await readFile(path);
    if (kind === "ole2") return compoundProtection(data);
    const manifest = (await JSZip.loadAsync(data)).file("META-INF/manifest.xml");
    return manifest && (await manifest.async("string")).includes("encryption-data") ? "ods" : undefined;
  } catch {
    return undefined;
  }
}
