import { softmax } from '../../../src-engine/activations/softmax';
import { isRecord } from '../problems';
import { fail, fmt, pass, type CheckKind } from './check-result';

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
export const softmaxEquals: CheckKind<SoftmaxEqualsParams> = {
  run(params, answer) {
    const scores = isRecord(answer) ? answer.scores : null;
    if (
      !Array.isArray(scores) ||
      scores.length !== params.target.length ||
      !scores.every(Number.isFinite)
    ) {
      return fail(`Enter ${params.target.length} scores.`);
    }
    const moved = params.fixed.findIndex(
      (v, i) => v !== null && Math.abs((scores[i] as number) - v) > 1e-9,
    );
    if (moved >= 0)
      return fail(`Keep score ${moved + 1} at ${params.fixed[moved]}; change the others.`);
    const p = Array.from(softmax(scores as number[]), (v) => Math.round(v * 100) / 100);
    if (p.every((v, i) => Math.abs(v - params.target[i]) < 1e-9)) {
      return pass(
        `softmax([${scores.map((s) => fmt(s as number)).join(', ')}]) = [${p.map((v) => v.toFixed(2)).join(', ')}].`,
      );
    }
    return fail(
      `softmax gives [${p.map((v) => v.toFixed(2)).join(', ')}], the target is [${params.target.map((v) => v.toFixed(2)).join(', ')}].`,
    );
  },
};
