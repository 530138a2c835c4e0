/**
 * The Train view's state: the prepared setup (dataset, network, training settings), the one
 * run it drives live (train/live-run.ts) or a stored run opened from Experiments, and the pace
 * and "keep running" a person chose. Outlives the view, so leaving Train keeps it.
 */
import { defineStore } from 'pinia';
import { computed, ref, shallowRef, watch } from 'vue';
import { hasDerived } from '../../src-engine/data/derived-features';
import type { TrainConfig } from '../../src-engine/train/config';
import { isActive, isEnded, type RunStatus } from '../../src-main/contract/run-status';
import type { DatasetSummary } from '../../src-main/contract/types';
import { useLab } from '../api';
import { useRunEvents } from '../api/use-run';
import { createLiveRun, type LiveRun, type ShownSnapshot } from '../train/live-run';
import { PauseClock } from '../train/pause-clock';
import { fitBox, type Box, type Normalize, type PlotPoints } from '../train/plot-points';
import { snapshotPlan } from '../train/snapshot-plan';
import type { TrainSetup } from '../train/train-setup';
import { openStoredRun, type StoredRun } from '../train/stored-run';
import { emptySeries, seriesFromCurves, type TrainSeries } from '../train/train-series';
import { useTrainResultsStore } from './train-results';
import { cloneJson } from '../../src-engine/core/clone-json';

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

  const live = shallowRef<LiveRun | null>(null);
  const stored = shallowRef<StoredRun | null>(null);
  /** Play was pressed and the run has no id yet */
  const starting = ref(false);
  const actionError = ref<string | null>(null);
  const startedAt = ref<number | null>(null);
  const endedAt = ref<number | null>(null);
  const pauses = new PauseClock();

  const experimentId = computed(
    () => live.value?.experimentId ?? stored.value?.experimentId ?? null,
  );
  const opened = computed(() => stored.value !== null);
  const openedName = computed(() => stored.value?.name ?? null);
  const status = computed<RunStatus | null>(() =>
    starting.value ? 'queued' : (live.value?.status.value ?? stored.value?.status ?? null),
  );
  const reason = computed(() => live.value?.reason.value ?? stored.value?.reason ?? null);
  const position = computed(() => live.value?.position.value ?? null);
  const liveSettings = computed(() => live.value?.settings.value ?? null);
  const lastEpoch = computed(() => live.value?.lastEpoch.value ?? null);
  const epochsDone = computed(
    () => position.value?.epoch ?? lastEpoch.value?.epoch ?? stored.value?.epochsDone ?? 0,
  );
  const snapshot = computed<Snapshot | null>(
    () => live.value?.snapshot.value ?? stored.value?.snapshot.value ?? null,
  );
  const seriesVersion = computed(
    () => (live.value?.seriesVersion.value ?? 0) + (stored.value ? 1 : 0) + clears.value,
  );
  const clears = ref(0);
  const isActiveRun = computed(() => isActive(status.value));
  const isFinished = computed(() => isEnded(status.value));
  const totalEpochs = computed(() => training.value?.epochs ?? 0);
  /** the data has two inputs (the network may have more: derived ones) */
  const twoInputs = computed(
    () => !!setup.value && (hasDerived(setup.value.derived) || setup.value.spec.inputs === 2),
  );

  watch(status, (next) => {
    if (next && live.value) pauses.note(next, Date.now());
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
    return live.value?.series ?? stored.value?.series ?? emptySeries();
  }

  /** Forgets the run's results (not the setup). */
  function clearRun(): void {
    live.value?.dispose();
    live.value = null;
    stored.value = null;
    starting.value = false;
    actionError.value = null;
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
      loadError.value = `Could not load the data: ${result.error.message}`;
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
    if (isActiveRun.value && live.value) await stop();
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
        stored.value = run;
        startedAt.value = run.startedAt;
        endedAt.value = run.endedAt;
      },
      fail: (message) => (loadError.value = message),
      points: () => points.value,
      twoInputs: () => twoInputs.value,
      current: () => stored.value?.experimentId ?? null,
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

  /** Starts a run with the current settings and watches it (paused at batch 0 if asked). */
  async function play(options: { paused?: boolean } = {}): Promise<boolean> {
    if (!setup.value || !training.value || isActiveRun.value) return false;
    if (Object.keys(settingsProblems.value).length > 0) return false;
    clearRun();
    const s = setup.value;
    const config: TrainConfig = { ...cloneJson(training.value), seed: seed.value };
    if (keepRunning.value) config.keepRunning = true;
    else delete config.keepRunning;
    starting.value = true;
    const started = await lab.call('runs:start', {
      datasetId: s.datasetId,
      spec: cloneJson(s.spec),
      training: config,
      seed: seed.value,
      normalize: s.normalize,
      derived: s.derived && s.derived.length > 0 ? s.derived : undefined,
      split: s.split,
      watch: watchRequest(),
      startPaused: options.paused || undefined,
      epochsPerSecond: pace.value ?? undefined,
    });
    starting.value = false;
    if (!started.ok) {
      actionError.value = `Could not start: ${started.error.message}`;
      return false;
    }
    const id = started.value.experimentId;
    startedAt.value = Date.now();
    const run = createLiveRun(runEvents, id, {
      onEnded: (ended) => {
        endedAt.value = Date.now();
        if (ended === 'done' || ended === 'stopped') void results.load(id, setup.value?.derived);
        // A run faster than the view drew was sent some of its epochs: show all of them now.
        if (run.thinned.value) void loadAllEpochs(run);
      },
    });
    live.value = run;
    return true;
  }

  /** Replaces a finished live run's series with every epoch the store kept. */
  async function loadAllEpochs(run: LiveRun): Promise<void> {
    const got = await lab.call('experiments:get', { id: run.experimentId });
    if (got.ok && live.value === run) run.replaceSeries(seriesFromCurves(got.value.curves));
  }

  async function control(action: 'pause' | 'resume' | 'stop' | 'step-batch' | 'step-epoch') {
    const run = live.value;
    if (!run || isEnded(run.status.value)) return;
    const result = await lab.call('runs:control', { experimentId: run.experimentId, action });
    actionError.value = result.ok
      ? null
      : `Could not ${action.replace('-', ' ')}: ${result.error.message}`;
  }

  const pause = () => control('pause');
  const resume = () => control('resume');
  const stop = () => control('stop');

  /** One batch or one epoch, then paused: from the very first batch when no run is going. */
  async function step(kind: 'batch' | 'epoch'): Promise<void> {
    if (!isActiveRun.value && !(await play({ paused: true }))) return;
    await control(kind === 'batch' ? 'step-batch' : 'step-epoch');
  }

  /** Forgets the run (stopping it if needed) and keeps the setup and settings. */
  async function reset(): Promise<void> {
    if (isActiveRun.value && live.value) await stop();
    clearRun();
  }

  /** Calls a live setting's call for the running run, if there is one. */
  async function setLive<K extends 'runs:setLearningRate' | 'runs:setPace' | 'runs:keepRunning'>(
    name: K,
    payload: Record<string, unknown>,
    what: string,
  ): Promise<void> {
    const run = live.value;
    if (!run || !isActive(run.status.value)) return;
    const result = await lab.call(name, { experimentId: run.experimentId, ...payload } as never);
    actionError.value = result.ok ? null : `Could not ${what}: ${result.error.message}`;
  }

  /** Sets the learning rate: for the next run, and for the running one at once. */
  async function setLearningRate(rate: number): Promise<void> {
    if (!training.value || !(rate > 0) || rate > 100) return;
    training.value.learningRate = rate;
    await setLive('runs:setLearningRate', { rate }, 'set the learning rate');
  }

  /** Sets the pace (epochs a second, null: as fast as possible), now and for the next run. */
  async function setPace(epochsPerSecond: number | null): Promise<void> {
    pace.value = epochsPerSecond;
    await setLive(
      'runs:setPace',
      { epochsPerSecond: epochsPerSecond ?? undefined },
      'change the speed',
    );
  }

  /** Goes on past the planned epochs until stopped, now and for the next run. */
  async function setKeepRunning(on: boolean): Promise<void> {
    keepRunning.value = on;
    await setLive('runs:keepRunning', { on }, 'change "keep running"');
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
    actionError,
    epochsDone,
    lastEpoch,
    seriesVersion,
    snapshot,
    startedAt,
    isActive: isActiveRun,
    isFinished,
    totalEpochs,
    twoInputs,
    live,
    getSeries,
    prepare,
    openExperiment,
    play,
    pause,
    resume,
    step,
    stop,
    reset,
    setLearningRate,
    setPace,
    setKeepRunning,
    elapsedMillis,
  };
});
