// The engine's messages quote numbers a person gave (a learning rate, a momentum, a weight in a
// file): a Spanish reader reads them with the decimal comma and digit grouping, their digits
// kept; English reads them exactly as the engine wrote them; numbers that name a place (a
// layer, a row) and values that are not numbers (a quoted text, NaN) are left alone.
import { describe, expect, it } from 'vitest';
import { problemOf, type EngineProblem } from '../../../src-engine/core/engine-error';
import { assertValidConfig } from '../../../src-engine/train/config';
import { problemDetail } from '../../../src-main/contract/engine-detail';
import { engineText } from '../../../src-renderer/i18n/engine-text';
import { errorText } from '../../../src-renderer/i18n/error-text';
import { localNumber } from '../../../src-renderer/i18n/local-number';
import { languageSwitch } from '../in-spanish';

const setLanguage = languageSwitch();

/** The engine's own problem with a training config changed as given. */
function configProblem(change: Record<string, unknown>): EngineProblem {
  try {
    const valid = { loss: 'mse', optimizer: { name: 'sgd' }, learningRate: 0.1, batchSize: 1 };
    assertValidConfig({ ...valid, epochs: 1, seed: 1, ...change } as never);
  } catch (error) {
    const problem = problemOf(error);
    if (problem) return problem;
    throw error;
  }
  throw new Error(`the config ${JSON.stringify(change)} was accepted`);
}

describe('numbers in engine messages', () => {
  it('a refused learning rate of -0.5 reads -0,5 in Spanish and -0.5 in English', () => {
    const problem = configProblem({ learningRate: -0.5 });
    expect(engineText(problem)).toBe(problem.message);
    expect(problem.message).toContain('-0.5');
    setLanguage('es');
    const spanish = engineText(problem);
    expect(spanish).toContain('-0,5');
    expect(spanish).not.toContain('0.5');
  });

  it('an optimizer field out of range reads with a comma, also when main forwards it', () => {
    const problem = configProblem({ optimizer: { name: 'sgd', momentum: 1.25 } });
    setLanguage('es');
    const direct = engineText(problem);
    expect(direct).toContain('1,25');
    expect(direct).not.toContain('1.25');
    expect(errorText({ message: problem.message, detail: problemDetail(problem) })).toBe(direct);
  });

  it('keeps every digit as written, including trailing zeros and tiny values', () => {
    setLanguage('es');
    expect(localNumber('0.50')).toBe('0,50');
    expect(localNumber(0.123456789)).toBe('0,123456789');
    expect(localNumber('1e-7')).toBe('0,0000001');
    expect(localNumber(12345)).toBe('12.345');
    setLanguage('en');
    expect(localNumber('0.50')).toBe('0.50');
  });

  it('leaves what is not a plain number as it is', () => {
    setLanguage('es');
    for (const text of ["'0.5'", 'NaN', 'Infinity', 'weights.W[1][0]', '1.2.3', ''])
      expect(localNumber(text), text).toBeNull();
  });

  it('does not group the numbers that name a place', () => {
    setLanguage('es');
    const said = {
      code: 'data.input',
      values: { part: 'training', row: 12345, column: 2, got: '0.5', gotKind: 'value' },
      message: 'training data: row 12345, input 2: got 0.5',
    };
    expect(engineText(said)).toBe('datos de entrenamiento: fila 12345, entrada 2: vale 0,5');
  });
});
