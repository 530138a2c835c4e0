import { describe, expect, it } from 'vitest';
import { describeArchitecture } from '../../../src-engine/network/describe-architecture';

const spec = {
  inputs: 2,
  layers: [
    { units: 8, activation: 'tanh' },
    { units: 1, activation: 'sigmoid' },
  ],
};

describe('describeArchitecture', () => {
  it('writes the sizes inputs first, with the separator asked for', () => {
    expect(describeArchitecture(spec)).toBe('2-8-1');
    expect(describeArchitecture(spec, { separator: '–' })).toBe('2–8–1');
    expect(describeArchitecture({ inputs: 3, layers: [] })).toBe('3');
  });

  it('writes each layer with its activation', () => {
    expect(describeArchitecture(spec, { activations: true })).toBe('2 → 8 tanh → 1 sigmoid');
  });
});
