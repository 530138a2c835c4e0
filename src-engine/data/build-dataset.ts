import { allocate, toFloatArray, type DType } from '../core/float-array';
import type { Dataset } from './dataset';

/** Default names of the two coordinates of every 2-D generator, as in TensorFlow Playground. */
export const XY_FEATURES: readonly string[] = ['x1', 'x2'];

/**
 * Builds a two-class dataset whose target is one 0/1 column.
 * @param x inputs [m, inputs] as doubles; converted to `dtype`
 * @param labels class index (0 or 1) of each row: [m]
 */
export function binaryDataset(
  x: ArrayLike<number>,
  labels: Int32Array,
  inputs: number,
  featureNames: readonly string[],
  classNames: readonly string[],
  dtype: DType,
): Dataset {
  return {
    x: toFloatArray(dtype, x),
    y: toFloatArray(dtype, labels),
    m: labels.length,
    inputs,
    outputs: 1,
    task: 'classification',
    featureNames: [...featureNames],
    targetNames: ['label'],
    classNames: [...classNames],
    labels,
  };
}

/**
 * Builds a k-class dataset with one-hot targets [m, k].
 * @param x inputs [m, inputs] as doubles; converted to `dtype`
 * @param labels class index of each row, in [0, classNames.length): [m]
 */
export function oneHotDataset(
  x: ArrayLike<number>,
  labels: Int32Array,
  inputs: number,
  featureNames: readonly string[],
  classNames: readonly string[],
  dtype: DType,
): Dataset {
  const classes = classNames.length;
  const y = allocate(dtype, labels.length * classes);
  for (let r = 0; r < labels.length; r++) y[r * classes + labels[r]] = 1;
  return {
    x: toFloatArray(dtype, x),
    y,
    m: labels.length,
    inputs,
    outputs: classes,
    task: 'classification',
    featureNames: [...featureNames],
    targetNames: [...classNames],
    classNames: [...classNames],
    labels,
  };
}

/**
 * Builds a regression dataset.
 * @param x inputs [m, inputs]; y targets [m, outputs], both as doubles converted to `dtype`
 */
export function regressionDataset(
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  inputs: number,
  outputs: number,
  featureNames: readonly string[],
  targetNames: readonly string[],
  dtype: DType,
): Dataset {
  return {
    x: toFloatArray(dtype, x),
    y: toFloatArray(dtype, y),
    m: y.length / outputs,
    inputs,
    outputs,
    task: 'regression',
    featureNames: [...featureNames],
    targetNames: [...targetNames],
  };
}
