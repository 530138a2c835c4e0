import {
  backpropPass,
  BACKPROP_NETWORKS,
  buildNetwork,
  type BackpropNetwork,
} from '../descent/backprop-networks';
import type { GradientPredictions } from '../descent/backprop-predictions';
import { isRecord } from '../problems';
import { fail, pass, plain, precise, say, type CheckKind } from './check-result';
import { thrownText } from '../../i18n/engine-text';

export interface GradientEqualsParams {
  /** The nodes whose ∂L/∂node the student must predict before it is shown, e.g. ['w1']. */
  nodes?: string[];
  /** One node (lab files of the first format). */
  node?: string;
  /** Largest accepted |predicted − exact|. */
  tolerance: number;
}

/** The answer of a 'backprop-graph' figure: the sample shown and the predictions made. */
export interface BackpropAnswer {
  network: BackpropNetwork;
  inputs: Record<string, number>;
  params: Record<string, number>;
  /** 0 for the lab's own numbers, then one per "New sample" */
  attempt: number;
  predictions: GradientPredictions;
}

const askedNodes = (p: GradientEqualsParams): string[] =>
  Array.isArray(p.nodes) ? p.nodes : typeof p.node === 'string' ? [p.node] : [];

/**
 * Passes when every asked ∂L/∂node was entered before the figure showed it, within `tolerance`
 * of the engine's backward pass on the same sample. A gradient shown before it was predicted
 * (or predicted wrong) fails, pointing to "New sample" for fresh numbers.
 */
export const gradientEquals: CheckKind<GradientEqualsParams> = {
  run(params, answer) {
    if (!isRecord(answer) || !BACKPROP_NETWORKS.includes(answer.network as BackpropNetwork))
      return fail(say('gradient.noGraph'));
    const a = answer as unknown as BackpropAnswer;
    const predicted = isRecord(a.predictions?.predicted) ? a.predictions.predicted : {};
    const unpredicted = Array.isArray(a.predictions?.unpredicted) ? a.predictions.unpredicted : [];
    const nodes = [...askedNodes(params)];
    let exact: Record<string, number>;
    try {
      exact = backpropPass(a.network, a.params, a.inputs).grads;
    } catch (error) {
      return fail(say('gradient.notComputed', { why: thrownText(error) }));
    }
    const missing = nodes.filter((n) => exact[n] === undefined);
    if (missing.length > 0) return fail(say('gradient.noNode', { node: missing[0] }));
    const order = buildNetwork(a.network, a.params)
      .nodes()
      .map((n) => n.name)
      .reverse();
    nodes.sort((x, y) => order.indexOf(x) - order.indexOf(y));
    const d = (n: string): string => `∂L/∂${n}`;
    for (const n of nodes) {
      const said = predicted[n];
      if (said === undefined && unpredicted.includes(n))
        return fail(say('gradient.shownFirst', { d: d(n) }));
      if (typeof said !== 'number' || !Number.isFinite(said))
        return fail(say('gradient.stepTo', { d: d(n) }));
      if (Math.abs(said - exact[n]) > params.tolerance) {
        const sign = Math.abs(said + exact[n]) <= params.tolerance ? say('gradient.sign') : '';
        return fail(
          say('gradient.failed', { d: d(n), said: plain(said), exact: precise(exact[n]), sign }),
        );
      }
    }
    const shown = nodes.map((n) => `${d(n)} = ${precise(exact[n])}`).join(say('listSeparator'));
    return pass(say('gradient.passed', { n: nodes.length, shown }, nodes.length));
  },
};
