/**
 * The 2-2-1 network of the XOR lab, trained in the renderer by the engine (four rows, a few
 * thousand full-batch steps: a few milliseconds).
 */
import { Network, type Weights } from '../../../src-engine/network/network';
import type { NetworkSpec } from '../../../src-engine/network/spec';
import { fit } from '../../../src-engine/train/fit';
import type { XorTrainedSetup } from '../../../src-main/contract/lab-document/figures-classic';
import { binaryRows } from '../binary-rows';
import { sigmoidValue } from '../../../src-engine/activations/smooth';

/** The XOR rows, first input most significant: (0,0) (0,1) (1,0) (1,1). */
export const XOR_ROWS = binaryRows(2);
export const XOR_TARGETS = [0, 1, 1, 0];

/** A trained 2-2-1 network and what the lab shows of it. */
export interface TrainedXor {
  spec: NetworkSpec;
  weights: Weights;
  /** The network's output on each XOR row, [4]. */
  outputs: number[];
  /** Mean squared error after each epoch (every 50th epoch and the last), as [epoch, loss]. */
  loss: [number, number][];
}

/** The network shape of the lab: 2 inputs, 2 hidden units, 1 output, all one activation. */
export function xorSpec(activation: XorTrainedSetup['activation']): NetworkSpec {
  return {
    inputs: 2,
    layers: [
      { units: 2, activation },
      { units: 1, activation: 'sigmoid' },
    ],
    init: { kind: 'uniform', scale: 1 },
  };
}

/**
 * What each hidden unit computes on the four rows, read as a truth table ('0111' is OR): 1
 * where its activation is above the middle of its range (0.5 for sigmoid, 0 for tanh).
 */
export function hiddenTables(spec: NetworkSpec, weights: Weights): string[] {
  const middle = spec.layers[0].activation === 'tanh' ? 0 : 0.5;
  const act = (z: number): number =>
    spec.layers[0].activation === 'tanh' ? Math.tanh(z) : sigmoidValue(z);
  return weights.W[0].map((w, j) =>
    XOR_ROWS.map((x) =>
      act(w[0] * x[0] + w[1] * x[1] + weights.b[0][j]) > middle ? '1' : '0',
    ).join(''),
  );
}

/** Outputs of a network on the four XOR rows. */
export function xorOutputs(spec: NetworkSpec, weights: Weights): number[] {
  const net = new Network(spec);
  net.setWeights(weights);
  return Array.from(net.predict(Float32Array.from(XOR_ROWS.flat()), 4));
}

/**
 * Trains the lab's 2-2-1 network from the seed: full batch plain gradient descent on the MSE.
 * @throws Error if the setup is invalid (the lab file was validated, so only on a bug).
 */
export function trainXor(setup: XorTrainedSetup): TrainedXor {
  const spec = xorSpec(setup.activation);
  const net = new Network(spec, { seed: setup.seed });
  const loss: [number, number][] = [];
  fit(
    net,
    { x: Float32Array.from(XOR_ROWS.flat()), y: Float32Array.from(XOR_TARGETS), m: 4 },
    {
      loss: 'mse',
      optimizer: { name: 'sgd' },
      learningRate: setup.learningRate,
      batchSize: 4,
      epochs: setup.epochs,
      shuffle: false,
      seed: setup.seed,
    },
    {
      onEpoch: (e) => {
        if (e.epoch % 50 === 0 || e.epoch === setup.epochs) loss.push([e.epoch, e.loss]);
      },
    },
  );
  const weights = net.getWeights();
  return { spec, weights, outputs: xorOutputs(spec, weights), loss };
}
