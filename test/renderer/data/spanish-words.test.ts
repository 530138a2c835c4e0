// The Data view's words from its .ts modules follow the chosen language: the import problems
// said before Import and the place an import error points to.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { rolesProblem, withRole } from '../../../src-renderer/data/import-choice';
import { i18n } from '../../../src-renderer/i18n';

describe('Data words in Spanish', () => {
  beforeEach(() => {
    i18n.global.locale.value = 'es';
  });
  afterEach(() => {
    i18n.global.locale.value = 'en';
  });

  it('says in Spanish why roles cannot be imported and what moved', () => {
    expect(rolesProblem(['input', 'input'])).toBe(
      'Ninguna columna objetivo: elige la columna que la red debe predecir.',
    );
    const { note } = withRole(['target', 'input'], 1, 'target', ['a', 'b']);
    expect(note).toBe('a pasa a ser una entrada: un conjunto de datos tiene un solo objetivo.');
  });
});
