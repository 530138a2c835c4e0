import { describe, it, expect } from 'vitest';
import { sigmoid } from '../../../src-engine/graph/ops';
import {
  SIGMOID_NETWORK_PARAMS,
  sigmoidNetworkGraph,
} from '../../../src-engine/graph/sigmoid-network-graph';
import { Rng } from '../../../src-engine/random/rng';
import { numericGrad, relativeError } from './finite-difference';

describe('2-2-1 sigmoid network graph', () => {
  it('has a parameter node per weight and bias and computes the network by hand', () => {
    const { graph, output, loss } = sigmoidNetworkGraph();
    expect(graph.params().map((p) => p.name)).toEqual([...SIGMOID_NETWORK_PARAMS]);
    const x1 = 0.5;
    const x2 = -1;
    const y = 1;
    graph.forward({ x1, x2, y });
    const h1 = sigmoid(0.15 * x1 + 0.2 * x2 + 0.35);
    const h2 = sigmoid(0.25 * x1 + 0.3 * x2 + 0.35);
    const yhat = sigmoid(0.4 * h1 + 0.45 * h2 + 0.6);
    expect(output.value).toBeCloseTo(yhat, 14);
    expect(loss.value).toBeCloseTo((yhat - y) ** 2, 14);
  });

  it('shows every weight as its own edge in the backward steps', () => {
    const { graph, loss } = sigmoidNetworkGraph();
    graph.forward({ x1: 1, x2: 2, y: 0 });
    const steps = graph.backward(loss);
    const w21 = steps.find((s) => s.node === 'w21')!;
    expect(w21.edges.map((e) => e.consumer)).toEqual(['q21']);
    // ∂q21/∂w21 = x2
    expect(w21.edges[0].local).toBe(2);
    expect(w21.edges[0].localFormula).toBe('∂q21/∂w21 = x2');
    const h1 = steps.find((s) => s.node === 'h1')!;
    expect(h1.edges[0].local).toBe(0.4); // ∂r1/∂h1 = v1
  });

  it('matches the central difference for every parameter and input', () => {
    const rng = new Rng(7);
    for (let trial = 0; trial < 5; trial++) {
      const weights = Object.fromEntries(
        SIGMOID_NETWORK_PARAMS.map((p) => [p, rng.nextUint32() / 2 ** 31 - 1]),
      );
      const { graph, loss } = sigmoidNetworkGraph(weights);
      const inputs = {
        x1: rng.nextUint32() / 2 ** 31 - 1,
        x2: 2 * (rng.nextUint32() / 2 ** 32),
        y: trial % 2,
      };
      graph.forward(inputs);
      graph.backward(loss);
      for (const name of [...SIGMOID_NETWORK_PARAMS, 'x1', 'x2', 'y']) {
        const analytic = graph.node(name).grad;
        const numeric = numericGrad(graph, inputs, 'L', name);
        expect(relativeError(analytic, numeric), `trial ${trial}, ∂L/∂${name}`).toBeLessThan(1e-8);
      }
    }
  });

  it('learns AND by stochastic gradient steps', () => {
    const { graph, loss, output } = sigmoidNetworkGraph();
    const data = [
      { x1: 0, x2: 0, y: 0 },
      { x1: 0, x2: 1, y: 0 },
      { x1: 1, x2: 0, y: 0 },
      { x1: 1, x2: 1, y: 1 },
    ];
    const total = (): number =>
      data.reduce((s, d) => {
        graph.forward(d);
        return s + loss.value;
      }, 0);
    const before = total();
    for (let epoch = 0; epoch < 200; epoch++) {
      for (const d of data) {
        graph.forward(d);
        graph.backward(loss);
        graph.step(2);
      }
    }
    expect(total()).toBeLessThan(before / 10);
    for (const d of data) {
      graph.forward(d);
      expect(output.value >= 0.5 ? 1 : 0, `AND(${d.x1}, ${d.x2})`).toBe(d.y);
    }
  });

  it('rejects unknown parameter names', () => {
    expect(() => sigmoidNetworkGraph({ w13: 1 } as never)).toThrow(/unknown parameter 'w13'/);
  });
});
