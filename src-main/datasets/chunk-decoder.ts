import { TextDecoder } from 'node:util';
import { DatasetImportError } from './import-error';
import { phrase, type Phrase } from './report-phrase';

/** The encodings a text file is read in. */
export type TextEncodingName = 'UTF-8' | 'UTF-16LE' | 'UTF-16BE' | 'Windows-1252';

// Windows-1252 differs from Latin-1 in 0x80–0x9F only (Node's decoder of that name is Latin-1).
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';
const C1 = /[\u0080-\u009f]/g;

/**
 * Decodes a file's bytes chunk by chunk. A byte-order mark decides (UTF-8, UTF-16 LE or BE);
 * without one the file is read as UTF-8, and when it is not valid UTF-8 — Excel's "CSV"
 * exports on Windows are Windows-1252 — the decoder falls back to Windows-1252 and says why.
 * A file that was valid UTF-8 with non-ASCII text before its first invalid byte mixes two
 * encodings: that is refused rather than guessed.
 */
export class ChunkDecoder {
  encoding: TextEncodingName = 'UTF-8';
  bom = false;
  /** why the file was not read as UTF-8, when it was not */
  note?: Phrase;
  private utf16?: TextDecoder;
  private readonly utf8 = new TextDecoder('utf-8', { fatal: true });
  /** the bytes of a UTF-8 sequence cut by the chunk's end */
  private carry: Buffer = Buffer.alloc(0);
  /** a multi-byte UTF-8 character was read already */
  private sawMultibyte = false;
  private started = false;

  constructor(private readonly file: string) {}

  /** The encoding for the report: its name, whether a byte-order mark began the file, why. */
  describe(): { encoding: TextEncodingName; bom: boolean; encodingNote?: Phrase } {
    const { encoding, bom, note } = this;
    return note ? { encoding, bom, encodingNote: note } : { encoding, bom };
  }

  /** True when the file is UTF-16 (NUL bytes are text there, not a sign of a binary file). */
  get wide(): boolean {
    return this.utf16 !== undefined;
  }

  /**
   * Decodes the next chunk, which starts at byte `offset` of the file.
   * @throws DatasetImportError 'encoding' for a file that mixes UTF-8 with another encoding
   */
  decode(bytes: Buffer, offset: number): string {
    if (!this.started) {
      this.started = true;
      bytes = this.sniff(bytes);
      offset += this.bom ? (this.utf16 ? 2 : 3) : 0;
    }
    if (this.utf16) return this.utf16.decode(bytes, { stream: true });
    if (this.encoding === 'Windows-1252') return windows1252(bytes);
    const data = this.carry.length > 0 ? Buffer.concat([this.carry, bytes]) : bytes;
    const cut = completeLength(data);
    this.carry = Buffer.from(data.subarray(cut));
    const whole = data.subarray(0, cut);
    try {
      const text = this.utf8.decode(whole);
      if (text.length !== whole.length) this.sawMultibyte = true;
      return text;
    } catch {
      return this.fallBack(whole, offset - (data.length - bytes.length));
    }
  }

  /** The rest of the file: a UTF-8 sequence cut off by the end, or UTF-16's last bytes. */
  end(): string {
    if (this.utf16) return this.utf16.decode();
    if (this.carry.length === 0) return '';
    const rest = this.carry;
    this.carry = Buffer.alloc(0);
    if (this.encoding === 'Windows-1252') return windows1252(rest);
    try {
      return this.utf8.decode(rest);
    } catch {
      return this.fallBack(rest, -1);
    }
  }

  private sniff(bytes: Buffer): Buffer {
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
      this.bom = true;
      return bytes.subarray(3);
    }
    const le = bytes[0] === 0xff && bytes[1] === 0xfe;
    if (le || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
      this.bom = true;
      this.encoding = le ? 'UTF-16LE' : 'UTF-16BE';
      this.utf16 = new TextDecoder(le ? 'utf-16le' : 'utf-16be');
      return bytes.subarray(2);
    }
    return bytes;
  }

  /** Switches to Windows-1252 when nothing read so far reads differently in it. */
  private fallBack(bytes: Buffer, offset: number): string {
    const at = firstInvalid(bytes);
    // the first bad byte and where it is in the file; unknown for the file's last bytes
    const bad =
      offset >= 0 ? { byte: bytes[at].toString(16).toUpperCase(), offset: offset + at } : null;
    // valid multi-byte characters before the first invalid byte: the file mixes encodings
    if (this.sawMultibyte || this.bom || firstHighByte(bytes) < at) {
      const place = bad ? `byte 0x${bad.byte} at offset ${bad.offset}` : 'its last bytes';
      throw new DatasetImportError(
        'encoding',
        this.file,
        `mixes encodings: it reads as UTF-8 until ${place}, which is not UTF-8; save it as UTF-8`,
        { subject: true },
        bad ? { key: 'mixedEncodingAt', params: bad } : { key: 'mixedEncodingEnd' },
      );
    }
    this.encoding = 'Windows-1252';
    this.note = bad ? phrase('notes.notUtf8At', bad) : phrase('notes.notUtf8End');
    const rest = this.carry;
    this.carry = Buffer.alloc(0);
    return windows1252(bytes) + (rest.length > 0 ? windows1252(rest) : '');
  }
}

/** Bytes of `data` up to the start of a UTF-8 sequence its end cuts off. */
function completeLength(data: Buffer): number {
  const n = data.length;
  for (let back = 1; back <= 3 && back <= n; back++) {
    const b = data[n - back];
    if (b < 0x80) return n;
    if (b >= 0xc0) {
      const size = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
      return back < size ? n - back : n;
    }
  }
  return n;
}

function firstHighByte(bytes: Buffer): number {
  for (let i = 0; i < bytes.length; i++) if (bytes[i] >= 0x80) return i;
  return bytes.length;
}

/** The index of the first byte that does not begin or continue a valid UTF-8 sequence. */
function firstInvalid(bytes: Buffer): number {
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i];
    const size =
      b < 0x80
        ? 1
        : b >= 0xc2 && b < 0xe0
          ? 2
          : b >= 0xe0 && b < 0xf0
            ? 3
            : b >= 0xf0 && b < 0xf5
              ? 4
              : 0;
    if (size === 0) return i;
    for (let k = 1; k < size; k++) {
      if (i + k >= bytes.length || (bytes[i + k] & 0xc0) !== 0x80) return i;
    }
    i += size;
  }
  return 0;
}

function windows1252(bytes: Buffer): string {
  return bytes.toString('latin1').replace(C1, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]);
}
