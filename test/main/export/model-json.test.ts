// Export → import gives the same outputs, and training continues exactly as it would have
// without the round trip; a damaged file is refused with the field named.
import { describe, expect, it } from 'vitest';
import { Network } from '../../../src-engine/network/network';
import { toModelFile } from '../../../src-engine/serialize/model-format';
import type { TrainConfig } from '../../../src-engine/train/config';
import { fit } from '../../../src-engine/train/fit';
import { ExportError } from '../../../src-main/export/export-error';
import { exportModelJson, importModelJson } from '../../../src-main/export/model-json';
import { randomModel, randomRows } from './model-fixtures';

/** A small regression problem: y = sin(x₁) + x₂ / 2. */
function data(rows = 64) {
  const x = randomRows(rows, 2, 31, 2);
  const y = Float32Array.from({ length: rows }, (_, r) => Math.sin(x[2 * r]) + x[2 * r + 1] / 2);
  return { x, y, m: rows, task: 'regression' as const };
}

const ADAM: TrainConfig = {
  loss: 'mse',
  optimizer: { name: 'adam' },
  learningRate: 0.01,
  batchSize: 8,
  epochs: 15,
  shuffle: true,
  seed: 9,
};

const SPEC = {
  inputs: 2,
  layers: [
    { units: 8, activation: 'tanh' as const },
    { units: 1, activation: 'linear' as const },
  ],
};

/** The parts of a parsed model file the damage cases change. */
interface Damageable {
  format: unknown;
  version: unknown;
  spec: { layers: Array<{ activation: unknown }> };
  weights: { W: unknown[][][]; b: unknown[][] };
  labels: unknown;
  normalization: unknown;
  training: unknown;
}

describe('Neuron Lab JSON model files', () => {
  it('export → import gives bit-identical outputs', () => {
    const m = randomModel(SPEC, { scaler: 'standard', labels: undefined });
    const imported = importModelJson(exportModelJson(m));
    const raw = randomRows(300, 2);
    const original = new Network(m.model.spec);
    original.setWeights(m.model.weights);
    expect(Array.from(imported.network.predict(raw, 300))).toEqual(
      Array.from(original.predict(raw, 300)),
    );
    expect(imported.file.normalization).toEqual(m.model.normalization);
    expect(imported.file.featureNames).toEqual(['f1', 'f2']);
  });

  it('continued training after the round trip is identical to never having exported', () => {
    const train = data();
    const trained = new Network(SPEC, { seed: 3 });
    fit(trained, train, ADAM);
    const file = exportModelJson({ name: 'run', model: toModelFile(trained, { training: ADAM }) });
    const { network: reloaded, file: read } = importModelJson(file);
    expect(read.training).toEqual(ADAM);
    // both go on with the same trainer settings and seed
    fit(trained, train, { ...ADAM, seed: 10 });
    fit(reloaded, train, { ...ADAM, seed: 10 });
    expect(reloaded.getWeights()).toEqual(trained.getWeights());
  });

  it('plain SGD: 10 epochs, export, import, 10 more equals 20 epochs in one go', () => {
    const sgd: TrainConfig = { ...ADAM, optimizer: { name: 'sgd' }, shuffle: false, epochs: 10 };
    const train = data();
    const straight = new Network(SPEC, { seed: 4 });
    fit(straight, train, { ...sgd, epochs: 20 });
    const half = new Network(SPEC, { seed: 4 });
    fit(half, train, sgd);
    const { network } = importModelJson(
      exportModelJson({ name: 'half', model: toModelFile(half) }),
    );
    fit(network, train, sgd);
    expect(network.getWeights()).toEqual(straight.getWeights());
  });

  it('keeps the derived inputs of 2-D data', () => {
    const m = randomModel(
      { inputs: 4, layers: [{ units: 1, activation: 'sigmoid' }] },
      { derived: ['xSquared', 'sinY'] },
    );
    expect(importModelJson(exportModelJson(m)).derived).toEqual(['xSquared', 'sinY']);
  });

  describe('refuses a damaged file, naming the field', () => {
    const good = (): Damageable =>
      JSON.parse(
        exportModelJson(
          randomModel(
            {
              inputs: 3,
              layers: [
                { units: 2, activation: 'relu' },
                { units: 2, activation: 'softmax' },
              ],
            },
            { labels: ['a', 'b'] },
          ),
        ),
      );
    const cases: Array<[string, (f: Damageable) => void, RegExp]> = [
      ['not JSON', () => undefined, /not valid JSON/],
      ['another format', (f) => (f.format = 'keras'), /not a Neuron Lab model/],
      ['a newer version', (f) => (f.version = 99), /version 99 is not supported/],
      [
        'an unknown activation',
        (f) => (f.spec.layers[0].activation = 'swish'),
        /layer 1: unknown activation 'swish'/,
      ],
      ['a missing weight row', (f) => f.weights.W[0].pop(), /weights\.W\[0\]: expected 2 rows/],
      [
        'a short weight row',
        (f) => f.weights.W[1][1].pop(),
        /weights\.W\[1\]\[1\]: expected 2 numbers, got 1/,
      ],
      [
        'a non-finite weight (null in JSON)',
        (f) => (f.weights.W[0][1][2] = null),
        /weights\.W\[0\]\[1\]\[2\]: expected a finite number, got null/,
      ],
      [
        'a text bias',
        (f) => (f.weights.b[1][0] = '0.5'),
        /weights\.b\[1\]\[0\]: expected a finite number, got '0\.5'/,
      ],
      ['too few labels', (f) => (f.labels = ['a']), /labels: expected 2 names, got 1/],
      [
        'a bad normalisation',
        (f) => (f.normalization = { kind: 'standard', mean: [0, 0, 0], std: [1, 0, 1] }),
        /std must be positive/,
      ],
      [
        'a bad training config',
        (f) => (f.training = { loss: 'hinge' }),
        /training: unknown loss 'hinge'/,
      ],
    ];
    it.each(cases)('%s', (_what, damage, message) => {
      const f = good();
      damage(f);
      const text = _what === 'not JSON' ? '{"format": ' : JSON.stringify(f);
      let error: unknown;
      try {
        importModelJson(text);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(ExportError);
      expect((error as Error).message).toMatch(/^model file: /);
      expect((error as Error).message).toMatch(message);
    });

    it.each([
      ['a list of names with a number', 'featureNames', ['a', 2, 'c'], 'an array of length 3'],
      ['a single name', 'targetNames', 'yes', "'yes'"],
      ['derived inputs as an object', 'derived', { xSquared: true }, 'an object'],
      ['derived inputs as null', 'derived', null, 'null'],
    ])('says what it found as the engine describes a value: %s', (_what, field, value, said) => {
      const f = good();
      (f as unknown as Record<string, unknown>)[field] = value;
      let error: unknown;
      try {
        importModelJson(JSON.stringify(f));
      } catch (e) {
        error = e;
      }
      expect((error as Error).message).toMatch(new RegExp(`^model file: ${field}: .*, got `));
      expect((error as Error).message.endsWith(`, got ${said}`)).toBe(true);
      const params = (error as ExportError).detail?.params;
      expect(params).toMatchObject({ field, got: said });
      // a list is counted so that a translation can say it; text and numbers are quoted
      if (Array.isArray(value)) expect(params).toMatchObject({ gotKind: 'list', gotCount: 3 });
    });
  });
});
