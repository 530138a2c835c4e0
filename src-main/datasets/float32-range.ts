import type { ResolvedColumn } from './column-choice';
import { FLOAT32_MAX } from './column-data';
import { DatasetImportError, quote } from './import-error';

/**
 * Refuses a used numeric column holding a number beyond ±3.4e38: finite as a double, it would
 * become ±Infinity in the 32-bit floats the lab trains with, and every run would fail later.
 * @throws DatasetImportError 'out-of-range' naming the first such cell's row and column
 */
export function checkFloat32Range(file: string, used: readonly ResolvedColumn[]): void {
  for (const { data, type } of used) {
    const first = data.tooLarge.examples[0];
    if (type !== 'numeric' || !first) continue;
    const more = data.tooLarge.count - 1;
    throw new DatasetImportError(
      'out-of-range',
      file,
      `${quote(first.value)} is beyond the range of 32-bit floats (±${FLOAT32_MAX.toPrecision(2)}) that networks here compute with${more > 0 ? ` (and so are ${more} more of its cells)` : ''}; rescale the column, or set it to ignored`,
      { row: first.row, column: data.name },
      {
        key: more > 0 ? 'outOfRangeMore' : 'outOfRange',
        params: { value: quote(first.value), max: FLOAT32_MAX.toPrecision(2), more },
      },
    );
  }
}
