import { describe, expect, it } from 'vitest';
import { seriesFromCurves } from '../../../src-renderer/train/train-series';

const f = (...v: number[]) => Float64Array.from(v);

describe('seriesFromCurves', () => {
  it('pairs each metric with its epoch and leaves out the epochs it was not measured', () => {
    const series = seriesFromCurves({
      epoch: f(1, 2, 3),
      step: f(10, 20, 30),
      loss: f(0.9, 0.5, 0.2),
      accuracy: f(NaN, NaN, NaN),
      validationLoss: f(1, NaN, 0.4),
      validationAccuracy: f(0.5, 0.6, 0.7),
      learningRate: f(0.1, 0.1, 0.05),
      millis: f(5, 10, 15),
    });
    expect(series.loss).toEqual([
      [1, 0.9],
      [2, 0.5],
      [3, 0.2],
    ]);
    expect(series.accuracy).toEqual([]);
    expect(series.validationLoss).toEqual([
      [1, 1],
      [3, 0.4],
    ]);
    expect(series.learningRate[2]).toEqual([3, 0.05]);
  });
});
