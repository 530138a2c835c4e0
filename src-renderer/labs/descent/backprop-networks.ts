/**
 * The computation-graph lab's two graphs, by name: the lecture's linear-regression graph and a 2-2-1 sigmoid
 * network, both built by the engine, with a forward pass, backward pass and one update.
 */
import type { BackwardStep } from '../../../src-engine/graph/backward-pass';
import type { ForwardStep } from '../../../src-engine/graph/forward-pass';
import type { ParamUpdate } from '../../../src-engine/graph/graph';
import {
  buildNetwork,
  type BackpropNetwork,
} from '../../../src-main/contract/lab-document/backprop-graphs';

export {
  BACKPROP_NETWORKS,
  buildNetwork,
  NETWORK_NAMES,
  type BackpropNetwork,
} from '../../../src-main/contract/lab-document/backprop-graphs';

/** One sample's forward and backward pass: every step, ready to be shown one at a time. */
export interface BackpropPass {
  forward: ForwardStep[];
  backward: BackwardStep[];
  loss: number;
  /** ∂L/∂node for every node */
  grads: Record<string, number>;
}

/** Runs the forward pass and the backward pass from L on one sample. */
export function backpropPass(
  network: BackpropNetwork,
  params: Record<string, number>,
  inputs: Record<string, number>,
): BackpropPass {
  const g = buildNetwork(network, params);
  const forward = g.forward(inputs);
  const backward = g.backward('L');
  const grads: Record<string, number> = {};
  for (const n of g.nodes()) grads[n.name] = n.grad;
  return { forward, backward, loss: g.node('L').value, grads };
}

/** One gradient-descent update and the loss on the same sample before and after it. */
export interface BackpropUpdate {
  updates: ParamUpdate[];
  lossBefore: number;
  lossAfter: number;
  params: Record<string, number>;
}

/** Applies w ← w − α·∂L/∂w to every parameter and measures the loss again. */
export function backpropUpdate(
  network: BackpropNetwork,
  params: Record<string, number>,
  inputs: Record<string, number>,
  learningRate: number,
): BackpropUpdate {
  const g = buildNetwork(network, params);
  g.forward(inputs);
  const lossBefore = g.node('L').value;
  g.backward('L');
  const updates = g.step(learningRate);
  g.forward(inputs);
  const next: Record<string, number> = {};
  for (const u of updates) next[u.node] = u.after;
  return { updates, lossBefore, lossAfter: g.node('L').value, params: next };
}
