import { Graph } from './graph';
import type { GraphNode } from './graph-node';

/** The lecture's linear-regression graph and handles to each of its nodes. */
export interface LinearRegressionGraph {
  graph: Graph;
  x: GraphNode;
  y: GraphNode;
  w0: GraphNode;
  w1: GraphNode;
  /** u = w1·x */
  u: GraphNode;
  /** ŷ = w0 + u */
  yhat: GraphNode;
  /** z = ŷ − y */
  z: GraphNode;
  /** L = z² */
  loss: GraphNode;
}

/**
 * Builds the lecture's graph for one sample (x, y):
 * u = w1·x, ŷ = w0 + u, z = ŷ − y, L = z², with inputs x, y and parameters w0, w1.
 * Node names are x, y, w0, w1, u, ŷ, z, L.
 * @param init initial parameter values (default w0 = 0.5, w1 = 1)
 */
export function linearRegressionGraph(
  init: { w0?: number; w1?: number } = {},
): LinearRegressionGraph {
  const g = new Graph();
  const x = g.input('x');
  const y = g.input('y');
  const w0 = g.param('w0', init.w0 ?? 0.5);
  const w1 = g.param('w1', init.w1 ?? 1);
  const u = g.mul('u', w1, x);
  const yhat = g.add('ŷ', w0, u);
  const z = g.sub('z', yhat, y);
  const loss = g.square('L', z);
  return { graph: g, x, y, w0, w1, u, yhat, z, loss };
}
