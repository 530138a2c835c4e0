// Generated datasets' names and class names in the reader's language; users' names untouched.
import { describe, expect, it } from 'vitest';
import { languageSwitch } from '../in-spanish';
import {
  classNameText,
  datasetNameText,
  engineClassText,
} from '../../../src-renderer/data/dataset-name-text';

const inLanguage = languageSwitch();

const spiral = {
  name: 'Spiral (count 500, noise 0.1)',
  source: 'builtin:spiral',
  generator: { name: 'spiral', params: { count: 500, noise: 0.1 } },
};

describe('dataset names', () => {
  it('say main’s name of a generated dataset in Spanish, with Spanish numbers', () => {
    expect(datasetNameText(spiral)).toBe('Spiral (count 500, noise 0.1)');
    inLanguage('es');
    expect(datasetNameText(spiral)).toBe('Espiral (muestras 500; ruido 0,1)');
    expect(datasetNameText({ name: 'XOR', source: 'builtin:xor-gate' })).toBe('XOR');
    const xor = {
      name: 'Exclusive or',
      source: 'builtin:xor',
      generator: { name: 'xor', params: {} },
    };
    expect(datasetNameText(xor)).toBe('O exclusivo');
  });

  it('leave a name main did not give (a user’s, a file’s) as it is', () => {
    inLanguage('es');
    expect(datasetNameText({ ...spiral, name: 'my spiral' })).toBe('my spiral');
    expect(datasetNameText({ name: 'Spiral', source: '/home/u/Spiral.csv' })).toBe('Spiral');
  });

  it('say the engine’s class names of a built-in in Spanish, not a file’s', () => {
    inLanguage('es');
    expect(classNameText(spiral, 'spiral A')).toBe('espiral A');
    expect(classNameText({ ...spiral, source: 'builtin:moons' }, 'upper moon')).toBe(
      'luna superior',
    );
    expect(classNameText({ name: 'Iris', source: 'builtin:iris' }, 'setosa')).toBe('setosa');
    expect(classNameText({ name: 'f', source: '/tmp/f.csv' }, 'spiral A')).toBe('spiral A');
    expect(engineClassText('same sign')).toBe('mismo signo');
    expect(engineClassText('setosa')).toBe('setosa');
  });
});
