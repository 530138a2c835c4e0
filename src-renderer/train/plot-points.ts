/**
 * The 2-D points a decision-surface plot shows, in the data's raw units (as the Data view
 * plots them), and the box around them that the surface is computed over.
 */

export type Normalize = 'standard' | 'minmax' | 'none';
export type Box = { xMin: number; xMax: number; yMin: number; yMax: number };

/** The dataset's points for the decision-surface plot, raw. */
export interface PlotPoints {
  x: Float32Array;
  labels: Int32Array | null;
  m: number;
  /** which part each point is in (0 train, 1 validation, 2 test), when known */
  parts?: Uint8Array | null;
}

/** The points' bounding box widened by 10% each side (a unit box around a single point). */
export function fitBox(x: Float32Array, m: number): Box {
  let xMin = Infinity;
  let xMax = -Infinity;
  let yMin = Infinity;
  let yMax = -Infinity;
  for (let i = 0; i < m; i++) {
    xMin = Math.min(xMin, x[i * 2]);
    xMax = Math.max(xMax, x[i * 2]);
    yMin = Math.min(yMin, x[i * 2 + 1]);
    yMax = Math.max(yMax, x[i * 2 + 1]);
  }
  if (!Number.isFinite(xMin)) return { xMin: -1, xMax: 1, yMin: -1, yMax: 1 };
  const px = (xMax - xMin || 1) * 0.1;
  const py = (yMax - yMin || 1) * 0.1;
  return { xMin: xMin - px, xMax: xMax + px, yMin: yMin - py, yMax: yMax + py };
}
