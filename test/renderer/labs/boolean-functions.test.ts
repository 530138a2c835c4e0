import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../../../src-renderer/i18n';
import { booleanFunctions, booleanName } from '../../../src-renderer/labs/models/boolean-functions';

afterEach(() => {
  i18n.global.locale.value = 'en';
});

describe('the sixteen boolean functions', () => {
  it('names every truth table once, the constants in words of the interface', () => {
    const tables = booleanFunctions().map((f) => f.table);
    expect(new Set(tables).size).toBe(16);
    expect(booleanName('0111')).toBe('x₁ OR x₂');
    expect(booleanName('0000')).toBe('never fires (0)');
    expect(booleanName('2222')).toBeNull();
    i18n.global.locale.value = 'es';
    expect(booleanName('0000')).toBe('nunca se activa (0)');
    expect(booleanName('1111')).toBe('siempre se activa (1)');
    expect(booleanFunctions().find((f) => f.table === '1111')?.name).toBe('siempre se activa (1)');
    // the gates keep the logic's notation
    expect(booleanName('0110')).toBe('x₁ XOR x₂');
  });
});
