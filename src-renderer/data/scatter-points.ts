/**
 * The points a scatter plot of a dataset shows: two inputs coloured by class (or by target
 * value, for regression), or one input against its target. Other shapes have no scatter.
 */
import { i18n } from '../i18n';
import { formatSignificant } from '../i18n/format';
export interface ScatterPoints {
  m: number;
  /** [m, 2] row-major: horizontal, vertical */
  xy: Float32Array;
  /** class of each point (classification) */
  labels: Int32Array | null;
  /** target of each point, for colouring 2-D regression data */
  values: Float32Array | null;
  xName: string;
  yName: string;
  /** class names, for the legend and the text alternative */
  classNames: string[];
}

/** The parts of a dataset a scatter needs (an engine Dataset or a stored dataset's first rows). */
export interface ScatterSource {
  m: number;
  inputs: number;
  outputs: number;
  task: 'classification' | 'regression';
  x: ArrayLike<number>;
  y: ArrayLike<number>;
  labels?: ArrayLike<number>;
  featureNames: readonly string[];
  targetNames: readonly string[];
  classNames?: readonly string[];
}

/** Whether a dataset of this shape has a scatter plot. */
export function hasScatter(shape: { inputs: number; outputs: number; task: string }): boolean {
  return (
    shape.inputs === 2 || (shape.inputs === 1 && shape.outputs === 1 && shape.task === 'regression')
  );
}

/**
 * The scatter of a dataset, or null when its shape has none (see hasScatter).
 * @param axes for more than two inputs: the input columns across and up (a scatter-matrix
 *   cell, as Weka and Orange draw them); without it such data has no scatter
 */
export function scatterOf(
  d: ScatterSource,
  axes?: readonly [number, number],
): ScatterPoints | null {
  if (d.inputs > 2 && axes) return pickedScatter(d, axes);
  if (!hasScatter(d)) return null;
  const xy = new Float32Array(d.m * 2);
  let values: Float32Array | null = null;
  if (d.inputs === 2) {
    for (let i = 0; i < d.m * 2; i++) xy[i] = d.x[i];
    if (d.task === 'regression') {
      values = new Float32Array(d.m);
      for (let i = 0; i < d.m; i++) values[i] = d.y[i * d.outputs];
    }
  } else {
    for (let i = 0; i < d.m; i++) {
      xy[2 * i] = d.x[i];
      xy[2 * i + 1] = d.y[i];
    }
  }
  const labels = d.task === 'classification' && d.labels ? Int32Array.from(d.labels) : null;
  return {
    m: d.m,
    xy,
    labels,
    values,
    xName: d.featureNames[0] ?? 'x1',
    yName: d.inputs === 2 ? (d.featureNames[1] ?? 'x2') : (d.targetNames[0] ?? 'y'),
    classNames: [...(d.classNames ?? [])],
  };
}

/** Two chosen input columns of wider data, coloured by class (or target value). */
function pickedScatter(d: ScatterSource, [a, b]: readonly [number, number]): ScatterPoints {
  const xy = new Float32Array(d.m * 2);
  for (let i = 0; i < d.m; i++) {
    xy[2 * i] = d.x[i * d.inputs + a];
    xy[2 * i + 1] = d.x[i * d.inputs + b];
  }
  let values: Float32Array | null = null;
  if (d.task === 'regression') {
    values = new Float32Array(d.m);
    for (let i = 0; i < d.m; i++) values[i] = d.y[i * d.outputs];
  }
  return {
    m: d.m,
    xy,
    labels: d.task === 'classification' && d.labels ? Int32Array.from(d.labels) : null,
    values,
    xName: d.featureNames[a] ?? `x${a + 1}`,
    yName: d.featureNames[b] ?? `x${b + 1}`,
    classNames: [...(d.classNames ?? [])],
  };
}

/**
 * A short fingerprint of the points' positions and classes, so that a test (or a person
 * reading the page's attributes) can tell that the picture changed.
 */
export function scatterChecksum(points: ScatterPoints): string {
  let hash = 0x811c9dc5;
  const mix = (n: number) => {
    hash ^= n & 0xffff;
    hash = Math.imul(hash, 0x01000193);
    hash ^= (n >>> 16) & 0xffff;
    hash = Math.imul(hash, 0x01000193);
  };
  for (let i = 0; i < points.xy.length; i++) mix(Math.round(points.xy[i] * 1000));
  if (points.labels) for (let i = 0; i < points.labels.length; i++) mix(points.labels[i]);
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/** The range of each axis with a 5 % margin (a unit range around a single value). */
export function scatterBounds(points: ScatterPoints): {
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
} {
  let xMin = Infinity;
  let xMax = -Infinity;
  let yMin = Infinity;
  let yMax = -Infinity;
  for (let i = 0; i < points.m; i++) {
    const x = points.xy[2 * i];
    const y = points.xy[2 * i + 1];
    if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
    if (x < xMin) xMin = x;
    if (x > xMax) xMax = x;
    if (y < yMin) yMin = y;
    if (y > yMax) yMax = y;
  }
  const pad = (lo: number, hi: number): [number, number] => {
    if (!Number.isFinite(lo)) return [-1, 1];
    if (hi - lo === 0) return [lo - 0.5, hi + 0.5];
    const m = (hi - lo) * 0.05;
    return [lo - m, hi + m];
  };
  const [x0, x1] = pad(xMin, xMax);
  const [y0, y1] = pad(yMin, yMax);
  return { xMin: x0, xMax: x1, yMin: y0, yMax: y1 };
}

/** Points per class, class k at index k. */
export function pointsPerClass(points: ScatterPoints): number[] {
  if (!points.labels) return [];
  let n = points.classNames.length;
  for (const k of points.labels) if (k + 1 > n) n = k + 1;
  const counts = new Array<number>(n).fill(0);
  for (const k of points.labels) if (k >= 0) counts[k]++;
  return counts;
}

/** The text alternative of a scatter plot. */
export function describeScatter(points: ScatterPoints): string {
  const { t } = i18n.global;
  const b = scatterBounds(points);
  const f = (v: number) => formatSignificant(v, 3);
  const axes = t('data.scatter.describedAxes', {
    x: points.xName,
    xMin: f(b.xMin),
    xMax: f(b.xMax),
    y: points.yName,
    yMin: f(b.yMin),
    yMax: f(b.yMax),
  });
  const counts = pointsPerClass(points);
  const classes =
    counts.length > 0
      ? `; ${counts.map((n, k) => `${points.classNames[k] ?? t('data.scatter.className', { k })}: ${n}`).join(', ')}`
      : points.values
        ? t('data.scatter.colourIsValue')
        : '';
  return t('data.scatter.described', { m: points.m, axes, classes });
}
