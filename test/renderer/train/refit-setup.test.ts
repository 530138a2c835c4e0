import { describe, expect, it } from 'vitest';
import { refitSetup } from '../../../src-renderer/train/refit-setup';
import type { TrainSetup } from '../../../src-renderer/stores/train';
import type { ChosenDataset } from '../../../src-renderer/stores/workspace';

const xorSetup: TrainSetup = {
  datasetId: 1,
  datasetName: 'XOR',
  spec: {
    inputs: 2,
    layers: [
      { units: 4, activation: 'tanh' },
      { units: 1, activation: 'sigmoid' },
    ],
  },
  training: {
    loss: 'binary_cross_entropy',
    optimizer: { name: 'sgd', momentum: 0 },
    learningRate: 0.03,
    batchSize: 10,
    epochs: 300,
    shuffle: true,
    seed: 1,
  },
  seed: 7,
  normalize: 'none',
};

function chosen(
  id: number,
  name: string,
  inputs: number,
  outputs: number,
  task: 'classification' | 'regression',
  rows = 150,
): ChosenDataset {
  return {
    summary: {
      id,
      name,
      task,
      rowCount: rows,
      split: { train: 0.6, validation: 0.2, test: 0.2 },
      columns: [],
      source: 'builtin',
      hash: 'h',
      createdAt: 0,
    },
    inputs,
    outputs,
    classes: [],
  };
}

describe('refitSetup', () => {
  it('keeps everything that fits and says nothing changed', () => {
    const { setup, changes } = refitSetup({
      setup: xorSetup,
      dataset: chosen(2, 'Spiral', 2, 1, 'classification'),
      normalize: 'standard',
      derived: [],
    });
    expect(changes).toEqual([]);
    expect(setup).toMatchObject({
      datasetId: 2,
      datasetName: 'Spiral',
      seed: 7,
      normalize: 'standard',
    });
    expect(setup.spec).toEqual(xorSetup.spec);
    expect(setup.training).toEqual(xorSetup.training);
  });

  it('fits inputs, output layer and loss to Iris, keeping hidden layers and settings, and names each change', () => {
    const { setup, changes } = refitSetup({
      setup: xorSetup,
      dataset: chosen(3, 'Iris', 4, 3, 'classification'),
      normalize: 'standard',
      derived: ['xSquared'],
    });
    expect(setup.spec).toEqual({
      inputs: 4,
      layers: [
        { units: 4, activation: 'tanh' },
        { units: 3, activation: 'softmax' },
      ],
    });
    expect(setup.derived).toBeUndefined(); // derived inputs are for 2-D data only
    expect(setup.training.loss).toBe('cross_entropy');
    expect(setup.training.learningRate).toBe(0.03);
    expect(changes).toEqual([
      'the network takes 4 inputs (was 2)',
      'the output layer is 3 units, softmax (was 1 unit, sigmoid), for 3 classes',
      'the loss is cross entropy (was binary cross entropy)',
    ]);
  });

  it('counts derived inputs and caps the batch at the training rows', () => {
    const { setup, changes } = refitSetup({
      setup: { ...xorSetup, training: { ...xorSetup.training, batchSize: 500 } },
      dataset: chosen(4, 'Circle', 2, 1, 'regression', 100),
      normalize: 'none',
      derived: ['xSquared', 'ySquared'],
    });
    expect(setup.spec.inputs).toBe(4);
    expect(setup.derived).toEqual(['xSquared', 'ySquared']);
    expect(setup.spec.layers.at(-1)).toEqual({ units: 1, activation: 'linear' });
    expect(setup.training.batchSize).toBe(60);
    expect(changes).toContain('the batch size is 60, the training rows (was 500)');
    expect(changes).toContain('the loss is mse (was binary cross entropy)');
  });
});
