import { describe, expect, it } from 'vitest';
import { decimate } from '../../../../src-renderer/components/charts/decimate';

const line = (n: number, f: (i: number) => number) =>
  Array.from({ length: n }, (_, i): [number, number] => [i + 1, f(i)]);

describe('decimate', () => {
  it('returns a short line as it is', () => {
    const points = line(10, (i) => i);
    expect(decimate(points, 100)).toBe(points);
  });

  it('bounds the points, keeps x order, the first and the last', () => {
    const points = line(100_000, (i) => Math.sin(i / 100));
    const out = decimate(points, 1000);
    expect(out.length).toBeLessThanOrEqual(1000);
    expect(out.length).toBeGreaterThan(900);
    for (let i = 1; i < out.length; i++) expect(out[i][0]).toBeGreaterThan(out[i - 1][0]);
    expect(out[0][0]).toBe(1);
    expect(out[out.length - 1]).toBe(points[points.length - 1]);
  });

  it('keeps a single spike that a stride would skip', () => {
    const points = line(10_000, (i) => (i === 4321 ? 50 : 1));
    const out = decimate(points, 100);
    expect(out.some(([x, y]) => x === 4322 && y === 50)).toBe(true);
  });

  it('copes with NaN values', () => {
    const points = line(1000, (i) => (i % 2 ? NaN : i));
    const out = decimate(points, 50);
    expect(out.length).toBeLessThanOrEqual(50);
    expect(out.some(([, y]) => Number.isFinite(y))).toBe(true);
  });
});
