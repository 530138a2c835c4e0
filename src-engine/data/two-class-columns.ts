import { allocate, dtypeOf } from '../core/float-array';
import type { Dataset } from './dataset';

/**
 * A two-class dataset whose target is one 0/1 column, with the target as two one-hot columns
 * instead ([m, 2]: class 0 → 1 0, class 1 → 0 1), for a softmax output of two units — what
 * PyTorch's CrossEntropyLoss or a Keras softmax layer expect of two classes. Other datasets
 * are returned as they are.
 */
export function withTwoClassColumns(dataset: Dataset): Dataset {
  if (dataset.task !== 'classification' || dataset.outputs !== 1) return dataset;
  const { m } = dataset;
  // y: [m, 2], from the 0/1 column
  const y = allocate(dtypeOf(dataset.y), m * 2);
  for (let r = 0; r < m; r++) y[r * 2 + (dataset.y[r] >= 0.5 ? 1 : 0)] = 1;
  const classNames = dataset.classNames ?? ['0', '1'];
  return { ...dataset, y, outputs: 2, targetNames: [...classNames], classNames: [...classNames] };
}
