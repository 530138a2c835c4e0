// The Data view's words from its .ts modules follow the chosen language: the import problems
// said before Import and the place an import error points to.
import { describe, expect, it } from 'vitest';
import { rolesProblem, withRole } from '../../../src-renderer/data/import-choice';
import { inSpanish } from '../in-spanish';

describe('Data words in Spanish', () => {
  inSpanish();

  it('says in Spanish why roles cannot be imported and what moved', () => {
    expect(rolesProblem(['input', 'input'])).toBe(
      'Ninguna columna objetivo: elige la columna que la red debe predecir.',
    );
    const { note } = withRole(['target', 'input'], 1, 'target', ['a', 'b']);
    expect(note).toBe('a pasa a ser una entrada: un conjunto de datos tiene un solo objetivo.');
  });
});
