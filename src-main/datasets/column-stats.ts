import { DECIMAL_POINT, parsePlain } from './number-format';
import type { ColumnData } from './column-data';

/** How a column's values are read: as numbers, or as named categories. */
export type ColumnType = 'numeric' | 'categorical';

/** Summary of a numeric column; min/max/mean/std are null when it has no values. */
export interface NumericStats {
  type: 'numeric';
  /** cells with a value */
  count: number;
  missing: number;
  min: number | null;
  max: number | null;
  mean: number | null;
  /** population standard deviation (divides by count), as the engine's standardization */
  std: number | null;
}

/** Summary of a categorical column. */
export interface CategoricalStats {
  type: 'categorical';
  count: number;
  missing: number;
  /** distinct values seen; when `capped`, at least this many */
  distinct: number;
  capped: boolean;
  /** the most frequent values, most frequent first (at most TOP_VALUES) */
  top: { value: string; count: number }[];
}

export type ColumnStats = NumericStats | CategoricalStats;

/** How many values a categorical summary lists. */
export const TOP_VALUES = 20;

/** The share of a column's non-missing cells that must be numbers for it to be numeric. */
export const NUMERIC_SHARE = 0.95;

/**
 * Numeric when at least 95% of the non-missing cells are numbers (the others are odd cells,
 * listed by the report and treated as missing), categorical otherwise. By evidence, not by the
 * first odd cell: one `1e309` or `n.a.` among thousands of numbers keeps a column numeric.
 * A column with no values at all is numeric.
 */
export function inferType(column: ColumnData): ColumnType {
  const values = column.length - column.missing;
  if (column.text.count === 0) return 'numeric';
  return column.numberCells >= NUMERIC_SHARE * values && column.numberCells > 0
    ? 'numeric'
    : 'categorical';
}

/** Summary statistics of a column read as the given type. */
export function columnStats(column: ColumnData, type: ColumnType): ColumnStats {
  return type === 'numeric' ? numericStats(column) : categoricalStats(column);
}

function numericStats(column: ColumnData): NumericStats {
  let count = 0;
  let min = Infinity;
  let max = -Infinity;
  let sum = 0;
  const values = column.values;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (Number.isNaN(v)) continue;
    count++;
    sum += v;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (count === 0) {
    return {
      type: 'numeric',
      count,
      missing: column.length,
      min: null,
      max: null,
      mean: null,
      std: null,
    };
  }
  const mean = sum / count;
  // second pass for the variance: the one-pass formula loses digits when mean² ≫ variance
  let squares = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (!Number.isNaN(v)) squares += (v - mean) ** 2;
  }
  return {
    type: 'numeric',
    count,
    missing: column.length - count,
    min,
    max,
    mean,
    std: Math.sqrt(squares / count),
  };
}

function categoricalStats(column: ColumnData): CategoricalStats {
  const counts = categoryCounts(column);
  let count = 0;
  for (const n of counts.values()) count += n;
  const top = [...counts]
    .sort((a, b) => b[1] - a[1] || compareCategories(a[0], b[0]))
    .slice(0, TOP_VALUES)
    .map(([value, n]) => ({ value, count: n }));
  return {
    type: 'categorical',
    count: column.overflow ? column.length - column.missing : count,
    missing: column.missing,
    distinct: counts.size,
    capped: column.overflow,
    top,
  };
}

/** How often each category occurs (numbers counted by their text form). */
export function categoryCounts(column: ColumnData, rows?: ArrayLike<number>): Map<string, number> {
  return column.countCategories(rows);
}

/**
 * Order of categories and classes: numbers by value (so classes 2 < 10), then text by code
 * point — independent of the locale, so class indices are the same on every machine.
 */
export function compareCategories(a: string, b: string): number {
  // the same notion of "number" as the cells themselves (so `0x10` and `Infinity` are text)
  const x = parsePlain(a, DECIMAL_POINT);
  const y = parsePlain(b, DECIMAL_POINT);
  const aNumber = !Number.isNaN(x);
  const bNumber = !Number.isNaN(y);
  if (aNumber && bNumber) return x - y || byCodePoint(a, b);
  if (aNumber !== bNumber) return aNumber ? -1 : 1;
  return byCodePoint(a, b);
}

function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
