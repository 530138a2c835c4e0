import { describe, it, expect } from 'vitest';
import { Graph } from '../../../src-engine/graph/graph';
import type { OpName } from '../../../src-engine/graph/ops';
import { numericGrad, relativeError } from './finite-difference';

interface Case {
  op: OpName;
  args: number[];
  exponent?: number;
  /** the value by hand */
  value: number;
}

// points away from kinks (relu at 0) and outside domains where the op is undefined
const cases: Case[] = [
  { op: 'add', args: [1.5, -2.25], value: -0.75 },
  { op: 'sub', args: [1.5, -2.25], value: 3.75 },
  { op: 'mul', args: [1.5, -2.25], value: -3.375 },
  { op: 'div', args: [1.5, -2.5], value: -0.6 },
  { op: 'neg', args: [0.7], value: -0.7 },
  { op: 'square', args: [-1.3], value: 1.69 },
  { op: 'pow', args: [1.7], exponent: 3, value: 4.913 },
  { op: 'pow', args: [2.0], exponent: -0.5, value: 1 / Math.SQRT2 },
  { op: 'exp', args: [-0.4], value: Math.exp(-0.4) },
  { op: 'log', args: [2.5], value: Math.log(2.5) },
  { op: 'sigmoid', args: [0.8], value: 1 / (1 + Math.exp(-0.8)) },
  { op: 'sigmoid', args: [-3], value: 1 / (1 + Math.exp(3)) },
  { op: 'tanh', args: [-0.6], value: Math.tanh(-0.6) },
  { op: 'relu', args: [0.9], value: 0.9 },
  { op: 'relu', args: [-0.9], value: 0 },
  { op: 'sum', args: [0.5, -1.25, 2, 3.5], value: 4.75 },
  { op: 'sum', args: [-2], value: -2 },
];

/** out = op(a0, a1, …) with every operand a parameter, then L = k·out² so the op's
 * gradient is checked under a non-trivial upstream gradient. */
function build(c: Case): { g: Graph; params: string[] } {
  const g = new Graph();
  const params = c.args.map((v, i) => g.param(`a${i}`, v).name);
  g.compute('out', c.op, params, c.exponent);
  const k = g.param('k', 0.7);
  const sq = g.square('sq', 'out');
  g.mul('L', k, sq);
  return { g, params: [...params, 'k'] };
}

describe('every operation', () => {
  for (const c of cases) {
    const label = `${c.op}(${c.args.join(', ')})${c.exponent === undefined ? '' : `^${c.exponent}`}`;

    it(`${label}: forward value by hand`, () => {
      const { g } = build(c);
      g.forward();
      expect(g.node('out').value).toBeCloseTo(c.value, 12);
    });

    it(`${label}: gradient matches the central difference`, () => {
      const { g, params } = build(c);
      g.forward();
      g.backward('L');
      for (const p of params) {
        const analytic = g.node(p).grad;
        const numeric = numericGrad(g, {}, 'L', p);
        expect(relativeError(analytic, numeric), `∂L/∂${p}`).toBeLessThan(1e-7);
      }
    });
  }

  it('relu has derivative 0 at the kink and for negatives, 1 for positives', () => {
    const grads = [-1, 0, 1].map((v) => {
      const g = new Graph();
      const a = g.param('a', v);
      g.relu('L', a);
      g.forward();
      g.backward('L');
      return a.grad;
    });
    expect(grads).toEqual([0, 0, 1]);
  });

  it('sigmoid stays finite and exact at extreme inputs', () => {
    const g = new Graph();
    const x = g.input('x');
    const s = g.sigmoid('s', x);
    g.forward({ x: -1000 });
    expect(s.value).toBe(0);
    g.forward({ x: 1000 });
    expect(s.value).toBe(1);
    g.backward(s);
    expect(x.grad).toBe(0);
    g.forward({ x: 0 });
    g.backward(s);
    expect(s.value).toBe(0.5);
    expect(x.grad).toBe(0.25);
  });

  it('propagates NaN and infinities instead of throwing', () => {
    const g = new Graph();
    const x = g.input('x');
    const l = g.log('l', x);
    const d = g.div('d', x, x);
    g.forward({ x: 0 });
    expect(l.value).toBe(-Infinity);
    expect(Number.isNaN(d.value)).toBe(true);
    const steps = g.forward({ x: NaN });
    expect(Number.isNaN(steps[1].value)).toBe(true);
    expect(steps[1].text).toBe('l = ln(x) = ln(NaN) = NaN');
  });
});
