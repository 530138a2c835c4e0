// A model file's own fields that main checks (names, derived inputs) and a file that does not
// fit the chosen dataset: main gives the id and values beside its English, a Spanish reader
// reads them in Spanish with the file's names and numbers, and English stays main's words.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkFits } from '../../../src-main/export/import-model';
import { importModelJson } from '../../../src-main/export/model-json';
import type { DatasetRecord } from '../../../src-main/store/records';
import { errorText } from '../../../src-renderer/i18n/error-text';
import { languageSwitch } from '../in-spanish';
import { mainRefusal } from './main-refusal';

const use = languageSwitch();

/** main's answer to importing the small 2-2-1 model file with `edit` applied. */
async function imported(edit: (file: Record<string, unknown>) => void) {
  const file = JSON.parse(
    readFileSync(new URL('../../fixtures/models/small-2-2-1.json', import.meta.url), 'utf8'),
  );
  edit(file);
  return mainRefusal(() => importModelJson(JSON.stringify(file)));
}

describe('a model file’s fields main checks', () => {
  it('labels of the wrong count: the counts in both languages', async () => {
    const error = await imported((f) => (f.labels = ['yes']));
    expect(error.detail).toEqual({
      key: 'modelFile.nameCount',
      params: { field: 'labels', expected: 2, length: 1 },
    });
    use('en');
    expect(errorText(error)).toBe('model file: labels: expected 2 names, got 1');
    use('es');
    expect(errorText(error)).toBe('archivo de modelo: labels: se esperaban 2 nombres; hay 1');
  });

  it('feature names that are not a list say what was found', async () => {
    const object = await imported((f) => (f.featureNames = { a: 1 }));
    expect(object.detail).toEqual({
      key: 'modelFile.names',
      params: { field: 'featureNames', got: 'an object', gotKind: 'object' },
    });
    use('en');
    expect(errorText(object)).toBe(object.message);
    use('es');
    expect(errorText(object)).toBe(
      'archivo de modelo: featureNames: se esperaba una lista de nombres; hay un objeto',
    );
    const numbers = await imported((f) => (f.targetNames = [1, 2]));
    expect(errorText(numbers)).toBe(
      'archivo de modelo: targetNames: se esperaba una lista de nombres; hay una lista de 2',
    );
  });

  it('derived inputs that do not make the spec’s inputs name the features and both counts', async () => {
    const error = await imported((f) => (f.derived = ['xSquared']));
    expect(error.detail).toEqual({
      key: 'modelFile.derivedInputs',
      params: { field: 'derived', features: 'x, y, xSquared', made: 3, inputs: 2 },
    });
    use('en');
    expect(errorText(error)).toBe(error.message);
    use('es');
    expect(errorText(error)).toBe(
      'archivo de modelo: derived: las características x, y, xSquared dan 3 entradas, pero spec.inputs es 2',
    );
    const list = await imported((f) => (f.derived = 'squares'));
    expect(list.detail).toMatchObject({ key: 'modelFile.derivedList' });
    use('en');
    expect(errorText(list)).toBe(list.message);
    use('es');
    expect(errorText(list)).toMatch(/^archivo de modelo: derived: se esperaba una lista de x, y, /);
    expect(errorText(list)).toMatch(/; hay 'squares'$/);
  });
});

describe('a model file that does not fit the dataset', () => {
  const text = readFileSync(
    new URL('../../fixtures/models/small-2-2-1.json', import.meta.url),
    'utf8',
  );
  /** A stored regression dataset of two rows, `inputs` input columns and one target
   * (toEngineDataset reads the sizes from the arrays and the names from the columns). */
  const dataset = (inputs: number): DatasetRecord =>
    ({
      id: 1,
      name: 'medidas',
      hash: 'h',
      task: 'regression',
      rowCount: 2,
      columns: [],
      x: new Float32Array(2 * inputs),
      y: new Float32Array(2),
    }) as unknown as DatasetRecord;

  it('names the dataset and both input counts', async () => {
    const error = await mainRefusal(() => checkFits(importModelJson(text), dataset(3)));
    expect(error.detail).toEqual({
      key: 'modelFit.inputs',
      params: { dataset: 'medidas', takes: 2, gives: 3 },
    });
    use('en');
    expect(errorText(error)).toBe(error.message);
    use('es');
    expect(errorText(error)).toBe(
      'el modelo no encaja con el conjunto de datos «medidas»: el modelo toma 2 entradas y «medidas» da 3',
    );
  });
});
