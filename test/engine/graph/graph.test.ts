import { describe, it, expect } from 'vitest';
import { Graph } from '../../../src-engine/graph/graph';
import { linearRegressionGraph } from '../../../src-engine/graph/linear-regression-graph';

describe('lecture linear-regression graph, by hand', () => {
  // x = 2, y = 3, w0 = 0.5, w1 = 1: u = 2, ŷ = 2.5, z = −0.5, L = 0.25
  const setup = () => {
    const lr = linearRegressionGraph({ w0: 0.5, w1: 1 });
    const fwd = lr.graph.forward({ x: 2, y: 3 });
    const bwd = lr.graph.backward(lr.loss);
    return { ...lr, fwd, bwd };
  };

  it('computes the forward values node by node in topological order', () => {
    const { fwd } = setup();
    expect(fwd.map((s) => s.node)).toEqual(['x', 'y', 'w0', 'w1', 'u', 'ŷ', 'z', 'L']);
    expect(fwd.map((s) => s.value)).toEqual([2, 3, 0.5, 1, 2, 2.5, -0.5, 0.25]);
    expect(fwd[4].formula).toBe('u = w1·x');
    expect(fwd[4].text).toBe('u = w1·x = 1.0·2.0 = 2.0');
    expect(fwd[6].text).toBe('z = ŷ − y = 2.5 − 3.0 = −0.5');
    expect(fwd[7].text).toBe('L = z² = (−0.5)² = 0.25');
    expect(fwd[0].text).toBe('x = 2.0');
  });

  it('gives ∂L/∂w0 = 2z and ∂L/∂w1 = 2z·x', () => {
    const { graph, bwd } = setup();
    const z = -0.5;
    const x = 2;
    expect(graph.node('w0').grad).toBeCloseTo(2 * z, 15);
    expect(graph.node('w1').grad).toBeCloseTo(2 * z * x, 15);
    expect(graph.node('z').grad).toBeCloseTo(2 * z, 15);
    expect(graph.node('x').grad).toBeCloseTo(2 * z * 1, 15); // ∂L/∂x = 2z·w1
    expect(graph.node('y').grad).toBeCloseTo(-2 * z, 15);
    // reverse topological order, L first
    expect(bwd.map((s) => s.node)).toEqual(['L', 'z', 'ŷ', 'u', 'w1', 'w0', 'y', 'x']);
    expect(bwd[0].grad).toBe(1);
  });

  it('records each edge’s local derivative and chain-rule product', () => {
    // x = 3, y = 2.5: z = 1, ∂L/∂u = 2, ∂u/∂w1 = x = 3
    const { graph, loss } = linearRegressionGraph({ w0: 0.5, w1: 1 });
    graph.forward({ x: 3, y: 2.5 });
    const steps = graph.backward(loss);
    const w1 = steps.find((s) => s.node === 'w1');
    expect(w1?.edges).toHaveLength(1);
    const edge = w1!.edges[0];
    expect(edge.consumer).toBe('u');
    expect(edge.upstream).toBe(2);
    expect(edge.local).toBe(3);
    expect(edge.product).toBe(6);
    expect(edge.localFormula).toBe('∂u/∂w1 = x');
    expect(w1!.text).toBe('∂L/∂w1 = ∂L/∂u · ∂u/∂w1 = 2.0 · 3.0 = 6.0');
    const y = steps.find((s) => s.node === 'y');
    expect(y!.text).toBe('∂L/∂y = ∂L/∂z · ∂z/∂y = 2.0 · (−1.0) = −2.0');
  });

  it('writes the last link with the local derivative of L = z², never the circular ∂L/∂L · ∂L/∂z', () => {
    const { graph, loss } = linearRegressionGraph({ w0: 0.5, w1: 1 });
    graph.forward({ x: 2, y: 4 }); // z = 2.5 − 4 = −1.5
    const z = graph.backward(loss).find((s) => s.node === 'z')!;
    expect(z.formula).toBe('∂L/∂z = ∂L/∂L · ∂(z²)/∂z');
    expect(z.text).toBe('∂L/∂z = ∂L/∂L · ∂(z²)/∂z = 1.0 · (−3.0) = −3.0');
    expect(z.edges[0].localFormula).toBe('∂(z²)/∂z = 2·z');
    expect(z.edges[0].local).toBe(2 * -1.5);
    for (const step of graph.backward(loss)) expect(step.text).not.toContain('∂L/∂L · ∂L/∂');
  });
});

describe('gradient accumulation', () => {
  it('sums one product per use: L = x·x gives 2x', () => {
    const g = new Graph();
    const x = g.param('x', -1.5);
    const L = g.mul('L', x, x);
    g.forward();
    const steps = g.backward(L);
    expect(L.value).toBe(2.25);
    expect(x.grad).toBe(-3);
    const xs = steps.find((s) => s.node === 'x')!;
    expect(xs.edges.map((e) => e.argIndex)).toEqual([0, 1]);
    expect(xs.edges.map((e) => e.product)).toEqual([-1.5, -1.5]);
  });

  it('sums over different consumers: L = a·b + a with a used twice', () => {
    const g = new Graph();
    const a = g.param('a', 3);
    const b = g.param('b', 4);
    const p = g.mul('p', a, b);
    const L = g.add('L', p, a);
    g.forward();
    g.backward(L);
    expect(a.grad).toBe(4 + 1);
    expect(b.grad).toBe(3);
  });

  it('is reset, not accumulated, across backward calls', () => {
    const g = new Graph();
    const a = g.param('a', 3);
    const L = g.square('L', a);
    g.forward();
    g.backward(L);
    g.backward(L);
    expect(a.grad).toBe(6);
  });

  it('gives 0 to nodes the output does not depend on', () => {
    const g = new Graph();
    const a = g.param('a', 3);
    const b = g.param('b', 5);
    const L = g.square('L', a);
    g.square('other', b);
    g.forward();
    const steps = g.backward(L);
    expect(b.grad).toBe(0);
    expect(steps.map((s) => s.node)).toEqual(['L', 'a']);
  });
});

describe('gradient descent on the regression graph', () => {
  it('decreases L at every step and fits the sample', () => {
    const { graph, loss } = linearRegressionGraph({ w0: 0.5, w1: 1 });
    const sample = { x: 2, y: 3 };
    graph.forward(sample);
    const first = loss.value;
    let previous = first;
    for (let i = 0; i < 30; i++) {
      graph.backward(loss);
      graph.step(0.05);
      graph.forward(sample);
      expect(loss.value).toBeLessThan(previous);
      previous = loss.value;
    }
    expect(previous).toBeLessThan(first * 1e-3);
  });

  it('recovers y = 1 + 2x by stochastic steps over several samples', () => {
    const { graph, loss, w0, w1 } = linearRegressionGraph({ w0: 0, w1: 0 });
    const xs = [-1, 0, 0.5, 1, 2];
    for (let epoch = 0; epoch < 300; epoch++) {
      for (const x of xs) {
        graph.forward({ x, y: 1 + 2 * x });
        graph.backward(loss);
        graph.step(0.05);
      }
    }
    expect(w0.value).toBeCloseTo(1, 6);
    expect(w1.value).toBeCloseTo(2, 6);
  });

  it('step reports p − lr·grad for every parameter', () => {
    const { graph, loss } = linearRegressionGraph({ w0: 0.5, w1: 1 });
    graph.forward({ x: 2, y: 3 });
    graph.backward(loss);
    const updates = graph.step(0.1);
    expect(updates).toEqual([
      { node: 'w0', before: 0.5, grad: -1, after: 0.5 + 0.1 },
      { node: 'w1', before: 1, grad: -2, after: 1 + 0.2 },
    ]);
    expect(graph.node('w1').value).toBeCloseTo(1.2, 15);
  });
});

describe('errors', () => {
  it('rejects unknown names, duplicates and wrong operand counts', () => {
    const g = new Graph();
    const x = g.input('x');
    expect(() => g.mul('u', 'w', x)).toThrow(/unknown node 'w'/);
    expect(() => g.input('x')).toThrow(/'x' already exists/);
    expect(() => g.sum('s', [])).toThrow(/at least 1/);
    expect(() => g.compute('q', 'add', [x])).toThrow(/needs 2/);
    expect(() => g.compute('q', 'toString' as never, [x])).toThrow(/unknown operation/);
    expect(() => g.pow('p', x, NaN)).toThrow(/exponent/);
    expect(() => g.param('w', Infinity)).toThrow(/finite/);
    expect(() => g.node('nope')).toThrow(/unknown node 'nope'/);
    const other = new Graph().input('x');
    expect(() => g.neg('n', other)).toThrow(/does not belong/);
  });

  it('rejects missing or unknown inputs and out-of-order calls', () => {
    const { graph, loss } = linearRegressionGraph();
    expect(() => graph.backward(loss)).toThrow(/forward\(\) first/);
    expect(() => graph.forward({ x: 1 })).toThrow(/input 'y'/);
    expect(() => graph.forward({ x: 1, y: 2, w0: 3 })).toThrow(/'w0' is not an input/);
    graph.forward({ x: 1, y: 2 });
    expect(() => graph.step(0.1)).toThrow(/backward\(\) first/);
    graph.backward(loss);
    expect(() => graph.step(-1)).toThrow(/learning rate/);
    expect(() => graph.backward('nope')).toThrow(/unknown node 'nope'/);
    expect(() => graph.setParam('x', 1)).toThrow(/not a parameter/);
  });
});
