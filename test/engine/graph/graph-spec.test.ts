import { describe, it, expect } from 'vitest';
import { graphFromSpec, graphToSpec, type GraphSpec } from '../../../src-engine/graph/graph-spec';
import { linearRegressionGraph } from '../../../src-engine/graph/linear-regression-graph';

describe('graph specs', () => {
  it('builds from nodes in any order, sorted topologically', () => {
    const spec: GraphSpec = {
      nodes: [
        { name: 'L', kind: 'compute', op: 'pow', args: ['z'], exponent: 2 },
        { name: 'z', kind: 'compute', op: 'sub', args: ['yhat', 'y'] },
        { name: 'yhat', kind: 'compute', op: 'mul', args: ['w', 'x'] },
        { name: 'x', kind: 'input' },
        { name: 'y', kind: 'input' },
        { name: 'w', kind: 'param', value: 2 },
      ],
    };
    const g = graphFromSpec(spec);
    const order = g.nodes().map((n) => n.name);
    for (const n of g.nodes())
      for (const a of n.args) expect(order.indexOf(a.name)).toBeLessThan(order.indexOf(n.name));
    g.forward({ x: 3, y: 1 });
    expect(g.node('L').value).toBe(25);
    g.backward('L');
    expect(g.node('w').grad).toBe(2 * 5 * 3);
  });

  it('round-trips a graph', () => {
    const { graph } = linearRegressionGraph({ w0: -1, w1: 4 });
    const copy = graphFromSpec(graphToSpec(graph));
    expect(graphToSpec(copy)).toEqual(graphToSpec(graph));
    graph.forward({ x: 2, y: 1 });
    copy.forward({ x: 2, y: 1 });
    expect(copy.node('L').value).toBe(graph.node('L').value);
  });

  it('throws on a cycle, naming it', () => {
    const spec: GraphSpec = {
      nodes: [
        { name: 'x', kind: 'input' },
        { name: 'a', kind: 'compute', op: 'add', args: ['x', 'c'] },
        { name: 'b', kind: 'compute', op: 'exp', args: ['a'] },
        { name: 'c', kind: 'compute', op: 'neg', args: ['b'] },
      ],
    };
    expect(() => graphFromSpec(spec)).toThrow('graphFromSpec: cycle a → c → b → a');
    const self: GraphSpec = { nodes: [{ name: 's', kind: 'compute', op: 'square', args: ['s'] }] };
    expect(() => graphFromSpec(self)).toThrow(/cycle s → s/);
  });

  it('throws on unknown operands and duplicate names', () => {
    expect(() =>
      graphFromSpec({ nodes: [{ name: 'a', kind: 'compute', op: 'neg', args: ['ghost'] }] }),
    ).toThrow(/'a' uses unknown node 'ghost'/);
    expect(() =>
      graphFromSpec({
        nodes: [
          { name: 'a', kind: 'input' },
          { name: 'a', kind: 'param', value: 1 },
        ],
      }),
    ).toThrow(/duplicate node name 'a'/);
  });
});
