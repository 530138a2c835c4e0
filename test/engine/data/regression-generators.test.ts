import { describe, expect, it } from 'vitest';
import { makeLine } from '../../../src-engine/data/line';
import { makeMultiGaussian, multiGaussianTarget } from '../../../src-engine/data/multi-gaussian';
import { makePlane } from '../../../src-engine/data/plane';
import { makeSine } from '../../../src-engine/data/sine';
import { mean, std } from './helpers';

describe('makePlane', () => {
  it('at noise 0 has target (x1 + x2) / 10 for inputs in [-6, 6)', () => {
    const d = makePlane({ count: 300, noise: 0, dtype: 'float64' });
    expect(d.task).toBe('regression');
    expect(d.labels).toBeUndefined();
    for (let r = 0; r < d.m; r++) {
      expect(d.y[r]).toBeCloseTo((d.x[2 * r] + d.x[2 * r + 1]) / 10, 12);
    }
    expect(Math.min(...d.x)).toBeGreaterThanOrEqual(-6);
    expect(Math.max(...d.x)).toBeLessThan(6);
  });

  it('with noise no longer matches the clean target', () => {
    const d = makePlane({ count: 300, noise: 0.3, dtype: 'float64' });
    const errors = Array.from(d.y, (y, r) => Math.abs(y - (d.x[2 * r] + d.x[2 * r + 1]) / 10));
    expect(Math.max(...errors)).toBeGreaterThan(0.1);
  });
});

describe('makeMultiGaussian', () => {
  it('has peaks of +1 and pits of -1 and 0 far from every bump', () => {
    expect(multiGaussianTarget(-4, 2.5)).toBe(1);
    expect(multiGaussianTarget(0, 2.5)).toBe(-1);
    expect(multiGaussianTarget(-4, 3.5)).toBeCloseTo(0.5, 12);
    expect(multiGaussianTarget(6, 0)).toBe(0);
  });

  it('at noise 0 has target multiGaussianTarget(x1, x2), spanning both signs', () => {
    const d = makeMultiGaussian({ count: 500, noise: 0, dtype: 'float64' });
    for (let r = 0; r < d.m; r++)
      expect(d.y[r]).toBe(multiGaussianTarget(d.x[2 * r], d.x[2 * r + 1]));
    expect(Math.min(...d.y)).toBeLessThan(-0.5);
    expect(Math.max(...d.y)).toBeGreaterThan(0.5);
    expect(Math.max(...d.y.map(Math.abs))).toBeLessThanOrEqual(1);
  });

  it('with noise no longer matches the clean target', () => {
    const d = makeMultiGaussian({ count: 500, noise: 0.3, dtype: 'float64' });
    const mismatches = Array.from(d.y).filter(
      (y, r) => y !== multiGaussianTarget(d.x[2 * r], d.x[2 * r + 1]),
    );
    expect(mismatches.length).toBeGreaterThan(50);
  });
});

describe('makeLine', () => {
  it('at noise 0 lies exactly on slope * x + intercept with x in [-5, 5)', () => {
    const d = makeLine({ count: 200, slope: -1.5, intercept: 3, noise: 0, dtype: 'float64' });
    expect(d.inputs).toBe(1);
    for (let r = 0; r < d.m; r++) {
      expect(d.y[r]).toBeCloseTo(-1.5 * d.x[r] + 3, 12);
      expect(d.x[r]).toBeGreaterThanOrEqual(-5);
      expect(d.x[r]).toBeLessThan(5);
    }
  });

  it('with noise scatters by the given standard deviation around the line', () => {
    const d = makeLine({ count: 5000, slope: 2, intercept: 1, noise: 0.5, dtype: 'float64' });
    const residuals = Array.from(d.y, (y, r) => y - (2 * d.x[r] + 1));
    expect(std(residuals)).toBeCloseTo(0.5, 1);
    expect(Math.abs(mean(residuals))).toBeLessThan(0.05);
  });

  it('rejects a non-finite slope or intercept', () => {
    expect(() => makeLine({ slope: Number.NaN })).toThrow(
      /makeLine: slope must be a finite number, got NaN/,
    );
    expect(() => makeLine({ intercept: Infinity })).toThrow(/intercept/);
  });
});

describe('makeSine', () => {
  it('at noise 0 lies on sin x for x in [-π, π)', () => {
    const d = makeSine({ count: 200, noise: 0, dtype: 'float64' });
    for (let r = 0; r < d.m; r++) expect(d.y[r]).toBe(Math.sin(d.x[r]));
    expect(Math.min(...d.x)).toBeGreaterThanOrEqual(-Math.PI);
    expect(Math.max(...d.x)).toBeLessThan(Math.PI);
    // one full period is covered, not a sliver of it
    expect(Math.max(...d.x) - Math.min(...d.x)).toBeGreaterThan(5.5);
  });

  it('with noise scatters by the given standard deviation', () => {
    const d = makeSine({ count: 5000, noise: 0.2, dtype: 'float64' });
    expect(std(Array.from(d.y, (y, r) => y - Math.sin(d.x[r])))).toBeCloseTo(0.2, 1);
  });
});
