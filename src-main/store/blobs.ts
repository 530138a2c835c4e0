/**
 * Typed arrays to and from BLOB columns. The bytes are the arrays' own (little-endian on
 * every platform Electron supports), so a dataset's arrays are stored without conversion.
 */

/** The bytes of a typed array, without copying. */
export function toBlob(array: Float32Array | Int32Array): Buffer {
  return Buffer.from(array.buffer, array.byteOffset, array.byteLength);
}

/** A Float32Array over a copy of the BLOB's bytes (copied because a Buffer from SQLite may
 * start at an offset that is not a multiple of 4, which a Float32Array view cannot). */
export function toFloat32(blob: Buffer): Float32Array {
  return new Float32Array(copyBytes(blob, Float32Array.BYTES_PER_ELEMENT));
}

/** An Int32Array over a copy of the BLOB's bytes. */
export function toInt32(blob: Buffer): Int32Array {
  return new Int32Array(copyBytes(blob, Int32Array.BYTES_PER_ELEMENT));
}

function copyBytes(blob: Buffer, width: number): ArrayBuffer {
  if (blob.byteLength % width !== 0) {
    throw new Error(
      `stored array of ${blob.byteLength} bytes is not a whole number of ${width}-byte values`,
    );
  }
  const copy = new ArrayBuffer(blob.byteLength);
  new Uint8Array(copy).set(blob);
  return copy;
}
