import { McCullochPittsUnit } from '../../../src-engine/units/mcculloch-pitts';
import { Perceptron } from '../../../src-engine/units/perceptron';
import { isRecord } from '../problems';
import { COMBINES, unitsProblem, type Combine, type StepUnit } from '../regions/half-plane-region';
import { fail, list, pass, readPoints, say, type CheckKind } from './check-result';

export interface RegionSeparatesParams {
  /** When given, the output unit must combine this way. */
  combine?: Combine;
}

/** The answer of a 'region-compose' figure. */
export interface RegionAnswer {
  /** [x1, x2, t]: t = 1 must be inside the region, t = 0 outside */
  points: [number, number, number][];
  units: StepUnit[];
  combine: Combine;
}

const name = (c: Combine): string => say(`regionSeparates.combine.${c}`);

/**
 * The network the units make, as the engine's units: each hidden unit a perceptron with
 * weights [−θ, w1, w2]; AND and OR outputs McCulloch–Pitts units (weights 1, θ = n or 1); an
 * OR of ANDs a second layer of McCulloch–Pitts AND units, one per group, under an OR.
 */
function networkOf(units: StepUnit[], combine: Combine): (x1: number, x2: number) => number {
  const hidden = units.map(
    (u) => new Perceptron({ inputs: 2, init: [-u.theta, u.w1, u.w2], output: 'binary' }),
  );
  const mp = (n: number, threshold: number): McCullochPittsUnit =>
    new McCullochPittsUnit({
      inputs: Array.from({ length: n }, () => ({ kind: 'excitatory' as const, weight: 1 })),
      threshold,
      mode: 'weighted',
    });
  if (combine !== 'or-of-and') {
    const out = mp(units.length, combine === 'and' ? units.length : 1);
    return (x1, x2) => out.fire(hidden.map((h) => h.predict([x1, x2])));
  }
  const groups = [1, 2]
    .map((g) => units.map((u, i) => ((u.group ?? 1) === g ? i : -1)).filter((i) => i >= 0))
    .filter((members) => members.length > 0);
  const ands = groups.map((members) => mp(members.length, members.length));
  const or = mp(groups.length, 1);
  return (x1, x2) => {
    const h = hidden.map((p) => p.predict([x1, x2]));
    return or.fire(ands.map((a, k) => a.fire(groups[k].map((i) => h[i]))));
  };
}

/**
 * Passes when the student's units, combined by their output unit, put every t = 1 point inside
 * the region and every t = 0 point outside. It re-evaluates the units with the engine: each
 * as a perceptron with weights [−θ, w1, w2], the output as a McCulloch–Pitts unit (weights 1,
 * θ = n for AND, 1 for OR), independently of the code that draws the region.
 */
export const regionSeparates: CheckKind<RegionSeparatesParams> = {
  run(params, answer) {
    const points = isRecord(answer) ? readPoints(answer.points) : null;
    if (!points || !isRecord(answer)) return fail(say('regionSeparates.noRegion'));
    const problem = unitsProblem(answer.units);
    if (problem) return fail(say('regionSeparates.incomplete', { problem }));
    const combine = answer.combine as Combine;
    if (!COMBINES.includes(combine)) return fail(say('regionSeparates.chooseCombine'));
    if (params.combine && combine !== params.combine)
      return fail(say('regionSeparates.asks', { combine: name(params.combine) }));
    const units = answer.units as StepUnit[];
    const net = networkOf(units, combine);
    const wrong = points.filter(([x1, x2, t]) => net(x1, x2) !== t);
    if (wrong.length > 0) {
      const shown = wrong
        .slice(0, 4)
        .map(([x1, x2, t]) =>
          say(`regionSeparates.${t === 1 ? 'outside' : 'inside'}`, { p: `(${list([x1, x2])})` }),
        );
      const more = wrong.length > 4 ? '; …' : '';
      return fail(
        say('regionSeparates.wrong', {
          wrong: wrong.length,
          n: points.length,
          shown: shown.join('; ') + more,
        }),
      );
    }
    return pass(
      say('regionSeparates.passed', { n: units.length, combine: name(combine) }, units.length),
    );
  },
};
