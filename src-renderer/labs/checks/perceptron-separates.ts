import { Perceptron } from '../../../src-engine/units/perceptron';
import { isRecord } from '../problems';
import { fail, pass, readPoints, type CheckKind } from './check-result';

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
    if (!points || !Array.isArray(w) || w.length !== 3)
      return fail('There is no trained perceptron to check yet.');
    const counts = [0, 1].map((c) => points.filter((p) => p[2] === c).length);
    const short = [0, 1].filter((c) => counts[c] < params.minPerClass);
    if (short.length > 0) {
      return fail(
        short
          .map(
            (c) =>
              `class ${c} has ${counts[c]} point${counts[c] === 1 ? '' : 's'}, add at least ${params.minPerClass - counts[c]} more`,
          )
          .join('; ') + '.',
      );
    }
    const p = new Perceptron({ inputs: 2, init: w as number[] });
    const wrong = points.filter((pt) => p.predict([pt[0], pt[1]]) !== pt[2]).length;
    if (wrong > 0) {
      return fail(
        `${wrong} of ${points.length} points are still on the wrong side of the line: keep stepping or run to convergence.`,
      );
    }
    return pass(`Right: the line separates all ${points.length} points.`);
  },
};
