/**
 * A minimal OLE2 compound file (MS-CFB version 3, 512-byte sectors, one FAT sector) holding the given streams, each
 * in regular sectors: what an encrypted Office package looks like from outside (the streams `EncryptionInfo` and
 * `EncryptedPackage`), for the review's password check. Not a general writer: up to 126 sectors of stream data.
 */
const SECTOR = 512;
const FREE = 0xffffffff;
const END_OF_CHAIN = 0xfffffffe;
const FAT_SECTOR = 0xfffffffd;

function directoryEntry(name: string, type: number, start: number, size: number, right: number, child: number): Buffer {
  const entry = Buffer.alloc(128);
  entry.write(name, 0, "utf16le");
  entry.writeUInt16LE((name.length + 1) * 2, 64);
  entry[66] = type; // 1 storage, 2 stream, 5 root
  entry[67] = 1; // black
  entry.writeUInt32LE(FREE, 68); // left sibling
  entry.writeUInt32LE(right, 72);
  entry.writeUInt32LE(child, 76);
  entry.writeUInt32LE(start, 116);
  entry.writeUInt32LE(size, 120);
  return entry;
}

export function compoundFile(streams: readonly { name: string; data: Buffer }[]): Buffer {
  const header = Buffer.alloc(SECTOR);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  header.writeUInt16LE(0x3e, 24);
  header.writeUInt16LE(3, 26);
  header.writeUInt16LE(0xfffe, 28);
  header.writeUInt16LE(9, 30);
  header.writeUInt16LE(6, 32);
  header.writeUInt32LE(1, 44); // FAT sectors
  header.writeUInt32LE(1, 48); // first directory sector
  header.writeUInt32LE(4096, 56);
  header.writeUInt32LE(END_OF_CHAIN, 60);
  header.writeUInt32LE(END_OF_CHAIN, 68);
  for (let i = 0; i < 109; i++) header.writeUInt32LE(i === 0 ? 0 : FREE, 76 + 4 * i);

  const fat = Buffer.alloc(SECTOR, 0xff);
  fat.writeUInt32LE(FAT_SECTOR, 0);
  fat.writeUInt32LE(END_OF_CHAIN, 4);
  const data: Buffer[] = [];
  const entries: Buffer[] = [];
  let next = 2;
  streams.forEach((stream, index) => {
    const sectors = Math.max(1, Math.ceil(stream.data.length / SECTOR));
    if (next + sectors > SECTOR / 4) throw new Error("compoundFile: too much data for one FAT sector");
    for (let s = 0; s < sectors; s++)
      fat.writeUInt32LE(s === sectors - 1 ? END_OF_CHAIN : next + s + 1, 4 * (next + s));
    const padded = Buffer.alloc(sectors * SECTOR);
    stream.data.copy(padded);
    data.push(padded);
    const right = index + 1 < streams.length ? index + 2 : FREE;
    entries.push(directoryEntry(stream.name, 2, next, stream.data.length, right, FREE));
    next += sectors;
  });
  if (entries.length > 3) throw new Error("compoundFile: up to three streams");
  const directory = Buffer.alloc(SECTOR);
  directoryEntry("Root Entry", 5, END_OF_CHAIN, 0, FREE, streams.length ? 1 : FREE).copy(directory, 0);
  entries.forEach((entry, i) => entry.copy(directory, 128 * (i + 1)));
  return Buffer.concat([header, fat, directory, ...data]);
}

/**
 * An "encrypted .xlsx" as Excel writes one (agile encryption, MS-OFFCRYPTO 2.3.4.10): the EncryptionInfo header
 * and XML descriptor, and an EncryptedPackage of random bytes (nothing here decrypts it).
 */
export function encryptedPackage(): Buffer {
  const xml =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<encryption xmlns="http://schemas.microsoft.com/office/2006/encryption" ' +
    'xmlns:p="http://schemas.microsoft.com/office/2006/keyEncryptor/password"><keyData saltSize="16" blockSize="16" keyBits="256" ' +
    'hashSize="64" cipherAlgorithm="AES" cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512" saltValue="AAAAAAAAAAAAAAAAAAAAAA=="/>' +
    "</encryption>";
  const info = Buffer.alloc(4096);
  info.writeUInt16LE(4, 0);
  info.writeUInt16LE(4, 2);
  info.writeUInt32LE(0x40, 4);
  info.write(xml, 8, "utf8");
  const packageBytes = Buffer.alloc(8192);
  packageBytes.writeUInt32LE(15637, 0);
  for (let i = 8; i < packageBytes.length; i++) packageBytes[i] = (i * 131 + 7) & 0xff;
  return compoundFile([
    { name: "EncryptionInfo", data: info },
    { name: "EncryptedPackage", data: packageBytes },
  ]);
}
