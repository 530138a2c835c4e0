import { describe, expect, it } from 'vitest';
import { Network } from '../../../src-engine/network/network';
import { parseModel, serializeModel } from '../../../src-engine/serialize/model-format';
import { fit } from '../../../src-engine/train/fit';
import { Rng } from '../../../src-engine/random/rng';
import { toFloatArray } from '../../../src-engine/core/float-array';

const spec = {
  inputs: 3,
  layers: [
    { units: 5, activation: 'leaky_relu' as const, activationParam: 0.05 },
    { units: 4, activation: 'gelu' as const },
    { units: 2, activation: 'softmax' as const },
  ],
};

describe('model format', () => {
  for (const dtype of ['float32', 'float64'] as const) {
    it(`${dtype}: round-trips exactly, spec, weights and outputs`, () => {
      const net = new Network(spec, { dtype, seed: 12 });
      const rng = new Rng(1);
      const x = toFloatArray(
        dtype,
        Array.from({ length: 30 }, () => rng.normal()),
      );
      const y = Float32Array.from({ length: 20 }, (_, i) => ((i >> 1) % 2 === i % 2 ? 1 : 0));
      fit(
        net,
        { x, y: dtype === 'float32' ? y : Float64Array.from(y), m: 10 },
        {
          loss: 'cross_entropy',
          optimizer: { name: 'adam' },
          learningRate: 0.01,
          batchSize: 4,
          epochs: 3,
          shuffle: true,
          seed: 1,
        },
      );
      const text = serializeModel(net, {
        labels: ['no', 'yes'],
        normalization: { kind: 'standard', mean: [0, 1, 2], std: [1, 2, 3] },
      });
      const { network, file } = parseModel(text);
      expect(network.dtype).toBe(dtype);
      expect(network.spec).toEqual(spec);
      expect(network.getWeights()).toEqual(net.getWeights());
      expect(Array.from(network.predict(x, 10))).toEqual(Array.from(net.predict(x, 10)));
      expect(file.labels).toEqual(['no', 'yes']);
      expect(
        serializeModel(network, { labels: ['no', 'yes'], normalization: file.normalization }),
      ).toBe(text);
    });
  }

  it('names what is wrong in a bad file', () => {
    const good = JSON.parse(serializeModel(new Network(spec)));
    expect(() => parseModel('{oops')).toThrow(/not valid JSON/);
    expect(() => parseModel({ ...good, format: 'keras' })).toThrow(/not a Neuron Lab model/);
    expect(() => parseModel({ ...good, version: 99 })).toThrow(/version 99 is not supported/);
    expect(() => parseModel({ ...good, spec: { ...spec, layers: [] } })).toThrow(
      /at least one layer/,
    );
    const short = structuredClone(good);
    short.weights.W[1].pop();
    expect(() => parseModel(short)).toThrow(/layer 2 must be 4 × 5/);
    const nan = structuredClone(good);
    nan.weights.b[2][1] = null;
    expect(() => parseModel(nan)).toThrow(/layer 3 b\[1\] is null/);
    expect(() =>
      parseModel({ ...good, normalization: { kind: 'standard', mean: [0], std: [1] } }),
    ).toThrow(/normalisation has 1 columns, the network 3 inputs/);
  });
});
