import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../../src-engine/data/dataset';
import { finalMetricsOf, judgePredictions } from '../../../src-main/services/judge-predictions';
import type { PreparedData } from '../../../src-main/services/prepare-data';

/** A part of `rows` rows with one input (the row's index) and the given targets. */
function part(task: Dataset['task'], y: number[], outputs = 1): Dataset {
  const m = y.length / outputs;
  return {
    x: Float32Array.from({ length: m }, (_, i) => i),
    y: Float32Array.from(y),
    m,
    inputs: 1,
    outputs,
    task,
    featureNames: ['x'],
    targetNames: ['y'],
  };
}

function prepared(train: Dataset, validation: Dataset, test: Dataset): PreparedData {
  const parts = { train, validation, test };
  return {
    ...parts,
    raw: parts,
    scaler: null,
    featureNames: ['x'],
    targetNames: ['y'],
    classNames: ['no', 'yes'],
    derived: [],
  };
}

describe('the final metrics of a judged run', () => {
  it('are the hand-computed binary cross-entropy and accuracy of each part', () => {
    const data = prepared(
      part('classification', [1, 0, 1, 0]),
      part('classification', [1, 1]),
      part('classification', []),
    );
    const judged = judgePredictions(
      data,
      { train: Float32Array.of(0.9, 0.2, 0.4, 0.5), validation: Float32Array.of(0.8, 0.5) },
      'binary_cross_entropy',
      1,
    );
    const metrics = finalMetricsOf(judged);
    // −(ln 0.9 + ln 0.8 + ln 0.4 + ln 0.5) / 4 = (0.105361 + 0.223144 + 0.916291 + 0.693147) / 4
    expect(metrics.loss).toBeCloseTo(0.484486, 5);
    // 0.9 → 1 right, 0.2 → 0 right, 0.4 → 0 wrong, 0.5 → 1 wrong (a tie counts as the class)
    expect(metrics.accuracy).toBe(0.5);
    // −(ln 0.8 + ln 0.5) / 2 = (0.223144 + 0.693147) / 2
    expect(metrics.validationLoss).toBeCloseTo(0.458145, 5);
    expect(metrics.validationAccuracy).toBe(1);
    // an empty part has no metrics at all
    expect(Object.keys(metrics).sort()).toEqual([
      'accuracy',
      'loss',
      'validationAccuracy',
      'validationLoss',
    ]);
  });

  it('are the hand-computed mean squared error and R² of a regression', () => {
    const data = prepared(
      part('regression', [1, 2, 3, 4]),
      part('regression', []),
      part('regression', [0, 2]),
    );
    const judged = judgePredictions(
      data,
      { train: Float32Array.of(1, 2, 3, 5), test: Float32Array.of(1, 1) },
      'mse',
      1,
    );
    const metrics = finalMetricsOf(judged);
    // residuals 0, 0, 0, −1; mean of the targets 2.5, squares about it 2.25 + 0.25 + 0.25 + 2.25
    expect(metrics.r2).toBeCloseTo(1 - 1 / 5, 6);
    // residuals −1, 1 against a mean of 1: R² = 1 − 2/2 = 0
    expect(metrics.testR2).toBeCloseTo(0, 6);
    // the lecture's J = 1/(2m) Σ (y − t)²: 1/8 on the training part, 2/4 on the test part
    expect(metrics.loss).toBeCloseTo(1 / 8, 6);
    expect(metrics.testLoss).toBeCloseTo(1 / 2, 6);
  });
});
