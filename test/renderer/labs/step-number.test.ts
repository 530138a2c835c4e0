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

  it('turn only decimal points of a step text into commas', () => {
    inLanguage('es');
    expect(stepText('∂L/∂z = 2.0 · (−1.5) = −3.0')).toBe('∂L/∂z = 2,0 · (−1,5) = −3,0');
    expect(stepText('z = w0 + w1·x')).toBe('z = w0 + w1·x');
    inLanguage('en');
    expect(stepText('z = 2.0 · 1.5')).toBe('z = 2.0 · 1.5');
  });

  it('leave no dot decimal in any step of the lecture’s graph in Spanish', () => {
    const g = buildNetwork('linear-regression', { w0: 0.5, w1: -1.5 });
    const steps = [...g.forward({ x: 2, y: 1 }), ...g.backward('L')];
    inLanguage('es');
    const texts = steps.flatMap((s) => [
      s.text,
      ...('edges' in s ? s.edges.map((e) => e.text) : []),
    ]);
    expect(texts.some((s) => /\d\.\d/.test(s))).toBe(true);
    for (const s of texts.map(stepText)) expect(s).not.toMatch(/\d\.\d/);
  });
});
