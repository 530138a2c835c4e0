// A stored run whose dataset is gone is opened in Train with its dataset named by its id in the
// reader's language, in the setup it hands over and in Train's title, which follows a change of
// language.
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ref } from 'vue';
import type { LabClient } from '../../../src-renderer/api';
import { openStoredRun, type OpenDeps } from '../../../src-renderer/train/stored-run';
import type { TrainSetup } from '../../../src-renderer/train/train-setup';
import { languageSwitch } from '../in-spanish';
import { answers, resetFake } from '../stores/fake-lab-client';

vi.mock('../../../src-renderer/api', async () =>
  (await import('../stores/fake-lab-client')).apiModule(),
);

const { useSetupDatasetName } = await import('../../../src-renderer/train/use-setup-dataset-name');

const setLanguage = languageSwitch();
const none = new Float64Array(0);

const experiment = {
  id: 9,
  name: 'run',
  datasetId: 7,
  status: 'done',
  reason: null,
  reasonDetail: null,
  epochsDone: 0,
  startedAt: 1,
  finishedAt: 2,
  config: {
    spec: { inputs: 2, layers: [{ units: 1, activation: 'sigmoid' }] },
    training: {},
    seed: 1,
  },
};
const curves = {
  epoch: none,
  loss: none,
  validationLoss: none,
  accuracy: none,
  validationAccuracy: none,
  learningRate: none,
};

/** The setup Train is handed for the stored run, and what it reported as failing. */
async function opened(): Promise<{ setup: TrainSetup; failed: string[] }> {
  let setup: TrainSetup | undefined;
  const failed: string[] = [];
  const lab = {
    call: async (name: string) =>
      name === 'experiments:get'
        ? { ok: true, value: { experiment, curves } }
        : {
            ok: false,
            error: {
              code: 'not-found',
              message: 'dataset 7 does not exist',
              detail: { key: 'store.notFound.dataset', params: { id: 7 } },
            },
          },
  } as unknown as LabClient;
  const deps = {
    lab,
    prepare: async (s: TrainSetup) => {
      setup = s;
    },
    results: { load: async () => null },
    show: () => {},
    fail: (message: string) => failed.push(message),
    points: () => null,
    twoInputs: () => false,
    current: () => 9,
    surfaceN: 10,
  } as unknown as OpenDeps;
  await openStoredRun(9, deps);
  if (!setup) throw new Error('nothing was prepared');
  return { setup, failed };
}

beforeEach(() => {
  setActivePinia(createPinia());
  answers['datasets:list'] = () => ({ ok: true, value: [] });
});
afterEach(() => resetFake());

describe('a stored run whose dataset is gone', () => {
  it('names the dataset by its id in the reader’s language', async () => {
    setLanguage('es');
    const { setup, failed } = await opened();
    expect(setup.datasetName).toBe('conjunto de datos 7');
    expect(setup.datasetById).toBe(true);
    expect(failed).toEqual([
      'No se pudo leer el conjunto de datos de la ejecución: el conjunto de datos 7 no existe',
    ]);
  });

  it('in Train’s title, following a change of language', async () => {
    setLanguage('en');
    const { setup } = await opened();
    expect(setup.datasetName).toBe('dataset 7');
    const name = useSetupDatasetName(ref(setup));
    expect(name.value).toBe('dataset 7');
    setLanguage('es');
    expect(name.value).toBe('conjunto de datos 7');
  });
});
