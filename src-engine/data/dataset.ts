import type { FloatArray } from '../core/float-array';

/** What a dataset's targets mean: class labels (one-hot, or one 0/1 column for two classes)
 * or real values to regress. */
export type Task = 'classification' | 'regression';

/**
 * A table of m samples held as two row-major matrices.
 * For classification with more than two classes `y` is one-hot ([m, classes]); with two
 * classes it may be a single 0/1 column. `labels` then holds each row's class index.
 */
export interface Dataset {
  /** inputs: [m, inputs] */
  x: FloatArray;
  /** targets: [m, outputs] */
  y: FloatArray;
  m: number;
  inputs: number;
  outputs: number;
  task: Task;
  featureNames: string[];
  targetNames: string[];
  /** class names in label order, for classification */
  classNames?: string[];
  /** class index of each row, for classification: [m] */
  labels?: Int32Array;
}
