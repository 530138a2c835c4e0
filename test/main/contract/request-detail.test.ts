// A refused request carries each problem's id and values beside main's English, so that the
// renderer can say it in another language: building blocks by the id they recorded, the
// network's weight limit and the engine's own spec checks by theirs.
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../src-main/contract/dispatch';
import { withNotImplemented } from '../../../src-main/contract/handlers';
import type { LabError } from '../../../src-main/contract/result';

async function refusal(name: string, payload: unknown): Promise<LabError> {
  const result = await dispatch(withNotImplemented({}), name, payload, { host: 'local' });
  if (result.ok) throw new Error('expected main to refuse');
  return result.error;
}

const layer = (units: number, activation = 'relu') => ({ units, activation });

describe('the detail of a refused request', () => {
  it('names the weight limit with the network’s own count', async () => {
    const spec = { inputs: 3, layers: [layer(4000), layer(5000), layer(2, 'softmax')] };
    const error = await refusal('designs:save', { name: 'big', spec });
    expect(error.message).toBe(
      'designs:save: spec: the network has 20,031,002 weights; at most 20,000,000',
    );
    expect(error.detail).toEqual({
      key: 'request.invalid',
      params: { call: 'designs:save', more: 0 },
      parts: [
        {
          key: 'request.tooManyWeights',
          params: { weights: 20_031_002, limit: 20_000_000, field: 'spec', missing: 0 },
          message: 'spec: the network has 20,031,002 weights; at most 20,000,000',
        },
      ],
    });
  });

  it('passes the engine’s spec problems on with their code and layer', async () => {
    const spec = { inputs: 2, layers: [layer(3, 'softmax'), layer(1, 'sigmoid')] };
    const error = await refusal('designs:save', { name: 'soft', spec });
    expect(error.detail?.parts).toEqual([
      {
        key: 'engine.spec.softmaxNotOutput',
        params: { layer: 1, field: 'spec', missing: 0 },
        message: 'spec: layer 1: softmax belongs on the output layer only',
      },
    ]);
  });

  it('names a building block’s id and bounds, a missing field and unknown fields', async () => {
    const spec = { inputs: 2, layers: [{ activation: 'relu' }, { ...layer(70_000), extra: 1 }] };
    const error = await refusal('designs:save', { name: 'n', spec });
    expect(error.detail?.parts?.map(({ key, params }) => ({ key, params }))).toEqual([
      {
        key: 'request.wholeFrom',
        params: { min: 1, max: 65_536, field: 'spec.layers[0].units', missing: 1 },
      },
      {
        key: 'request.wholeFrom',
        params: { min: 1, max: 65_536, field: 'spec.layers[1].units', missing: 0 },
      },
      {
        key: 'request.unknownFields',
        params: { keys: "'extra'", count: 1, field: 'spec.layers[1]', missing: 0 },
      },
    ]);
  });

  it('counts the problems beyond the ones it lists', async () => {
    const spec = { inputs: 0, layers: [layer(0), layer(0), layer(0, 'nope')] };
    const error = await refusal('designs:save', { name: 'n', spec });
    expect(error.message).toMatch(/ \(and 2 more\)$/);
    expect(error.detail?.params).toEqual({ call: 'designs:save', more: 2 });
    expect(error.detail?.parts).toHaveLength(3);
  });

  it('names a choice’s values and a number’s range in a training config', async () => {
    const error = await refusal('runs:setLearningRate', { experimentId: 1, rate: 500 });
    expect(error.detail?.parts?.[0]).toMatchObject({
      key: 'request.positiveUpTo',
      params: { max: 100, field: 'rate' },
    });
    const control = await refusal('runs:control', { experimentId: 1, action: 'jump' });
    expect(control.detail?.parts?.[0]).toMatchObject({
      key: 'request.oneOf',
      params: { values: "'pause', 'resume', 'stop', 'step-batch', 'step-epoch'", field: 'action' },
    });
  });
});
