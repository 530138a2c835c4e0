import { describe, expect, it } from 'vitest';
import type { ParsedArgs } from '../../../src-main/cli/command-spec';
import { experimentIdOperand, oneOperand } from '../../../src-main/cli/operands';

const args = (...positional: string[]): ParsedArgs => ({
  command: 'x',
  positional,
  options: new Map(),
});

describe('oneOperand', () => {
  it('returns the only operand', () => {
    expect(oneOperand(args('a.csv'), 'import-model', 'a model file', 'file')).toBe('a.csv');
  });

  it('names the command and what it needs when there is none, and refuses two', () => {
    expect(() => oneOperand(args(), 'import-model', 'a model file', 'file')).toThrow(
      'import-model needs a model file',
    );
    expect(() => oneOperand(args('a', 'b'), 'import-model', 'a model file', 'file')).toThrow(
      "import-model takes one file, got 'a b'",
    );
  });
});

describe('experimentIdOperand', () => {
  it('reads a whole number from 1', () => {
    expect(experimentIdOperand(args('12'), 'show')).toBe(12);
  });

  it.each([[[]], [['0']], [['1.5']], [['x']]])('refuses %j', (given) => {
    expect(() => experimentIdOperand(args(...given), 'show')).toThrow(
      `show needs an experiment id (a whole number), got '${given[0] ?? ''}'`,
    );
  });

  it('refuses a second operand instead of ignoring it', () => {
    expect(() => experimentIdOperand(args('3', '4'), 'show')).toThrow(
      "show takes one experiment id, got '3 4'",
    );
  });
});
