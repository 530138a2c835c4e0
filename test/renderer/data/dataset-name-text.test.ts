// Names main chose for generated datasets, and generators' class names, in the reader's
// language, composed from what main and the engine say they are; users' names untouched.
import { describe, expect, it } from 'vitest';
import { CLASS_IDS } from '../../../src-engine/data/class-names';
import {
  classNameText,
  datasetNameText,
  generatorClassText,
  storedNameText,
} from '../../../src-renderer/data/dataset-name-text';
import { i18n } from '../../../src-renderer/i18n';
import { languageSwitch } from '../in-spanish';

const inLanguage = languageSwitch();

const MAIN_NAME = 'Spiral (count 500, noise 0.1)';
const spiral = {
  name: MAIN_NAME,
  nameFrom: { builtin: 'spiral', params: { count: 500, noise: 0.1 } },
};

describe('dataset names', () => {
  it('say main’s name of a generated dataset in Spanish, with Spanish numbers', () => {
    expect(datasetNameText(spiral)).toBe(MAIN_NAME);
    inLanguage('es');
    expect(datasetNameText(spiral)).toBe('Espiral (muestras 500; ruido 0,1)');
    expect(
      datasetNameText({ name: 'Exclusive or', nameFrom: { builtin: 'xor', params: {} } }),
    ).toBe('O exclusivo');
  });

  it('are composed from what main says, not from the stored text', () => {
    inLanguage('es');
    // main's English may change; what it was made of still names it
    const reworded = { ...spiral, name: 'Spiral, 500 points, noise 0.1' };
    expect(datasetNameText(reworded)).toBe('Espiral (muestras 500; ruido 0,1)');
  });

  it('leave a name main did not choose as it is, even one that reads like main’s', () => {
    inLanguage('es');
    expect(datasetNameText({ name: MAIN_NAME })).toBe(MAIN_NAME);
    expect(datasetNameText({ name: 'Spiral' })).toBe('Spiral');
    expect(storedNameText(MAIN_NAME, { name: MAIN_NAME })).toBe(MAIN_NAME);
    expect(storedNameText(MAIN_NAME, spiral)).toBe('Espiral (muestras 500; ruido 0,1)');
    // a setup that names its dataset otherwise keeps that name
    expect(storedNameText('Lab data', spiral)).toBe('Lab data');
  });
});

describe('class names', () => {
  it('say a generator’s classes in Spanish from their ids, others as stored', () => {
    inLanguage('es');
    const generated = { generator: { name: 'moons', params: {} } };
    expect(classNameText(generated, 0, 'upper moon')).toBe('luna superior');
    // by the id, whatever the stored English
    expect(classNameText(generated, 1, 'moon 2')).toBe('luna inferior');
    expect(generatorClassText('xor', 1, 'same sign')).toBe('mismo signo');
    // Iris' species, a file's classes, numbered blobs: data
    expect(classNameText({}, 0, 'setosa')).toBe('setosa');
    expect(generatorClassText('blobs', 2, 'class 2')).toBe('class 2');
    expect(generatorClassText(undefined, 0, 'spiral A')).toBe('spiral A');
  });

  it('have a message in every language for every class id', () => {
    for (const locale of ['en', 'es'] as const) {
      for (const id of CLASS_IDS)
        expect(i18n.global.te(`dataset-names.class.${id}`, locale)).toBe(true);
    }
  });
});
