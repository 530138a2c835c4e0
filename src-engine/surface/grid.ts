import type { DType, FloatArray } from '../core/float-array';
import { allocate } from '../core/float-array';

/** A rectangle of the input plane: x from xMin to xMax, y from yMin to yMax. */
export interface Box {
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
}

/**
 * The n × n points at the centres of the cells of a box, row by row from yMax down to yMin
 * (so that row 0 is the top of a picture): [n², 2].
 * @throws if n is not a whole number from 2 to 1000 or the box is empty
 */
export function gridPoints(box: Box, n: number, dtype: DType = 'float32'): FloatArray {
  if (!Number.isInteger(n) || n < 2 || n > 1000)
    throw new Error(`grid size must be 2…1000, got ${n}`);
  if (!(box.xMax > box.xMin) || !(box.yMax > box.yMin)) {
    throw new Error(`the box is empty: x ${box.xMin}…${box.xMax}, y ${box.yMin}…${box.yMax}`);
  }
  const points = allocate(dtype, n * n * 2);
  const dx = (box.xMax - box.xMin) / n;
  const dy = (box.yMax - box.yMin) / n;
  for (let r = 0; r < n; r++) {
    const y = box.yMax - (r + 0.5) * dy;
    for (let c = 0; c < n; c++) {
      const o = (r * n + c) * 2;
      points[o] = box.xMin + (c + 0.5) * dx;
      points[o + 1] = y;
    }
  }
  return points;
}
