// A training config that is wrong reaches a person when a model file carries it (Experiments ▸
// Import model): main refuses it with the engine's code and values, and a Spanish reader reads
// it in Spanish; the English stays as the command line prints it.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultTraining } from '../../../src-engine/train/default-training';
import { importModelJson } from '../../../src-main/export/model-json';
import { i18n } from '../../../src-renderer/i18n';
import { errorText } from '../../../src-renderer/i18n/error-text';
import { mainRefusal } from './main-refusal';

afterEach(() => {
  i18n.global.locale.value = 'en';
});

/** main's answer to importing the small model file with `training` edited. */
async function imported(edit: (training: Record<string, unknown>) => void) {
  const file = JSON.parse(
    readFileSync(new URL('../../fixtures/models/small-2-2-1.json', import.meta.url), 'utf8'),
  );
  file.training = defaultTraining('classification', file.spec);
  edit(file.training);
  return mainRefusal(() => importModelJson(JSON.stringify(file)));
}

describe("a model file's training config", () => {
  it('a learning rate of 0: English as before, Spanish through the detail', async () => {
    const error = await imported((t) => (t.learningRate = 0));
    expect(error.message).toBe(
      'model file: training: learning rate must be a positive number, got 0',
    );
    expect(error.detail?.key).toBe('engine.model.training');
    expect(errorText(error)).toBe(error.message);
    i18n.global.locale.value = 'es';
    expect(errorText(error)).toBe(
      'archivo de modelo: entrenamiento: la tasa de aprendizaje debe ser un número positivo; hay 0',
    );
  });

  it('an optimizer number and a schedule out of range are said in Spanish too', async () => {
    i18n.global.locale.value = 'es';
    const momentum = await imported((t) => (t.optimizer = { name: 'sgd', momentum: 2 }));
    expect(errorText(momentum)).toBe(
      'archivo de modelo: entrenamiento: optimizador sgd: momentum fuera de rango (2)',
    );
    const every = await imported((t) => (t.schedule = { kind: 'step', gamma: 0.5, every: 0 }));
    expect(errorText(every)).toBe(
      "archivo de modelo: entrenamiento: calendario de la tasa de aprendizaje 'step': every debe ser ≥ 1",
    );
    const epochs = await imported((t) => (t.epochs = 2.5));
    expect(errorText(epochs)).toMatch(/las épocas deben ser un número entero ≥ 1; hay 2,5$/);
  });
});
