import { batchLoss, type ScoreBatch } from '../backprop/batch-loss';
import { isRecord } from '../problems';
import { fail, fmt, pass, type CheckKind } from './check-result';

import type { BatchAsk } from '../../../src-main/contract/lab-document/figures-backprop';

export type { BatchAsk };

export interface BatchLossPredictedParams {
  /** largest accepted |predicted − exact| */
  tolerance: number;
}

/** The answer of a 'batch-loss' figure. */
export interface BatchLossAnswer {
  batch: ScoreBatch;
  ask: BatchAsk;
  /** the number entered when the answer was shown; null before */
  predicted: number | null;
}

/**
 * Passes when the number the student entered before the figure showed it is the batch's J (or
 * the asked gradient), computed again here. The usual slips are named: the sum over the batch
 * instead of the mean (the lecture's derivation drops the 1/K), a log of base 10, the output ŷ
 * copied for the gradient.
 */
export const batchLossPredicted: CheckKind<BatchLossPredictedParams> = {
  run(params, answer) {
    if (!isRecord(answer) || !isRecord(answer.batch) || !isRecord(answer.ask))
      return fail('The figure has not reported its batch yet.');
    const a = answer as unknown as BatchLossAnswer;
    if (typeof a.predicted !== 'number' || !Number.isFinite(a.predicted))
      return fail(
        'Enter your number, then press “Show”: the check judges what you entered before it was shown.',
      );
    const b = batchLoss(a.batch);
    const K = a.batch.scores.length;
    const near = (v: number): boolean => Math.abs(a.predicted! - v) <= params.tolerance;
    if (a.ask.kind === 'loss') {
      if (near(b.J))
        return pass(`J = ${fmt(b.J)}: the mean of the ${K} examples' −ln ŷ of their own class.`);
      const sum = b.J * K;
      const log10 = b.losses.reduce((s, l) => s + l / Math.LN10, 0) / K;
      const hint = near(sum)
        ? ` ${fmt(sum)} is the sum over the batch; J averages it over the K = ${K} examples.`
        : near(log10)
          ? ' That is with a base-10 logarithm; the cross-entropy uses the natural one.'
          : ' Each example adds −ln of the output of its own class; J is their mean.';
      return fail(
        `You predicted ${fmt(a.predicted)}; J is ${fmt(b.J)}.${hint} Press “New batch” to try again.`,
      );
    }
    const { example: k, class: c } = a.ask;
    const exact = b.gradient[k - 1][c - 1];
    const what = `∂J/∂z${c} of example ${k}`;
    if (near(exact)) return pass(`${what} = (ŷ − y)/K = ${fmt(exact)}.`);
    const y = b.outputs[k - 1][c - 1];
    const t = a.batch.labels[k - 1] === c ? 1 : 0;
    const hint = near(exact * K)
      ? ` ${fmt(exact * K)} is ŷ − y; J is a mean over K = ${K}, so divide by K.`
      : near(y)
        ? ' That is the output ŷ itself; the gradient is ŷ − y, over K.'
        : near(-exact)
          ? ' The size is right, the sign not: output minus target.'
          : '';
    return fail(
      `You predicted ${fmt(a.predicted)}; ${what} is ${fmt(exact)} (ŷ = ${fmt(y)}, y = ${t}).${hint} Press “New batch” to try again.`,
    );
  },
};
