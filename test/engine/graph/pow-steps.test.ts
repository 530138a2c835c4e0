// A pow node's constant exponent is written by the engine with the decimal sign the steps are
// written with, in every text that shows it: the forward step and its formula, the edge of a
// backward step and, when the pow is the output itself, its local symbol.
import { describe, expect, it } from 'vitest';
import { Graph } from '../../../src-engine/graph/graph';

function rootGraph() {
  const g = new Graph();
  const x = g.input('x');
  const w = g.param('w', 1.5);
  const u = g.mul('u', w, x);
  g.pow('L', u, 0.5);
  return g;
}

describe('a pow node’s exponent in the steps', () => {
  it('is written with "." by default and with the sign passed', () => {
    const g = rootGraph();
    const L = g.forward({ x: 6 }).find((s) => s.node === 'L')!;
    expect(L.formula).toBe('L = u^0.5');
    expect(L.text).toBe('L = u^0.5 = 9.0^0.5 = 3.0');
    expect(L.writeFormula(',')).toBe('L = u^0,5');
    expect(L.write(',')).toBe('L = u^0,5 = 9,0^0,5 = 3,0');
  });

  it('is written with the sign passed in a backward step through the pow', () => {
    const g = rootGraph();
    g.forward({ x: 6 });
    const u = g.backward('L').find((s) => s.node === 'u')!;
    expect(u.formula).toBe('∂L/∂u = ∂L/∂L · ∂(u^0.5)/∂u');
    expect(u.writeFormula(',')).toBe('∂L/∂u = ∂L/∂L · ∂(u^0,5)/∂u');
    expect(u.edges[0].localFormula).toBe('∂(u^0.5)/∂u = 0.5·u^−0.5');
    expect(u.edges[0].write(',')).toMatch(/^∂L\/∂L · ∂\(u\^0,5\)\/∂u = 1,0 · /);
    for (const text of [u.write(','), u.writeFormula(','), u.edges[0].write(',')])
      expect(text).not.toMatch(/\d\.\d/);
  });
});
