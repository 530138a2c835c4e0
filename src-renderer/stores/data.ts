/**
 * The Data view's lasting state: the built-in datasets and the chosen generator's parameters,
 * the stored datasets, the split new datasets get, and the rows of the chosen dataset that
 * its scatter plot, class counts and statistics are drawn from.
 */
import { i18n } from '../i18n';
import { defineStore } from 'pinia';
import { computed, ref, shallowRef, watch } from 'vue';
import type { BuiltinDataset, DatasetDetail, DatasetSummary } from '../../src-main/contract/types';
import { useLab } from '../api';
import { DEFAULT_SPLIT_PERCENT, toDatasetSplit, type SplitPercent } from '../data/split-percent';
import { builtinText } from '../data/builtin-text';
import { datasetNameText } from '../data/dataset-name-text';
import { useWorkspaceStore } from './workspace';
import { errorText } from '../i18n/error-text';

/** The generator shown first: the classic "can a network learn this?" picture. */
const FIRST_BUILTIN = 'spiral';
/** Rows of the chosen dataset fetched for its pictures: all of narrow data, fewer of wide. */
const NARROW_ROWS = 20_000;
const WIDE_ROWS = 2000;
const NARROW_INPUTS = 16;

/** A parameter's value forced into its range and step, as the generator would accept it. */
function fitParam(spec: BuiltinDataset['parameters'][number], value: number): number {
  if (!Number.isFinite(value)) return spec.default;
  const clamped = Math.min(spec.max, Math.max(spec.min, value));
  if (spec.integer) return Math.round(clamped);
  // snap to the step, then drop float noise (0.30000000000000004)
  const snapped = spec.min + Math.round((clamped - spec.min) / spec.step) * spec.step;
  return Number(Math.min(spec.max, snapped).toPrecision(10));
}

export const useDataStore = defineStore('data', () => {
  const lab = useLab();
  const workspace = useWorkspaceStore();

  /** main's catalogue as sent (English) … */
  const catalogue = ref<BuiltinDataset[] | null>(null);
  /** … and as shown: in the current language, following a change of it */
  const builtins = computed(() => catalogue.value?.map(builtinText) ?? null);
  const selectedName = ref(FIRST_BUILTIN);
  const params = ref<Record<string, number>>({});
  const split = ref<SplitPercent>({ ...DEFAULT_SPLIT_PERCENT });
  const stored = ref<DatasetSummary[] | null>(null);
  const chosenRows = shallowRef<DatasetDetail | null>(null);
  const busy = ref(false);
  const error = ref<string | null>(null);
  /** what just happened, for a polite status line ("Spiral stored and chosen.") */
  const notice = ref<string | null>(null);

  const selected = computed(
    () => builtins.value?.find((b) => b.name === selectedName.value) ?? null,
  );

  /** Shows a built-in with its default parameters. */
  function select(name: string): void {
    selectedName.value = name;
    const spec = builtins.value?.find((b) => b.name === name);
    params.value = Object.fromEntries((spec?.parameters ?? []).map((p) => [p.name, p.default]));
  }

  /** Sets one generator parameter (clamped to its range and step). */
  function setParam(name: string, value: number): void {
    const spec = selected.value?.parameters.find((p) => p.name === name);
    if (!spec) return;
    params.value = { ...params.value, [name]: fitParam(spec, value) };
  }

  async function loadBuiltins(): Promise<void> {
    const result = await lab.call('datasets:builtins');
    if (!result.ok) {
      error.value = i18n.global.t('data.error.listBuiltins', { message: errorText(result.error) });
      return;
    }
    catalogue.value = result.value;
    if (!result.value.some((b) => b.name === selectedName.value)) {
      selectedName.value = result.value[0]?.name ?? '';
    }
    select(selectedName.value);
  }

  async function loadStored(): Promise<void> {
    const result = await lab.call('datasets:list');
    if (result.ok) stored.value = result.value;
    else error.value = i18n.global.t('data.error.listStored', { message: errorText(result.error) });
  }

  /** The split a new dataset of this task gets: stratified for classes. */
  function splitFor(task: 'classification' | 'regression') {
    return toDatasetSplit(split.value, { stratified: task === 'classification', seed: 1 });
  }

  /** Chooses a stored dataset for Design and Train. */
  async function choose(id: number): Promise<boolean> {
    const ok = await workspace.chooseDataset(id);
    if (!ok) error.value = workspace.error;
    return ok;
  }

  /** Stores the selected built-in with the current parameters and split, and chooses it. */
  async function useBuiltin(): Promise<void> {
    const builtin = selected.value;
    if (!builtin || busy.value) return;
    busy.value = true;
    error.value = null;
    notice.value = null;
    try {
      // Only what differs from the defaults: the stored name lists these ("Spiral (noise 0.3)").
      const changed = Object.fromEntries(
        builtin.parameters
          .filter((p) => params.value[p.name] !== undefined && params.value[p.name] !== p.default)
          .map((p) => [p.name, params.value[p.name]]),
      );
      const result = await lab.call('datasets:generate', {
        name: builtin.name,
        params: changed,
        split: splitFor(builtin.task),
      });
      if (!result.ok) {
        error.value = i18n.global.t('data.error.make', {
          name: builtin.label,
          message: errorText(result.error),
        });
        return;
      }
      if (await choose(result.value.id))
        notice.value = i18n.global.t('data.notice.storedChosen', {
          name: datasetNameText(result.value),
        });
      await loadStored();
    } finally {
      busy.value = false;
    }
  }

  /** Deletes a stored dataset; forgets the choice if it was the chosen one. */
  async function remove(dataset: DatasetSummary): Promise<void> {
    error.value = null;
    const result = await lab.call('datasets:delete', { id: dataset.id });
    if (!result.ok) {
      error.value = i18n.global.t('data.error.remove', {
        name: dataset.name,
        message: errorText(result.error),
      });
      return;
    }
    if (workspace.dataset?.summary.id === dataset.id) workspace.clearDataset();
    notice.value = i18n.global.t('data.notice.deleted', { name: dataset.name });
    await loadStored();
  }

  /** Fetches the rows the chosen dataset's pictures and statistics are computed from. */
  async function loadChosenRows(): Promise<void> {
    const chosen = workspace.dataset;
    if (!chosen) {
      chosenRows.value = null;
      return;
    }
    const wanted = chosen.inputs <= NARROW_INPUTS ? NARROW_ROWS : WIDE_ROWS;
    const rows = Math.max(1, Math.min(chosen.summary.rowCount, wanted));
    const result = await lab.call('datasets:get', { id: chosen.summary.id, rows });
    // a later choice may have answered first
    if (workspace.dataset?.summary.id !== chosen.summary.id) return;
    if (result.ok) chosenRows.value = result.value;
    else
      error.value = i18n.global.t('data.error.read', {
        name: chosen.summary.name,
        message: errorText(result.error),
      });
  }

  watch(
    () => workspace.dataset?.summary.id,
    () => void loadChosenRows(),
    { immediate: true },
  );

  return {
    builtins,
    selectedName,
    selected,
    params,
    split,
    stored,
    chosenRows,
    busy,
    error,
    notice,
    select,
    setParam,
    loadBuiltins,
    loadStored,
    splitFor,
    choose,
    useBuiltin,
    remove,
  };
});
