import { describe, it, expect } from 'vitest';
import { outputsToLabels } from '../../../src-engine/metrics/outputs-to-labels';

describe('outputsToLabels', () => {
  it('takes the argmax of each row for several outputs', () => {
    // [3, 3]: softmax-like rows
    const values = Float32Array.from([0.1, 0.7, 0.2, 0.5, 0.2, 0.3, -1, -3, 4]);
    expect(Array.from(outputsToLabels(values, 3, 3))).toEqual([1, 0, 2]);
  });

  it('breaks ties to the lower index and never picks NaN', () => {
    const values = Float64Array.from([
      0.4,
      0.4,
      0.2,
      NaN,
      0.1,
      0.9,
      NaN,
      NaN,
      NaN,
      -Infinity,
      -Infinity,
      -5,
    ]);
    expect(Array.from(outputsToLabels(values, 4, 3))).toEqual([0, 2, 0, 2]);
  });

  it('thresholds a single output at 0.5, with 0.5 itself class 1', () => {
    const values = Float32Array.from([0.49, 0.5, 0.51, 0, 1, NaN]);
    expect(Array.from(outputsToLabels(values, 6, 1))).toEqual([0, 1, 1, 0, 1, 0]);
  });

  it('checks sizes', () => {
    expect(outputsToLabels(new Float32Array(0), 0, 2)).toHaveLength(0);
    expect(() => outputsToLabels(new Float32Array(5), 2, 3)).toThrow(
      /m·outputs = 6 entries, got 5/,
    );
    expect(() => outputsToLabels(new Float32Array(0), 0, 0)).toThrow(/outputs must be an integer/);
    expect(() => outputsToLabels(new Float32Array(2), 1.5, 1)).toThrow(/m must be an integer/);
  });
});
