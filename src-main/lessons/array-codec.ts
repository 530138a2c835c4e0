/**
 * A dataset's arrays in a lesson file: their bytes, little-endian (as the store keeps them),
 * in base64. Text that survives any JSON tool, a third larger than the bytes, and exact to
 * the bit (NaN payloads and -0 included), which decimal numbers would not promise.
 */

/** The arrays' bytes as base64. */
export function encodeArray(array: Float32Array | Int32Array): string {
  return Buffer.from(array.buffer, array.byteOffset, array.byteLength).toString('base64');
}

/**
 * The bytes of a base64 string, checked strictly (Node's decoder skips bad characters).
 * @returns undefined when the text is not canonical base64 or not a whole number of 4-byte
 *   values
 */
function decodeBytes(text: string): Buffer | undefined {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 !== 0) return undefined;
  const bytes = Buffer.from(text, 'base64');
  if (bytes.byteLength % 4 !== 0) return undefined;
  return bytes;
}

/**
 * The 4-byte elements of a base64 string, copied into a fresh (so aligned) array.
 * @returns undefined when the text is not one (see decodeBytes)
 */
function decodeWords<T extends Float32Array | Int32Array>(
  text: string,
  Kind: new (length: number) => T,
): T | undefined {
  const bytes = decodeBytes(text);
  if (!bytes) return undefined;
  const copy = new Kind(bytes.byteLength / 4);
  new Uint8Array(copy.buffer).set(bytes);
  return copy;
}

/** A Float32Array from base64, or undefined when the text is not one. */
export function decodeFloat32(text: string): Float32Array | undefined {
  return decodeWords(text, Float32Array);
}

/** An Int32Array from base64, or undefined when the text is not one. */
export function decodeInt32(text: string): Int32Array | undefined {
  return decodeWords(text, Int32Array);
}
