import type { FloatArray } from '../core/float-array';

/**
 * Counts correct classifications in a batch: with one output, y ≥ 0.5 against t ≥ 0.5 (a
 * sigmoid output against 0/1 targets); with several, the arg-max of y against that of t.
 * y, t: [rows, cols].
 */
export function countCorrect(y: FloatArray, t: FloatArray, rows: number, cols: number): number {
  let correct = 0;
  if (cols === 1) {
    for (let r = 0; r < rows; r++) if (y[r] >= 0.5 === t[r] >= 0.5) correct++;
    return correct;
  }
  for (let r = 0; r < rows; r++) {
    const o = r * cols;
    let best = 0;
    let target = 0;
    for (let c = 1; c < cols; c++) {
      if (y[o + c] > y[o + best]) best = c;
      if (t[o + c] > t[o + target]) target = c;
    }
    if (best === target) correct++;
  }
  return correct;
}
