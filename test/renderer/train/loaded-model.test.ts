import { describe, expect, it } from 'vitest';
import { Network } from '../../../src-engine/network/network';
import { toModelFile } from '../../../src-engine/serialize/model-format';
import { loadModel, predictRaw, toNetworkInputs } from '../../../src-renderer/train/loaded-model';
import { modelSurface } from '../../../src-renderer/train/model-surface';

const spec = (inputs: number) => ({
  inputs,
  layers: [
    { units: 3, activation: 'tanh' as const },
    { units: 1, activation: 'sigmoid' as const },
  ],
});

describe('loadModel and toNetworkInputs', () => {
  it('applies a scaler over every network input after deriving the features', () => {
    const network = new Network(spec(3), { seed: 3 });
    const file = toModelFile(network, {
      normalization: { kind: 'standard', mean: [1, 2, 3], std: [2, 4, 5] },
    });
    const model = loadModel(file, ['xTimesY']);
    // raw (3, 6): derived x·y = 18, then ((3−1)/2, (6−2)/4, (18−3)/5)
    expect([...toNetworkInputs(model, [3, 6])]).toEqual([1, 1, 3]);
  });

  it('accepts a scaler over the two raw columns only, deriving after scaling', () => {
    const network = new Network(spec(4), { seed: 3 });
    const file = toModelFile(network, {
      normalization: { kind: 'min-max', min: [0, 10], max: [2, 20] },
    });
    const model = loadModel(file, ['xSquared', 'ySquared']);
    // scaled (0.5, 0.5), then squares
    expect([...toNetworkInputs(model, [1, 15])]).toEqual([0.5, 0.5, 0.25, 0.25]);
  });

  it('passes raw rows through unchanged without scaler or features', () => {
    const network = new Network(spec(2), { seed: 1 });
    const model = loadModel(toModelFile(network));
    const x = new Float32Array([0.3, -0.7]);
    expect([...predictRaw(model, x, 1)]).toEqual([...network.predict(x, 1)]);
  });

  it('refuses a model whose weights do not fit its spec, naming the problem', () => {
    const file = toModelFile(new Network(spec(2), { seed: 1 }));
    file.weights.W[0].pop();
    expect(() => loadModel(file)).toThrow(/model file: weights: layer 1 must be 3 × 2/);
  });
});

describe('modelSurface', () => {
  it('evaluates the model at each grid cell, in raw units, through features and scaling', () => {
    const network = new Network(spec(3), { seed: 7 });
    const normalization = { kind: 'standard' as const, mean: [1, -1, 0.5], std: [2, 0.5, 3] };
    const model = loadModel(toModelFile(network, { normalization }), ['sinX']);
    const box = { xMin: -2, xMax: 2, yMin: -1, yMax: 3 };
    const n = 4;
    const surface = modelSurface(model, box, n);
    expect(surface.output.length).toBe(n * n);
    expect(surface.hidden?.[0].length).toBe(3);
    // Cell (row 1, column 2): x = −2 + 2.5 · 1 = 0.5, y = 3 − 1.5 · 1 = 1.5, raw units.
    const expected = predictRaw(model, [0.5, 1.5], 1)[0];
    expect(surface.output[1 * n + 2]).toBeCloseTo(expected, 5);
  });

  it('refuses a model without two raw inputs', () => {
    const model = loadModel(toModelFile(new Network(spec(5), { seed: 1 })));
    expect(() => modelSurface(model, { xMin: 0, xMax: 1, yMin: 0, yMax: 1 }, 4)).toThrow(
      /needs 2 raw inputs; this model has 5/,
    );
  });
});
