import { describe, it, expect } from 'vitest';
import { layeredNetwork, MPNetwork, xorNetwork } from '../../../src-engine/units/mp-network';
import { BinaryCircuit, truthTable } from '../../../src-engine/units/truth-table';

const outputs = (c: BinaryCircuit): number[] => truthTable(c).outputs.map((o) => o[0]);

describe('xorNetwork', () => {
  it('computes XOR on all four inputs', () => {
    const net = xorNetwork();
    expect(net.evaluate([0, 0])).toEqual([0]);
    expect(net.evaluate([0, 1])).toEqual([1]);
    expect(net.evaluate([1, 0])).toEqual([1]);
    expect(net.evaluate([1, 1])).toEqual([0]);
  });

  it("has the lecture's hidden units: h1 = x1 OR x2, h2 = x1 NAND x2, and y = h1 AND h2", () => {
    const net = xorNetwork();
    expect(outputs(new MPNetwork({ ...net.toSpec(), outputs: ['h1'] }))).toEqual([0, 1, 1, 1]);
    expect(outputs(new MPNetwork({ ...net.toSpec(), outputs: ['h2'] }))).toEqual([1, 1, 1, 0]);
    expect(net.activations([1, 1])).toEqual({ x1: 1, x2: 1, h1: 1, h2: 0, y: 0 });
    expect(net.activations([0, 0])).toEqual({ x1: 0, x2: 0, h1: 0, h2: 1, y: 0 });
  });

  it("exposes the slide's nine numbers: three −1, five +1 and one +2", () => {
    const w = xorNetwork().weights();
    expect(w.map((n) => n.weights)).toEqual([
      [1, 1],
      [-1, -1],
      [1, 1],
    ]);
    expect(w.map((n) => n.threshold)).toEqual([1, -1, 2]);
    const labels = w.flatMap((n) => [...n.weights, n.threshold]).sort((a, b) => a - b);
    expect(labels).toEqual([-1, -1, -1, 1, 1, 1, 1, 1, 2]);
    expect(w.map((n) => n.sources)).toEqual([
      ['x1', 'x2'],
      ['x1', 'x2'],
      ['h1', 'h2'],
    ]);
    expect(xorNetwork().layers()).toEqual([['h1', 'h2'], ['y']]);
    expect(xorNetwork().expressibility().expressible).toBe(true);
  });

  it('can be edited, and weights() returns copies', () => {
    const net = xorNetwork();
    net.weights()[2].weights[0] = 99;
    expect(outputs(net)).toEqual([0, 1, 1, 0]);
    net.setThreshold('y', 1); // OR of OR and NAND: always one of them fires
    expect(outputs(net)).toEqual([1, 1, 1, 1]);
    net.setThreshold('y', 2);
    net.setWeight('h2', 0, 0);
    net.setThreshold('h2', 0); // h2 = NOT x2, so y = (x1 OR x2) AND NOT x2
    expect(net.weights()[1].weights).toEqual([0, -1]);
    expect(outputs(net)).toEqual([0, 0, 1, 0]);
    expect(() => net.setWeight('nope', 0, 1)).toThrow(/no node 'nope'/);
    expect(() => net.setWeight('y', 0, Infinity)).toThrow(/finite/);
  });
});

describe('MPNetwork', () => {
  const vetoSpec = {
    inputs: ['a', 'b', 'c'],
    nodes: [
      {
        id: 'or',
        sources: ['a', 'b'],
        unit: {
          mode: 'weighted' as const,
          threshold: 1,
          inputs: [{ kind: 'excitatory' as const }, { kind: 'excitatory' as const }],
        },
      },
      {
        id: 'gate',
        sources: ['or', 'c'],
        unit: {
          mode: 'absolute' as const,
          threshold: 1,
          inputs: [{ kind: 'excitatory' as const, weight: 3 }, { kind: 'inhibitory' as const }],
        },
      },
    ],
    outputs: ['gate', 'or'],
  };

  it('evaluates a DAG in order and reports every output', () => {
    const net = new MPNetwork(vetoSpec);
    expect(net.evaluate([1, 0, 0])).toEqual([1, 1]);
    expect(net.evaluate([1, 0, 1])).toEqual([0, 1]);
    expect(net.evaluate([0, 0, 0])).toEqual([0, 0]);
  });

  it('reports absolute inhibition as not expressible, naming the node, and converts it', () => {
    const net = new MPNetwork(vetoSpec);
    const e = net.expressibility();
    expect(e.expressible).toBe(false);
    expect(e.reason).toMatch(/node 'gate'/);
    const weighted = net.toWeighted();
    expect(weighted.expressibility().expressible).toBe(true);
    expect(truthTable(weighted)).toEqual(truthTable(net));
  });

  it('round-trips through toSpec', () => {
    const copy = new MPNetwork(xorNetwork().toSpec());
    expect(outputs(copy)).toEqual([0, 1, 1, 0]);
  });

  it('builds fully connected layers', () => {
    const e = (w: number) => ({
      kind: w < 0 ? ('inhibitory' as const) : ('excitatory' as const),
      weight: Math.abs(w),
    });
    const net = layeredNetwork(
      ['p', 'q'],
      [
        [
          { mode: 'weighted', threshold: 1, inputs: [e(1), e(1)] },
          { mode: 'weighted', threshold: -1, inputs: [e(-1), e(-1)] },
        ],
        [{ mode: 'weighted', threshold: 2, inputs: [e(1), e(1)] }],
      ],
    );
    expect(net.layers()).toEqual([['L0.0', 'L0.1'], ['L1.0']]);
    expect(net.outputNames).toEqual(['L1.0']);
    expect(outputs(net)).toEqual([0, 1, 1, 0]); // OR ∧ NAND = XOR
  });

  it('rejects malformed networks with clear messages', () => {
    const and = {
      mode: 'weighted' as const,
      threshold: 2,
      inputs: [{ kind: 'excitatory' as const }, { kind: 'excitatory' as const }],
    };
    const make = (nodes: { id: string; sources: string[]; unit: typeof and }[], outs = ['n']) =>
      new MPNetwork({ inputs: ['a', 'b'], nodes, outputs: outs });
    expect(() => make([{ id: 'n', sources: ['a', 'z'], unit: and }])).toThrow(
      /reads 'z', which is neither/,
    );
    expect(() => make([{ id: 'n', sources: ['a', 'n'], unit: and }])).toThrow(/reads 'n'/); // a cycle
    expect(() => make([{ id: 'n', sources: ['a'], unit: and }])).toThrow(
      /1 sources for 2 unit inputs/,
    );
    expect(() => make([{ id: 'a', sources: ['a', 'b'], unit: and }])).toThrow(/'a' is used twice/);
    expect(() => make([{ id: 'n', sources: ['a', 'b'], unit: and }], ['m'])).toThrow(/output 'm'/);
    expect(() => make([])).toThrow(/at least one node/);
    expect(() => xorNetwork().evaluate([0, 2])).toThrow(/must be 0 or 1/);
    expect(() => layeredNetwork(['a'], [])).toThrow(/at least one layer/);
  });
});

describe('truthTable', () => {
  it('counts in binary with the first input most significant', () => {
    const echo: BinaryCircuit = { inputCount: 3, evaluate: (x) => [4 * x[0] + 2 * x[1] + x[2]] };
    const t = truthTable(echo);
    expect(t.inputs[5]).toEqual([1, 0, 1]);
    expect(t.outputs.map((o) => o[0])).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });

  it('refuses tables that are empty or too large', () => {
    expect(() => truthTable({ inputCount: 17, evaluate: () => [0] })).toThrow(/1\.\.16, got 17/);
    expect(() => truthTable({ inputCount: 0, evaluate: () => [0] })).toThrow(/got 0/);
  });
});
