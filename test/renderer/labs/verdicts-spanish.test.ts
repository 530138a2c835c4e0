// A student who works in Spanish reads the checks' verdicts and the answer boxes' complaints in
// Spanish, numbers with a decimal comma; the judgement is the same in both languages.
import { readdirSync, readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { i18n } from '../../../src-renderer/i18n';
import { runCheck } from '../../../src-renderer/labs/checks/registry';
import { parseLabNumber } from '../../../src-renderer/labs/parse-number';

const circuit = (threshold: number) => ({
  inputs: ['a1', 'a2'],
  nodes: [
    {
      id: 'c',
      sources: ['a1', 'a2'],
      unit: {
        mode: 'weighted',
        threshold,
        inputs: [
          { kind: 'excitatory', weight: 1 },
          { kind: 'excitatory', weight: 1 },
        ],
      },
    },
  ],
  outputs: ['c'],
});
const and = { kind: 'truth-table-equals', outputs: [0, 0, 0, 1] };
const softmax = { kind: 'softmax-equals', target: [0.51, 0.18, 0.31], fixed: [1.6, 0.55, null] };

describe('verdicts in Spanish', () => {
  beforeEach(() => {
    i18n.global.locale.value = 'es';
  });
  afterEach(() => {
    i18n.global.locale.value = 'en';
  });

  it('a wrong truth table names the wrong rows in Spanish; the right one passes in Spanish', () => {
    const wrong = runCheck(and, { circuit: circuit(1) });
    expect(wrong.passed).toBe(false);
    expect(wrong.message).toBe(
      '2 de 4 filas están mal: con a1 = 0, a2 = 1 da 1, la tabla pide 0; con a1 = 1, a2 = 0 da 1, la tabla pide 0.',
    );
    const right = runCheck(and, { circuit: circuit(2) });
    expect(right).toEqual({
      passed: true,
      message: 'Correcto: las 4 filas de la tabla de verdad coinciden.',
    });
  });

  it("a circuit the engine refuses is explained with the engine's words in Spanish", () => {
    const broken = circuit(Number.NaN);
    const verdict = runCheck(and, { circuit: broken });
    expect(verdict.passed).toBe(false);
    expect(verdict.message).toContain(
      'unidad de McCulloch–Pitts: el umbral debe ser un número finito; hay NaN',
    );
    expect(verdict.message).not.toMatch(/threshold|must be/);
  });

  it('numbers take the decimal comma, and lists of them a semicolon', () => {
    expect(runCheck(softmax, { scores: [1.6, 0.55, 0.98] }).message).toBe(
      'softmax da [0,53; 0,19; 0,28]; el objetivo es [0,51; 0,18; 0,31].',
    );
    expect(runCheck(softmax, { scores: [1.7, 0.55, 1.1] }).message).toBe(
      'Deja la puntuación 1 en 1,6; cambia las demás.',
    );
  });

  it('singular and plural forms follow the count', () => {
    const check = { kind: 'perceptron-never-settles', outputs: [0, 1, 1, 0], minEpochs: 20 };
    expect(runCheck(check, { epochs: 1, learningRate: 0.1 }).message).toBe(
      'Has ejecutado 1 época; ejecuta al menos 20 para ver que nunca se estabiliza.',
    );
    expect(runCheck(check, { epochs: 5, learningRate: 0.1 }).message).toBe(
      'Has ejecutado 5 épocas; ejecuta al menos 20 para ver que nunca se estabiliza.',
    );
  });

  it('an unknown check and a missing answer are explained in Spanish too', () => {
    expect(runCheck({ kind: 'no-such-check' }, {}).message).toBe(
      "Esta tarea usa una comprobación desconocida 'no-such-check'.",
    );
    expect(runCheck({ kind: 'updates-count', m: 10, K: 3, epochs: 2 }, {}).message).toBe(
      'Escribe el número de actualizaciones de los pesos.',
    );
  });

  it('an answer box says in Spanish what it cannot read', () => {
    expect(parseLabNumber('6 o 7')).toEqual({
      kind: 'invalid',
      message: '«6 o 7» no es un número.',
    });
    expect(parseLabNumber('1e999')).toEqual({
      kind: 'invalid',
      message: 'Ese número es demasiado grande.',
    });
  });

  it('the verdict is the same in both languages; only its words change', () => {
    const answer = { circuit: circuit(1) };
    const spanish = runCheck(and, answer);
    i18n.global.locale.value = 'en';
    const english = runCheck(and, answer);
    expect(spanish.passed).toBe(english.passed);
    expect(english.message).toMatch(/^2 of 4 rows are wrong/);
  });
});

describe('verdict messages', () => {
  it('every message a check names by a fixed key exists (a typo would show the key itself)', () => {
    const dir = new URL('../../../src-renderer/labs/checks/', import.meta.url);
    const missing: string[] = [];
    let named = 0;
    for (const file of readdirSync(dir)) {
      const source = readFileSync(new URL(file, dir), 'utf8');
      for (const [, key] of source.matchAll(/say\(\s*'([^']+)'/g)) {
        named++;
        if (!i18n.global.te(`verdicts.${key}`, 'en')) missing.push(`${file}: ${key}`);
      }
    }
    expect(missing).toEqual([]);
    expect(named).toBeGreaterThan(150);
  });
});
