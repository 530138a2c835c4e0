/**
 * The WebSocket's text format: JSON, with what JSON cannot carry encoded so that a message
 * arrives as structured clone would deliver it over Electron's IPC:
 *   Float32Array → { "$f32": base64 }, Float64Array → { "$f64": … }, Int32Array → { "$i32": … },
 *   Uint8Array → { "$u8": … }, NaN / ±Infinity → { "$num": "NaN" | "Infinity" | "-Infinity" }.
 * Bytes are little-endian, as on every platform the lab runs on. No contract type uses keys
 * starting with `$`, so these objects cannot be confused with data.
 * Pure TypeScript without imports: both main (local host) and the renderer (api client) use it.
 */

/** The largest message either side sends or accepts, in bytes. A 50 MiB file read as text
 * grows when JSON escapes its quotes and backslashes, hence the margin. */
export const MAX_MESSAGE_BYTES = 96 * 1024 * 1024;

type TypedArrayKind = '$f32' | '$f64' | '$i32' | '$u8';

const CONSTRUCTORS = {
  $f32: Float32Array,
  $f64: Float64Array,
  $i32: Int32Array,
  $u8: Uint8Array,
} as const;

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DECODE = new Uint8Array(128).fill(255);
for (let i = 0; i < ALPHABET.length; i++) DECODE[ALPHABET.charCodeAt(i)] = i;

/** Standard base64 with padding. */
export function bytesToBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 3 * 16_384; // whole 3-byte groups per piece, so pieces join without padding
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const end = Math.min(start + CHUNK, bytes.length);
    const chars = new Array<string>(Math.ceil((end - start) / 3) * 4);
    let c = 0;
    for (let i = start; i < end; i += 3) {
      const b0 = bytes[i];
      const b1 = i + 1 < end ? bytes[i + 1] : 0;
      const b2 = i + 2 < end ? bytes[i + 2] : 0;
      chars[c++] = ALPHABET[b0 >> 2];
      chars[c++] = ALPHABET[((b0 & 3) << 4) | (b1 >> 4)];
      chars[c++] = i + 1 < end ? ALPHABET[((b1 & 15) << 2) | (b2 >> 6)] : '=';
      chars[c++] = i + 2 < end ? ALPHABET[b2 & 63] : '=';
    }
    parts.push(chars.join(''));
  }
  return parts.join('');
}

/** @throws on characters outside base64 or a length that is not a multiple of 4 */
export function base64ToBytes(text: string): Uint8Array {
  if (text.length % 4 !== 0) throw new Error('base64: length is not a multiple of 4');
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const bytes = new Uint8Array((text.length / 4) * 3 - padding);
  // Whole groups without padding first, unrolled: snapshots carry megabytes of this and the
  // renderer decodes them on its main thread.
  const whole = padding > 0 ? text.length - 4 : text.length;
  let o = 0;
  for (let i = 0; i < whole; i += 4) {
    const c0 = text.charCodeAt(i);
    const c1 = text.charCodeAt(i + 1);
    const c2 = text.charCodeAt(i + 2);
    const c3 = text.charCodeAt(i + 3);
    // Codes ≥ 128 read as undefined, which fails the check below like an invalid character.
    const v0 = DECODE[c0];
    const v1 = DECODE[c1];
    const v2 = DECODE[c2];
    const v3 = DECODE[c3];
    if (!(v0 < 64 && v1 < 64 && v2 < 64 && v3 < 64)) throw new Error('base64: invalid character');
    bytes[o++] = (v0 << 2) | (v1 >> 4);
    bytes[o++] = ((v1 & 15) << 4) | (v2 >> 2);
    bytes[o++] = ((v2 & 3) << 6) | v3;
  }
  if (whole < text.length) {
    let group = 0;
    for (let j = 0; j < 4; j++) {
      const code = text.charCodeAt(whole + j);
      const isPad = code === 61 && j >= 4 - padding;
      const value = isPad ? 0 : code < 128 ? DECODE[code] : 255;
      if (value === 255) throw new Error('base64: invalid character');
      group = (group << 6) | value;
    }
    bytes[o++] = group >> 16;
    if (o < bytes.length) bytes[o++] = (group >> 8) & 255;
    if (o < bytes.length) bytes[o++] = group & 255;
  }
  return bytes;
}

function kindOf(value: object): TypedArrayKind | undefined {
  if (value instanceof Float32Array) return '$f32';
  if (value instanceof Float64Array) return '$f64';
  if (value instanceof Int32Array) return '$i32';
  if (value instanceof Uint8Array) return '$u8';
  return undefined;
}

function replacer(_key: string, value: unknown): unknown {
  if (typeof value === 'number') {
    return Number.isFinite(value) ? value : { $num: String(value) };
  }
  if (typeof value === 'object' && value !== null && ArrayBuffer.isView(value)) {
    const kind = kindOf(value);
    if (!kind) throw new Error(`cannot send a ${value.constructor.name}`);
    const view = value as unknown as ArrayBufferView;
    return { [kind]: bytesToBase64(new Uint8Array(view.buffer, view.byteOffset, view.byteLength)) };
  }
  return value;
}

function reviver(_key: string, value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const keys = Object.keys(value);
  if (keys.length !== 1 || keys[0][0] !== '$') return value;
  const key = keys[0];
  const encoded = (value as Record<string, unknown>)[key];
  if (typeof encoded !== 'string') return value;
  if (key === '$num') {
    if (encoded === 'NaN') return NaN;
    if (encoded === 'Infinity') return Infinity;
    if (encoded === '-Infinity') return -Infinity;
    return value;
  }
  if (!Object.hasOwn(CONSTRUCTORS, key)) return value;
  const Type = CONSTRUCTORS[key as TypedArrayKind];
  const bytes = base64ToBytes(encoded);
  if (bytes.byteLength % Type.BYTES_PER_ELEMENT !== 0) {
    throw new Error(`${key}: ${bytes.byteLength} bytes is not a whole number of elements`);
  }
  // `bytes` owns its fresh buffer from offset 0, so it is aligned for any element type.
  return new Type(bytes.buffer as ArrayBuffer, 0, bytes.byteLength / Type.BYTES_PER_ELEMENT);
}

/**
 * A value as the WebSocket's text.
 * @throws on a typed array of another kind (Int8Array, …) or a cycle
 */
export function encodeMessage(value: unknown): string {
  return JSON.stringify(value, replacer);
}

/**
 * A WebSocket text as the value that was sent.
 * @throws on malformed JSON or a malformed encoded array
 */
export function decodeMessage(text: string): unknown {
  // A reviver costs a call per value (5× a plain parse for a snapshot's 100k weights). Every
  // encoded value has a key starting `"$`; inside a JSON string a quote is escaped, so text
  // without `"$` has nothing to revive.
  if (!text.includes('"$')) return JSON.parse(text);
  return JSON.parse(text, reviver);
}
