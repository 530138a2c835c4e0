import { createHash } from 'node:crypto';
import { toBlob } from './blobs';
import type { DatasetInput } from './records';

/**
 * The content hash of a dataset: SHA-256 over everything that decides what a run trains on
 * (columns and roles, task, rows, split, and the arrays' bytes) but not its name or source,
 * so the same data imported twice is stored once. Hex, 64 characters.
 */
export function datasetHash(input: DatasetInput): string {
  const hash = createHash('sha256');
  const header = {
    columns: input.columns,
    task: input.task,
    rowCount: input.rowCount,
    split: input.split,
  };
  hash.update(JSON.stringify(header));
  // Lengths before bytes, so no two different arrays concatenate to the same stream.
  for (const array of [input.x, input.y, input.labels]) {
    hash.update(`\n${array ? array.length : -1}\n`);
    if (array) hash.update(toBlob(array));
  }
  return hash.digest('hex');
}
