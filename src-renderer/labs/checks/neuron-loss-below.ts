import { isRecord } from '../problems';
import {
  neuronLoss,
  type NeuronMode,
  type NeuronWeights,
  type XT,
} from '../training/sigmoid-neuron';
import { fail, fmt, pass, plain, say, type CheckKind } from './check-result';

export interface NeuronLossBelowParams {
  /** J must end below this */
  below: number;
}

/** The answer of a 'sigmoid-neuron' figure: its data, the weights now and an entered gradient. */
export interface NeuronAnswer {
  mode: NeuronMode;
  points: XT[];
  weights: NeuronWeights;
  /** the student's entry for the asked gradient, NaN when empty or not asked */
  entered: number;
  /** the learning rate α set in the figure */
  learningRate?: number;
  /** the lab's start weights [w0, w1] */
  start?: NeuronWeights;
}

/** Reads a sigmoid-neuron answer, or null when it is not one. */
export function readNeuronAnswer(answer: unknown): NeuronAnswer | null {
  if (!isRecord(answer)) return null;
  const { mode, points, weights } = answer;
  if (mode !== 'regression' && mode !== 'classification') return null;
  if (!Array.isArray(points) || !Array.isArray(weights) || weights.length !== 2) return null;
  if (!weights.every((w) => Number.isFinite(w))) return null;
  return answer as unknown as NeuronAnswer;
}

/** Passes when the engine's J at the student's weights is below `below`. */
export const neuronLossBelow: CheckKind<NeuronLossBelowParams> = {
  run(params, answer) {
    const a = readNeuronAnswer(answer);
    if (!a) return fail(say('neuron.noWeights'));
    const J = neuronLoss(a.mode, a.points, a.weights);
    const values = { J: fmt(J), below: plain(params.below) };
    if (J < params.below) return pass(say('neuronLoss.passed', values));
    return fail(say('neuronLoss.failed', values));
  },
};
