/**
 * The 2-D points a decision-surface plot shows, scaled the way the network saw them, and the
 * box around them that the surface is computed over.
 */
import type { Scaler } from '../../src-engine/data/scaling';

export type Normalize = 'standard' | 'minmax' | 'none';
export type Box = { xMin: number; xMax: number; yMin: number; yMax: number };

/** The dataset's points for the decision-surface plot (inputs as the network sees them). */
export interface PlotPoints {
  x: Float32Array;
  labels: Int32Array | null;
  m: number;
}

/**
 * Scales 2-D points the way the run's inputs are scaled. Approximate: main fits the scaler on
 * the training part only, this on every plotted row.
 */
export function scalePoints(x: Float32Array, m: number, normalize: Normalize): Float32Array {
  if (normalize === 'none' || m === 0) return x;
  const out = new Float32Array(x.length);
  for (let j = 0; j < 2; j++) {
    let a = 0;
    let b = 0;
    if (normalize === 'standard') {
      let sum = 0;
      for (let i = 0; i < m; i++) sum += x[i * 2 + j];
      const mean = sum / m;
      let sq = 0;
      for (let i = 0; i < m; i++) sq += (x[i * 2 + j] - mean) ** 2;
      a = mean;
      b = Math.sqrt(sq / m) || 1;
    } else {
      let lo = Infinity;
      let hi = -Infinity;
      for (let i = 0; i < m; i++) {
        lo = Math.min(lo, x[i * 2 + j]);
        hi = Math.max(hi, x[i * 2 + j]);
      }
      a = lo;
      b = hi - lo || 1;
    }
    for (let i = 0; i < m; i++) out[i * 2 + j] = (x[i * 2 + j] - a) / b;
  }
  return out;
}

/**
 * Scales 2-D points with the first two columns of a fitted scaler (a model's own
 * normalisation): exact where {@link scalePoints} is approximate.
 */
export function scalePointsWith(x: Float32Array, m: number, scaler: Scaler): Float32Array {
  const out = new Float32Array(m * 2);
  for (let j = 0; j < 2; j++) {
    const [offset, spread] =
      scaler.kind === 'standard'
        ? [scaler.mean[j], scaler.std[j]]
        : [scaler.min[j], scaler.max[j] - scaler.min[j]];
    // A constant column maps to 0, as the engine's scaler does.
    for (let i = 0; i < m; i++) out[i * 2 + j] = spread ? (x[i * 2 + j] - offset) / spread : 0;
  }
  return out;
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
