/**
 * The WebSocket's message format, so that a message arrives as structured clone would deliver
 * it over Electron's IPC:
 * - without typed arrays: JSON text, NaN / ±Infinity as { "$num": "NaN" | "Infinity" | … };
 * - with typed arrays: one binary frame — "NLB1", the header's length (u32), the header (JSON,
 *   UTF-8) in which each array is { "$bin": [kind, offset, length] }, then the arrays' bytes,
 *   each at an offset that is a multiple of 8 from the start of the data part. The receiver
 *   reads the arrays as views of that data, without copying or parsing them.
 * Bytes are little-endian, as on every platform the lab runs on. No contract type uses keys
 * starting with `$`, so these objects cannot be confused with data.
 * Pure TypeScript without imports: both main (local host) and the renderer (api client) use it.
 */

/** The largest message either side sends or accepts, in bytes. A 50 MiB file read as text
 * grows when JSON escapes its quotes and backslashes, hence the margin. */
export const MAX_MESSAGE_BYTES = 96 * 1024 * 1024;

/** The deepest nesting of arrays and objects a message may have: the lab's own messages stay
 * far below it, and deeper ones would exhaust the stack of whatever walks them later. */
export const MAX_DEPTH = 128;

const KINDS = [Float32Array, Float64Array, Int32Array, Uint8Array, Uint16Array] as const;
type Kind = (typeof KINDS)[number];
type Typed = InstanceType<Kind>;

const MAGIC = [0x4e, 0x4c, 0x42, 0x31]; // "NLB1"
const PREFIX = 8; // magic + header length

function kindOf(value: object): number {
  for (let k = 0; k < KINDS.length; k++) if (value.constructor === KINDS[k]) return k;
  return -1;
}

function numberReplacer(_key: string, value: unknown): unknown {
  if (typeof value === 'number' && !Number.isFinite(value)) return { $num: String(value) };
  return value;
}

/**
 * A value as the WebSocket's message: text, or bytes when it holds typed arrays.
 * @throws on a typed array of another kind (Int8Array, …) or a cycle
 */
export function encodeMessage(value: unknown): string | Uint8Array {
  const arrays: Typed[] = [];
  const offsets: number[] = [];
  let size = 0;
  // The replacer meets the arrays in order, so each one's place follows those before it.
  const header = JSON.stringify(value, (key, v: unknown) => {
    if (typeof v === 'object' && v !== null && ArrayBuffer.isView(v)) {
      const kind = kindOf(v);
      if (kind < 0) throw new Error(`cannot send a ${v.constructor.name}`);
      const array = v as Typed;
      arrays.push(array);
      offsets.push(size);
      size += Math.ceil(array.byteLength / 8) * 8;
      return { $bin: [kind, offsets[offsets.length - 1], array.length] };
    }
    return numberReplacer(key, v);
  });
  if (arrays.length === 0) return header;
  const headerBytes = new TextEncoder().encode(header);
  const dataStart = Math.ceil((PREFIX + headerBytes.length) / 8) * 8;
  const out = new Uint8Array(dataStart + size);
  out.set(MAGIC, 0);
  new DataView(out.buffer).setUint32(4, headerBytes.length, true);
  out.set(headerBytes, PREFIX);
  arrays.forEach((a, i) => {
    out.set(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), dataStart + offsets[i]);
  });
  return out;
}

function reviveNumber(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const keys = Object.keys(value);
  if (keys.length !== 1 || keys[0] !== '$num') return value;
  const text = (value as { $num: unknown }).$num;
  if (text === 'NaN') return NaN;
  if (text === 'Infinity') return Infinity;
  if (text === '-Infinity') return -Infinity;
  return value;
}

/** The arrays of a binary frame's data part, checked against its bounds. */
function arrayReviver(data: ArrayBuffer, start: number) {
  return (_key: string, value: unknown): unknown => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
    const keys = Object.keys(value);
    if (keys.length !== 1) return value;
    if (keys[0] === '$num') return reviveNumber(value);
    if (keys[0] !== '$bin') return value;
    const ref = (value as { $bin: unknown }).$bin;
    if (!Array.isArray(ref) || ref.length !== 3 || !ref.every((n) => Number.isSafeInteger(n))) {
      throw new Error('$bin: expected [kind, offset, length]');
    }
    const [kind, offset, length] = ref as number[];
    const Type = KINDS[kind];
    if (!Type) throw new Error(`$bin: unknown kind ${kind}`);
    if (offset < 0 || offset % 8 !== 0 || length < 0) throw new Error('$bin: bad offset or length');
    if (start + offset + length * Type.BYTES_PER_ELEMENT > data.byteLength) {
      throw new Error('$bin: the array runs past the end of the message');
    }
    return new Type(data, start + offset, length);
  };
}

/**
 * @throws when JSON text nests arrays and objects deeper than MAX_DEPTH (strings skipped)
 */
export function checkDepth(json: string): void {
  if (json.length <= MAX_DEPTH * 2) return;
  let depth = 0;
  let inString = false;
  for (let i = 0; i < json.length; i++) {
    const c = json.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // the escaped character cannot end the string
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > MAX_DEPTH) throw new Error(`nested deeper than ${MAX_DEPTH} levels`);
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
}

/**
 * A WebSocket message as the value that was sent.
 * @throws on malformed JSON, a malformed frame, an array outside it, or nesting deeper than
 *   MAX_DEPTH
 */
export function decodeMessage(data: string | ArrayBuffer | Uint8Array): unknown {
  if (typeof data === 'string') {
    checkDepth(data);
    // A reviver costs a call per value; text without `"$` has nothing to revive.
    return data.includes('"$')
      ? JSON.parse(data, (_k, v: unknown) => reviveNumber(v))
      : JSON.parse(data);
  }
  // The arrays become views of this buffer: it must start at offset 0 to keep them aligned.
  const bytes =
    data instanceof Uint8Array
      ? data.byteOffset === 0 && data.byteLength === data.buffer.byteLength
        ? data
        : data.slice()
      : new Uint8Array(data);
  if (bytes.length < PREFIX || MAGIC.some((b, i) => bytes[i] !== b)) {
    throw new Error('not a Neuron Lab binary message');
  }
  const headerLength = new DataView(bytes.buffer).getUint32(4, true);
  if (PREFIX + headerLength > bytes.length) throw new Error('the header runs past the message');
  const header = new TextDecoder('utf-8', { fatal: true }).decode(
    bytes.subarray(PREFIX, PREFIX + headerLength),
  );
  checkDepth(header);
  const start = Math.ceil((PREFIX + headerLength) / 8) * 8;
  return JSON.parse(header, arrayReviver(bytes.buffer as ArrayBuffer, start));
}

/** The size of an encoded message in bytes (at least: a text's characters). */
export function messageSize(message: string | Uint8Array): number {
  return typeof message === 'string' ? message.length : message.byteLength;
}
