import { describe, expect, it } from 'vitest';
import { GENERATORS } from '../../../src-engine/data/generators';
import {
  BUILTIN_NAMES,
  BuiltinDataError,
  getBuiltinInfo,
  isBuiltin,
  listBuiltins,
  loadBuiltin,
} from '../../../src-main/builtin-data';
import { thrown } from './helpers';

const COMMAND_LINE_NAMES = [
  'xor',
  'spiral',
  'circle',
  'gaussian',
  'moons',
  'blobs',
  'and',
  'or',
  'not',
  'xor-gate',
  'plane',
  'multi-gaussian',
  'line',
  'sine',
  'iris',
  'mnist',
];

describe('listBuiltins', () => {
  it('lists exactly the names the command line uses: the generators in order, then iris and mnist', () => {
    const names = listBuiltins().map((b) => b.name);
    expect([...names].sort()).toEqual([...COMMAND_LINE_NAMES].sort());
    expect(names).toEqual([...GENERATORS.map((g) => g.name), 'iris', 'mnist']);
    expect(BUILTIN_NAMES).toEqual(names);
  });

  it('describes every generator as the engine registry does, with its parameter ranges', () => {
    for (const g of GENERATORS) {
      const info = getBuiltinInfo(g.name);
      expect(info).toMatchObject({
        name: g.name,
        label: g.label,
        task: g.task,
        kind: 'generator',
        description: g.description,
      });
      expect(info.parameters).toEqual(g.parameters);
      for (const p of info.parameters) {
        expect(p.min).toBeLessThanOrEqual(p.default);
        expect(p.default).toBeLessThanOrEqual(p.max);
        expect(p.step).toBeGreaterThan(0);
      }
    }
  });

  it('gives the default shape of each dataset', () => {
    const shape = (name: string) => {
      const { rows, inputs, outputs, classes } = getBuiltinInfo(name);
      return { rows, inputs, outputs, classes };
    };
    expect(shape('xor')).toEqual({ rows: 200, inputs: 2, outputs: 1, classes: 2 });
    expect(shape('blobs')).toEqual({ rows: 300, inputs: 2, outputs: 3, classes: 3 });
    expect(shape('and')).toEqual({ rows: 4, inputs: 2, outputs: 1, classes: 2 });
    expect(shape('not')).toEqual({ rows: 2, inputs: 1, outputs: 1, classes: 2 });
    expect(shape('sine')).toEqual({ rows: 100, inputs: 1, outputs: 1, classes: undefined });
    expect(shape('iris')).toEqual({ rows: 150, inputs: 4, outputs: 3, classes: 3 });
    expect(shape('mnist')).toEqual({ rows: 10_000, inputs: 784, outputs: 10, classes: 10 });
    expect(getBuiltinInfo('iris')).toMatchObject({ kind: 'real', parameters: [] });
    expect(getBuiltinInfo('mnist').parameters.map((p) => p.name)).toEqual(['count']);
  });

  it('returns copies, so a caller cannot change the catalogue', () => {
    const first = listBuiltins();
    first[0].parameters.length = 0;
    first[0].label = 'changed';
    expect(listBuiltins()[0].parameters.length).toBeGreaterThan(0);
    expect(listBuiltins()[0].label).toBe(GENERATORS[0].label);
  });
});

describe('loadBuiltin: generators', () => {
  it.each(GENERATORS.map((g) => g.name))(
    '%s loads with defaults, matching its listing and the engine',
    (name) => {
      const d = loadBuiltin(name);
      const info = getBuiltinInfo(name);
      expect(d.x).toBeInstanceOf(Float32Array);
      expect([d.m, d.inputs, d.outputs, d.task]).toEqual([
        info.rows,
        info.inputs,
        info.outputs,
        info.task,
      ]);
      expect(d.x.length).toBe(d.m * d.inputs);
      expect(d.y.length).toBe(d.m * d.outputs);
      const engine = GENERATORS.find((g) => g.name === name)!.generate();
      expect(Array.from(d.x)).toEqual(Array.from(engine.x));
      expect(Array.from(d.y)).toEqual(Array.from(engine.y));
    },
  );

  it('passes parameters and dtype through', () => {
    const d = loadBuiltin('blobs', { count: 50, classes: 5, seed: 7 }, { dtype: 'float64' });
    expect(d.x).toBeInstanceOf(Float64Array);
    expect([d.m, d.outputs]).toEqual([50, 5]);
    const again = loadBuiltin('blobs', { count: 50, classes: 5, seed: 7 }, { dtype: 'float64' });
    expect(Array.from(again.x)).toEqual(Array.from(d.x));
  });

  it('gives the truth tables', () => {
    const xorGate = loadBuiltin('xor-gate');
    expect(Array.from(xorGate.x)).toEqual([0, 0, 0, 1, 1, 0, 1, 1]);
    expect(Array.from(xorGate.y)).toEqual([0, 1, 1, 0]);
    expect(Array.from(loadBuiltin('and').y)).toEqual([0, 0, 0, 1]);
    expect(Array.from(loadBuiltin('or').y)).toEqual([0, 1, 1, 1]);
    expect(Array.from(loadBuiltin('not').y)).toEqual([1, 0]);
  });
});

describe('loadBuiltin: errors', () => {
  it('an unknown name lists the known ones', () => {
    const e = thrown(() => loadBuiltin('spirals'));
    expect(e).toBeInstanceOf(BuiltinDataError);
    expect(e.code).toBe('unknown-dataset');
    expect(e.message).toBe(
      `unknown built-in dataset 'spirals' (known: ${BUILTIN_NAMES.join(', ')})`,
    );
    expect(isBuiltin('spirals')).toBe(false);
    expect(isBuiltin('spiral')).toBe(true);
    for (const name of ['__proto__', 'constructor', 'toString', '', 'XOR', 'builtin:xor']) {
      expect(thrown(() => loadBuiltin(name)).code).toBe('unknown-dataset');
      expect(isBuiltin(name)).toBe(false);
    }
    expect(thrown(() => getBuiltinInfo('nope')).code).toBe('unknown-dataset');
  });

  it('a value out of range names the parameter and its allowed range', () => {
    const e = thrown(() => loadBuiltin('xor', { count: 5 }));
    expect(e).toBeInstanceOf(BuiltinDataError);
    expect(e.code).toBe('bad-parameter');
    expect(e.message).toBe(
      "built-in dataset 'xor': parameter 'count' (Samples) must be a whole number from 10 to 2000, got 5",
    );
    expect(thrown(() => loadBuiltin('moons', { noise: 0.9 })).message).toBe(
      "built-in dataset 'moons': parameter 'noise' (Noise) must be a number from 0 to 0.5, got 0.9",
    );
    expect(thrown(() => loadBuiltin('blobs', { classes: 2.5 })).message).toContain(
      "parameter 'classes' (Classes) must be a whole number from 2 to",
    );
    expect(thrown(() => loadBuiltin('mnist', { count: 20_000 })).message).toBe(
      "built-in dataset 'mnist': parameter 'count' (Images) must be a whole number from 100 to 10000, got 20000",
    );
  });

  it('a value that is not a number is refused, never coerced', () => {
    for (const value of ['100', NaN, Infinity, null, true]) {
      const e = thrown(() => loadBuiltin('spiral', { count: value as unknown as number }));
      expect(e.code).toBe('bad-parameter');
      expect(e.message).toContain("parameter 'count' (Samples) must be a whole number");
    }
  });

  it('an unknown parameter names the ones the dataset takes', () => {
    expect(thrown(() => loadBuiltin('circle', { radius: 2 })).message).toBe(
      "built-in dataset 'circle': unknown parameter 'radius' (its parameters are count, noise, seed)",
    );
    expect(thrown(() => loadBuiltin('iris', { count: 10 })).message).toBe(
      "built-in dataset 'iris': unknown parameter 'count' (it takes no parameters)",
    );
    expect(thrown(() => loadBuiltin('and', JSON.parse('{"__proto__": 1}'))).code).toBe(
      'bad-parameter',
    );
  });

  it('parameters that are not an object, or a bad dtype, are refused', () => {
    expect(thrown(() => loadBuiltin('xor', [] as never)).message).toBe(
      "built-in dataset 'xor': parameters must be an object of numbers by name, got an array of length 0",
    );
    expect(thrown(() => loadBuiltin('xor', null as never)).code).toBe('bad-parameter');
    expect(thrown(() => loadBuiltin('xor', {}, { dtype: 'int8' as never })).message).toBe(
      "built-in dataset 'xor': dtype must be 'float32' or 'float64', got 'int8'",
    );
  });
});
