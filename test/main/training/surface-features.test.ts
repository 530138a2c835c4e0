import { describe, expect, it } from 'vitest';
import { surfaceFeatureMap } from '../../../src-main/training/surface-features';

describe('surfaceFeatureMap (grid points in raw units)', () => {
  it('without scaling, derives from the grid points as they are', () => {
    const map = surfaceFeatureMap({ derived: ['xTimesY', 'sinY'] });
    const out = map(Float32Array.of(2, 3, -1, 0.5), 2);
    expect(Array.from(out)).toEqual(
      Array.from(Float32Array.of(2, 3, 6, Math.sin(3), -1, 0.5, -0.5, Math.sin(0.5))),
    );
  });

  it('with min-max scaling, derives from the raw point and scales every column', () => {
    // raw x in [0, 4], y in [-2, 2]; x² in [0, 16], y² in [0, 4]
    const scaler = { kind: 'min-max' as const, min: [0, -2, 0, 0], max: [4, 2, 16, 4] };
    const map = surfaceFeatureMap({ derived: ['xSquared', 'ySquared'], scaler });
    // raw (2, -1): x scales to 0.5, y to 0.25; x² = 4 → 0.25, y² = 1 → 0.25
    const out = map(Float64Array.of(2, -1), 1);
    expect(out).toBeInstanceOf(Float64Array);
    expect(Array.from(out)).toEqual([0.5, 0.25, 0.25, 0.25]);
  });

  it('with standard scaling and no derived inputs, scales the two coordinates', () => {
    const scaler = { kind: 'standard' as const, mean: [1, 2], std: [2, 4] };
    const map = surfaceFeatureMap({ derived: [], scaler });
    expect(Array.from(map(Float64Array.of(0, 0, 3, 6), 2))).toEqual([-0.5, -0.5, 1, 1]);
  });

  it('with neither, hands the points on unchanged', () => {
    const points = Float32Array.of(1, 2);
    expect(surfaceFeatureMap({ derived: [] })(points, 1)).toBe(points);
  });
});
