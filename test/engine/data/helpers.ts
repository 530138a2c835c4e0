import type { Dataset } from '../../../src-engine/data/dataset';

/** The raw bytes of a dataset's x and y, for bit-exact comparisons. */
export function bytesOf(d: Dataset): number[] {
  const x = new Uint8Array(d.x.buffer, d.x.byteOffset, d.x.byteLength);
  const y = new Uint8Array(d.y.buffer, d.y.byteOffset, d.y.byteLength);
  return [...x, ...y];
}

/** Row r of a row-major matrix with `cols` columns. */
export function row(values: ArrayLike<number>, cols: number, r: number): number[] {
  return Array.from({ length: cols }, (_, c) => values[r * cols + c]);
}

/** Column c of a row-major matrix with `cols` columns. */
export function column(values: ArrayLike<number>, cols: number, c: number): number[] {
  const out: number[] = [];
  for (let i = c; i < values.length; i += cols) out.push(values[i]);
  return out;
}

export function mean(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}

/** Population standard deviation. */
export function std(values: readonly number[]): number {
  const m = mean(values);
  return Math.sqrt(mean(values.map((v) => (v - m) ** 2)));
}

/** How many rows carry each label. */
export function classCounts(d: Dataset): number[] {
  const counts = new Array<number>(d.classNames!.length).fill(0);
  for (const label of d.labels!) counts[label]++;
  return counts;
}
