// Where data coordinates land on the square plot, and the plot's box when there is no surface.
import { formatDecimal } from '../../../i18n/format';

/** The plane's rectangle shown by the plot. */
export interface Box {
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
}

/** Two-dimensional points: x is [m, 2] row-major; labels [m] or null; parts [m] (0 training,
 * 1 validation, 2 test) when known. */
export interface SurfacePoints {
  x: Float32Array;
  labels: Int32Array | null;
  m: number;
  parts?: Uint8Array | null;
}

/**
 * Round-numbered ticks across [min, max]: steps of 1, 2 or 5 times a power of ten, about
 * `count` of them, each with its place along the axis (0 at min, 1 at max).
 */
export function niceTicks(min: number, max: number, count = 5): { value: number; at: number }[] {
  if (!(max > min) || !Number.isFinite(min) || !Number.isFinite(max)) return [];
  const rough = (max - min) / count;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? 10 * power;
  const ticks: { value: number; at: number }[] = [];
  for (let v = Math.ceil(min / step) * step; v <= max + step * 1e-9; v += step) {
    const value = Math.abs(v) < step * 1e-9 ? 0 : Number(v.toPrecision(12));
    ticks.push({ value, at: (value - min) / (max - min) });
  }
  return ticks;
}

/** The box used before a surface arrives and when there are no points. */
export const DEFAULT_BOX: Box = { xMin: -1, xMax: 1, yMin: -1, yMax: 1 };

/** Canvas x (0 … side, left to right) of data x. */
export function toCanvasX(box: Box, side: number, x: number): number {
  return ((x - box.xMin) / (box.xMax - box.xMin)) * side;
}

/** Canvas y (0 … side, top to bottom) of data y: yMax is at the top. */
export function toCanvasY(box: Box, side: number, y: number): number {
  return ((box.yMax - y) / (box.yMax - box.yMin)) * side;
}

/**
 * The points' bounding box widened by `margin` of its size on each side (at least ±1 around a
 * single point); DEFAULT_BOX without finite points.
 */
export function boxOfPoints(points: SurfacePoints | null, margin = 0.1): Box {
  let xMin = Infinity;
  let xMax = -Infinity;
  let yMin = Infinity;
  let yMax = -Infinity;
  const m = points?.m ?? 0;
  for (let i = 0; i < m; i++) {
    const x = points!.x[2 * i];
    const y = points!.x[2 * i + 1];
    if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
    if (x < xMin) xMin = x;
    if (x > xMax) xMax = x;
    if (y < yMin) yMin = y;
    if (y > yMax) yMax = y;
  }
  if (xMin > xMax) return { ...DEFAULT_BOX };
  const dx = xMax - xMin || 2;
  const dy = yMax - yMin || 2;
  return {
    xMin: xMin - dx * margin,
    xMax: xMax + dx * margin,
    yMin: yMin - dy * margin,
    yMax: yMax + dy * margin,
  };
}

/** Two boxes with the same bounds. */
export function sameBox(a: Box, b: Box): boolean {
  return a.xMin === b.xMin && a.xMax === b.xMax && a.yMin === b.yMin && a.yMax === b.yMax;
}

/** A tick label: at most two decimals, no trailing zeros, the language's decimal sign, a real
 * minus sign, never "−0". */
export function formatTick(v: number): string {
  const rounded = Math.round(v * 100) / 100;
  if (Object.is(rounded, -0) || rounded === 0) return '0';
  return formatDecimal(rounded, 2).replace('-', '−');
}
