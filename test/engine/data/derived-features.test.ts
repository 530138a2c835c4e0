import { describe, expect, it } from 'vitest';
import { makeCircle } from '../../../src-engine/data/circle';
import {
  expandFeatures,
  withDerivedFeatures,
  type DerivedFeature,
  featureCount,
  featureList,
  featuresOf,
  hasDerived,
} from '../../../src-engine/data/derived-features';
import { makeSine } from '../../../src-engine/data/sine';
import { row } from './helpers';

describe('expandFeatures', () => {
  it('appends the chosen columns in the order given', () => {
    const out = expandFeatures(Float64Array.from([2, -3, 0.5, 4]), [
      'xTimesY',
      'xSquared',
      'sinY',
      'ySquared',
      'sinX',
    ]);
    expect(out).toBeInstanceOf(Float64Array);
    expect(row(out, 7, 0)).toEqual([2, -3, -6, 4, Math.sin(-3), 9, Math.sin(2)]);
    expect(row(out, 7, 1)).toEqual([0.5, 4, 2, 0.25, Math.sin(4), 16, Math.sin(0.5)]);
  });

  it('can drop the original inputs', () => {
    expect(Array.from(expandFeatures([3, 4], ['ySquared'], false))).toEqual([16]);
  });

  it('rejects unknown or repeated features and an empty result', () => {
    expect(() => expandFeatures([1, 2], ['cosX' as DerivedFeature])).toThrow(
      /expandFeatures: features\[0\] must be one of x, y, xSquared, ySquared, xTimesY, sinX, sinY, got 'cosX'/,
    );
    expect(() => expandFeatures([1, 2], ['sinX', 'sinX'])).toThrow(
      /feature 'sinX' is listed twice/,
    );
    expect(() => expandFeatures([1, 2], [], false)).toThrow(/no columns left/);
    expect(() => expandFeatures([1, 2, 3], ['sinX'])).toThrow(/x must be \[m, 2\], got 3 values/);
  });
});

describe('withDerivedFeatures', () => {
  it('widens a 2-input dataset, names the new columns and keeps the targets', () => {
    const d = makeCircle({ count: 20 });
    const e = withDerivedFeatures(d, ['xSquared', 'xTimesY']);
    expect(e.inputs).toBe(4);
    expect(e.featureNames).toEqual(['x1', 'x2', 'x1²', 'x1·x2']);
    expect(e.x).toBeInstanceOf(Float32Array);
    expect(e.x.length).toBe(80);
    expect(e.x[4 * 7 + 2]).toBeCloseTo(d.x[14] * d.x[14], 5);
    expect(e.y).toBe(d.y);
    expect(e.labels).toBe(d.labels);
    expect(d.inputs).toBe(2);
  });

  it('rejects a dataset without exactly 2 inputs', () => {
    expect(() => withDerivedFeatures(makeSine(), ['sinX'])).toThrow(
      /withDerivedFeatures: dataset must have 2 inputs, got 1/,
    );
  });
});

describe('feature lists with x and y themselves (Playground toggles)', () => {
  it('a list naming x or y is the whole input; one naming neither follows x and y', () => {
    expect(featureList(['xSquared'])).toEqual(['x', 'y', 'xSquared']);
    expect(featureList(['y', 'sinX'])).toEqual(['y', 'sinX']);
    expect(featureCount(['y', 'sinX'])).toBe(2);
    expect(Array.from(expandFeatures([2, 3], ['y', 'xSquared']))).toEqual([3, 4]);
    const d = withDerivedFeatures(makeCircle({ count: 4 }), ['x', 'ySquared']);
    expect(d.inputs).toBe(2);
    expect(d.featureNames).toEqual(['x1', 'x2²']);
  });

  it('toggles become the shortest list in the Playground order', () => {
    expect(featuresOf(['sinY', 'y', 'x'])).toEqual(['sinY']);
    expect(featuresOf(['sinY', 'x'])).toEqual(['x', 'sinY']);
    expect(featuresOf(['x', 'y'])).toEqual([]);
    expect(hasDerived([])).toBe(false);
    expect(hasDerived(['x', 'y'])).toBe(false);
    expect(hasDerived(['x'])).toBe(true);
  });
});
