import { describe, expect, it } from 'vitest';
import { makeBlobs } from '../../../src-engine/data/blobs';
import { makeCircle } from '../../../src-engine/data/circle';
import { CLASS_IDS, classNamesOf } from '../../../src-engine/data/class-names';
import { makeGaussian } from '../../../src-engine/data/gaussian';
import {
  generate,
  GENERATORS,
  GENERATORS_BY_NAME,
  getGenerator,
} from '../../../src-engine/data/generators';
import { makeLine } from '../../../src-engine/data/line';
import { makeMoons } from '../../../src-engine/data/moons';
import { makeMultiGaussian } from '../../../src-engine/data/multi-gaussian';
import { makePlane } from '../../../src-engine/data/plane';
import { makeSine } from '../../../src-engine/data/sine';
import { makeSpiral } from '../../../src-engine/data/spiral';
import { makeTruthTable } from '../../../src-engine/data/truth-table';
import { makeXor } from '../../../src-engine/data/xor';
import { bytesOf } from './helpers';

describe('generator registry', () => {
  it('has unique names, all reachable by name', () => {
    const names = GENERATORS.map((g) => g.name);
    expect(new Set(names).size).toBe(names.length);
    for (const g of GENERATORS) expect(getGenerator(g.name)).toBe(g);
    expect(Object.keys(GENERATORS_BY_NAME)).toEqual(names);
  });

  it('gives the ids of the classes it names, in label order, beside their English names', () => {
    const named = GENERATORS.filter((g) => g.classIds);
    expect(named.map((g) => g.name)).toEqual(['circle', 'xor', 'gaussian', 'spiral', 'moons']);
    for (const g of named) {
      expect(g.generate().classNames).toEqual(classNamesOf(g.classIds!));
    }
    expect(classNamesOf(['spiralA', 'sameSign'])).toEqual(['spiral A', 'same sign']);
    // every named class is some generator's
    expect(new Set(named.flatMap((g) => g.classIds))).toEqual(new Set(CLASS_IDS));
    // numbered classes and tables have no ids: their names are data, not words
    expect(GENERATORS_BY_NAME.blobs.classIds).toBeUndefined();
    expect(GENERATORS_BY_NAME.and.classIds).toBeUndefined();
  });

  it.each(GENERATORS.map((g) => [g.name, g] as const))(
    '%s: defaults are in range and generate a dataset of the declared task',
    (_, g) => {
      for (const p of g.parameters) {
        expect(p.default).toBeGreaterThanOrEqual(p.min);
        expect(p.default).toBeLessThanOrEqual(p.max);
        expect(p.step).toBeGreaterThan(0);
      }
      const d = g.generate();
      expect(d.task).toBe(g.task);
      expect(d.m).toBeGreaterThan(0);
      expect(d.x).toBeInstanceOf(Float32Array);
      expect(g.generate({}, 'float64').x).toBeInstanceOf(Float64Array);
      if (g.parameters.some((p) => p.name === 'seed')) {
        expect(bytesOf(g.generate({ seed: 9 }))).not.toEqual(bytesOf(g.generate({ seed: 10 })));
      }
      if (g.parameters.some((p) => p.name === 'count'))
        expect(g.generate({ count: 30 }).m).toBe(30);
    },
  );

  it('uses the same defaults as the functions it wraps', () => {
    const direct = {
      circle: makeCircle(),
      xor: makeXor(),
      gaussian: makeGaussian(),
      spiral: makeSpiral(),
      moons: makeMoons(),
      blobs: makeBlobs(),
      plane: makePlane(),
      'multi-gaussian': makeMultiGaussian(),
      line: makeLine(),
      sine: makeSine(),
      and: makeTruthTable({ gate: 'and' }),
      or: makeTruthTable({ gate: 'or' }),
      not: makeTruthTable({ gate: 'not' }),
      'xor-gate': makeTruthTable({ gate: 'xor' }),
    };
    expect(Object.keys(direct).sort()).toEqual(GENERATORS.map((g) => g.name).sort());
    for (const [name, d] of Object.entries(direct))
      expect(bytesOf(generate(name)), name).toEqual(bytesOf(d));
  });

  it('passes parameters through', () => {
    const d = generate('line', { slope: -3, intercept: 2, noise: 0, count: 20 }, 'float64');
    expect(d.y[0]).toBeCloseTo(-3 * d.x[0] + 2, 12);
    expect(generate('blobs', { classes: 5 }).outputs).toBe(5);
  });

  it('rejects unknown generators, unknown parameters and out-of-range values', () => {
    expect(() => generate('donut')).toThrow(/unknown generator 'donut' \(known: circle, /);
    expect(() => generate('circle', { radius: 3 })).toThrow(
      /generator 'circle': unknown parameter 'radius' \(parameters: count, noise, seed\)/,
    );
    expect(() => generate('and', { count: 3 })).toThrow(
      /unknown parameter 'count' \(parameters: none\)/,
    );
    expect(() => generate('circle', { noise: 0.9 })).toThrow(
      /generator 'circle': noise must be a number in \[0, 0.5\], got 0.9/,
    );
    expect(() => generate('spiral', { count: 5 })).toThrow(
      /count must be an integer in \[10, 2000\]/,
    );
    expect(() => generate('blobs', { classes: 2.5 })).toThrow(/classes must be an integer/);
  });
});
