import { softmax } from '../../../src-engine/activations/softmax';
import { isRecord } from '../problems';
import { decimal, fail, list, pass, plain, say, type CheckKind } from './check-result';

export interface SoftmaxEqualsParams {
  /** The probabilities wanted, compared after rounding to 2 decimals. */
  target: number[];
  /** Scores that must keep their value (null: free to change). */
  fixed: (number | null)[];
}

/** The answer of a 'softmax' figure: the scores typed in. */
export interface SoftmaxAnswer {
  scores: number[];
}

/** Passes when softmax of the student's scores rounds to the target, fixed scores untouched. */
/** Probabilities to two decimals, as the figure shows them. */
const two = (v: readonly number[]): string => list(v.map((x) => decimal(x.toFixed(2))));

export const softmaxEquals: CheckKind<SoftmaxEqualsParams> = {
  run(params, answer) {
    const scores = isRecord(answer) ? answer.scores : null;
    if (
      !Array.isArray(scores) ||
      scores.length !== params.target.length ||
      !scores.every(Number.isFinite)
    ) {
      return fail(say('softmax.enter', { n: params.target.length }));
    }
    const moved = params.fixed.findIndex(
      (v, i) => v !== null && Math.abs((scores[i] as number) - v) > 1e-9,
    );
    if (moved >= 0)
      return fail(say('softmax.keep', { k: moved + 1, v: plain(params.fixed[moved] as number) }));
    const p = Array.from(softmax(scores as number[]), (v) => Math.round(v * 100) / 100);
    if (p.every((v, i) => Math.abs(v - params.target[i]) < 1e-9)) {
      return pass(say('softmax.passed', { scores: list(scores as number[]), p: two(p) }));
    }
    return fail(say('softmax.failed', { p: two(p), target: two(params.target) }));
  },
};
