import { generate } from '../../../src-engine/data/generators';
import { Network, type Weights } from '../../../src-engine/network/network';
import type { NetworkSpec } from '../../../src-engine/network/spec';
import { isRecord } from '../problems';
import { decimal, fail, pass, say, type CheckKind } from './check-result';
import { thrownText } from '../../i18n/engine-text';

export interface RegionAccuracyParams {
  /** Fraction of points, 0.5…1, the network must classify right. */
  minAccuracy: number;
  /** Most hidden units allowed. */
  maxHidden: number;
  /**
   * When given, the network must have exactly this many hidden units: the fewest that can
   * enclose the region (a disc needs a bounded region, so at least three half-planes).
   */
  smallest?: number;
  /** When given, the id of the right option of the figure's question. */
  reason?: string;
}

/** The answer of a 'region-trained' figure. */
export interface RegionTrainedAnswer {
  spec: NetworkSpec;
  weights: Weights;
  dataset: { name: string; params: Record<string, number> };
  trained: boolean;
  /** the option chosen in the figure's question, if it asks one */
  reason?: string | null;
}

const pct = (v: number): string =>
  say('percent', { v: decimal(String(Math.round(v * 1000) / 10)) });

/**
 * Passes when a network with one hidden layer of at most `maxHidden` units classifies enough
 * points of its dataset: the data is generated again and every point evaluated by the engine.
 */
export const regionAccuracy: CheckKind<RegionAccuracyParams> = {
  run(params, answer) {
    if (!isRecord(answer) || answer.trained !== true || !isRecord(answer.dataset))
      return fail(say('network.trainFirst'));
    const a = answer as unknown as RegionTrainedAnswer;
    if (a.spec.layers.length !== 2) return fail(say('regionAccuracy.oneHidden'));
    const hidden = a.spec.layers[0].units;
    if (hidden > params.maxHidden)
      return fail(say('regionAccuracy.tooMany', { hidden, max: params.maxHidden }));
    let accuracy: number;
    try {
      const data = generate(a.dataset.name, a.dataset.params, 'float64');
      const net = new Network(a.spec, { dtype: 'float64' });
      net.setWeights(a.weights);
      const y = net.predict(data.x, data.m);
      let right = 0;
      for (let i = 0; i < data.m; i++) if ((y[i] >= 0.5 ? 1 : 0) === data.y[i]) right++;
      accuracy = right / data.m;
    } catch (error) {
      return fail(say('regionAccuracy.notEvaluated', { why: thrownText(error) }));
    }
    if (accuracy < params.minAccuracy)
      return fail(
        say('regionAccuracy.tooLow', { accuracy: pct(accuracy), min: pct(params.minAccuracy) }),
      );
    if (params.smallest !== undefined && hidden > params.smallest)
      return fail(say('regionAccuracy.notSmallest', { hidden, accuracy: pct(accuracy) }));
    if (params.reason !== undefined && a.reason !== params.reason)
      return fail(
        say(a.reason ? 'regionAccuracy.wrongReason' : 'regionAccuracy.askReason', {
          hidden,
          accuracy: pct(accuracy),
        }),
      );
    return pass(say('regionAccuracy.passed', { hidden, accuracy: pct(accuracy) }, hidden));
  },
};
