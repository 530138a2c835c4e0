import { CostDescent, type XT } from '../descent/cost-descent';
import { isRecord } from '../problems';
import { fail, fmt, pass, plain, say, type CheckKind } from './check-result';

export interface DescentReachesParams {
  /** J must fall below this … */
  below: number;
  /** … within this many steps. */
  maxSteps: number;
}

/** The answer of a 'cost-descent' figure: its data, start and the learning rate chosen. */
export interface CostDescentAnswer {
  points: XT[];
  start: [number, number];
  learningRate: number;
}

/** Passes when gradient descent with the student's α gets J below `below` within `maxSteps`. */
export const descentReaches: CheckKind<DescentReachesParams> = {
  run(params, answer) {
    if (!isRecord(answer) || !Array.isArray(answer.points) || !Array.isArray(answer.start))
      return fail(say('descent.noDescent'));
    const a = answer as unknown as CostDescentAnswer;
    if (!(a.learningRate > 0)) return fail(say('descentReaches.enterRate'));
    const d = new CostDescent(a.points, a.start, a.learningRate);
    for (let k = 1; k <= params.maxSteps; k++) {
      d.run(1);
      if (d.current.cost < params.below) {
        return pass(
          say('descentReaches.passed', { rate: fmt(a.learningRate), J: fmt(d.current.cost), k }),
        );
      }
    }
    if (d.diverged) return fail(say('descentReaches.diverges', { rate: fmt(a.learningRate) }));
    return fail(
      say('descentReaches.failed', {
        rate: fmt(a.learningRate),
        J: fmt(d.current.cost),
        steps: params.maxSteps,
        below: plain(params.below),
      }),
    );
  },
};
