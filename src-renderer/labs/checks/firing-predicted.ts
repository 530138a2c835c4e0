import { firingTable, type BioNeuron } from '../history/bio-neuron';
import { isRecord } from '../problems';
import { binaryRows } from '../binary-rows';
import { fail, pass, say, type CheckKind } from './check-result';

/** No parameters: the neuron comes with the answer. */
export type FiringPredictedParams = Record<string, never>;

/** The answer of a 'bio-neuron' figure. */
export interface FiringAnswer {
  neuron: BioNeuron;
  /** the patterns the student said fire, fixed when the answer was shown; null before */
  prediction: boolean[] | null;
}

/**
 * Passes when the student's prediction of which input patterns make the neuron fire, made
 * before the figure showed it, is right on every pattern (the sums worked out here again).
 */
export const firingPredicted: CheckKind<FiringPredictedParams> = {
  run(_params, answer) {
    if (!isRecord(answer) || !isRecord(answer.neuron)) return fail(say('firing.noNeuron'));
    const a = answer as unknown as FiringAnswer;
    if (!Array.isArray(a.prediction)) return fail(say('firing.tickFirst'));
    const truth = firingTable(a.neuron);
    if (a.prediction.length !== truth.length) return fail(say('firing.doesNotFit'));
    const wrong = truth.filter((t, i) => t !== a.prediction![i]).length;
    if (wrong === 0) {
      const on = binaryRows(a.neuron.synapses.length).filter((_, i) => truth[i]).length;
      return pass(say('firing.passed', { n: truth.length, on }));
    }
    return fail(say('firing.failed', { wrong, n: truth.length }));
  },
};
