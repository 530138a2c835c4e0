import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../../../src-renderer/i18n';
import { messages } from '../../../src-renderer/i18n/messages';
import { controlLabel, LABELLED_CONTROLS } from '../../../src-renderer/labs/control-labels';
import { FIGURE_KINDS } from '../../../src-main/contract/lab-document/figure-kinds';

const t = (key: string) => i18n.global.t(key);

afterEach(() => {
  i18n.global.locale.value = 'en';
});

describe('controlLabel', () => {
  it('gives the words people read for the keys lab files use, in their language', () => {
    expect(controlLabel('learningRate', t)).toBe('Learning rate');
    expect(controlLabel('K', t)).toBe('Batch size K');
    i18n.global.locale.value = 'es';
    expect(controlLabel('learningRate', t)).toBe('Tasa de aprendizaje');
    expect(controlLabel('K', t)).toBe('Tamaño de lote K');
  });

  it('spells out a key it does not know from its camel case', () => {
    expect(controlLabel('maxEpochs', t)).toBe('Max epochs');
  });

  it('has a message, not a spelled-out key, for every control of every figure', () => {
    const labelled = new Set<string>(LABELLED_CONTROLS);
    for (const kind of Object.values(FIGURE_KINDS)) {
      for (const key of kind.controls) expect(labelled.has(key), key).toBe(true);
    }
  });

  it('lists exactly the controls the message file names', () => {
    const area = messages.en['labs-teacher'] as { controls: Record<string, string> };
    expect(Object.keys(area.controls).sort()).toEqual([...LABELLED_CONTROLS].sort());
  });
});

describe('the editor names every figure kind', () => {
  it('has a message for each kind, in each language', () => {
    for (const locale of ['en', 'es'] as const) {
      const area = messages[locale]['labs-teacher'] as { kinds: Record<string, string> };
      expect(Object.keys(area.kinds).sort(), locale).toEqual(Object.keys(FIGURE_KINDS).sort());
    }
  });
});
