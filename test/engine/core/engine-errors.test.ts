// Every problem the engine gives a person carries a code from ENGINE_CODES and exactly the
// values that code names, so that an interface can say it in another language; its English
// message is unchanged for the command line and the logs.
import { describe, expect, it } from 'vitest';
import { ENGINE_CODES } from '../../../src-engine/core/engine-codes';
import { engineProblem, fillMessage } from '../../../src-engine/core/engine-error';
import { gotValues } from '../../../src-engine/data/validate';
import { CASES } from './engine-error-cases';

/** The values that come with a `got` (gotKind, gotCount), as gotValues gives them for a list. */
const GOT_COMPANIONS = Object.keys(gotValues([])).filter((name) => name !== 'got');

describe('engine problems carry their code and values', () => {
  for (const [code, make] of CASES) {
    it(code, () => {
      const problem = make();
      expect(problem.code).toBe(code);
      const expected: string[] = [...ENGINE_CODES[code]];
      if (expected.includes('got') && typeof problem.values.gotKind === 'string') {
        expected.push(...GOT_COMPANIONS.filter((name) => name in problem.values));
      }
      expect(Object.keys(problem.values).sort()).toEqual(expected.sort());
      for (const value of Object.values(problem.values)) {
        expect(['string', 'number']).toContain(typeof value);
      }
      expect(problem.message.length).toBeGreaterThan(0);
    });
  }

  it('every code has a case above, so none goes untested', () => {
    const covered = new Set(CASES.map(([code]) => code));
    expect(Object.keys(ENGINE_CODES).filter((code) => !covered.has(code as never))).toEqual([]);
  });

  it('a model file with two spec problems lists both, each with its layer', () => {
    const problem = CASES.find(([code]) => code === 'model.spec')![1]();
    expect(problem.message).toBe(
      'model file: spec: layer 1: softmax belongs on the output layer only; layer 2: units must be a whole number from 1 to 65536, got 0',
    );
    expect(problem.parts?.map((p) => [p.code, p.values.layer])).toEqual([
      ['spec.softmaxNotOutput', 1],
      ['spec.units', 2],
    ]);
  });

  it('the compiler holds a code to the values ENGINE_CODES names for it', () => {
    // @ts-expect-error 'weights.biases' names its layer and count, not rows
    const wrong = () => engineProblem('weights.biases', { layer: 1, rows: 3 });
    // @ts-expect-error 'weights.biases' needs its count
    const missing = () => engineProblem('weights.biases', { layer: 1 });
    expect([wrong, missing]).toHaveLength(2);
    expect(engineProblem('weights.biases', { layer: 2, count: 3 }).message).toBe(
      'weights: layer 2 needs 3 biases',
    );
  });

  it('the English is filled in as vue-i18n writes it: quoted literals, a missing value shown', () => {
    expect(fillMessage("expected {'{'} a {'}'}, got {got}", { got: 3 })).toBe(
      'expected { a }, got 3',
    );
    expect(fillMessage('{a} and {b}', { a: 'x' })).toBe('x and {b}');
  });
});
