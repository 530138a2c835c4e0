import { Perceptron } from '../../../src-engine/units/perceptron';
import { isRecord } from '../problems';
import { binaryRows, fail, pass, type CheckKind } from './check-result';

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
      return fail('Run the perceptron first.');
    }
    const epochs = answer.epochs as number;
    if (epochs < params.minEpochs) {
      return fail(
        `You have run ${epochs} epoch${epochs === 1 ? '' : 's'}; run at least ${params.minEpochs} to see that it never settles.`,
      );
    }
    const p = new Perceptron({ inputs: 2, learningRate: answer.learningRate as number });
    const result = p.train(binaryRows(2), params.outputs, { maxEpochs: epochs });
    if (result.converged) {
      return fail(
        `This table was learned in epoch ${result.epochs}: it is linearly separable, so it cannot show the failure.`,
      );
    }
    return pass(
      `Right: after ${epochs} epochs every epoch still had ${Math.min(...result.errorsPerEpoch)} or more errors; no line separates XOR, so the weights can never settle.`,
    );
  },
};
