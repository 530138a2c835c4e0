/**
 * The history of runs: the list as stored, what the Experiments view filters it by, edits
 * (rename, notes, tags) and deletes with a grace period for Undo. The list follows runs live:
 * a status change anywhere refreshes it, progress moves the epoch counts.
 */
import { i18n } from '../i18n';
import { defineStore } from 'pinia';
import { computed, reactive, ref } from 'vue';
import type { Result } from '../../src-main/contract/result';
import type { ExperimentRecord, ExperimentSummary } from '../../src-main/contract/types';
import { useLab } from '../api/use-lab';
import { DEFAULT_FILTER, allTags, filterRuns, type RunFilter } from '../experiments/filter-runs';
import { createPendingDelete } from '../experiments/pending-delete';
import { runDatasetName } from '../experiments/run-dataset-name';
import { errorText } from '../i18n/error-text';

/** Longest name and tag the contract takes (src-main/contract/schemas/common.ts). */
export const MAX_NAME = 200;
export const MAX_TAG = 64;

/** Runs a list call asks for: all of them, in practice. */
const LIST_LIMIT = 10_000;
/** Status events come in bursts (queued, running, done): one refresh per burst. */
const REFRESH_DELAY = 150;

export const useExperimentsStore = defineStore('experiments', () => {
  const lab = useLab();

  const runs = ref<ExperimentSummary[]>([]);
  const loaded = ref(false);
  const loading = ref(false);
  /** the last thing that went wrong, for the view's alert */
  const error = ref<string | null>(null);
  /** the last thing that went right, for a polite announcement */
  const message = ref('');
  const filter = reactive<RunFilter>({ ...DEFAULT_FILTER });
  const pending = ref<ExperimentSummary | null>(null);

  const pendingDelete = createPendingDelete<ExperimentSummary>({
    commit: (run) => void commitDelete(run),
    onChange: (run) => (pending.value = run),
  });

  /** The runs as the view lists them: filtered, sorted, a pending delete left out. */
  const visible = computed(() =>
    filterRuns(
      runs.value.filter((r) => r.id !== pending.value?.id),
      filter,
    ),
  );
  const shownTotal = computed(() => runs.value.filter((r) => r.id !== pending.value?.id).length);
  const tags = computed(() => allTags(runs.value));
  const datasetNames = computed(
    () => new Map(runs.value.map((r) => [r.datasetId, runDatasetName(r)] as const)),
  );

  function byId(id: number): ExperimentSummary | undefined {
    return runs.value.find((r) => r.id === id);
  }

  async function refresh(): Promise<void> {
    loading.value = true;
    const result = await lab.call('experiments:list', { sort: 'newest', limit: LIST_LIMIT });
    loading.value = false;
    if (!result.ok) {
      error.value = i18n.global.t('experiments.error.list', { message: errorText(result.error) });
      return;
    }
    runs.value = result.value;
    loaded.value = true;
  }

  let refreshTimer: ReturnType<typeof setTimeout> | null = null;
  function scheduleRefresh(): void {
    if (refreshTimer !== null) return;
    refreshTimer = setTimeout(() => {
      refreshTimer = null;
      void refresh();
    }, REFRESH_DELAY);
  }

  let listening = false;
  /** Follows runs live and deletes a pending run when the page goes away. Idempotent. */
  function listen(): void {
    if (listening) return;
    listening = true;
    lab.on('runs:status', scheduleRefresh);
    lab.on('runs:progress', (p) => {
      const last = p.epochs[p.epochs.length - 1];
      const run = last && byId(p.experimentId);
      if (run) run.epochsDone = last.epoch;
    });
    window.addEventListener('pagehide', () =>
      pendingDelete.flush((run) => lab.sendOnLeave('experiments:delete', { id: run.id })),
    );
  }

  /** Copies an edited record's fields into its list entry. */
  function patch(record: ExperimentRecord): void {
    const run = byId(record.id);
    if (!run) return;
    run.name = record.name;
    run.notes = record.notes;
    run.tags = record.tags;
    run.status = record.status;
  }

  /**
   * The trimmed text of a name or tag, or null with `error` saying why it cannot be used.
   * @param kind picks the messages: `experiments.message.<kind>Empty` / `<kind>TooLong`
   */
  function cleanText(text: string, max: number, kind: 'name' | 'tag'): string | null {
    const clean = text.trim();
    if (clean && clean.length <= max) return clean;
    error.value = clean
      ? i18n.global.t(`experiments.message.${kind}TooLong`, { max, n: clean.length })
      : i18n.global.t(`experiments.message.${kind}Empty`);
    return null;
  }

  /**
   * Takes the lab's answer to an edit: the updated record goes into the list, a failure into
   * `error` under `experiments.error.<what>`. @returns whether the edit was made
   */
  async function applied(
    answer: Promise<Result<ExperimentRecord>>,
    what: 'rename' | 'notes' | 'addTag',
  ): Promise<boolean> {
    const result = await answer;
    if (!result.ok) {
      error.value = i18n.global.t(`experiments.error.${what}`, {
        message: errorText(result.error),
      });
      return false;
    }
    patch(result.value);
    return true;
  }

  /** Renames a run. @returns whether it worked (the reason is in `error`) */
  async function rename(id: number, name: string): Promise<boolean> {
    const clean = cleanText(name, MAX_NAME, 'name');
    if (clean === null) return false;
    if (!(await applied(lab.call('experiments:rename', { id, name: clean }), 'rename'))) {
      return false;
    }
    message.value = i18n.global.t('experiments.message.renamed', { name: clean });
    return true;
  }

  /** Saves a run's notes. @returns whether they were saved */
  function setNotes(id: number, notes: string): Promise<boolean> {
    return applied(lab.call('experiments:setNotes', { id, notes }), 'notes');
  }

  async function addTag(id: number, tag: string): Promise<boolean> {
    const clean = cleanText(tag, MAX_TAG, 'tag');
    if (clean === null) return false;
    if (!(await applied(lab.call('experiments:tag', { id, tag: clean }), 'addTag'))) return false;
    message.value = i18n.global.t('experiments.message.tagged', { tag: clean });
    return true;
  }

  async function removeTag(id: number, tag: string): Promise<void> {
    const result = await lab.call('experiments:untag', { id, tag });
    if (!result.ok)
      error.value = i18n.global.t('experiments.error.removeTag', {
        message: errorText(result.error),
      });
    else {
      patch(result.value);
      message.value = i18n.global.t('experiments.message.untagged', { tag });
      if (filter.tag === tag && !runs.value.some((r) => r.tags.includes(tag))) filter.tag = null;
    }
  }

  /** Hides a run now and deletes it when the Undo notice expires. */
  function remove(id: number): void {
    const run = byId(id);
    if (run) pendingDelete.start(run);
  }

  /** Brings back the run whose deletion is pending. */
  function undoDelete(): void {
    const run = pendingDelete.undo();
    if (run) message.value = i18n.global.t('experiments.message.restored', { name: run.name });
  }

  async function commitDelete(run: ExperimentSummary): Promise<void> {
    const result = await lab.call('experiments:delete', { id: run.id });
    // Already gone is as good as deleted; any other failure brings the run back into view.
    const gone = result.ok || result.error.code === 'not-found';
    if (!result.ok && !gone) {
      error.value = i18n.global.t('experiments.error.remove', {
        name: run.name,
        message: errorText(result.error),
      });
    }
    if (gone) runs.value = runs.value.filter((r) => r.id !== run.id);
    scheduleRefresh();
  }

  /** Runs a finished experiment again with the same config and seed. @returns the new id */
  async function rerun(id: number): Promise<number | null> {
    const result = await lab.call('runs:rerun', { experimentId: id });
    if (!result.ok) {
      error.value = i18n.global.t('experiments.error.rerun', { message: errorText(result.error) });
      return null;
    }
    message.value = i18n.global.t('experiments.message.rerunning', {
      name: byId(id)?.name ?? i18n.global.t('experiments.message.theRun'),
    });
    await refresh();
    return result.value.experimentId;
  }

  /**
   * Trains a finished run's model further: a new run with the same network, data and settings
   * that starts from the trained weights (and keeps the run's input scaling). @returns the new id
   */
  async function continueTraining(id: number): Promise<number | null> {
    const found = await lab.call('experiments:get', { id });
    if (!found.ok) {
      error.value = i18n.global.t('experiments.error.read', { message: errorText(found.error) });
      return null;
    }
    const { experiment } = found.value;
    const { config } = experiment;
    const started = await lab.call('runs:start', {
      datasetId: experiment.datasetId,
      designId: experiment.designId,
      spec: config.spec,
      training: config.training,
      seed: config.seed,
      derived: config.derived,
      split: config.split,
      fromExperiment: id,
      name: i18n.global
        .t('experiments.message.continuedName', { name: experiment.name })
        .slice(0, 200),
    });
    if (!started.ok) {
      error.value = i18n.global.t('experiments.error.continue', {
        message: errorText(started.error),
      });
      return null;
    }
    message.value = i18n.global.t('experiments.message.continued', { name: experiment.name });
    await refresh();
    return started.value.experimentId;
  }

  /** Stores a model file (Neuron Lab JSON) as a finished run on a chosen dataset. */
  async function importModel(file: File, datasetId: number): Promise<number | null> {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const result = await lab.call('models:import', { fileName: file.name, bytes, datasetId });
    if (!result.ok) {
      error.value = i18n.global.t('experiments.error.importFile', {
        name: file.name,
        message: errorText(result.error),
      });
      return null;
    }
    message.value = i18n.global.t('experiments.message.modelImported', { name: file.name });
    await refresh();
    return result.value.experimentId;
  }

  /** Stops a queued, running or paused run (it keeps what it learned so far). */
  async function stop(id: number): Promise<void> {
    const result = await lab.call('runs:control', { experimentId: id, action: 'stop' });
    if (!result.ok)
      error.value = i18n.global.t('experiments.error.stop', { message: errorText(result.error) });
  }

  return {
    runs,
    loaded,
    loading,
    error,
    message,
    filter,
    pending,
    visible,
    shownTotal,
    tags,
    datasetNames,
    byId,
    refresh,
    listen,
    rename,
    setNotes,
    addTag,
    removeTag,
    remove,
    undoDelete,
    flushDelete: () => pendingDelete.flush(),
    rerun,
    continueTraining,
    importModel,
    stop,
  };
});
