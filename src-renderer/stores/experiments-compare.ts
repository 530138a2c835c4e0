/**
 * Picking runs and comparing them: the ids ticked in the list and, once asked for, their
 * records and curves side by side.
 */
import { i18n } from '../i18n';
import { defineStore } from 'pinia';
import { computed, ref, shallowRef } from 'vue';
import type { ComparedExperiment } from '../../src-main/contract/types';
import { useLab } from '../api/use-lab';
import { errorText } from '../i18n/error-text';

export const useExperimentsCompareStore = defineStore('experiments-compare', () => {
  const lab = useLab();

  /** ticked runs, in the order they were ticked (the comparison's column order) */
  const selected = ref<number[]>([]);
  const compared = shallowRef<ComparedExperiment[] | null>(null);
  const loading = ref(false);
  const error = ref<string | null>(null);

  const canCompare = computed(() => selected.value.length >= 2);

  function isSelected(id: number): boolean {
    return selected.value.includes(id);
  }

  function toggle(id: number, on = !isSelected(id)): void {
    selected.value = on
      ? [...selected.value.filter((s) => s !== id), id]
      : selected.value.filter((s) => s !== id);
  }

  /** Forgets a run that went away: unticked, and out of a shown comparison. */
  function drop(id: number): void {
    toggle(id, false);
    if (!compared.value?.some((c) => c.experiment.id === id)) return;
    const rest = compared.value.filter((c) => c.experiment.id !== id);
    compared.value = rest.length >= 2 ? rest : null;
  }

  /** Loads the ticked runs' records and curves. */
  async function compare(): Promise<void> {
    if (!canCompare.value) {
      error.value = i18n.global.t('experiments.error.tickTwo');
      return;
    }
    loading.value = true;
    error.value = null;
    const result = await lab.call('experiments:compare', { ids: selected.value });
    loading.value = false;
    if (!result.ok) {
      error.value = i18n.global.t('experiments.error.compare', {
        message: errorText(result.error),
      });
      return;
    }
    compared.value = result.value;
  }

  function close(): void {
    compared.value = null;
    error.value = null;
  }

  function clearSelection(): void {
    selected.value = [];
  }

  return {
    selected,
    compared,
    loading,
    error,
    canCompare,
    isSelected,
    toggle,
    drop,
    compare,
    close,
    clearSelection,
  };
});
