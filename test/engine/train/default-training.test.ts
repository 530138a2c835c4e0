import { describe, expect, it } from 'vitest';
import {
  defaultTraining,
  lossForOutput,
  outputLayerFor,
} from '../../../src-engine/train/default-training';
import { assertValidConfig } from '../../../src-engine/train/config';

describe('the training a first run starts from', () => {
  it('chooses the loss from the output activation, in one place', () => {
    expect(lossForOutput('classification', 'softmax')).toBe('cross_entropy');
    expect(lossForOutput('classification', 'sigmoid')).toBe('binary_cross_entropy');
    // an output that is no probability would put a negative number under the log
    expect(lossForOutput('classification', 'tanh')).toBe('mse');
    expect(lossForOutput('regression', 'sigmoid')).toBe('mse');
  });

  it('puts the output layer the task needs', () => {
    expect(outputLayerFor('regression', 2)).toEqual({ units: 2, activation: 'linear' });
    expect(outputLayerFor('classification', 1)).toEqual({ units: 1, activation: 'sigmoid' });
    expect(outputLayerFor('classification', 3)).toEqual({ units: 3, activation: 'softmax' });
  });

  it('gives a valid config, batches of a tenth of the rows between 1 and 32', () => {
    const spec = { inputs: 4, layers: [{ units: 3, activation: 'softmax' as const }] };
    const config = defaultTraining('classification', spec, 150);
    expect(() => assertValidConfig(config)).not.toThrow();
    expect(config).toMatchObject({ loss: 'cross_entropy', batchSize: 15, epochs: 200 });
    expect(defaultTraining('classification', spec, 5).batchSize).toBe(1);
    expect(defaultTraining('classification', spec, 10_000).batchSize).toBe(32);
  });
});
