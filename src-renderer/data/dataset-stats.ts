/**
 * Summary statistics of a stored dataset computed from its rows (a file's preview brings its
 * own, computed by the importer over the whole file), class counts, and the names of the
 * engine's input columns.
 */
import type { DatasetSummary } from '../../src-main/contract/types';
import { formatScientific, formatSignificant } from '../i18n/format';

/** One input column's summary; the numbers are null when the column has no value. */
export interface FeatureStats {
  name: string;
  count: number;
  missing: number;
  min: number | null;
  max: number | null;
  mean: number | null;
  /** population standard deviation, as the importer and the engine's standardisation use */
  std: number | null;
}

/**
 * The names of x's columns, in order: a numeric input is one column, a categorical input one
 * per category (`colour=red`), as the importer encodes them.
 */
export function featureNamesOf(columns: DatasetSummary['columns']): string[] {
  return columns
    .filter((c) => c.role === 'input')
    .flatMap((c) =>
      c.type === 'categorical' && c.categories
        ? c.categories.map((k) => `${c.name}=${k}`)
        : [c.name],
    );
}

/**
 * Per-column statistics of a row-major matrix; NaN cells count as missing.
 * @param x [rows, width]
 * @param names one per column (missing ones are called `x1`, `x2`, …)
 */
export function featureStats(
  x: ArrayLike<number>,
  rows: number,
  width: number,
  names: readonly string[] = [],
): FeatureStats[] {
  return Array.from({ length: width }, (_, c) => {
    let count = 0;
    let sum = 0;
    let min = Infinity;
    let max = -Infinity;
    for (let r = 0; r < rows; r++) {
      const v = x[r * width + c];
      if (Number.isNaN(v)) continue;
      count++;
      sum += v;
      if (v < min) min = v;
      if (v > max) max = v;
    }
    const name = names[c] ?? `x${c + 1}`;
    if (count === 0) {
      return { name, count, missing: rows, min: null, max: null, mean: null, std: null };
    }
    const mean = sum / count;
    // a second pass: the one-pass variance loses digits when mean² ≫ variance
    let squares = 0;
    for (let r = 0; r < rows; r++) {
      const v = x[r * width + c];
      if (!Number.isNaN(v)) squares += (v - mean) ** 2;
    }
    return { name, count, missing: rows - count, min, max, mean, std: Math.sqrt(squares / count) };
  });
}

/** Rows per class, class k at index k; labels outside [0, classes) are not counted. */
export function classCounts(labels: ArrayLike<number>, classes: number): number[] {
  const counts = new Array<number>(classes).fill(0);
  for (let i = 0; i < labels.length; i++) {
    const k = labels[i];
    if (k >= 0 && k < classes) counts[k]++;
  }
  return counts;
}

/** A statistic for a table cell: up to 4 significant digits in the language's notation, `—`
 * when there is none. */
export function formatStat(value: number | null): string {
  if (value === null || !Number.isFinite(value)) return '—';
  if (value === 0) return '0';
  const abs = Math.abs(value);
  if (abs >= 1e5 || abs < 1e-3) return formatScientific(value, 2);
  return formatSignificant(value, 4);
}
