import { allocate, dtypeOf } from '../core/float-array';
import type { Dataset } from './dataset';
import { describe } from './validate';

/**
 * A new dataset holding the given rows of `dataset`, in the given order (copies, not views).
 * Indices may repeat (for bootstrap samples) and may be empty (m = 0).
 * @param indices row numbers in [0, dataset.m)
 * @throws Error naming the first index that is not an integer in range
 */
export function subset(dataset: Dataset, indices: ArrayLike<number>): Dataset {
  const { inputs, outputs } = dataset;
  const n = indices.length;
  for (let i = 0; i < n; i++) {
    const r = indices[i];
    if (!Number.isInteger(r) || r < 0 || r >= dataset.m) {
      throw new Error(
        `subset: indices[${i}] must be an integer row in [0, ${dataset.m - 1}], got ${describe(r)}`,
      );
    }
  }
  const x = allocate(dtypeOf(dataset.x), n * inputs);
  const y = allocate(dtypeOf(dataset.y), n * outputs);
  const labels = dataset.labels ? new Int32Array(n) : undefined;
  for (let i = 0; i < n; i++) {
    const r = indices[i];
    x.set(dataset.x.subarray(r * inputs, (r + 1) * inputs), i * inputs);
    y.set(dataset.y.subarray(r * outputs, (r + 1) * outputs), i * outputs);
    if (labels) labels[i] = dataset.labels![r];
  }
  const result: Dataset = {
    x,
    y,
    m: n,
    inputs,
    outputs,
    task: dataset.task,
    featureNames: [...dataset.featureNames],
    targetNames: [...dataset.targetNames],
  };
  if (dataset.classNames) result.classNames = [...dataset.classNames];
  if (labels) result.labels = labels;
  return result;
}
