/**
 * The gradient-descent lab's model: the lecture's hypothesis h(x) = w0 + w1·x, its cost
 * J(w) = 1/(2m) · Σ (h(xi) − ti)² built as an engine computation graph, and gradient descent
 * on (w0, w1) taken one step at a time with the graph's backward pass and update.
 */
import { Graph } from '../../../src-engine/graph/graph';

/** A sample (x, t) of the regression. */
export type XT = [number, number];

/** One point of a descent path: the weights and J there. */
export interface DescentPoint {
  w0: number;
  w1: number;
  cost: number;
}

/** J beyond this counts as diverged: the path stops growing so numbers stay finite. */
export const DIVERGED_COST = 1e6;

/** The cost graph of `points`; its parameters w0, w1 start at `start`. */
export function costGraph(points: readonly XT[], start: readonly [number, number]): Graph {
  if (points.length === 0) throw new Error('costGraph: needs at least one point (x, t)');
  const g = new Graph();
  const w0 = g.param('w0', start[0]);
  const w1 = g.param('w1', start[1]);
  const squares = points.map((_, i) => {
    const u = g.mul(`u${i}`, w1, g.input(`x${i}`));
    const h = g.add(`h${i}`, w0, u);
    return g.square(`s${i}`, g.sub(`e${i}`, h, g.input(`t${i}`)));
  });
  g.mul('J', g.sum('S', squares), g.input('k'));
  return g;
}

/** The input values of costGraph(points): every xi, ti and k = 1/(2m). */
export function costInputs(points: readonly XT[]): Record<string, number> {
  const inputs: Record<string, number> = { k: 1 / (2 * points.length) };
  points.forEach(([x, t], i) => {
    inputs[`x${i}`] = x;
    inputs[`t${i}`] = t;
  });
  return inputs;
}

/** J(w0, w1) on `points`, by the engine graph's forward pass. */
export function costAt(points: readonly XT[], w0: number, w1: number): number {
  const g = costGraph(points, [w0, w1]);
  g.forward(costInputs(points));
  return g.node('J').value;
}

/** Gradient descent on J, one step per call, keeping the whole path. */
export class CostDescent {
  private readonly graph: Graph;
  private readonly inputs: Record<string, number>;
  readonly path: DescentPoint[] = [];

  /**
   * @param points the samples @param start [w0, w1] @param learningRate α > 0
   * @throws on no points or a learning rate that is not a positive number
   */
  constructor(
    points: readonly XT[],
    start: readonly [number, number],
    readonly learningRate: number,
  ) {
    if (!(learningRate > 0) || !Number.isFinite(learningRate)) {
      throw new Error(
        `CostDescent: the learning rate must be a positive number, got ${learningRate}`,
      );
    }
    this.graph = costGraph(points, start);
    this.inputs = costInputs(points);
    this.path.push(this.evaluate());
  }

  get current(): DescentPoint {
    return this.path[this.path.length - 1];
  }

  get steps(): number {
    return this.path.length - 1;
  }

  /** Whether J has grown past DIVERGED_COST (or stopped being finite). */
  get diverged(): boolean {
    const c = this.current.cost;
    return !Number.isFinite(c) || c > DIVERGED_COST;
  }

  /** The gradient [∂J/∂w0, ∂J/∂w1] at the current weights. */
  gradient(): [number, number] {
    this.graph.forward(this.inputs);
    this.graph.backward('J');
    return [this.graph.node('w0').grad, this.graph.node('w1').grad];
  }

  /** Takes up to `count` steps w ← w − α·∇J(w); stops early once diverged. */
  run(count: number): void {
    for (let i = 0; i < count && !this.diverged; i++) {
      this.graph.forward(this.inputs);
      this.graph.backward('J');
      this.graph.step(this.learningRate);
      this.path.push(this.evaluate());
    }
  }

  private evaluate(): DescentPoint {
    this.graph.forward(this.inputs);
    return {
      w0: this.graph.node('w0').value,
      w1: this.graph.node('w1').value,
      cost: this.graph.node('J').value,
    };
  }
}
