import { describe, expect, it } from 'vitest';
import { generate } from '../../../src-engine/data/generators';
import {
  describeScatter,
  hasScatter,
  pointsPerClass,
  scatterBounds,
  scatterChecksum,
  scatterOf,
} from '../../../src-renderer/data/scatter-points';
import { pointColors, scatterSvg } from '../../../src-renderer/data/scatter-paint';

describe('scatterOf', () => {
  it('plots two inputs coloured by class', () => {
    const points = scatterOf(generate('spiral', { count: 100 }))!;
    expect(points.m).toBe(100);
    expect(points.labels).not.toBeNull();
    expect(pointsPerClass(points).reduce((a, b) => a + b, 0)).toBe(100);
    expect(describeScatter(points)).toMatch(/^Scatter plot of 100 points, .*: \d+, .*: \d+\.$/);
  });

  it('plots one input against its target for 1-D regression', () => {
    const d = generate('line', { count: 20, noise: 0 });
    const points = scatterOf(d)!;
    expect(points.yName).toBe(d.targetNames[0]);
    expect(points.xy[0]).toBe(d.x[0]);
    expect(points.xy[1]).toBe(d.y[0]);
    expect(points.labels).toBeNull();
  });

  it('colours 2-D regression by target value', () => {
    const points = scatterOf(generate('plane', { count: 30 }))!;
    expect(points.values).toHaveLength(30);
    expect(describeScatter(points)).toMatch(/colour shows the target value/);
    expect(new Set(pointColors(points)).size).toBeGreaterThan(2);
  });

  it('plots two picked inputs of wider data, coloured by class', () => {
    // x: [2 rows, 3 inputs]
    const wide = {
      m: 2,
      inputs: 3,
      outputs: 1,
      task: 'classification' as const,
      x: [1, 2, 3, 4, 5, 6],
      y: [0, 1],
      labels: [0, 1],
      featureNames: ['a', 'b', 'c'],
      targetNames: ['t'],
      classNames: ['no', 'yes'],
    };
    expect(scatterOf(wide)).toBeNull();
    const points = scatterOf(wide, [2, 0])!;
    expect(Array.from(points.xy)).toEqual([3, 1, 6, 4]);
    expect([points.xName, points.yName]).toEqual(['c', 'a']);
    expect(Array.from(points.labels!)).toEqual([0, 1]);
  });

  it('has none for wider data', () => {
    expect(hasScatter({ inputs: 4, outputs: 3, task: 'classification' })).toBe(false);
    expect(hasScatter({ inputs: 1, outputs: 1, task: 'classification' })).toBe(false);
  });
});

describe('scatterChecksum', () => {
  it('changes with the noise and stays for the same seed', () => {
    const a = scatterOf(generate('spiral', { count: 200, noise: 0 }))!;
    const b = scatterOf(generate('spiral', { count: 200, noise: 0 }))!;
    const c = scatterOf(generate('spiral', { count: 200, noise: 0.2 }))!;
    expect(scatterChecksum(a)).toBe(scatterChecksum(b));
    expect(scatterChecksum(a)).not.toBe(scatterChecksum(c));
    expect(scatterChecksum(a)).toMatch(/^[0-9a-f]{8}$/);
  });
});

describe('scatterBounds', () => {
  it('pads the data range by 5 % and widens a single value', () => {
    const points = {
      m: 2,
      xy: Float32Array.from([0, 5, 10, 5]),
      labels: null,
      values: null,
      xName: 'a',
      yName: 'b',
      classNames: [],
    };
    expect(scatterBounds(points)).toEqual({ xMin: -0.5, xMax: 10.5, yMin: 4.5, yMax: 5.5 });
  });
});

describe('scatterSvg', () => {
  it('draws one circle per point with an escaped title', () => {
    const points = scatterOf(generate('xor', { count: 40 }))!;
    const svg = scatterSvg(
      points,
      200,
      200,
      { background: '#fff', grid: '#ccc', outline: '#000' },
      'a < b',
    );
    expect(svg.match(/<circle /g)).toHaveLength(40);
    expect(svg).toContain('<title>a &#60; b</title>');
  });
});
