import { neuronGradient } from '../training/sigmoid-neuron';
import { fail, pass, type CheckKind } from './check-result';
import { readNeuronAnswer } from './neuron-loss-below';

export interface NeuronGradientEqualsParams {
  /** which partial derivative the student enters */
  param: 'w0' | 'w1';
  /** largest accepted |entered − exact| */
  tolerance: number;
}

/** Passes when the entered ∂J/∂w is within `tolerance` of the engine's backward pass. */
export const neuronGradientEquals: CheckKind<NeuronGradientEqualsParams> = {
  run(params, answer) {
    const a = readNeuronAnswer(answer);
    if (!a) return fail('The figure has not reported its weights yet.');
    const name = `∂J/∂${params.param}`;
    if (typeof a.entered !== 'number' || !Number.isFinite(a.entered))
      return fail(`Enter a number for ${name}.`);
    const exact = neuronGradient(a.mode, a.points, a.weights)[params.param === 'w0' ? 0 : 1];
    if (Math.abs(a.entered - exact) <= params.tolerance)
      return pass(`${name} = ${exact.toPrecision(4)} at these weights.`);
    const hint =
      Math.abs(a.entered + exact) <= params.tolerance
        ? ' The size is right but the sign is not: each term is (h − t)·x, prediction minus target.'
        : Math.abs(a.entered - exact * a.points.length) <= params.tolerance * a.points.length
          ? ' That is the sum; J is a mean, so divide by m.'
          : ' Add up the terms (h(xⁱ) − tⁱ)·xⁱ and divide by m.';
    return fail(`${a.entered} is not ${name}.${hint}`);
  },
};
