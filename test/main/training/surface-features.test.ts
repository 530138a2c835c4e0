import { describe, expect, it } from 'vitest';
import { surfaceFeatureMap } from '../../../src-main/training/surface-features';

describe('surfaceFeatureMap', () => {
  it('without scaling, derives from the grid points as they are', () => {
    const map = surfaceFeatureMap({ derived: ['xTimesY', 'sinY'] });
    const out = map(Float32Array.of(2, 3, -1, 0.5), 2);
    expect(Array.from(out)).toEqual(
      Array.from(Float32Array.of(2, 3, 6, Math.sin(3), -1, 0.5, -0.5, Math.sin(0.5))),
    );
  });

  it('with min-max scaling, unscales the two coordinates, derives, and scales every column', () => {
    // raw x in [0, 4], y in [-2, 2]; x² in [0, 16], y² in [0, 4]
    const scaler = { kind: 'min-max' as const, min: [0, -2, 0, 0], max: [4, 2, 16, 4] };
    const map = surfaceFeatureMap({ derived: ['xSquared', 'ySquared'], scaler });
    // scaled (0.5, 0.25) is raw (2, -1): x² = 4 → 0.25, y² = 1 → 0.25
    const out = map(Float64Array.of(0.5, 0.25), 1);
    expect(out).toBeInstanceOf(Float64Array);
    expect(Array.from(out)).toEqual([0.5, 0.25, 0.25, 0.25]);
  });

  it('with standard scaling, maps the point at the raw origin', () => {
    const scaler = { kind: 'standard' as const, mean: [1, 2, 5, 3], std: [2, 4, 5, 1] };
    const map = surfaceFeatureMap({ derived: ['sinX', 'xTimesY'], scaler });
    // scaled (-0.5, -0.5) is raw (0, 0): sin 0 = 0, 0·0 = 0
    const out = map(Float64Array.of(-0.5, -0.5), 1);
    expect(Array.from(out)).toEqual([-0.5, -0.5, -1, -3]);
  });
});
