import { McCullochPittsUnit } from '../../../src-engine/units/mcculloch-pitts';
import { Perceptron } from '../../../src-engine/units/perceptron';
import { isRecord } from '../problems';
import { unitsProblem, type StepUnit } from '../regions/half-plane-region';
import { fail, fmt, pass, readPoints, type CheckKind } from './check-result';

export interface RegionSeparatesParams {
  /** When given, the output unit must combine this way. */
  combine?: 'and' | 'or';
}

/** The answer of a 'region-compose' figure. */
export interface RegionAnswer {
  /** [x1, x2, t]: t = 1 must be inside the region, t = 0 outside */
  points: [number, number, number][];
  units: StepUnit[];
  combine: 'and' | 'or';
}

/**
 * Passes when the student's units, combined by their output unit, put every t = 1 point inside
 * the region and every t = 0 point outside. It re-evaluates the units with the engine: each
 * as a perceptron with weights [−θ, w1, w2], the output as a McCulloch–Pitts unit (weights 1,
 * θ = n for AND, 1 for OR), independently of the code that draws the region.
 */
export const regionSeparates: CheckKind<RegionSeparatesParams> = {
  paramProblems(params) {
    return params.combine === undefined || params.combine === 'and' || params.combine === 'or'
      ? []
      : [{ path: 'combine', message: "must be 'and' or 'or' when given" }];
  },
  run(params, answer) {
    const points = isRecord(answer) ? readPoints(answer.points) : null;
    if (!points || !isRecord(answer)) return fail('There is no region to check yet.');
    const problem = unitsProblem(answer.units);
    if (problem) return fail(`The units are not complete: ${problem}.`);
    const combine = answer.combine;
    if (combine !== 'and' && combine !== 'or') return fail('Choose AND or OR for the output unit.');
    if (params.combine && combine !== params.combine)
      return fail(`This task asks for an ${params.combine.toUpperCase()} output unit.`);
    const units = answer.units as StepUnit[];
    const hidden = units.map(
      (u) => new Perceptron({ inputs: 2, init: [-u.theta, u.w1, u.w2], output: 'binary' }),
    );
    const out = new McCullochPittsUnit({
      inputs: units.map(() => ({ kind: 'excitatory', weight: 1 })),
      threshold: combine === 'and' ? units.length : 1,
      mode: 'weighted',
    });
    const wrong = points.filter(
      ([x1, x2, t]) => out.fire(hidden.map((h) => h.predict([x1, x2]))) !== t,
    );
    if (wrong.length > 0) {
      const shown = wrong
        .slice(0, 4)
        .map(([x1, x2, t]) => `(${fmt(x1)}, ${fmt(x2)}) ${t === 1 ? 'is outside' : 'is inside'}`);
      return fail(
        `${wrong.length} of ${points.length} points are on the wrong side: ${shown.join('; ')}${wrong.length > 4 ? '; …' : ''}.`,
      );
    }
    return pass(
      `Right: ${units.length} half-plane${units.length === 1 ? '' : 's'} combined by ${combine.toUpperCase()} hold every inside point and no outside one.`,
    );
  },
};
