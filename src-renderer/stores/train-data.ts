/**
 * Keeps Train on the dataset chosen in Data. When Data chooses another dataset, an idle Train
 * moves its setup onto it at once (refit-setup.ts) and says what changed; a Train with a run
 * going or a finished run on screen asks first, so a person's results never vanish unasked.
 */
import { defineStore } from 'pinia';
import { ref, watch } from 'vue';
import { refitSetup } from '../train/refit-setup';
import { useTrainStore } from './train';
import { useWorkspaceStore, type ChosenDataset } from './workspace';

/** What Train says about the data it trains on, after Data chose another dataset. */
export type DataChange =
  | { kind: 'switched'; from: string; to: string; changes: string[] }
  | { kind: 'ask'; from: string; to: ChosenDataset };

export const useTrainDataStore = defineStore('train-data', () => {
  const train = useTrainStore();
  const workspace = useWorkspaceStore();
  const change = ref<DataChange | null>(null);
  let switching = false;

  /** Moves the setup onto `chosen` (stopping a run of the old one), saying what changed. */
  async function switchTo(chosen: ChosenDataset): Promise<void> {
    const setup = train.setup;
    if (!setup) return;
    const from = setup.datasetName;
    const refit = refitSetup({
      setup: { ...setup, training: train.training ?? setup.training, seed: train.seed },
      dataset: chosen,
      normalize: workspace.normalize,
      derived: workspace.derived,
    });
    switching = true;
    try {
      await train.prepare(refit.setup);
    } finally {
      switching = false;
    }
    change.value = { kind: 'switched', from, to: chosen.summary.name, changes: refit.changes };
  }

  /** Leaves Train on its dataset (Data's choice stays for Design and the next setup). */
  function keep(): void {
    change.value = null;
  }

  watch(
    () => workspace.dataset?.summary.id,
    (id) => {
      const chosen = workspace.dataset;
      const setup = train.setup;
      if (id === undefined || !chosen || !setup || id === setup.datasetId) return;
      if (train.status === null) void switchTo(chosen);
      else change.value = { kind: 'ask', from: setup.datasetName, to: chosen };
    },
  );

  // A setup handed over anew (from Design, Welcome, a lab) makes any notice or question old.
  watch(
    () => train.setup,
    () => {
      if (!switching) change.value = null;
    },
  );

  return { change, switchTo, keep };
});
