import { describe, expect, it } from 'vitest';
import { useLearningRate } from '../../../src-renderer/composables/use-learning-rate';
import { i18n } from '../../../src-renderer/i18n';

describe('useLearningRate', () => {
  it('trains with the typed rate while it is a number above 0, saying nothing', () => {
    const { alpha, rate, rateNote } = useLearningRate(0.5);
    expect(rate()).toBe(0.5);
    alpha.value = 0.03;
    expect(rate()).toBe(0.03);
    expect(rateNote.value).toBeNull();
  });

  it.each([0, -1, NaN, Infinity, '' as unknown as number])(
    'falls back to the lab’s rate for %s and says so',
    (typed) => {
      const { alpha, rate, rateNote } = useLearningRate(0.2, 0.25);
      alpha.value = typed;
      expect(rate()).toBe(0.25);
      expect(rateNote.value).toContain('0.25');
    },
  );

  it('writes the note in the chosen language, with its decimal sign', () => {
    const { alpha, rateNote } = useLearningRate(0.25);
    alpha.value = -2;
    i18n.global.locale.value = 'es';
    try {
      expect(rateNote.value).toContain('α = 0,25');
      expect(rateNote.value).toMatch(/^La tasa de aprendizaje/);
    } finally {
      i18n.global.locale.value = 'en';
    }
    expect(rateNote.value).toMatch(/^The learning rate/);
  });
});
