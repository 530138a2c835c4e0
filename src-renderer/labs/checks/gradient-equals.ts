import {
  backpropPass,
  BACKPROP_NETWORKS,
  type BackpropNetwork,
} from '../descent/backprop-networks';
import { isRecord } from '../problems';
import { fail, pass, type CheckKind } from './check-result';

export interface GradientEqualsParams {
  /** The parameter whose ∂L/∂node the student enters, e.g. 'w1'. */
  node: string;
  /** Largest accepted |entered − exact|. */
  tolerance: number;
}

/** The answer of a 'backprop-graph' figure: the network as shown and the number entered. */
export interface BackpropAnswer {
  network: BackpropNetwork;
  inputs: Record<string, number>;
  params: Record<string, number>;
  /** the student's ∂L/∂node, NaN when nothing is entered */
  value: number;
}

/** Passes when the entered ∂L/∂node is within `tolerance` of the engine's backward pass. */
export const gradientEquals: CheckKind<GradientEqualsParams> = {
  paramProblems(params) {
    const out: { path: string; message: string }[] = [];
    if (typeof params.node !== 'string' || params.node === '')
      out.push({ path: 'node', message: 'must name a parameter node, e.g. "w1"' });
    if (typeof params.tolerance !== 'number' || !(params.tolerance > 0))
      out.push({ path: 'tolerance', message: 'must be a positive number' });
    return out;
  },
  run(params, answer) {
    if (!isRecord(answer) || !BACKPROP_NETWORKS.includes(answer.network as BackpropNetwork))
      return fail('The figure has not reported its graph yet.');
    const a = answer as unknown as BackpropAnswer;
    if (typeof a.value !== 'number' || !Number.isFinite(a.value))
      return fail(`Enter a number for ∂L/∂${params.node}.`);
    const exact = backpropPass(a.network, a.params, a.inputs).grads[params.node];
    if (exact === undefined) return fail(`This graph has no node '${params.node}'.`);
    if (Math.abs(a.value - exact) <= params.tolerance) {
      return pass(`∂L/∂${params.node} = ${exact.toPrecision(4)}.`);
    }
    const hint =
      Math.abs(a.value + exact) <= params.tolerance
        ? ' The size is right but the sign is not.'
        : ' Multiply the upstream gradient by the local derivative on each edge.';
    return fail(`${a.value} is not ∂L/∂${params.node}.${hint}`);
  },
};
