import { Graph } from './graph';
import type { GraphNode } from './graph-node';

/** Parameter names of the 2-2-1 network: wij joins input i to hidden unit j, bj is hidden
 * unit j's bias, vj joins hidden unit j to the output, c is the output's bias. */
export const SIGMOID_NETWORK_PARAMS = [
  'w11',
  'w21',
  'b1',
  'w12',
  'w22',
  'b2',
  'v1',
  'v2',
  'c',
] as const;

/** One of SIGMOID_NETWORK_PARAMS. */
export type SigmoidNetworkParam = (typeof SIGMOID_NETWORK_PARAMS)[number];

// small, distinct values so that every edge of the backprop view shows a different number
const DEFAULT_WEIGHTS: Readonly<Record<SigmoidNetworkParam, number>> = {
  w11: 0.15,
  w21: 0.2,
  b1: 0.35,
  w12: 0.25,
  w22: 0.3,
  b2: 0.35,
  v1: 0.4,
  v2: 0.45,
  c: 0.6,
};

/** The 2-2-1 network's graph with handles to its output and loss. */
export interface SigmoidNetworkGraph {
  graph: Graph;
  /** ŷ = σ(zo) */
  output: GraphNode;
  /** L = e², e = ŷ − y */
  loss: GraphNode;
}

/**
 * Builds a 2-2-1 sigmoid network with squared loss, one node per weight and per product, so
 * that a step-by-step backprop view can show every edge. Inputs x1, x2 and target y; for each
 * hidden unit j: qij = wij·xi, zj = q1j + q2j + bj, hj = σ(zj); output: rj = vj·hj,
 * zo = r1 + r2 + c, ŷ = σ(zo); loss: e = ŷ − y, L = e².
 * @param weights initial values for any of SIGMOID_NETWORK_PARAMS (others get fixed defaults)
 * @throws if `weights` names an unknown parameter
 */
export function sigmoidNetworkGraph(
  weights: Partial<Record<SigmoidNetworkParam, number>> = {},
): SigmoidNetworkGraph {
  for (const key of Object.keys(weights)) {
    if (!(SIGMOID_NETWORK_PARAMS as readonly string[]).includes(key)) {
      throw new Error(
        `sigmoidNetworkGraph: unknown parameter '${key}' (expected one of ${SIGMOID_NETWORK_PARAMS.join(', ')})`,
      );
    }
  }
  const w = { ...DEFAULT_WEIGHTS, ...weights };
  const g = new Graph();
  const x = [g.input('x1'), g.input('x2')];
  const y = g.input('y');
  const params = new Map<string, GraphNode>();
  for (const name of SIGMOID_NETWORK_PARAMS) params.set(name, g.param(name, w[name]));
  const p = (name: string): GraphNode => params.get(name) as GraphNode;

  const r: GraphNode[] = [];
  for (const j of [1, 2]) {
    const q = x.map((xi, i) => g.mul(`q${i + 1}${j}`, p(`w${i + 1}${j}`), xi));
    const z = g.sum(`z${j}`, [...q, p(`b${j}`)]);
    const h = g.sigmoid(`h${j}`, z);
    r.push(g.mul(`r${j}`, p(`v${j}`), h));
  }
  const zo = g.sum('zo', [...r, p('c')]);
  const output = g.sigmoid('ŷ', zo);
  const e = g.sub('e', output, y);
  const loss = g.square('L', e);
  return { graph: g, output, loss };
}
