import {
  deltaOf,
  deltaPass,
  revealOrder,
  type DeltaNetworkSetup,
} from '../backprop/delta-recursion';
import type { GradientPredictions } from '../descent/backprop-predictions';
import { isRecord } from '../problems';
import { fail, fmt, pass, type CheckKind } from './check-result';

export interface DeltaPredictedParams {
  /** the units "layer-unit" whose δ must be predicted before it is shown */
  units: string[];
  /** largest accepted |predicted − exact| */
  tolerance: number;
}

/** The answer of a 'delta-network' figure: the sample shown and the predictions made. */
export interface DeltaAnswer {
  sample: Pick<DeltaNetworkSetup, 'x' | 'y' | 'W' | 'b'>;
  attempt: number;
  predictions: GradientPredictions;
}

/**
 * Passes when every asked δ was entered before the figure showed it, within the tolerance of
 * the recursion computed here on the same sample.
 */
export const deltaPredicted: CheckKind<DeltaPredictedParams> = {
  run(params, answer) {
    if (!isRecord(answer) || !isRecord(answer.sample))
      return fail('The figure has not reported its network yet.');
    const a = answer as unknown as DeltaAnswer;
    const predicted = isRecord(a.predictions?.predicted) ? a.predictions.predicted : {};
    const unpredicted = Array.isArray(a.predictions?.unpredicted) ? a.predictions.unpredicted : [];
    let p;
    try {
      p = deltaPass(a.sample);
    } catch (error) {
      return fail(`The network could not be computed: ${(error as Error).message}`);
    }
    const order = revealOrder();
    const units = [...params.units].sort((x, y) => order.indexOf(x) - order.indexOf(y));
    const name = (u: string): string => `δ of layer ${u.split('-')[0]}, unit ${u.split('-')[1]}`;
    for (const u of units) {
      const said = predicted[u];
      if (said === undefined && unpredicted.includes(u))
        return fail(
          `The ${name(u)} was shown before you predicted it. Press “New sample” and predict it before pressing “Next step”.`,
        );
      if (typeof said !== 'number' || !Number.isFinite(said))
        return fail(
          `Step the backward pass to the ${name(u)} and enter your prediction before pressing “Next step”.`,
        );
      const exact = deltaOf(p, u);
      if (Math.abs(said - exact) > params.tolerance) {
        const [l, j] = u.split('-').map(Number);
        const sigmaPrime = p.a[l][j - 1] * (1 - p.a[l][j - 1]);
        const hint =
          Math.abs(said - exact / sigmaPrime) <= params.tolerance
            ? ` That is the sum Σ w δ without the factor σ′(o) = a(1 − a) = ${fmt(sigmaPrime)}.`
            : ' δ of a unit is σ′(o) = a(1 − a) of the unit times the sum of its outgoing weights times the next layer’s δ.';
        return fail(
          `You predicted ${fmt(said)} for the ${name(u)}; it is ${exact.toPrecision(4)}.${hint} Press “New sample” to try again.`,
        );
      }
    }
    return pass(
      `Right: ${units.map((u) => `${name(u)} = ${deltaOf(p, u).toPrecision(4)}`).join(', ')}, predicted before shown.`,
    );
  },
};
