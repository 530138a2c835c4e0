import type { MetricCurves } from './records';

/** The metrics columns, in the order they are packed. */
export const METRIC_COLUMNS =
  'epoch, step, loss, accuracy, val_loss, val_accuracy, learning_rate, millis';

const KEYS = [
  'epoch',
  'step',
  'loss',
  'accuracy',
  'validationLoss',
  'validationAccuracy',
  'learningRate',
  'millis',
] as const satisfies readonly (keyof MetricCurves)[];

/** Epochs per packed chunk: appending rewrites at most one or two chunks of ≤ 16 KB. */
export const CHUNK_EPOCHS = 256;

/** The chunk an epoch belongs to. */
export function chunkOf(epoch: number): number {
  return Math.floor(epoch / CHUNK_EPOCHS);
}

/**
 * Packs metric rows (raw arrays in METRIC_COLUMNS order, sorted by epoch) as float64
 * columns: n epochs, then n steps, then n losses, … NULL becomes NaN.
 */
export function packChunk(rows: readonly unknown[][]): Buffer {
  const n = rows.length;
  const data = new Float64Array(n * KEYS.length);
  for (let r = 0; r < n; r++) {
    const row = rows[r];
    for (let c = 0; c < KEYS.length; c++) data[c * n + r] = (row[c] as number | null) ?? NaN;
  }
  return Buffer.from(data.buffer);
}

/** Joins packed chunks (in chunk order) into curves. */
export function unpackChunks(chunks: readonly Buffer[]): MetricCurves {
  const width = KEYS.length * Float64Array.BYTES_PER_ELEMENT;
  const total = chunks.reduce((sum, c) => sum + c.byteLength / width, 0);
  const curves = emptyCurves(total);
  let at = 0;
  for (const chunk of chunks) {
    // Copied: a Buffer from SQLite may sit at an offset a Float64Array cannot view.
    const bytes = new Uint8Array(chunk.byteLength);
    bytes.set(chunk);
    const data = new Float64Array(bytes.buffer);
    const n = chunk.byteLength / width;
    KEYS.forEach((key, c) => curves[key].set(data.subarray(c * n, (c + 1) * n), at));
    at += n;
  }
  return curves;
}

/** Curves of `length` epochs, zero-filled. */
export function emptyCurves(length = 0): MetricCurves {
  const curves = {} as MetricCurves;
  for (const key of KEYS) curves[key] = new Float64Array(length);
  return curves;
}
