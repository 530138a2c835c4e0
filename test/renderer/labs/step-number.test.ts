// The computation-graph and delta labs' numbers: the engine's shape, the language's decimal sign.
import { describe, expect, it } from 'vitest';
import { languageSwitch } from '../in-spanish';
import { Graph } from '../../../src-engine/graph/graph';
import { stepFormula, stepNumber, stepText } from '../../../src-renderer/labs/step-number';
import { buildNetwork } from '../../../src-renderer/labs/descent/backprop-networks';

const inLanguage = languageSwitch();

describe('step numbers', () => {
  it('keep the engine’s shape and take the language’s decimal sign', () => {
    expect(stepNumber(2)).toBe('2.0');
    expect(stepNumber(-0.0083351)).toBe('−0.008335');
    inLanguage('es');
    expect(stepNumber(2)).toBe('2,0');
    expect(stepNumber(-0.0083351)).toBe('−0,008335');
    expect(stepNumber(Infinity)).toBe('∞');
  });

  it('say a step with the language’s decimal sign, from the engine’s numbers', () => {
    const g = buildNetwork('linear-regression', { w0: 0.5, w1: -1.5 });
    const forward = g.forward({ x: 2, y: 1 });
    const z = forward.find((s) => s.node === 'ŷ')!;
    expect(stepText(z)).toBe(z.text);
    inLanguage('es');
    expect(z.text).toMatch(/\d\.\d/);
    expect(stepText(z)).toBe(z.text.replaceAll('.', ','));
    expect(stepText(forward[0])).toBe('x = 2,0');
  });

  it('leave no dot decimal in any step of the lecture’s graph in Spanish', () => {
    const g = buildNetwork('linear-regression', { w0: 0.5, w1: -1.5 });
    const steps = [...g.forward({ x: 2, y: 1 }), ...g.backward('L')];
    inLanguage('es');
    const all = steps.flatMap((s) => [s, ...('edges' in s ? s.edges : [])]);
    expect(all.some((s) => /\d\.\d/.test(s.text))).toBe(true);
    for (const s of all) expect(stepText(s)).not.toMatch(/\d\.\d/);
    for (const s of all) expect(stepText(s)).toMatch(/\d,\d/);
  });

  it('write a pow node’s constant exponent with the language’s decimal sign', () => {
    const g = new Graph();
    g.pow('L', g.mul('u', g.param('w', 1.5), g.input('x')), 0.5);
    const L = g.forward({ x: 6 }).find((s) => s.node === 'L')!;
    const u = g.backward('L').find((s) => s.node === 'u')!;
    inLanguage('es');
    expect(stepText(L)).toBe('L = u^0,5 = 9,0^0,5 = 3,0');
    expect(stepFormula(L)).toBe('L = u^0,5');
    expect(stepFormula(u)).toBe('∂L/∂u = ∂L/∂L · ∂(u^0,5)/∂u');
    for (const text of [stepText(u), stepText(u.edges[0])]) expect(text).not.toMatch(/\d\.\d/);
  });
});
