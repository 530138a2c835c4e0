/**
 * What the views share: the dataset chosen to work on (Data chooses it; Design sizes its
 * input and output blocks from it; Train trains on it) and how its inputs are scaled.
 */
import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import { featureCount, type DerivedFeature } from '../../src-engine/data/derived-features';
import type { DatasetSummary } from '../../src-main/contract/types';
import { useLab } from '../api';
import type { Normalize } from './train';
import { i18n } from '../i18n';
import { errorText } from '../i18n/error-text';

/** The chosen dataset, with the sizes a network needs. */
export interface ChosenDataset {
  summary: DatasetSummary;
  /** features per row and target columns per row, as the engine sees them */
  inputs: number;
  outputs: number;
  /** class names in output order (classification) */
  classes: string[];
}

export const useWorkspaceStore = defineStore('workspace', () => {
  const lab = useLab();
  const dataset = ref<ChosenDataset | null>(null);
  const normalize = ref<Normalize>('standard');
  const error = ref<string | null>(null);
  /** 2-D data only: the feature list (derived inputs after x and y, or naming x or y the
   * whole input; see DerivedFeature) */
  const derived = ref<DerivedFeature[]>([]);

  /** The inputs a network on the chosen data takes: its features plus any derived ones. */
  const networkInputs = computed(() =>
    dataset.value
      ? dataset.value.inputs === 2
        ? featureCount(derived.value)
        : dataset.value.inputs
      : 0,
  );

  /** Chooses a stored dataset; resolves to false (with `error` set) if it cannot be read. */
  async function chooseDataset(id: number): Promise<boolean> {
    const result = await lab.call('datasets:get', { id, rows: 1 });
    if (!result.ok) {
      error.value = i18n.global.t('errors.store.openDataset', { id, why: errorText(result.error) });
      return false;
    }
    const { dataset: summary, inputs, outputs } = result.value;
    const target = summary.columns.find((c) => c.role === 'target');
    dataset.value = {
      summary,
      inputs,
      outputs,
      classes: summary.task === 'classification' ? (target?.categories ?? []) : [],
    };
    if (inputs !== 2) derived.value = [];
    error.value = null;
    return true;
  }

  /** Forgets the chosen dataset (after it was deleted, say). */
  function clearDataset(): void {
    dataset.value = null;
  }

  return { dataset, normalize, derived, networkInputs, error, chooseDataset, clearDataset };
});
