import { describe, expect, it } from 'vitest';
import { blurred, samplePlanar } from '../../../src-engine/data/planar-sample';
import { Rng } from '../../../src-engine/random/rng';

const options = { count: 3, noise: 0, seed: 5, dtype: 'float64' as const };

describe('samplePlanar', () => {
  it('lays each drawn row out as x [count, 2] and one value per row', () => {
    const { x, values } = samplePlanar(options, (i) => [i, 10 * i, 5 - i]);
    expect(Array.from(x)).toEqual([0, 0, 1, 10, 2, 20]);
    expect(Array.from(values)).toEqual([5, 4, 3]);
  });

  it('draws every row from one generator seeded with the options seed, in row order', () => {
    const { values } = samplePlanar(options, (_, rng) => [0, 0, rng.uniform(0, 1)]);
    const reference = new Rng(5);
    expect(Array.from(values)).toEqual([0, 1, 2].map(() => reference.uniform(0, 1)));
  });
});

describe('blurred', () => {
  it('leaves the value alone at noise 0 but still consumes one draw', () => {
    const rng = new Rng(3);
    expect(blurred(rng, 2.5, 5, 0)).toBe(2.5);
    const reference = new Rng(3);
    reference.uniform(0, 1);
    expect(rng.uniform(0, 1)).toBe(reference.uniform(0, 1));
  });

  it('shifts by a uniform amount of at most noise * extent either way', () => {
    const rng = new Rng(9);
    const shifts = Array.from({ length: 500 }, () => blurred(rng, 1, 4, 0.5) - 1);
    expect(Math.max(...shifts.map(Math.abs))).toBeLessThanOrEqual(2);
    expect(Math.min(...shifts)).toBeLessThan(-1.8);
    expect(Math.max(...shifts)).toBeGreaterThan(1.8);
  });
});
