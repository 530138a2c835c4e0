/**
 * The computation-graph lab's two graphs, by name: the lecture's linear-regression graph and a
 * 2-2-1 sigmoid network, both built by the engine. The lab document names them, so the names
 * (and what inputs and parameters each takes) live beside its schema.
 */
import type { Graph } from '../../../src-engine/graph/graph';
import { linearRegressionGraph } from '../../../src-engine/graph/linear-regression-graph';
import {
  sigmoidNetworkGraph,
  SIGMOID_NETWORK_PARAMS,
  type SigmoidNetworkParam,
} from '../../../src-engine/graph/sigmoid-network-graph';

export const BACKPROP_NETWORKS = ['linear-regression', 'sigmoid-2-2-1'] as const;
export type BackpropNetwork = (typeof BACKPROP_NETWORKS)[number];

/** Input and parameter names of each network. */
export const NETWORK_NAMES: Record<BackpropNetwork, { inputs: string[]; params: string[] }> = {
  'linear-regression': { inputs: ['x', 'y'], params: ['w0', 'w1'] },
  'sigmoid-2-2-1': { inputs: ['x1', 'x2', 'y'], params: [...SIGMOID_NETWORK_PARAMS] },
};

/** The graph of a network with these parameter values (every one must be given). */
export function buildNetwork(network: BackpropNetwork, params: Record<string, number>): Graph {
  if (network === 'linear-regression') {
    return linearRegressionGraph({ w0: params.w0, w1: params.w1 }).graph;
  }
  return sigmoidNetworkGraph(params as Record<SigmoidNetworkParam, number>).graph;
}
