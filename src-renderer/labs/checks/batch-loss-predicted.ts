import { batchLoss, type ScoreBatch } from '../backprop/batch-loss';
import { isRecord } from '../problems';
import { fail, fmt, pass, say, type CheckKind } from './check-result';

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
      return fail(say('batchLoss.noBatch'));
    const a = answer as unknown as BatchLossAnswer;
    if (typeof a.predicted !== 'number' || !Number.isFinite(a.predicted))
      return fail(say('batchLoss.enterFirst'));
    const b = batchLoss(a.batch);
    const K = a.batch.scores.length;
    const near = (v: number): boolean => Math.abs(a.predicted! - v) <= params.tolerance;
    if (a.ask.kind === 'loss') {
      if (near(b.J)) return pass(say('batchLoss.lossPassed', { J: fmt(b.J), K }));
      const sum = b.J * K;
      const log10 = b.losses.reduce((s, l) => s + l / Math.LN10, 0) / K;
      const hint = near(sum)
        ? say('batchLoss.sumHint', { sum: fmt(sum), K })
        : say(near(log10) ? 'batchLoss.log10Hint' : 'batchLoss.lossHint');
      return fail(say('batchLoss.lossFailed', { predicted: fmt(a.predicted), J: fmt(b.J), hint }));
    }
    const { example: k, class: c } = a.ask;
    const exact = b.gradient[k - 1][c - 1];
    const what = say('batchLoss.what', { c, k });
    if (near(exact)) return pass(say('batchLoss.gradientPassed', { what, exact: fmt(exact) }));
    const y = b.outputs[k - 1][c - 1];
    const t = a.batch.labels[k - 1] === c ? 1 : 0;
    const hint = near(exact * K)
      ? say('batchLoss.timesKHint', { v: fmt(exact * K), K })
      : near(y)
        ? say('batchLoss.outputHint')
        : near(-exact)
          ? say('batchLoss.signHint')
          : '';
    return fail(
      say('batchLoss.gradientFailed', {
        predicted: fmt(a.predicted),
        what,
        exact: fmt(exact),
        y: fmt(y),
        t,
        hint,
      }),
    );
  },
};
