import { describe, expect, it } from 'vitest';
import {
  isReservedName,
  plainNameProblem,
  slugOf,
  visibleName,
} from '../../../src-main/lessons/plain-name';

describe('plain names', () => {
  it('knows the names Windows keeps for devices, with any extension or case', () => {
    for (const name of ['CON', 'con.json', 'Nul.dataset', 'aux', 'COM1.x', 'lpt9', 'prn.a.b'])
      expect(isReservedName(name), name).toBe(true);
    for (const name of ['console.json', 'nullable', 'com10', 'lpt', 'a-con.json'])
      expect(isReservedName(name), name).toBe(false);
  });

  it('gives a lesson part a name that is a file everywhere', () => {
    expect(slugOf('Con', 'lab')).toBe('con-lab');
    expect(slugOf('NUL', 'dataset')).toBe('nul-dataset');
    expect(slugOf('Perceptron, part 2', 'lab')).toBe('perceptron-part-2');
    expect(plainNameProblem(`${slugOf('Con', 'lab')}.json`)).toBeUndefined();
  });

  it('shows hidden characters of a name escaped', () => {
    expect(visibleName('\u202egnp.exe')).toBe('\\u202egnp.exe');
    expect(visibleName('a\u0007b\u200bc')).toBe('a\\u0007b\\u200bc');
    expect(visibleName('plain.json')).toBe('plain.json');
  });
});
