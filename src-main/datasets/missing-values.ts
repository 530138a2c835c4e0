import type { ResolvedColumn } from './column-choice';
import { categoryCounts, compareCategories } from './column-stats';
import { DatasetImportError, quote } from './import-error';
import type { Table } from './table';

/** Every way of dealing with cells that have no value, as the command line spells them. */
export const MISSING_POLICIES = ['drop', 'mean', 'median', 'mode', 'error'] as const;

/** What to do with a used column's cells that have no value: drop their rows, fill them
 * (inputs: mean, median or most frequent value; categories always with the most frequent),
 * or refuse the file naming the first one. */
export type MissingPolicy = (typeof MISSING_POLICIES)[number];

/** How one used column's missing cells were dealt with. */
export interface ColumnGaps {
  index: number;
  /** cells without a value (missing tokens, and text in a numeric column) */
  cells: number;
  /** the value filled in, when the policy fills this column */
  fill?: number | string;
}

/** The rows a dataset keeps and how missing cells are filled. */
export interface MissingPlan {
  /** indices of the rows kept, ascending: [m] */
  rows: Int32Array;
  droppedRows: number;
  filledCells: number;
  /** value filled into missing cells, per used column index */
  fills: Map<number, number | string>;
  /** the used columns that have cells without a value */
  gaps: ColumnGaps[];
}

/** True when row r of a column has no value as the column is read: a numeric column's text
 * cells count as missing too (they are the odd cells the report lists). */
export function lacksValue(column: ResolvedColumn, r: number): boolean {
  return column.type === 'numeric' ? Number.isNaN(column.data.number(r)) : column.data.isMissing(r);
}

/**
 * Applies a missing-value policy to the used (non-ignored) columns. 'drop' keeps the rows with
 * a value in every used column. 'mean', 'median' and 'mode' keep every row with a target and
 * fill each input: numbers with the column's mean, median or most frequent value (ties: the
 * smallest), categories with the most frequent one (ties: the first in category order); the
 * target is never made up, so rows without one are dropped under every policy. Fill values
 * come from the whole column, not a training split: simpler, and the split is chosen later;
 * the leak is small for a lab. 'error' refuses the file at its first gap.
 * @throws DatasetImportError 'missing-value' (policy 'error'), 'no-rows' when nothing is left
 *   or a column to fill has no value at all
 */
export function planMissing(
  table: Table,
  used: readonly ResolvedColumn[],
  policy: MissingPolicy,
): MissingPlan {
  const file = table.source.fileName;
  const rows = table.rows;
  const gaps = used
    .map((column): ColumnGaps => ({ index: column.index, cells: countGaps(column) }))
    .filter((g) => g.cells > 0);
  if (policy === 'error' && gaps.length > 0) throw firstGap(table, used);
  const fills = new Map<number, number | string>();
  const lacks = new Uint8Array(rows);
  for (const column of used) {
    const gap = gaps.find((g) => g.index === column.index);
    if (!gap) continue;
    if (policy === 'drop' || policy === 'error' || column.role === 'target') {
      for (let r = 0; r < rows; r++) if (lacksValue(column, r)) lacks[r] = 1;
      continue;
    }
    if (gap.cells === rows) {
      throw new DatasetImportError(
        'no-rows',
        file,
        'the column has no values to fill from',
        { column: column.data.name },
        { key: 'nothingToFill' },
      );
    }
    gap.fill = fillValue(column, policy);
    fills.set(column.index, gap.fill);
  }
  let kept = 0;
  for (let r = 0; r < rows; r++) if (!lacks[r]) kept++;
  if (kept === 0) {
    throw new DatasetImportError(
      'no-rows',
      file,
      'every row lacks a value in a used column; nothing is left after dropping them (fill the gaps instead, or ignore the emptiest columns)',
      {},
      { key: 'allRowsDropped' },
    );
  }
  const keptRows = new Int32Array(kept);
  for (let r = 0, k = 0; r < rows; r++) if (!lacks[r]) keptRows[k++] = r;
  let filledCells = 0;
  for (const column of used) {
    if (!fills.has(column.index)) continue;
    for (let k = 0; k < kept; k++) if (lacksValue(column, keptRows[k])) filledCells++;
  }
  return { rows: keptRows, droppedRows: rows - kept, filledCells, fills, gaps };
}

/** Cells without a value: a numeric column's missing and text cells, else its missing ones. */
function countGaps({ data, type }: ResolvedColumn): number {
  return type === 'numeric' ? data.missing + data.text.count : data.missing;
}

/** The 'error' policy's message: the first row with a gap, and what is in its cell. */
function firstGap(table: Table, used: readonly ResolvedColumn[]): DatasetImportError {
  for (let r = 0; r < table.rows; r++) {
    for (const column of used) {
      if (!lacksValue(column, r)) continue;
      const text = column.data.textAt(r);
      const token = column.data.missingCells.examples.find((e) => e.row === table.lines[r]);
      const detail =
        text !== undefined
          ? `${quote(text)} is not a number`
          : `the cell is ${token && token.value !== '' ? quote(token.value) : 'empty'}`;
      return new DatasetImportError(
        'missing-value',
        table.source.fileName,
        `${detail}; the missing-value policy 'error' refuses it (choose drop, mean, median or mode to go on)`,
        { row: table.lines[r], column: column.data.name },
        text !== undefined
          ? { key: 'missingNotANumber', params: { value: quote(text) } }
          : token && token.value !== ''
            ? { key: 'missingToken', params: { value: quote(token.value) } }
            : { key: 'missingEmpty' },
      );
    }
  }
  throw new Error('firstGap: no gap found');
}

function fillValue(column: ResolvedColumn, policy: MissingPolicy): number | string {
  if (column.type === 'categorical') return commonestCategory(column);
  const values: number[] = [];
  const data = column.data;
  for (let r = 0; r < data.length; r++) {
    const v = data.number(r);
    if (!Number.isNaN(v)) values.push(v);
  }
  if (policy === 'mean') {
    let sum = 0;
    for (const v of values) sum += v;
    return sum / values.length;
  }
  const sorted = Float64Array.from(values).sort();
  if (policy === 'median') {
    const mid = sorted.length >> 1;
    return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  }
  // mode: the longest run of equal values in sorted order; ties go to the smallest
  let best = sorted[0];
  let bestRun = 0;
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j < sorted.length && sorted[j] === sorted[i]) j++;
    if (j - i > bestRun) {
      best = sorted[i];
      bestRun = j - i;
    }
    i = j;
  }
  return best;
}

function commonestCategory({ data }: ResolvedColumn): string {
  const counts = [...categoryCounts(data)];
  counts.sort((a, b) => b[1] - a[1] || compareCategories(a[0], b[0]));
  return counts[0][0];
}
