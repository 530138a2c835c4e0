/**
 * The Train view's state: the prepared setup (dataset, network, training settings), the pace
 * and "keep running" a person chose, and the one run shown — the live run the view drives
 * (train-live.ts: start, controls, live settings) or a stored run opened from Experiments
 * (train/stored-run.ts), held as one value with its kind (train-shown.ts). Outlives the view,
 * so leaving Train keeps it.
 */
import { defineStore } from 'pinia';
import { computed, ref, shallowRef, watch } from 'vue';
import { hasDerived } from '../../src-engine/data/derived-features';
import type { TrainConfig } from '../../src-engine/train/config';
import { isActive, isEnded, type RunStatus } from '../../src-main/contract/run-status';
import type { DatasetSummary } from '../../src-main/contract/types';
import { useLab } from '../api';
import { useRunEvents } from '../api/use-run';
import type { LiveRun, ShownSnapshot } from '../train/live-run';
import { PauseClock } from '../train/pause-clock';
import { fitBox, type Box, type Normalize, type PlotPoints } from '../train/plot-points';
import { snapshotPlan } from '../train/snapshot-plan';
import type { TrainSetup } from '../train/train-setup';
import { openStoredRun, type StoredRun } from '../train/stored-run';
import { emptySeries, type TrainSeries } from '../train/train-series';
import { useTrainLive } from './train-live';
import { cloneJson } from '../../src-engine/core/clone-json';
import { useTrainResultsStore } from './train-results';
import { liveOf, storedOf, type ShownRun } from './train-shown';
import { i18n } from '../i18n';
import { errorText } from '../i18n/error-text';
import { reasonText } from '../i18n/run-reason';

export { fitBox };
export type { Box, Normalize, PlotPoints, TrainSeries, TrainSetup };
export type RunState = RunStatus;
export type Snapshot = ShownSnapshot;

/** The decision surface's grid size, and the most points of 2-D data plotted. */
const SURFACE_N = 100;
const PLOT_ROWS = 2000;

export const useTrainStore = defineStore('train', () => {
  const lab = useLab();
  const runEvents = useRunEvents();
  const results = useTrainResultsStore();

  const setup = ref<TrainSetup | null>(null);
  /** editable copy of the setup's training settings and seed */
  const training = ref<TrainConfig | null>(null);
  const seed = ref(1);
  const points = shallowRef<PlotPoints | null>(null);
  /** the setup's dataset as stored (columns, split, generator) */
  const dataset = shallowRef<DatasetSummary | null>(null);
  const loadError = ref<string | null>(null);
  /** settings fields holding text that is not a valid value, by field id: Play waits */
  const settingsProblems = ref<Record<string, string>>({});
  /** epochs a second at most; null: as fast as possible. For this run and the next. */
  const pace = ref<number | null>(null);
  /** go on past the planned epochs until stopped. For this run and the next. */
  const keepRunning = ref(false);

  /** the run on screen: live or stored, never both */
  const shown = shallowRef<ShownRun | null>(null);
  const startedAt = ref<number | null>(null);
  const endedAt = ref<number | null>(null);
  const pauses = new PauseClock();
  /** bumped by every clearRun, so charts redraw empty */
  const clears = ref(0);

  const liveRun = useTrainLive({
    lab,
    runEvents,
    results,
    setup,
    training,
    seed,
    pace,
    keepRunning,
    settingsProblems,
    shown,
    startedAt,
    endedAt,
    isActive: () => isActiveRun.value,
    watchRequest,
    clearRun,
  });
  const { starting, stop } = liveRun;

  /** One value of the shown run, read from whichever kind it is. */
  function ofShown<T>(fromLive: (run: LiveRun) => T, fromStored: (run: StoredRun) => T, none: T) {
    return computed<T>(() => {
      const current = shown.value;
      if (!current) return none;
      return current.kind === 'live' ? fromLive(current.run) : fromStored(current.run);
    });
  }

  const experimentId = computed(() => shown.value?.run.experimentId ?? null);
  const opened = computed(() => shown.value?.kind === 'stored');
  const openedName = computed(() => storedOf(shown.value)?.name ?? null);
  const shownStatus = ofShown<RunStatus | null>(
    (run) => run.status.value,
    (run) => run.status,
    null,
  );
  const status = computed(() => (starting.value ? 'queued' : shownStatus.value));
  const reason = ofShown(
    (run) => run.reason.value,
    (run) => reasonText(run.ending),
    null,
  );
  const position = computed(() => liveOf(shown.value)?.position.value ?? null);
  const liveSettings = computed(() => liveOf(shown.value)?.settings.value ?? null);
  /** the newest live setting the running trainer refused, while no later change was taken */
  const liveRefusal = computed(() => liveOf(shown.value)?.refusal.value ?? null);
  const lastEpoch = computed(() => liveOf(shown.value)?.lastEpoch.value ?? null);
  /** the kernels the live run's trainer reported (a stored run has none to show) */
  const kernels = computed(() => liveOf(shown.value)?.kernels.value ?? null);
  const epochsDone = ofShown(
    (run) => run.position.value?.epoch ?? run.lastEpoch.value?.epoch ?? 0,
    (run) => run.epochsDone,
    0,
  );
  const snapshot = computed<Snapshot | null>(() => shown.value?.run.snapshot.value ?? null);
  const shownVersion = ofShown(
    (run) => run.seriesVersion.value,
    () => 1,
    0,
  );
  const seriesVersion = computed(() => shownVersion.value + clears.value);
  const isActiveRun = computed(() => isActive(status.value));
  const isFinished = computed(() => isEnded(status.value));
  const totalEpochs = computed(() => training.value?.epochs ?? 0);
  /** the data has two inputs (the network may have more: derived ones) */
  const twoInputs = computed(
    () => !!setup.value && (hasDerived(setup.value.derived) || setup.value.spec.inputs === 2),
  );

  // Paused time is left out of a live run's elapsed time.
  watch(status, (next) => {
    if (next && liveOf(shown.value)) pauses.note(next, Date.now());
  });

  /** Records (or, with null, clears) the problem of a settings field. */
  function setSettingProblem(field: string, message: string | null): void {
    const next = { ...settingsProblems.value };
    if (message === null) delete next[field];
    else next[field] = message;
    settingsProblems.value = next;
  }

  /** The series' current arrays (read after watching seriesVersion). */
  function getSeries(): TrainSeries {
    return shown.value?.run.series ?? emptySeries();
  }

  /** Forgets the run's results (not the setup). */
  function clearRun(): void {
    liveOf(shown.value)?.dispose();
    shown.value = null;
    starting.value = false;
    liveRun.actionError.value = null;
    startedAt.value = null;
    endedAt.value = null;
    pauses.reset();
    results.clear();
    clears.value++;
  }

  /** Loads the setup's dataset and, for 2-D data, up to 2000 points for the plot (raw units,
   * each with its part of the setup's split). */
  async function loadData(): Promise<void> {
    const s = setup.value;
    if (!s) return;
    const result = await lab.call('datasets:get', {
      id: s.datasetId,
      rows: twoInputs.value ? PLOT_ROWS : 1,
      ...(s.split ? { split: s.split } : {}),
    });
    if (!result.ok) {
      loadError.value = i18n.global.t('errors.store.loadData', { why: errorText(result.error) });
      return;
    }
    if (setup.value?.datasetId !== s.datasetId) return;
    const { firstRows } = result.value;
    dataset.value = result.value.dataset;
    if (!twoInputs.value) return;
    points.value = {
      x: firstRows.x,
      labels: firstRows.labels ?? null,
      m: firstRows.rows,
      parts: firstRows.parts,
    };
  }

  /** Takes a setup to train (stopping any run of a previous setup); loads 2-D data's points. */
  async function prepare(next: TrainSetup): Promise<void> {
    if (isActiveRun.value && liveOf(shown.value)) await stop();
    clearRun();
    setup.value = cloneJson(next);
    training.value = cloneJson(next.training);
    keepRunning.value = next.training.keepRunning ?? false;
    seed.value = next.seed;
    points.value = null;
    dataset.value = null;
    loadError.value = null;
    await loadData();
  }

  /**
   * Shows a stored run: its setup, curves, status and timing, then (once loaded) its model's
   * weights, decision surface (2-D data) and evaluation. Never throws: problems are shown
   * in loadError / the results store.
   */
  async function openExperiment(id: number): Promise<void> {
    await openStoredRun(id, {
      lab,
      prepare,
      results,
      show: (run) => {
        shown.value = { kind: 'stored', run };
        startedAt.value = run.startedAt;
        endedAt.value = run.endedAt;
      },
      fail: (message) => (loadError.value = message),
      points: () => points.value,
      twoInputs: () => twoInputs.value,
      current: () => storedOf(shown.value)?.experimentId ?? null,
      surfaceN: SURFACE_N,
    });
  }

  /** What the view watches of a run: pictures as often as the network allows, and for 2-D
   * data the surface over the plotted points' box, in raw units. */
  function watchRequest() {
    const s = setup.value!;
    const { perSecond, withHidden } = snapshotPlan(s.spec);
    const box = points.value ? fitBox(points.value.x, points.value.m) : undefined;
    return {
      perSecond,
      surface: twoInputs.value && box ? { box, n: SURFACE_N, withHidden } : undefined,
    };
  }

  /** Forgets the run (stopping it if needed) and keeps the setup and settings. */
  async function reset(): Promise<void> {
    if (isActiveRun.value && liveOf(shown.value)) await stop();
    clearRun();
  }

  /** Milliseconds of training so far (paused time left out). */
  function elapsedMillis(now = Date.now()): number {
    if (startedAt.value === null) return 0;
    const end = endedAt.value ?? now;
    return Math.max(0, end - startedAt.value - pauses.pausedUntil(end));
  }

  return {
    setup,
    training,
    seed,
    points,
    dataset,
    loadData,
    loadError,
    settingsProblems,
    setSettingProblem,
    pace,
    keepRunning,
    experimentId,
    opened,
    openedName,
    status,
    reason,
    position,
    liveSettings,
    liveRefusal,
    kernels,
    actionError: liveRun.actionError,
    epochsDone,
    lastEpoch,
    seriesVersion,
    snapshot,
    startedAt,
    isActive: isActiveRun,
    isFinished,
    totalEpochs,
    twoInputs,
    shown,
    getSeries,
    prepare,
    openExperiment,
    play: liveRun.play,
    pause: liveRun.pause,
    resume: liveRun.resume,
    step: liveRun.step,
    stop,
    reset,
    setLearningRate: liveRun.setLearningRate,
    setPace: liveRun.setPace,
    setKeepRunning: liveRun.setKeepRunning,
    elapsedMillis,
  };
});
