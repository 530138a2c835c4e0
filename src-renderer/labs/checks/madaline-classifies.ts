import { Madaline, type MadalineLogic } from '../../../src-engine/units/madaline';
import { isRecord } from '../problems';
import { fail, pass, readPoints, say, type CheckKind } from './check-result';
import { thrownText } from '../../i18n/engine-text';

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
      return fail(say('madaline.noWeights'));
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
      return fail(say('madaline.invalid', { why: thrownText(error) }));
    }
    const wrong = points.filter((p) => net.predict([p[0], p[1]]) !== p[2]).length;
    if (wrong > 0) return fail(say('madaline.misclassified', { wrong, n: points.length }));
    if (params.predictOr) {
      const guess = answer.orPrediction;
      if (!Array.isArray(guess) || guess.length !== points.length)
        return fail(say('madaline.predictOr'));
      // the OR of the trained Adalines, computed here by the engine
      const or = new Madaline({
        inputs: 2,
        hidden: answer.weights.length,
        logic: 'or',
        init: answer.weights as number[][],
      });
      const wrongOr = points.filter((p, i) => or.predict([p[0], p[1]]) !== guess[i]).length;
      if (wrongOr > 0) return fail(say('madaline.orWrong', { wrong: wrongOr, n: points.length }));
      return pass(say('madaline.orPassed', { n: points.length }));
    }
    return pass(
      say('madaline.passed', {
        units: answer.weights.length,
        logic: String(answer.logic).toUpperCase(),
        n: points.length,
      }),
    );
  },
};
