import { describe, expect, it } from 'vitest';
import { makeBlobs } from '../../../src-engine/data/blobs';
import { makeCircle } from '../../../src-engine/data/circle';
import type { Dataset } from '../../../src-engine/data/dataset';
import { makeGaussian } from '../../../src-engine/data/gaussian';
import type { GeneratorOptions } from '../../../src-engine/data/generator-options';
import { makeLine } from '../../../src-engine/data/line';
import { makeMoons } from '../../../src-engine/data/moons';
import { makeMultiGaussian } from '../../../src-engine/data/multi-gaussian';
import { makePlane } from '../../../src-engine/data/plane';
import { makeSine } from '../../../src-engine/data/sine';
import { makeSpiral } from '../../../src-engine/data/spiral';
import { makeXor } from '../../../src-engine/data/xor';
import { bytesOf, classCounts } from './helpers';

// Properties every sampled generator shares; the geometry of each is tested in its own file.
const cases: [string, (o: GeneratorOptions) => Dataset, number, number][] = [
  ['makeCircle', makeCircle, 2, 1],
  ['makeXor', makeXor, 2, 1],
  ['makeGaussian', makeGaussian, 2, 1],
  ['makeSpiral', makeSpiral, 2, 1],
  ['makeMoons', makeMoons, 2, 1],
  ['makeBlobs', makeBlobs, 2, 3],
  ['makePlane', makePlane, 2, 1],
  ['makeMultiGaussian', makeMultiGaussian, 2, 1],
  ['makeLine', makeLine, 1, 1],
  ['makeSine', makeSine, 1, 1],
];

describe.each(cases)('%s', (name, make, inputs, outputs) => {
  it('has count rows of the documented width, float32 by default', () => {
    const d = make({ count: 101, noise: 0.2, seed: 3 });
    expect(d.m).toBe(101);
    expect(d.inputs).toBe(inputs);
    expect(d.outputs).toBe(outputs);
    expect(d.x).toBeInstanceOf(Float32Array);
    expect(d.x.length).toBe(101 * inputs);
    expect(d.y.length).toBe(101 * outputs);
    expect(d.featureNames).toHaveLength(inputs);
    expect(d.targetNames).toHaveLength(outputs);
    expect([...d.x, ...d.y].every(Number.isFinite)).toBe(true);
  });

  it('honours dtype float64', () => {
    const d = make({ count: 10, dtype: 'float64' });
    expect(d.x).toBeInstanceOf(Float64Array);
    expect(d.y).toBeInstanceOf(Float64Array);
  });

  it('gives identical bytes for the same seed and different ones for another seed', () => {
    const a = make({ count: 50, noise: 0.1, seed: 42 });
    const b = make({ count: 50, noise: 0.1, seed: 42 });
    const c = make({ count: 50, noise: 0.1, seed: 43 });
    expect(bytesOf(b)).toEqual(bytesOf(a));
    expect(bytesOf(c)).not.toEqual(bytesOf(a));
  });

  it('changes with the noise level', () => {
    expect(bytesOf(make({ count: 50, noise: 0.4 }))).not.toEqual(
      bytesOf(make({ count: 50, noise: 0 })),
    );
  });

  if (outputs === 1 && name !== 'makePlane' && name !== 'makeMultiGaussian' && inputs === 2) {
    it('balances the two classes at noise 0 and keeps labels equal to y', () => {
      const d = make({ count: 201, noise: 0 });
      const [zeros, ones] = classCounts(d);
      expect(zeros + ones).toBe(201);
      expect(Math.abs(zeros - ones)).toBeLessThanOrEqual(1);
      expect(Array.from(d.y)).toEqual(Array.from(d.labels!));
      expect(d.classNames).toHaveLength(2);
    });
  }

  it.each([
    [{ count: 0 }, /count must be an integer in \[1, 1000000\], got 0/],
    [{ count: 2.5 }, /count must be an integer/],
    [{ count: Number.NaN }, /count .* got NaN/],
    [{ noise: -0.1 }, /noise must be a number/],
    [{ noise: Number.POSITIVE_INFINITY }, /noise must be a number/],
    [{ seed: -1 }, /seed must be an integer/],
    [{ seed: 1.5 }, /seed must be an integer/],
    [{ dtype: 'int8' }, /dtype must be 'float32' or 'float64', got 'int8'/],
  ])('rejects %o', (options, message) => {
    expect(() => make(options as GeneratorOptions)).toThrow(message);
    expect(() => make(options as GeneratorOptions)).toThrow(name);
  });
});

describe('noise range', () => {
  it('is a fraction in [0, 1] for the Playground-style generators', () => {
    expect(() => makeCircle({ noise: 1 })).not.toThrow();
    expect(() => makeCircle({ noise: 1.01 })).toThrow(
      /makeCircle: noise must be a number in \[0, 1\], got 1.01/,
    );
    expect(() => makeSpiral({ noise: 50 })).toThrow(/noise/);
  });

  it('is a standard deviation in y units up to 100 for the line', () => {
    expect(() => makeLine({ noise: 5 })).not.toThrow();
    expect(() => makeLine({ noise: 101 })).toThrow(
      /makeLine: noise must be a number in \[0, 100\]/,
    );
  });
});
