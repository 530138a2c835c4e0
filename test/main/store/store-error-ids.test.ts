// The store's refusals carry a message id and the values they name, so the renderer can say them
// in the reader's language; main's English message stays as it was.
import { describe, expect, it } from 'vitest';
import { inspectDatabasePath } from '../../../src-main/store/database-path';
import { StoreError } from '../../../src-main/store/store-error';
import { STORE_MESSAGES } from '../../../src-main/store/store-messages';
import { storeWithRun, tempDir, tempStore } from './helpers';

/** What `act` threw, as a StoreError. */
function refusal(act: () => unknown): StoreError {
  try {
    act();
  } catch (error) {
    if (error instanceof StoreError) return error;
    throw error;
  }
  throw new Error('nothing was refused');
}

describe('store refusals', () => {
  it('name a missing dataset by id, with its English message', () => {
    const error = refusal(() => tempStore().datasets.rename(999, 'x'));
    expect(error.code).toBe('not-found');
    expect(error.message).toBe('no dataset 999');
    expect(error.detail).toEqual({ key: 'store.notFound.dataset', params: { id: 999 } });
  });

  it('name a design name already taken', () => {
    const store = tempStore();
    const spec = { inputs: 2, layers: [{ units: 1, activation: 'sigmoid' as const }] };
    store.designs.create('perceptron', spec);
    const error = refusal(() => store.designs.create('perceptron', spec));
    expect(error.code).toBe('conflict');
    expect(error.message).toBe("a design named 'perceptron' already exists");
    expect(error.detail).toEqual({ key: 'store.nameTaken.design', params: { name: 'perceptron' } });
  });

  it('name a dataset experiments still use', () => {
    const { store, datasetId } = storeWithRun();
    const error = refusal(() => store.datasets.delete(datasetId));
    expect(error.detail).toEqual({ key: 'store.datasetInUse', params: { id: datasetId } });
  });

  it('name a folder where the database should be', () => {
    const folder = tempDir();
    const error = refusal(() => inspectDatabasePath(folder));
    expect(error.message).toBe(
      `${folder} is a folder, not the experiment database: move it away, or start the lab with another data folder`,
    );
    expect(error.detail).toEqual({ key: 'store.notDatabase.folder', params: { file: folder } });
  });

  it('give only ids the list holds, with the values it names', () => {
    for (const act of [
      () => tempStore().experiments.addTag(1, ' '),
      () => tempStore().userLabs.delete(7),
      () => tempStore().compareExperiments([4, 5]),
    ]) {
      const { detail } = refusal(act);
      const id = detail!.key.replace(/^store\./, '') as keyof typeof STORE_MESSAGES;
      expect(Object.keys(STORE_MESSAGES)).toContain(id);
      expect(Object.keys(detail!.params).sort()).toEqual([...STORE_MESSAGES[id]].sort());
    }
  });
});
