import { Madaline, type MadalineLogic } from '../../../src-engine/units/madaline';
import { isRecord } from '../problems';
import { fail, pass, readPoints, type CheckKind } from './check-result';

/**
 * The points come with the answer, the figure's setup fixes them. With `predictOr`, the
 * student must also have predicted, before it was shown, what an OR unit on the same trained
 * Adalines would answer at every point.
 */
export interface MadalineParams {
  predictOr?: boolean;
}

/** The answer of a 'madaline' figure. */
export interface MadalineAnswer {
  points: [number, number, number][];
  /** [hidden][w0, w1, w2] */
  weights: number[][];
  logic: MadalineLogic;
  /** the ±1 per point the student predicted for an OR unit, fixed when it was shown; else null */
  orPrediction?: number[] | null;
}

/** Passes when the MADALINE with the reported weights classifies every point. */
export const madalineClassifies: CheckKind<MadalineParams> = {
  run(params, answer) {
    const points = isRecord(answer) ? readPoints(answer.points) : null;
    if (!points || !isRecord(answer) || !Array.isArray(answer.weights)) {
      return fail('Train the MADALINE first: there are no weights to check yet.');
    }
    let net: Madaline;
    try {
      net = new Madaline({
        inputs: 2,
        hidden: answer.weights.length,
        logic: answer.logic as MadalineLogic,
        init: answer.weights as number[][],
      });
    } catch (error) {
      return fail(`The MADALINE is not valid: ${(error as Error).message}`);
    }
    const wrong = points.filter((p) => net.predict([p[0], p[1]]) !== p[2]).length;
    if (wrong > 0)
      return fail(
        `${wrong} of ${points.length} points are still misclassified: train more epochs or try another seed.`,
      );
    if (params.predictOr) {
      const guess = answer.orPrediction;
      if (!Array.isArray(guess) || guess.length !== points.length)
        return fail(
          'It classifies every point. Now predict what an OR unit on the same two Adalines would say at each point, then press “Show the OR”.',
        );
      // the OR of the trained Adalines, computed here by the engine
      const or = new Madaline({
        inputs: 2,
        hidden: answer.weights.length,
        logic: 'or',
        init: answer.weights as number[][],
      });
      const wrongOr = points.filter((p, i) => or.predict([p[0], p[1]]) !== guess[i]).length;
      if (wrongOr > 0)
        return fail(
          `Your OR prediction is wrong at ${wrongOr} of ${points.length} points. A point is +1 for OR as soon as it lies on the +1 side of either line; train again (or reset) and predict anew.`,
        );
      return pass(
        `Right: AND classifies all ${points.length} points, and you predicted the OR of the same Adalines.`,
      );
    }
    return pass(
      `Right: the ${answer.weights.length} Adalines and the ${String(answer.logic).toUpperCase()} unit classify all ${points.length} points.`,
    );
  },
};
