import { categoryCounts, compareCategories } from './column-stats';
import { DatasetImportError } from './import-error';
import type { ResolvedColumn } from './column-choice';

/** What to do with rows that lack a value in a used column. */
export type MissingPolicy = 'drop' | 'mean';

/** The rows a dataset keeps and how missing cells are filled. */
export interface MissingPlan {
  /** indices of the rows kept, ascending: [m] */
  rows: Int32Array;
  droppedRows: number;
  filledCells: number;
  /** value filled into missing cells, per used column index ('mean' only) */
  fills: Map<number, number | string>;
}

/**
 * Applies a missing-value policy to the used (non-ignored) columns.
 * 'drop' keeps rows with a value in every used column. 'mean' keeps every row and fills a
 * numeric cell with its column's mean and a categorical one with its most frequent value
 * (ties: the first in category order). The mean is taken over the whole column, not a
 * training split: simpler, and the split is chosen later; the leak is small for a lab.
 * @throws DatasetImportError 'no-rows' when nothing is left, or a used column has no value
 */
export function planMissing(
  file: string,
  rows: number,
  used: readonly ResolvedColumn[],
  policy: MissingPolicy,
): MissingPlan {
  if (policy === 'mean') return fillPlan(file, rows, used);
  const kept: number[] = [];
  for (let r = 0; r < rows; r++) {
    if (!used.some((c) => c.data.isMissing(r))) kept.push(r);
  }
  if (kept.length === 0) {
    throw new DatasetImportError(
      'no-rows',
      file,
      'every row lacks a value in a used column; nothing is left after dropping them (fill with the mean, or ignore the emptiest columns)',
    );
  }
  return {
    rows: Int32Array.from(kept),
    droppedRows: rows - kept.length,
    filledCells: 0,
    fills: new Map(),
  };
}

function fillPlan(file: string, rows: number, used: readonly ResolvedColumn[]): MissingPlan {
  const fills = new Map<number, number | string>();
  let filledCells = 0;
  for (const column of used) {
    const { data } = column;
    if (data.missing === 0) continue;
    if (data.missing === data.length) {
      throw new DatasetImportError('no-rows', file, 'the column has no values to fill from', {
        column: data.name,
      });
    }
    fills.set(column.index, column.type === 'numeric' ? meanOf(column) : modeOf(column));
    filledCells += data.missing;
  }
  const all = new Int32Array(rows);
  for (let r = 0; r < rows; r++) all[r] = r;
  return { rows: all, droppedRows: 0, filledCells, fills };
}

function meanOf({ data }: ResolvedColumn): number {
  let sum = 0;
  let count = 0;
  for (let r = 0; r < data.length; r++) {
    const v = data.number(r);
    if (!Number.isNaN(v)) {
      sum += v;
      count++;
    }
  }
  return sum / count;
}

function modeOf({ data }: ResolvedColumn): string {
  const counts = [...categoryCounts(data)];
  counts.sort((a, b) => b[1] - a[1] || compareCategories(a[0], b[0]));
  return counts[0][0];
}
