import { describe, expect, it } from 'vitest';
import { autoRunName, uniqueRunName } from '../../../src-main/services/run-name';
import type { TrainConfig } from '../../../src-engine/train/config';

const spec = {
  inputs: 2,
  layers: [
    { units: 8, activation: 'tanh' as const },
    { units: 1, activation: 'sigmoid' as const },
  ],
};
const training = (learningRate: number, optimizer: TrainConfig['optimizer']): TrainConfig => ({
  loss: 'binary_cross_entropy',
  optimizer,
  learningRate,
  batchSize: 10,
  epochs: 10,
  shuffle: true,
  seed: 1,
});

describe('autoRunName', () => {
  it('names the layer sizes, optimiser and learning rate', () => {
    const none = () => false;
    expect(autoRunName('XOR', spec, training(0.03, { name: 'sgd' }), none)).toBe(
      'XOR 2-8-1 · SGD, lr 0.03',
    );
    expect(autoRunName('XOR', spec, training(0.1, { name: 'sgd', momentum: 0.9 }), none)).toBe(
      'XOR 2-8-1 · SGD momentum 0.9, lr 0.1',
    );
    expect(autoRunName('XOR', spec, training(0.001, { name: 'adam' }), none)).toBe(
      'XOR 2-8-1 · Adam, lr 0.001',
    );
  });

  it('numbers a name already taken with the next free number', () => {
    const taken = new Set(['XOR 2-8-1 · Adam, lr 0.1', 'XOR 2-8-1 · Adam, lr 0.1 (2)']);
    expect(autoRunName('XOR', spec, training(0.1, { name: 'adam' }), (n) => taken.has(n))).toBe(
      'XOR 2-8-1 · Adam, lr 0.1 (3)',
    );
  });
});

describe('uniqueRunName', () => {
  it('keeps a free name and numbers a taken one with the next free number', () => {
    const taken = new Set(['Espiral 2-8-1 · Adam, tasa 0,1', 'Espiral 2-8-1 · Adam, tasa 0,1 (2)']);
    const has = (n: string) => taken.has(n);
    expect(uniqueRunName('Espiral 2-8-1 · SGD, tasa 0,1', has)).toBe(
      'Espiral 2-8-1 · SGD, tasa 0,1',
    );
    expect(uniqueRunName('Espiral 2-8-1 · Adam, tasa 0,1', has)).toBe(
      'Espiral 2-8-1 · Adam, tasa 0,1 (3)',
    );
  });
});
