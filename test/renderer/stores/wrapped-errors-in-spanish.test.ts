// A refusal from main said inside the renderer's own message ("Could not open dataset 3: {why}")
// is said in the reader's language too, from its id, not as main's English.
import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { inSpanish } from '../in-spanish';
import { answers, resetFake } from './fake-lab-client';

vi.mock('../../../src-renderer/api', async () => (await import('./fake-lab-client')).apiModule());

const { useWorkspaceStore } = await import('../../../src-renderer/stores/workspace');
const { useTrainResultsStore } = await import('../../../src-renderer/stores/train-results');
const { useTrainStore } = await import('../../../src-renderer/stores/train');

/** Main's refusal of a record that is not there, with its id, as main sends it. */
const missing = (kind: 'dataset' | 'experiment', id: number) => ({
  ok: false,
  error: {
    code: 'not-found',
    message: `${kind} ${id} does not exist`,
    detail: { key: `store.notFound.${kind}`, params: { id } },
  },
});

const ok = (value: unknown) => ({ ok: true, value });

beforeEach(() => {
  setActivePinia(createPinia());
  resetFake();
});

describe('wrapped refusals in Spanish', () => {
  inSpanish();

  it('opening a dataset', async () => {
    answers['datasets:get'] = () => missing('dataset', 3);
    const workspace = useWorkspaceStore();
    expect(await workspace.chooseDataset(3)).toBe(false);
    expect(workspace.error).toBe(
      'No se pudo abrir el conjunto de datos 3: el conjunto de datos 3 no existe',
    );
  });

  it('loading a trained model', async () => {
    answers['experiments:evaluate'] = () => missing('experiment', 8);
    answers['experiments:model'] = () => missing('experiment', 8);
    const results = useTrainResultsStore();
    await results.load(8);
    expect(results.modelError).toBe(
      'No se pudo cargar el modelo entrenado: el experimento 8 no existe',
    );
  });

  it('opening a stored run', async () => {
    answers['experiments:get'] = () => missing('experiment', 5);
    const train = useTrainStore();
    await train.openExperiment(5);
    expect(train.loadError).toBe('No se pudo abrir el experimento 5: el experimento 5 no existe');
  });

  it('starting a run', async () => {
    answers['datasets:get'] = (p) =>
      ok({
        dataset: { id: p.id, name: 'iris' },
        firstRows: { x: new Float32Array(4), labels: null, rows: 1, parts: null },
      });
    answers['runs:start'] = () => ({
      ok: false,
      error: {
        code: 'storage',
        message:
          'runs:start: the experiment database /d/neuron-lab.db is locked by another program',
        detail: { key: 'store.fault.locked', params: { file: '/d/neuron-lab.db' } },
      },
    });
    const train = useTrainStore();
    await train.prepare({
      datasetId: 4,
      datasetName: 'iris',
      spec: { inputs: 4, layers: [{ units: 3, activation: 'softmax' }] },
      training: {
        loss: 'cross_entropy',
        optimizer: { name: 'sgd', momentum: 0 },
        learningRate: 0.5,
        batchSize: 10,
        epochs: 20,
        shuffle: true,
        seed: 1,
      },
      seed: 7,
      normalize: 'standard',
    });
    expect(await train.play()).toBe(false);
    expect(train.actionError).toBe(
      'No se pudo empezar: otro programa tiene bloqueada la base de datos de experimentos /d/neuron-lab.db: ciérralo (o el otro Neuron Lab) e inténtalo de nuevo',
    );
  });
});
