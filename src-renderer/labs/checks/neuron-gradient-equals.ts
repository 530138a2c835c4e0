import { neuronGradient } from '../training/sigmoid-neuron';
import { fail, pass, plain, precise, say, type CheckKind } from './check-result';
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
    if (!a) return fail(say('neuron.noWeights'));
    const name = `∂J/∂${params.param}`;
    if (typeof a.entered !== 'number' || !Number.isFinite(a.entered))
      return fail(say('neuronGradient.enter', { name }));
    const exact = neuronGradient(a.mode, a.points, a.weights)[params.param === 'w0' ? 0 : 1];
    if (Math.abs(a.entered - exact) <= params.tolerance)
      return pass(say('neuronGradient.passed', { name, exact: precise(exact) }));
    const hint =
      Math.abs(a.entered + exact) <= params.tolerance
        ? say('neuronGradient.signHint')
        : Math.abs(a.entered - exact * a.points.length) <= params.tolerance * a.points.length
          ? say('neuronGradient.sumHint')
          : say('neuronGradient.termsHint');
    return fail(say('neuronGradient.failed', { entered: plain(a.entered), name, hint }));
  },
};
