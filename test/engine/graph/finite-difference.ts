import type { Graph } from '../../../src-engine/graph/graph';

/**
 * Central-difference estimate of ∂loss/∂node for a parameter or input node, in float64:
 * (L(v + h) − L(v − h)) / 2h. Restores the node's value afterwards.
 */
export function numericGrad(
  graph: Graph,
  inputs: Record<string, number>,
  loss: string,
  node: string,
  h = 1e-6,
): number {
  const kind = graph.node(node).kind;
  const lossAt = (v: number): number => {
    if (kind === 'param') {
      graph.setParam(node, v);
      graph.forward(inputs);
    } else {
      graph.forward({ ...inputs, [node]: v });
    }
    return graph.node(loss).value;
  };
  const v0 = kind === 'param' ? graph.node(node).value : inputs[node];
  const estimate = (lossAt(v0 + h) - lossAt(v0 - h)) / (2 * h);
  if (kind === 'param') graph.setParam(node, v0);
  graph.forward(inputs);
  return estimate;
}

/** Asserts-free comparison helper: relative error with an absolute floor. */
export function relativeError(a: number, b: number): number {
  return Math.abs(a - b) / Math.max(1, Math.abs(a), Math.abs(b));
}
