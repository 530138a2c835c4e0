// Every message id the store gives its refusals (src-main/store/store-messages.ts) has an English
// and a Spanish message, filled in from the values main names; a real refusal reads in English as
// main wrote it and in Spanish without main's English.
import { describe, expect, it } from 'vitest';
import type { LabError } from '../../../src-main/contract/result';
import { StoreError } from '../../../src-main/store/store-error';
import {
  STORE_MESSAGES,
  storeDetail,
  type StoreMessageId,
} from '../../../src-main/store/store-messages';
import { errorText } from '../../../src-renderer/i18n/error-text';
import { storeWithRun, tempStore } from '../../main/store/helpers';
import { languageSwitch } from '../in-spanish';

/** A value for every name a store message may give. */
const SAMPLE: Record<string, string | number> = {
  id: 12,
  kind: 'dataset',
  name: 'xor',
  x: 8,
  y: 3,
  rows: 4,
  labels: 5,
  status: 'flying',
  found: 9,
  supported: 8,
  file: '/data/neuron-lab.db',
  folder: '/data',
  target: '/media/usb/neuron-lab.db',
  code: 'EACCES',
  why: 'SQLITE_ERROR: no such table',
  disk: '/data, 0 B free',
};

const setLanguage = languageSwitch();

function said(error: Pick<LabError, 'message' | 'detail'>, locale: 'en' | 'es'): string {
  setLanguage(locale);
  return errorText(error);
}

describe('store message ids', () => {
  it('every id has a message in both languages, each filled in from its own values', () => {
    const ids = Object.keys(STORE_MESSAGES) as StoreMessageId[];
    expect(ids.length).toBeGreaterThan(30);
    for (const id of ids) {
      const params = Object.fromEntries(STORE_MESSAGES[id].map((name) => [name, SAMPLE[name]]));
      const error = { message: `main: ${id}`, detail: storeDetail(id, params as never) };
      const [en, es] = [said(error, 'en'), said(error, 'es')];
      // main's English would mean no message; a brace, a value it was not given
      expect(en, id).not.toMatch(/^main: |[{}]/);
      expect(es, id).not.toMatch(/^main: |[{}]/);
      expect(es, `${id} is not translated`).not.toBe(en);
      for (const name of STORE_MESSAGES[id]) {
        if (typeof SAMPLE[name] === 'string')
          expect(es, `${id} names {${name}}`).toContain(SAMPLE[name]);
      }
    }
  });
});

describe('real store refusals', () => {
  const refusal = (act: () => unknown): StoreError => {
    try {
      act();
    } catch (error) {
      if (error instanceof StoreError) return error;
      throw error;
    }
    throw new Error('nothing was refused');
  };

  it('read in English as main wrote them, and in Spanish', () => {
    const { store, datasetId } = storeWithRun();
    const inUse = refusal(() => store.datasets.delete(datasetId));
    expect(said(inUse, 'en')).toBe(inUse.message);
    expect(said(inUse, 'es')).toBe(
      `el conjunto de datos ${datasetId} lo usan experimentos; bórralos primero`,
    );
    const spec = { inputs: 2, layers: [{ units: 1, activation: 'sigmoid' as const }] };
    store.designs.create('perceptron', spec);
    const taken = refusal(() => store.designs.create('perceptron', spec));
    expect(said(taken, 'en')).toBe(taken.message);
    expect(said(taken, 'es')).toBe("ya existe un diseño llamado 'perceptron'");
  });

  it('name a record by its id without digit grouping', () => {
    const missing = refusal(() => tempStore().datasets.rename(12345, 'x'));
    expect(said(missing, 'es')).toBe('el conjunto de datos 12345 no existe');
  });
});
