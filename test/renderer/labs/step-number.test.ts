// The computation-graph and delta labs' numbers: the engine's shape, the language's decimal sign.
import { describe, expect, it } from 'vitest';
import { languageSwitch } from '../in-spanish';
import { stepNumber, stepText } from '../../../src-renderer/labs/step-number';
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
});
