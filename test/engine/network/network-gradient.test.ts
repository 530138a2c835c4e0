import { describe, expect, it } from 'vitest';
import { ACTIVATION_NAMES } from '../../../src-engine/activations/activation';
import type { ActivationName } from '../../../src-engine/activations/activation';
import { isDifferentiable } from '../../../src-engine/activations/registry';
import { Rng } from '../../../src-engine/random/rng';
import { Network } from '../../../src-engine/network/network';
import { isFused, fusedGradient } from '../../../src-engine/losses/fused';
import type { LossName } from '../../../src-engine/losses/loss';
import { getLoss } from '../../../src-engine/losses/registry';
import { centralDifference, gradientError } from '../../helpers/finite-difference';

/** J of a network on a batch, and its backpropagated gradient, the same way the trainer
 * computes them. */
function lossAndGradient(
  net: Network,
  x: Float64Array,
  t: Float64Array,
  batch: number,
  lossName: LossName,
) {
  const loss = getLoss(lossName);
  const out = net.outputs;
  const value = () => loss.value(net.forward(x, batch), t, batch, out);
  const y = net.forward(x, batch);
  const j = loss.value(y, t, batch, out);
  const d = new Float64Array(batch * out);
  const last = net.layers[net.layers.length - 1].activationName;
  if (isFused(last, lossName)) {
    fusedGradient(y, t, d, batch, out);
    net.backwardFromOutputPreActivation(d, batch);
  } else {
    loss.gradient(y, t, d, batch, out);
    net.backward(d, batch);
  }
  return { j, value };
}

function checkNetwork(
  hidden: ActivationName,
  output: ActivationName,
  lossName: LossName,
  outputs: number,
) {
  const rng = new Rng(7);
  const batch = 5;
  const inputs = 3;
  const net = new Network(
    {
      inputs,
      layers: [
        { units: 4, activation: hidden },
        { units: 3, activation: 'tanh' },
        { units: outputs, activation: output },
      ],
      init: { kind: 'uniform', scale: 0.8 },
    },
    { dtype: 'float64', seed: 3 },
  );
  const x = Float64Array.from({ length: batch * inputs }, () => rng.uniform(-1, 1));
  const t = new Float64Array(batch * outputs);
  for (let r = 0; r < batch; r++) {
    if (lossName === 'cross_entropy') t[r * outputs + rng.int(outputs)] = 1;
    else
      for (let c = 0; c < outputs; c++)
        t[r * outputs + c] = lossName === 'mse' ? rng.uniform(-1, 1) : rng.int(2);
  }
  const { value } = lossAndGradient(net, x, t, batch, lossName);
  let worst = 0;
  for (const p of net.params()) {
    const analytic = Float64Array.from(p.grad);
    for (let i = 0; i < p.value.length; i++) {
      worst = Math.max(worst, gradientError(analytic[i], centralDifference(p.value, i, value)));
    }
  }
  return worst;
}

describe('backpropagation through dense layers (finite differences, float64)', () => {
  const hidden = ACTIVATION_NAMES.filter((a) => isDifferentiable(a) && a !== 'softmax');
  for (const activation of hidden) {
    it(`hidden ${activation}, MSE`, () => {
      expect(checkNetwork(activation, 'linear', 'mse', 2)).toBeLessThan(1e-5);
    });
  }
  it('softmax output + cross-entropy (fused)', () => {
    expect(checkNetwork('sigmoid', 'softmax', 'cross_entropy', 3)).toBeLessThan(1e-5);
  });
  it('sigmoid output + binary cross-entropy (fused)', () => {
    expect(checkNetwork('relu', 'sigmoid', 'binary_cross_entropy', 1)).toBeLessThan(1e-5);
  });
  it('softmax output + MSE (not fused: softmax Jacobian)', () => {
    expect(checkNetwork('tanh', 'softmax', 'mse', 3)).toBeLessThan(1e-5);
  });
  it('hidden elu, sigmoid output, MSE (not fused)', () => {
    expect(checkNetwork('elu', 'sigmoid', 'mse', 2)).toBeLessThan(1e-5);
  });
  it('odd sizes exercise every edge of the blocked matrix product', () => {
    const rng = new Rng(11);
    const net = new Network(
      {
        inputs: 7,
        layers: [
          { units: 5, activation: 'tanh' },
          { units: 3, activation: 'linear' },
        ],
      },
      { dtype: 'float64', seed: 5 },
    );
    const batch = 6;
    const x = Float64Array.from({ length: batch * 7 }, () => rng.normal());
    const t = Float64Array.from({ length: batch * 3 }, () => rng.normal());
    const { value } = lossAndGradient(net, x, t, batch, 'mse');
    for (const p of net.params()) {
      const analytic = Float64Array.from(p.grad);
      for (let i = 0; i < p.value.length; i++) {
        expect(gradientError(analytic[i], centralDifference(p.value, i, value))).toBeLessThan(1e-6);
      }
    }
  });
});

describe('backpropagation through layers large enough for the blocked kernels', () => {
  it('70 → 72 → 3 (5,040 weights in layer 1): sampled weights agree with central differences', () => {
    const rng = new Rng(21);
    const batch = 6;
    const net = new Network(
      {
        inputs: 70,
        layers: [
          { units: 72, activation: 'tanh' },
          { units: 3, activation: 'softmax' },
        ],
      },
      { dtype: 'float64', seed: 8 },
    );
    const x = Float64Array.from({ length: batch * 70 }, () => rng.normal());
    const t = new Float64Array(batch * 3);
    for (let r = 0; r < batch; r++) t[r * 3 + rng.int(3)] = 1;
    const { value } = lossAndGradient(net, x, t, batch, 'cross_entropy');
    for (const p of net.params()) {
      const analytic = Float64Array.from(p.grad);
      for (let s = 0; s < 60; s++) {
        const i = rng.int(p.value.length);
        expect(gradientError(analytic[i], centralDifference(p.value, i, value))).toBeLessThan(1e-6);
      }
    }
  });
});
