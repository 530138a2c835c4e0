// Train's title names a generated dataset in the reader's language: the setup carries the
// stored (English) name, and the stored dataset's `nameFrom` names it again; a setup that names
// its dataset otherwise (a lab's own title) is shown as it is.
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { nextTick, ref } from 'vue';
import type { TrainSetup } from '../../../src-renderer/train/train-setup';
import { languageSwitch } from '../in-spanish';
import { answers, callsOf, resetFake } from '../stores/fake-lab-client';

vi.mock('../../../src-renderer/api', async () =>
  (await import('../stores/fake-lab-client')).apiModule(),
);

const { useSetupDatasetName } = await import('../../../src-renderer/train/use-setup-dataset-name');

const setLanguage = languageSwitch();
const STORED = 'Spiral (count 500, noise 0.1)';
const SPIRAL = {
  id: 4,
  name: STORED,
  source: 'builtin:spiral',
  generator: { name: 'spiral', params: { count: 500, noise: 0.1 } },
  nameFrom: { builtin: 'spiral', params: { count: 500, noise: 0.1 } },
};

const setupOn = (datasetName: string) => ref({ datasetId: 4, datasetName } as TrainSetup);
const settled = async () => {
  for (let i = 0; i < 3; i++) await nextTick();
};

beforeEach(() => {
  setActivePinia(createPinia());
  answers['datasets:list'] = () => ({ ok: true, value: [SPIRAL] });
});
afterEach(() => resetFake());

describe('the dataset name in Train’s title', () => {
  it('says a generated dataset in Spanish once the stored datasets are known', async () => {
    setLanguage('es');
    const name = useSetupDatasetName(setupOn(STORED));
    expect(name.value).toBe(STORED);
    await settled();
    expect(callsOf('datasets:list')).toHaveLength(1);
    expect(name.value).toMatch(/^Espiral \(.*0,1\)$/);
    setLanguage('en');
    expect(name.value).toBe(STORED);
  });

  it('keeps a name the setup gave itself', async () => {
    setLanguage('es');
    const name = useSetupDatasetName(setupOn('Elegir una topología · espiral (60 puntos)'));
    await settled();
    expect(name.value).toBe('Elegir una topología · espiral (60 puntos)');
  });
});
