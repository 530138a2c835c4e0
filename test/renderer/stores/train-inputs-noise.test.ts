// Drawing the dataset again with another noise (Train's noise slider): the setup then trains on
// the new dataset and names it by the new dataset, so a name main chose reads in Spanish.
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TrainSetup } from '../../../src-renderer/train/train-setup';
import { storedNameText } from '../../../src-renderer/data/dataset-name-text';
import { languageSwitch } from '../in-spanish';
import { answers, callsOf, resetFake } from './fake-lab-client';

vi.mock('../../../src-renderer/api', async () => (await import('./fake-lab-client')).apiModule());

const { useTrainStore } = await import('../../../src-renderer/stores/train');
const { useTrainInputsStore } = await import('../../../src-renderer/stores/train-inputs');

const setLanguage = languageSwitch();
const ok = (value: unknown) => ({ ok: true, value });

const drawn = (id: number, noise: number) => ({
  id,
  name: `Circle (noise ${noise})`,
  source: 'builtin:circle',
  split: { train: 0.7, validation: 0.15, test: 0.15 },
  generator: { name: 'circle', params: { noise } },
  nameFrom: { builtin: 'circle', params: { noise } },
});
const DATASETS: Record<number, ReturnType<typeof drawn>> = { 4: drawn(4, 0.1), 5: drawn(5, 0.3) };

const SETUP: TrainSetup = {
  datasetId: 4,
  datasetName: DATASETS[4].name,
  datasetOrigin: DATASETS[4],
  spec: { inputs: 2, layers: [{ units: 1, activation: 'sigmoid' }] },
  training: {
    loss: 'binary_cross_entropy',
    optimizer: { name: 'sgd', momentum: 0 },
    learningRate: 0.1,
    batchSize: 10,
    epochs: 5,
    shuffle: true,
    seed: 1,
  },
  seed: 7,
  normalize: 'standard',
};

beforeEach(() => {
  setActivePinia(createPinia());
  answers['datasets:get'] = ({ id }) =>
    ok({
      dataset: DATASETS[id as number],
      firstRows: { x: new Float32Array(2), labels: null, rows: 1, parts: new Uint8Array(1) },
    });
  answers['datasets:generate'] = () => ok(DATASETS[5]);
});
afterEach(() => resetFake());

describe('another noise for generated data', () => {
  it('names the setup’s dataset by the new dataset, in Spanish', async () => {
    setLanguage('es');
    const train = useTrainStore();
    train.setup = structuredClone(SETUP);
    await train.loadData();
    await useTrainInputsStore().setNoise(0.3);
    expect(callsOf('datasets:generate')).toEqual([
      expect.objectContaining({ name: 'circle', params: { noise: 0.3 } }),
    ]);
    const setup = train.setup!;
    expect(setup.datasetId).toBe(5);
    expect(storedNameText(setup.datasetName, setup.datasetOrigin)).toBe('Círculo (ruido 0,3)');
  });
});
