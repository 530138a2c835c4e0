import { Perceptron } from '../../../src-engine/units/perceptron';
import { isRecord } from '../problems';
import { binaryRows } from '../binary-rows';
import { fail, pass, say, type CheckKind } from './check-result';

export interface NeverSettlesParams {
  /** Epochs the student must watch before the check accepts that it never settles. */
  minEpochs: number;
  /** The table trained on, one 0/1 output per binary row (XOR: [0, 1, 1, 0]). */
  outputs: number[];
}

/** The answer of an 'xor-perceptron' figure: the rate used and how many epochs were run. */
export interface NeverSettlesAnswer {
  learningRate: number;
  epochs: number;
}

/**
 * Passes when the student ran Rosenblatt's rule for at least minEpochs on the table and (re-run
 * here with the engine from zero weights) no epoch was free of errors.
 */
export const perceptronNeverSettles: CheckKind<NeverSettlesParams> = {
  run(params, answer) {
    if (
      !isRecord(answer) ||
      !Number.isInteger(answer.epochs) ||
      !(Number(answer.learningRate) > 0)
    ) {
      return fail(say('neverSettles.runFirst'));
    }
    const epochs = answer.epochs as number;
    if (epochs < params.minEpochs) {
      return fail(say('neverSettles.runMore', { epochs, min: params.minEpochs }, epochs));
    }
    const p = new Perceptron({ inputs: 2, learningRate: answer.learningRate as number });
    const result = p.train(binaryRows(2), params.outputs, { maxEpochs: epochs });
    if (result.converged) {
      return fail(say('neverSettles.learned', { epoch: result.epochs }));
    }
    return pass(say('neverSettles.passed', { epochs, errors: Math.min(...result.errorsPerEpoch) }));
  },
};
