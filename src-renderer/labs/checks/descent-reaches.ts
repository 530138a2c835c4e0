import { CostDescent, type XT } from '../descent/cost-descent';
import { isRecord } from '../problems';
import { fail, fmt, pass, type CheckKind } from './check-result';

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
      return fail('The figure has not reported a descent yet.');
    const a = answer as unknown as CostDescentAnswer;
    if (!(a.learningRate > 0)) return fail('Enter a learning rate α greater than 0.');
    const d = new CostDescent(a.points, a.start, a.learningRate);
    for (let k = 1; k <= params.maxSteps; k++) {
      d.run(1);
      if (d.current.cost < params.below) {
        return pass(
          `With α = ${fmt(a.learningRate)}, J = ${fmt(d.current.cost)} after ${k} steps.`,
        );
      }
    }
    if (d.diverged)
      return fail(`With α = ${fmt(a.learningRate)} the descent diverges: J grows without bound.`);
    return fail(
      `With α = ${fmt(a.learningRate)}, J is still ${fmt(d.current.cost)} after ${params.maxSteps} steps; it must fall below ${params.below}.`,
    );
  },
};
