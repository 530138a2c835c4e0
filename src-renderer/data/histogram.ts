/**
 * Histograms of a dataset's columns, each bar split by class (stacked), as Weka's and Orange's
 * per-attribute views draw them: how each input separates the classes, at a glance.
 */
import { i18n } from '../i18n';
import { formatSignificant } from '../i18n/format';

/** One column's histogram: `bins` equal-width bins between min and max. */
export interface Histogram {
  name: string;
  min: number;
  max: number;
  /** [bins][classes]: rows per bin and class (one class when the data has none) */
  counts: number[][];
  /** the tallest bin's total */
  peak: number;
}

/**
 * The histogram of column `column` of a row-major matrix; NaN cells are left out.
 * @param x [rows, width]
 * @param labels class of each row, or null (all rows in one bar)
 * @param classes how many classes labels name (1 without labels)
 */
export function histogramOf(
  x: ArrayLike<number>,
  rows: number,
  width: number,
  column: number,
  name: string,
  labels: ArrayLike<number> | null,
  classes: number,
  bins = 12,
): Histogram {
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < rows; i++) {
    const v = x[i * width + column];
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const groups = labels ? Math.max(1, classes) : 1;
  const counts = Array.from({ length: bins }, () => new Array<number>(groups).fill(0));
  if (min > max) return { name, min: 0, max: 0, counts, peak: 0 };
  const span = max - min || 1;
  for (let i = 0; i < rows; i++) {
    const v = x[i * width + column];
    if (Number.isNaN(v)) continue;
    const bin = Math.min(bins - 1, Math.floor(((v - min) / span) * bins));
    const k = labels ? labels[i] : 0;
    if (k >= 0 && k < groups) counts[bin][k]++;
  }
  let peak = 0;
  for (const bar of counts)
    peak = Math.max(
      peak,
      bar.reduce((a, b) => a + b, 0),
    );
  return { name, min, max, counts, peak };
}

/** The text alternative: the range and where most rows fall. */
export function describeHistogram(h: Histogram): string {
  const f = (v: number) => formatSignificant(v, 3);
  const totals = h.counts.map((bar) => bar.reduce((a, b) => a + b, 0));
  const top = totals.indexOf(h.peak);
  const step = (h.max - h.min) / h.counts.length;
  return i18n.global.t('data.histogram.described', {
    name: h.name,
    min: f(h.min),
    max: f(h.max),
    peak: h.peak,
    from: f(h.min + top * step),
    to: f(h.min + (top + 1) * step),
  });
}
