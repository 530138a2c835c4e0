// A request main's schema refused, as a reader sees it: English exactly as main wrote it (the
// command line's words), Spanish with the request's own numbers, each field named in Spanish
// with its path as the request writes it.
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../src-main/contract/dispatch';
import { withNotImplemented } from '../../../src-main/contract/handlers';
import type { LabError } from '../../../src-main/contract/result';
import { calls } from '../../../src-main/contract/calls';
import { recordedIds } from '../../../src-main/contract/schemas/request-words';
import { i18n } from '../../../src-renderer/i18n';
import { errorText } from '../../../src-renderer/i18n/error-text';
import { languageSwitch } from '../in-spanish';

const use = languageSwitch();

async function refusal(name: string, payload: unknown): Promise<LabError> {
  const result = await dispatch(withNotImplemented({}), name, payload, { host: 'local' });
  if (result.ok) throw new Error('expected main to refuse');
  return result.error;
}

const layer = (units: number, activation = 'relu') => ({ units, activation });
const save = (spec: unknown) => refusal('designs:save', { name: 'n', spec });

describe('a refused request in the reader’s language', () => {
  it('too many weights: the count and the limit in Spanish digits', async () => {
    const error = await save({ inputs: 3, layers: [layer(4000), layer(5000), layer(2)] });
    use('en');
    expect(errorText(error)).toBe(error.message);
    use('es');
    expect(errorText(error)).toBe(
      'designs:save: red (spec): la red tiene 20.031.002 pesos; como mucho 20.000.000',
    );
  });

  it('the engine’s check names the layer', async () => {
    const error = await save({ inputs: 2, layers: [layer(3, 'softmax'), layer(1, 'sigmoid')] });
    use('en');
    expect(errorText(error)).toBe(error.message);
    use('es');
    expect(errorText(error)).toBe(
      'designs:save: red (spec): capa 1: softmax solo puede ir en la capa de salida',
    );
  });

  it('a range, a missing field, unknown fields and the problems not listed', async () => {
    const spec = { inputs: 2, layers: [{ activation: 'relu' }, { ...layer(70_000), extra: 1 }] };
    const error = await save(spec);
    use('en');
    expect(errorText(error)).toBe(error.message);
    use('es');
    expect(errorText(error)).toBe(
      'designs:save: unidades (spec.layers[0].units): falta (se esperaba un número entero de 1 a 65536); ' +
        'unidades (spec.layers[1].units): se esperaba un número entero de 1 a 65536; ' +
        "capas (spec.layers[1]): campo inesperado 'extra'",
    );
    const many = await save({ inputs: 0, layers: [layer(0), layer(0), layer(0, 'nope')] });
    use('en');
    expect(errorText(many)).toBe(many.message);
    use('es');
    expect(errorText(many)).toMatch(/ \(y 2 más\)$/);
  });

  it('a decimal bound and a choice of values', async () => {
    const training = {
      loss: 'mse',
      optimizer: { name: 'sgd', momentum: 1.5 },
      learningRate: 0.1,
      batchSize: 8,
      epochs: 10,
      shuffle: true,
      seed: 1,
    };
    const error = await refusal('runs:start', {
      datasetId: 1,
      spec: { inputs: 2, layers: [layer(1, 'linear')] },
      training,
      seed: 1,
      normalize: 'zscore',
    });
    use('en');
    expect(errorText(error)).toBe(error.message);
    use('es');
    expect(errorText(error)).toBe(
      'runs:start: momento (training.optimizer.momentum): se esperaba un número de 0 a 0,999999; ' +
        "normalización (normalize): se esperaba uno de estos valores: 'standard', 'minmax', 'none'",
    );
  });

  it('a problem without a message keeps main’s English', () => {
    use('es');
    const message = 'designs:save: spec: something new';
    const part = {
      key: 'request.unknown',
      params: { field: 'spec' },
      message: 'spec: something new',
    };
    const detail = {
      key: 'request.invalid',
      params: { call: 'designs:save', more: 0 },
      parts: [part],
    };
    expect(errorText({ message, detail })).toBe(message);
  });

  it('an initialisation of an unknown kind, its braces and bars as main writes them', async () => {
    const error = await save({ inputs: 2, layers: [layer(1)], init: { kind: 'normal' } });
    use('en');
    expect(errorText(error)).toBe(
      "designs:save: spec.init.kind: expected an initialisation { kind: 'uniform' | 'xavier' | 'he' | 'zeros' }",
    );
    use('es');
    expect(errorText(error)).toBe(
      "designs:save: tipo (spec.init.kind): se esperaba una inicialización { kind: 'uniform' | 'xavier' | 'he' | 'zeros' }",
    );
  });

  it('every id the schemas record has a message in both languages', () => {
    expect(Object.keys(calls).length).toBeGreaterThan(0);
    const ids = [...recordedIds()];
    expect(ids).toContain('wholeFrom');
    for (const locale of ['en', 'es'] as const)
      for (const id of ids)
        expect(i18n.global.te(`request-errors.${id}`, locale), `${locale}: ${id}`).toBe(true);
  });
});
