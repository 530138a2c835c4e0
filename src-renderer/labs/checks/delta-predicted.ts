import {
  deltaOf,
  deltaPass,
  revealOrder,
  type DeltaNetworkSetup,
} from '../backprop/delta-recursion';
import type { GradientPredictions } from '../descent/backprop-predictions';
import { isRecord } from '../problems';
import { decimal, fail, fmt, pass, say, type CheckKind } from './check-result';
import { thrownText } from '../../i18n/engine-text';

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
    if (!isRecord(answer) || !isRecord(answer.sample)) return fail(say('delta.noNetwork'));
    const a = answer as unknown as DeltaAnswer;
    const predicted = isRecord(a.predictions?.predicted) ? a.predictions.predicted : {};
    const unpredicted = Array.isArray(a.predictions?.unpredicted) ? a.predictions.unpredicted : [];
    let p;
    try {
      p = deltaPass(a.sample);
    } catch (error) {
      return fail(say('delta.notComputed', { why: thrownText(error) }));
    }
    const order = revealOrder();
    const units = [...params.units].sort((x, y) => order.indexOf(x) - order.indexOf(y));
    const name = (u: string): string =>
      say('delta.name', { layer: u.split('-')[0], unit: u.split('-')[1] });
    const exactText = (u: string): string => decimal(deltaOf(p, u).toPrecision(4));
    for (const u of units) {
      const said = predicted[u];
      if (said === undefined && unpredicted.includes(u))
        return fail(say('delta.shownFirst', { name: name(u) }));
      if (typeof said !== 'number' || !Number.isFinite(said))
        return fail(say('delta.stepTo', { name: name(u) }));
      const exact = deltaOf(p, u);
      if (Math.abs(said - exact) > params.tolerance) {
        const [l, j] = u.split('-').map(Number);
        const sigmaPrime = p.a[l][j - 1] * (1 - p.a[l][j - 1]);
        const hint =
          Math.abs(said - exact / sigmaPrime) <= params.tolerance
            ? say('delta.sumHint', { sigmaPrime: fmt(sigmaPrime) })
            : say('delta.ruleHint');
        return fail(
          say('delta.failed', { said: fmt(said), name: name(u), exact: exactText(u), hint }),
        );
      }
    }
    const shown = units.map((u) => `${name(u)} = ${exactText(u)}`);
    return pass(say('delta.passed', { shown: shown.join(say('listSeparator')) }));
  },
};
