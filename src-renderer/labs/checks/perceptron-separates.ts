import { Perceptron } from '../../../src-engine/units/perceptron';
import { isRecord } from '../problems';
import { fail, pass, readPoints, say, type CheckKind } from './check-result';

export interface PerceptronSeparatesParams {
  /** Each class needs at least this many points. */
  minPerClass: number;
}

/** The answer of a 'perceptron-plane' figure. */
export interface PlaneAnswer {
  points: [number, number, number][];
  /** [w0, w1, w2] */
  weights: number[];
}

/**
 * Passes when the perceptron's current weights put every point (0/1 classes) on its side, with
 * enough points of each class; the failure counts what is missing or misclassified.
 */
export const perceptronSeparates: CheckKind<PerceptronSeparatesParams> = {
  run(params, answer) {
    const points = isRecord(answer) ? readPoints(answer.points) : null;
    const w = isRecord(answer) ? answer.weights : null;
    if (!points || !Array.isArray(w) || w.length !== 3) return fail(say('separates.noPerceptron'));
    const counts = [0, 1].map((c) => points.filter((p) => p[2] === c).length);
    const short = [0, 1].filter((c) => counts[c] < params.minPerClass);
    if (short.length > 0) {
      return fail(
        short
          .map((c) =>
            say(
              'separates.short',
              { c, n: counts[c], more: params.minPerClass - counts[c] },
              counts[c],
            ),
          )
          .join('; ') + '.',
      );
    }
    const p = new Perceptron({ inputs: 2, init: w as number[] });
    const wrong = points.filter((pt) => p.predict([pt[0], pt[1]]) !== pt[2]).length;
    if (wrong > 0) {
      return fail(say('separates.wrong', { wrong, n: points.length }));
    }
    return pass(say('separates.passed', { n: points.length }));
  },
};
