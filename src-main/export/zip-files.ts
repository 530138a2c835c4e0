import { deflateRawSync } from 'node:zlib';
import { crc32 } from './crc32';

/** A file to put in a ZIP archive: its path inside it ('project/train.py') and its bytes. */
export interface ZipEntry {
  path: string;
  bytes: Uint8Array;
}

const encoder = new TextEncoder();
// DOS date of 1980-01-01 00:00: a fixed time, so that the same files give the same archive
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
const UTF8_NAMES = 0x0800;

/**
 * Files as one ZIP archive (deflated, UTF-8 names), the way a browser download can carry a
 * folder: every system's file manager opens it. No ZIP64, so it refuses archives of 4 GiB
 * or more instead of writing a broken one.
 * @throws Error when the archive would need ZIP64
 */
export function zipFiles(entries: readonly ZipEntry[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(encoder.encode(entry.path));
    const data = deflateRawSync(entry.bytes);
    const crc = crc32(entry.bytes);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    writeCommon(local, 4, crc, data.length, entry.bytes.length, name.length);
    locals.push(local, name, data);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4); // made by: ZIP 2.0
    writeCommon(central, 6, crc, data.length, entry.bytes.length, name.length);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += local.length + name.length + data.length;
    if (offset >= 0xffffffff) throw new Error('the archive would be 4 GiB or more');
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

/** The fields the local header and the central directory share, from `at` on. */
function writeCommon(
  b: Buffer,
  at: number,
  crc: number,
  packed: number,
  size: number,
  nameLength: number,
) {
  b.writeUInt16LE(20, at); // version needed: 2.0 (deflate)
  b.writeUInt16LE(UTF8_NAMES, at + 2);
  b.writeUInt16LE(8, at + 4); // deflate
  b.writeUInt16LE(DOS_TIME, at + 6);
  b.writeUInt16LE(DOS_DATE, at + 8);
  b.writeUInt32LE(crc, at + 10);
  b.writeUInt32LE(packed, at + 14);
  b.writeUInt32LE(size, at + 18);
  b.writeUInt16LE(nameLength, at + 22);
}
