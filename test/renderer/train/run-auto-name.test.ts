import { describe, expect, it } from 'vitest';
import type { TrainConfig } from '../../../src-engine/train/config';
import { runAutoName } from '../../../src-renderer/train/run-auto-name';
import { languageSwitch } from '../in-spanish';

// The automatic name of a run the Train view starts, in the reader's language; in English the
// same words main writes for a run the command line starts (src-main/services/run-name.ts).

const use = languageSwitch();
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

describe('runAutoName', () => {
  it('says dataset, layer sizes, optimiser and rate in English as main does', () => {
    use('en');
    expect(runAutoName({ datasetName: 'XOR', spec }, training(0.03, { name: 'sgd' }))).toBe(
      'XOR 2-8-1 · SGD, lr 0.03',
    );
    expect(
      runAutoName({ datasetName: 'XOR', spec }, training(0.1, { name: 'sgd', momentum: 0.9 })),
    ).toBe('XOR 2-8-1 · SGD momentum 0.9, lr 0.1');
  });

  it('says them in Spanish, with decimal commas and no grouping', () => {
    use('es');
    expect(
      runAutoName({ datasetName: 'Espiral', spec }, training(0.03, { name: 'sgd', momentum: 0.9 })),
    ).toBe('Espiral 2-8-1 · SGD con momento 0,9, tasa 0,03');
    expect(
      runAutoName({ datasetName: 'O exclusivo', spec }, training(1500, { name: 'adam' })),
    ).toBe('O exclusivo 2-8-1 · Adam, tasa 1500');
  });

  it('says a generated dataset’s name in the reader’s language, a name of the user’s as it is', () => {
    use('es');
    const origin = { name: 'Exclusive or', nameFrom: { builtin: 'xor', params: {} } };
    const rate = training(0.5, { name: 'sgd' });
    expect(runAutoName({ datasetName: 'Exclusive or', datasetOrigin: origin, spec }, rate)).toBe(
      'O exclusivo 2-8-1 · SGD, tasa 0,5',
    );
    const mine = { name: 'my data' };
    expect(runAutoName({ datasetName: 'my data', datasetOrigin: mine, spec }, rate)).toBe(
      'my data 2-8-1 · SGD, tasa 0,5',
    );
  });

  it('stays within the 200 characters main takes for a name', () => {
    use('es');
    expect(
      runAutoName({ datasetName: 'd'.repeat(300), spec }, training(0.1, { name: 'sgd' })),
    ).toHaveLength(200);
  });
});
