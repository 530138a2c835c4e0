import { leastSquares } from '../../../src-engine/units/least-squares';
import { isRecord } from '../problems';
import { fail, fmt, list, pass, readPoints, say, type CheckKind } from './check-result';
import { thrownText } from '../../i18n/engine-text';

export interface AdalineLeastSquaresParams {
  /** Largest allowed |w_j − w*_j| for every weight. */
  tolerance: number;
}

/** The answer of an 'adaline-compare' figure: the data and Adaline's weights [w0, w1, w2]. */
export interface AdalineAnswer {
  points: [number, number, number][];
  weights: number[];
}

/**
 * Passes when Adaline's weights are within the tolerance of the least-squares solution of the
 * same data (solved independently by the normal equations); the failure says how far off.
 */
export const adalineLeastSquares: CheckKind<AdalineLeastSquaresParams> = {
  run(params, answer) {
    const points = isRecord(answer) ? readPoints(answer.points) : null;
    const w = isRecord(answer) ? answer.weights : null;
    if (!points || !Array.isArray(w) || w.length !== 3 || !w.every(Number.isFinite)) {
      return fail(say('adaline.noWeights'));
    }
    let best: Float64Array;
    try {
      best = leastSquares(
        points.map((p) => [p[0], p[1]]),
        points.map((p) => p[2]),
      );
    } catch (error) {
      return fail(say('adaline.noLeastSquares', { why: thrownText(error) }));
    }
    const gap = Math.max(...best.map((b, j) => Math.abs(b - (w[j] as number))));
    if (gap > params.tolerance) {
      return fail(say('adaline.notThere', { gap: fmt(gap), tolerance: fmt(params.tolerance) }));
    }
    return pass(
      say('adaline.passed', { tolerance: fmt(params.tolerance), best: list(Array.from(best)) }),
    );
  },
};
