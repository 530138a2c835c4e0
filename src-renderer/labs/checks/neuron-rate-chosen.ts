import {
  gradientTerms,
  neuronLoss,
  neuronTrain,
  type NeuronWeights,
} from '../training/sigmoid-neuron';
import { decimal, fail, fmt, list, pass, plain, say, type CheckKind } from './check-result';
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
    if (!a) return fail(say('neuron.noWeights'));
    const alpha = (answer as { learningRate?: unknown }).learningRate;
    const start = (answer as { start?: unknown }).start;
    if (typeof alpha !== 'number' || !(alpha > 0)) return fail(say('neuronRate.chooseRate'));
    if (!Array.isArray(start) || start.length !== 2 || !start.every(Number.isFinite))
      return fail(say('neuronRate.noStart'));
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
    const head = say('neuronRate.head', {
      rate: fmt(alpha),
      steps: params.steps,
      w0: list(w0.map(plain)),
      J0: fmt(J0),
      J: J < 1e-3 ? decimal(J.toExponential(2)) : fmt(J),
    });
    const below = plain(params.below);
    if (J < params.below) return pass(say('neuronRate.passed', { head, below }));
    // the slope factor h(1 − h) left on the points, on average: a good fit keeps it above 0.1,
    // a curve thrown far too steep leaves most points in the flat tails
    const terms = gradientTerms(a.mode, a.points, w);
    const slope = terms.reduce((acc, t) => acc + t.h * (1 - t.h), 0) / terms.length;
    if (slope < 0.1 || rises > 0)
      return fail(
        say('neuronRate.tooLarge', {
          head,
          why:
            slope < 0.1
              ? say('neuronRate.saturates', {
                  w1: fmt(w[1]),
                  steps: params.steps,
                  slope: fmt(slope),
                })
              : say('neuronRate.overshoots'),
        }),
      );
    return fail(say('neuronRate.tooSmall', { head, below }));
  },
};
