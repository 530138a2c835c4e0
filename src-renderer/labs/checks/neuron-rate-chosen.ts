import {
  gradientTerms,
  neuronLoss,
  neuronTrain,
  type NeuronWeights,
} from '../training/sigmoid-neuron';
import { fail, fmt, pass, type CheckKind } from './check-result';
import { readNeuronAnswer } from './neuron-loss-below';

export interface NeuronRateChosenParams {
  /** gradient steps from the lab's start weights … */
  steps: number;
  /** … after which J must be below this */
  below: number;
}

/**
 * Passes when `steps` full-batch gradient steps with the student's α, from the lab's start
 * weights, bring J below `below` (replayed by the engine). A failure says why: steps too small
 * (the gradient of a sigmoid on the squared error carries h(1 − h) ≤ ¼), or so large that the
 * first step throws the weights into the sigmoid's flat tails, where the gradient vanishes.
 */
export const neuronRateChosen: CheckKind<NeuronRateChosenParams> = {
  run(params, answer) {
    const a = readNeuronAnswer(answer);
    if (!a) return fail('The figure has not reported its weights yet.');
    const alpha = (answer as { learningRate?: unknown }).learningRate;
    const start = (answer as { start?: unknown }).start;
    if (typeof alpha !== 'number' || !(alpha > 0)) return fail('Choose a learning rate α above 0.');
    if (!Array.isArray(start) || start.length !== 2 || !start.every(Number.isFinite))
      return fail('The figure has not reported its start weights.');
    const w0 = start as NeuronWeights;
    const J0 = neuronLoss(a.mode, a.points, w0);
    let w = w0;
    let rises = 0;
    let J = J0;
    for (let k = 0; k < params.steps; k++) {
      w = neuronTrain(a.mode, a.points, w, alpha, 1);
      const next = neuronLoss(a.mode, a.points, w);
      if (next > J) rises++;
      J = next;
    }
    const head = `With α = ${fmt(alpha)}, ${params.steps} steps from w = (${w0.join(', ')}) take J from ${fmt(J0)} to ${J < 1e-3 ? J.toExponential(2) : fmt(J)}`;
    if (J < params.below) return pass(`${head}, below ${params.below}.`);
    // the slope factor h(1 − h) left on the points, on average: a good fit keeps it above 0.1,
    // a curve thrown far too steep leaves most points in the flat tails
    const terms = gradientTerms(a.mode, a.points, w);
    const slope = terms.reduce((acc, t) => acc + t.h * (1 - t.h), 0) / terms.length;
    if (slope < 0.1 || rises > 0)
      return fail(
        `${head}. The steps are too large: ${slope < 0.1 ? `the steps throw w₁ far past the fit (w₁ = ${fmt(w[1])} after ${params.steps} steps), the curve becomes so steep that most points sit in its flat tails (mean h(1 − h) = ${fmt(slope)}) and the gradient all but vanishes` : 'the weights overshoot and J goes up again'}. Try a smaller α.`,
      );
    return fail(
      `${head}: still not below ${params.below}. The steps are too small: every gradient carries the factor h(1 − h) ≤ ¼ and shrinks with the errors, so a sigmoid on the squared error needs a larger α than you might think.`,
    );
  },
};
