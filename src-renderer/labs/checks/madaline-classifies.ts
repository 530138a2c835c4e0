import { Madaline, type MadalineLogic } from '../../../src-engine/units/madaline';
import { isRecord } from '../problems';
import { fail, pass, readPoints, type CheckKind } from './check-result';

/** No parameters: the points come with the answer, the figure's setup fixes them. */
export type MadalineParams = Record<string, never>;

/** The answer of a 'madaline' figure. */
export interface MadalineAnswer {
  points: [number, number, number][];
  /** [hidden][w0, w1, w2] */
  weights: number[][];
  logic: MadalineLogic;
}

/** Passes when the MADALINE with the reported weights classifies every point. */
export const madalineClassifies: CheckKind<MadalineParams> = {
  paramProblems: () => [],
  run(_params, answer) {
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
    return pass(
      `Right: the ${answer.weights.length} Adalines and the ${String(answer.logic).toUpperCase()} unit classify all ${points.length} points.`,
    );
  },
};
