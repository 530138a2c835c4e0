import { describe, expect, it } from 'vitest';
import { Network } from '../../../src-engine/network/network';
import { validateSpec } from '../../../src-engine/network/spec';

describe('Network', () => {
  it('computes a = act(W·x + b) layer by layer, by hand', () => {
    const net = new Network(
      {
        inputs: 2,
        layers: [
          { units: 2, activation: 'relu' },
          { units: 1, activation: 'linear' },
        ],
      },
      { dtype: 'float64' },
    );
    net.setWeights({
      W: [
        [
          [1, -1],
          [0.5, 2],
        ],
        [[3, -2]],
      ],
      b: [[0, -1], [0.25]],
    });
    // hidden: relu(1·2 − 1·1 + 0) = 1, relu(0.5·2 + 2·1 − 1) = 2; out: 3·1 − 2·2 + 0.25
    const y = net.predict(Float64Array.from([2, 1]), 1);
    expect(y[0]).toBe(-0.75);
  });

  it('the same seed gives the same weights bit for bit, another seed others', () => {
    const spec = {
      inputs: 3,
      layers: [
        { units: 4, activation: 'tanh' as const },
        { units: 2, activation: 'softmax' as const },
      ],
    };
    const a = new Network(spec, { seed: 42 }).getWeights();
    const b = new Network(spec, { seed: 42 }).getWeights();
    const c = new Network(spec, { seed: 43 }).getWeights();
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
  });

  it('initialisations have the scale they promise', () => {
    const spec = (kind: 'xavier' | 'he') => ({
      inputs: 400,
      layers: [{ units: 300, activation: 'relu' as const, init: { kind } }],
    });
    const xavier = new Network(spec('xavier')).layers[0].w;
    const limit = Math.sqrt(6 / 700);
    expect(Math.max(...xavier)).toBeLessThanOrEqual(limit);
    expect(Math.max(...xavier)).toBeGreaterThan(limit * 0.99);
    const he = new Network(spec('he')).layers[0].w;
    const variance = Array.from(he).reduce((s, v) => s + v * v, 0) / he.length;
    expect(variance).toBeGreaterThan((2 / 400) * 0.95);
    expect(variance).toBeLessThan((2 / 400) * 1.05);
  });

  it('predict works in chunks and for any number of rows', () => {
    const net = new Network({
      inputs: 2,
      layers: [
        { units: 3, activation: 'sigmoid' },
        { units: 1, activation: 'sigmoid' },
      ],
    });
    const x = Float32Array.from({ length: 2 * 2500 }, (_, i) => Math.sin(i));
    const all = net.predict(x, 2500, 1000);
    const one = net.predict(x.slice(2 * 1234, 2 * 1235), 1);
    expect(all[1234]).toBe(one[0]);
  });

  it('invalid specs are explained layer by layer', () => {
    const problems = validateSpec({
      inputs: 0,
      layers: [
        { units: 3, activation: 'softmax' },
        { units: 1.5, activation: 'tanh' },
        { units: 2, activation: 'nope' as never },
      ],
    });
    expect(problems).toEqual([
      'inputs must be a whole number from 1 to 65536, got 0',
      'layer 1: softmax belongs on the output layer only',
      'layer 2: units must be a whole number from 1 to 65536, got 1.5',
      "layer 3: unknown activation 'nope'",
    ]);
    expect(() => new Network({ inputs: 2, layers: [] })).toThrow(/at least one layer/);
  });

  it('setWeights refuses wrong shapes and non-finite numbers', () => {
    const net = new Network({ inputs: 2, layers: [{ units: 1, activation: 'linear' }] });
    expect(() => net.setWeights({ W: [[[1, 2, 3]]], b: [[0]] })).toThrow(/layer 1 must be 1 × 2/);
    expect(() => net.setWeights({ W: [[[1, NaN]]], b: [[0]] })).toThrow(/W\[0\]\[1\] is NaN/);
  });
});
