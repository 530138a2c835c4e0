// The lab figures' numbers in both languages: the same digits, the language's signs, and lists
// that stay readable when the comma is the decimal sign.
import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../../../src-renderer/i18n';
import { formatFixed, formatScientific } from '../../../src-renderer/i18n/format';
import { listText, lossText, pointText } from '../../../src-renderer/labs/figure-numbers';
import { labsNumber } from '../../../src-renderer/labs/labs-number';
import { planProblemsText } from '../../../src-renderer/labs/training/batch-arithmetic';

const inLanguage = (id: 'en' | 'es'): void => {
  i18n.global.locale.value = id;
};
afterEach(() => inLanguage('en'));

describe('figure numbers', () => {
  it('round as plane-geometry does (halves up, no -0) and write the language’s decimal sign', () => {
    expect(labsNumber(-2.5, 0)).toBe('-2');
    expect(labsNumber(-0.00001, 3)).toBe('0');
    expect(lossText(0.123456)).toBe('0.1235');
    inLanguage('es');
    expect(lossText(0.123456)).toBe('0,1235');
    expect(formatFixed(0.25, 3)).toBe('0,250');
  });

  it('write a value that blew up as the translated "diverged"', () => {
    expect(lossText(Infinity)).toBe('diverged');
    inLanguage('es');
    expect(lossText(NaN)).toBe('divergió');
    expect(formatScientific(0.000123, 2)).toBe('1,23e-4');
  });

  it('separate list items with a semicolon where the comma is the decimal sign', () => {
    expect(pointText([0.5, -1.0004])).toBe('(0.5, -1)');
    expect(listText(['1', '2'])).toBe('1, 2');
    inLanguage('es');
    expect(pointText([0.5, -1.0004])).toBe('(0,5; -1)');
  });

  it('give the batch calculator’s problems in the interface’s language', () => {
    expect(planProblemsText(10, 20)).toEqual(['K (batch size) cannot exceed m = 10']);
    inLanguage('es');
    expect(planProblemsText(10, 20)).toEqual(['K (tamaño del lote) no puede superar m = 10']);
    expect(planProblemsText(0.5, 0)).toEqual([
      expect.stringMatching(/^m \(muestras de entrenamiento\) debe ser un número entero de 1 a/),
      'K (tamaño del lote) debe ser un número entero ≥ 1',
    ]);
  });
});

describe('the labs-training messages', () => {
  const leaves = (o: object, at: string): string[] =>
    Object.entries(o).flatMap(([k, v]) =>
      typeof v === 'string' ? [`${at}.${k}`] : leaves(v as object, `${at}.${k}`),
    );

  it.each(['en', 'es'] as const)(
    'all compile in %s (a bare | would split them as plurals)',
    (id) => {
      inLanguage(id);
      const messages = i18n.global.getLocaleMessage(id) as Record<string, object>;
      const keys = leaves(messages['labs-training'], 'labs-training');
      expect(keys.length).toBeGreaterThan(100);
      for (const key of keys) expect(() => i18n.global.t(key, {}), key).not.toThrow();
      expect(i18n.global.t('labs-training.lossGradients.ce')).toMatch(
        /^\|∂ℓ\/∂z\|, .*: \|h − t\|$/,
      );
    },
  );
});
