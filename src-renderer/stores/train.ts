/**
 * The Train view's state: the prepared setup (dataset, network, training settings), the one
 * run it drives (or a stored run opened from Experiments) and what that run has reported.
 * Outlives the view, so leaving Train keeps it.
 */
import { defineStore } from 'pinia';
import { computed, ref, shallowRef } from 'vue';
import type { DerivedFeature } from '../../src-engine/data/derived-features';
import type { NetworkSpec } from '../../src-engine/network/spec';
import type { TrainConfig } from '../../src-engine/train/config';
import type { EpochReport } from '../../src-engine/train/reports';
import type { EventPayloads } from '../../src-main/contract/types';
import { useLab } from '../api';
import { modelSurface } from '../train/model-surface';
import {
  fitBox,
  scalePoints,
  scalePointsWith,
  type Box,
  type Normalize,
  type PlotPoints,
} from '../train/plot-points';
import { PauseClock } from '../train/pause-clock';
import { snapshotPlan } from '../train/snapshot-plan';
import {
  appendEpochs,
  emptySeries,
  seriesFromCurves,
  type TrainSeries,
} from '../train/train-series';
import { useTrainResultsStore } from './train-results';

export { fitBox, scalePoints };
export type { Box, Normalize, PlotPoints, TrainSeries };
export type RunState = EventPayloads['runs:status']['status'];
export type Snapshot = EventPayloads['runs:snapshot']['snapshot'];

/** What the Welcome view (or a design, or a stored run) hands to Train. */
export interface TrainSetup {
  datasetId: number;
  datasetName: string;
  /** the network; with derived features its inputs are 2 + derived.length */
  spec: NetworkSpec;
  training: TrainConfig;
  seed: number;
  normalize: Normalize;
  /** 2-D data only: derived inputs (x², y², x·y, sin x, sin y) appended to the two */
  derived?: DerivedFeature[];
}

/** Fewest milliseconds between two progress notices to the view. */
const PUBLISH_MS = 100;
/** The decision surface's grid size, and the most points of 2-D data plotted. */
const SURFACE_N = 100;
const PLOT_ROWS = 2000;

/** A deep copy of plain data that may sit behind Vue proxies (structuredClone refuses those). */
function plainCopy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

export const useTrainStore = defineStore('train', () => {
  const lab = useLab();
  const results = useTrainResultsStore();

  const setup = ref<TrainSetup | null>(null);
  /** editable copy of the setup's training settings and seed */
  const training = ref<TrainConfig | null>(null);
  const seed = ref(1);
  const points = shallowRef<PlotPoints | null>(null);
  const loadError = ref<string | null>(null);
  /** settings fields holding text that is not a valid value, by field id: Play waits */
  const settingsProblems = ref<Record<string, string>>({});

  const experimentId = ref<number | null>(null);
  /** the run shown was opened from Experiments (stored), not trained here */
  const opened = ref(false);
  /** the stored run's name, when opened */
  const openedName = ref<string | null>(null);
  const status = ref<RunState | null>(null);
  const reason = ref<string | null>(null);
  const actionError = ref<string | null>(null);
  const epochsDone = ref(0);
  const lastEpoch = shallowRef<EpochReport | null>(null);
  /** bumped whenever the series grow; the arrays themselves are not reactive (cheap appends) */
  const seriesVersion = ref(0);
  let series = emptySeries();
  const snapshot = shallowRef<Snapshot | null>(null);
  const startedAt = ref<number | null>(null);
  const endedAt = ref<number | null>(null);
  const pauses = new PauseClock();

  const isActive = computed(
    () => status.value === 'running' || status.value === 'paused' || status.value === 'queued',
  );
  const isFinished = computed(() => status.value !== null && !isActive.value);
  const totalEpochs = computed(() => training.value?.epochs ?? 0);
  /** the data has two inputs (the network may have more: derived ones) */
  const twoInputs = computed(
    () => !!setup.value && setup.value.spec.inputs - (setup.value.derived?.length ?? 0) === 2,
  );

  /** Records (or, with null, clears) the problem of a settings field. */
  function setSettingProblem(field: string, message: string | null): void {
    const next = { ...settingsProblems.value };
    if (message === null) delete next[field];
    else next[field] = message;
    settingsProblems.value = next;
  }

  /** The series' current arrays (read after watching seriesVersion). */
  function getSeries(): TrainSeries {
    return series;
  }

  /** A run that ended with a model: fetch its evaluation and model for the view. */
  function runEnded(id: number, state: RunState): void {
    if (state === 'done' || state === 'stopped') void results.load(id, setup.value?.derived);
  }

  // Progress arrives up to 30 times a second; the arrays take it at once, the view hears of
  // it at most every PUBLISH_MS (each notice re-renders progress and charts).
  let pendingEpoch: EpochReport | null = null;
  let publishTimer = 0;
  function publishProgress(): void {
    publishTimer = 0;
    if (!pendingEpoch) return;
    lastEpoch.value = pendingEpoch;
    epochsDone.value = pendingEpoch.epoch;
    pendingEpoch = null;
    seriesVersion.value++;
  }

  let unsubscribe: (() => void)[] = [];
  function listen(): void {
    if (unsubscribe.length > 0) return;
    unsubscribe = [
      lab.on('runs:progress', (p) => {
        if (p.experimentId !== experimentId.value || p.epochs.length === 0) return;
        appendEpochs(series, p.epochs);
        pendingEpoch = p.epochs[p.epochs.length - 1];
        if (publishTimer === 0) publishTimer = window.setTimeout(publishProgress, PUBLISH_MS);
      }),
      lab.on('runs:status', (p) => {
        if (p.experimentId !== experimentId.value || opened.value) return;
        const now = Date.now();
        pauses.note(p.status, now);
        const wasActive = isActive.value;
        // The last epochs before a pause or the end are shown with the new status.
        if (p.status !== 'running') publishProgress();
        status.value = p.status;
        reason.value = p.reason ?? null;
        if (!isActive.value) {
          endedAt.value = now;
          if (wasActive) runEnded(p.experimentId, p.status);
        }
      }),
      lab.on('runs:snapshot', (p) => {
        if (p.experimentId === experimentId.value && !opened.value) snapshot.value = p.snapshot;
      }),
    ];
  }

  /** Forgets the run's results (not the setup). */
  function clearRun(): void {
    clearTimeout(publishTimer);
    publishTimer = 0;
    pendingEpoch = null;
    experimentId.value = null;
    opened.value = false;
    openedName.value = null;
    status.value = null;
    reason.value = null;
    actionError.value = null;
    epochsDone.value = 0;
    lastEpoch.value = null;
    series = emptySeries();
    seriesVersion.value++;
    snapshot.value = null;
    startedAt.value = null;
    endedAt.value = null;
    pauses.reset();
    results.clear();
  }

  /** Loads up to 2000 points of 2-D data for the plot, scaled as `normalize` says. */
  async function loadPoints(datasetId: number, normalize: Normalize): Promise<void> {
    const result = await lab.call('datasets:get', { id: datasetId, rows: PLOT_ROWS });
    if (!result.ok) {
      loadError.value = `Could not load the data's points: ${result.error.message}`;
      return;
    }
    const { firstRows } = result.value;
    points.value = {
      x: scalePoints(firstRows.x, firstRows.rows, normalize),
      labels: firstRows.labels ?? null,
      m: firstRows.rows,
    };
  }

  /** Takes a setup to train (stopping any run of a previous setup); loads 2-D data's points. */
  async function prepare(next: TrainSetup): Promise<void> {
    if (isActive.value && !opened.value) await stop();
    clearRun();
    setup.value = plainCopy(next);
    training.value = plainCopy(next.training);
    seed.value = next.seed;
    points.value = null;
    loadError.value = null;
    if (twoInputs.value) await loadPoints(next.datasetId, next.normalize);
  }

  /**
   * Shows a stored run: its setup, curves, status and timing, then (once loaded) its model's
   * weights, decision surface (2-D data) and evaluation. Never throws: problems are shown
   * in loadError / the results store.
   */
  async function openExperiment(id: number): Promise<void> {
    const got = await lab.call('experiments:get', { id });
    if (!got.ok) {
      loadError.value = `Could not open experiment ${id}: ${got.error.message}`;
      return;
    }
    const { experiment, curves } = got.value;
    const { config } = experiment;
    const dataset = await lab.call('datasets:get', { id: experiment.datasetId, rows: 1 });
    await prepare({
      datasetId: experiment.datasetId,
      datasetName: dataset.ok ? dataset.value.dataset.name : `dataset ${experiment.datasetId}`,
      spec: config.spec,
      training: config.training,
      seed: config.seed,
      normalize: config.normalize ?? 'none',
      derived: config.derived,
    });
    if (!dataset.ok) loadError.value = `Could not read the run's dataset: ${dataset.error.message}`;
    experimentId.value = experiment.id;
    opened.value = true;
    openedName.value = experiment.name;
    status.value = experiment.status;
    reason.value = experiment.reason;
    series = seriesFromCurves(curves);
    const n = curves.epoch.length;
    epochsDone.value = Math.max(experiment.epochsDone, n > 0 ? curves.epoch[n - 1] : 0);
    seriesVersion.value++;
    startedAt.value = experiment.startedAt;
    endedAt.value = experiment.finishedAt ?? experiment.startedAt;
    await showStoredModel(experiment.id, experiment.epochsDone);
  }

  /** An opened run's model: weights for the diagram and, for 2-D data, its surface. */
  async function showStoredModel(id: number, epoch: number): Promise<void> {
    const model = await results.load(id, setup.value?.derived);
    if (!model || experimentId.value !== id) return;
    let surface: Snapshot['surface'];
    if (twoInputs.value && setup.value) {
      const raw = await lab.call('datasets:get', { id: setup.value.datasetId, rows: PLOT_ROWS });
      if (raw.ok && model.normalization) {
        const { rows, x } = raw.value.firstRows;
        points.value = {
          x: scalePointsWith(x, rows, model.normalization),
          labels: raw.value.firstRows.labels ?? null,
          m: rows,
        };
      }
      try {
        const box = points.value
          ? fitBox(points.value.x, points.value.m)
          : fitBox(new Float32Array(), 0);
        surface = modelSurface(model, box, SURFACE_N);
      } catch (error) {
        loadError.value = `Could not draw the decision surface: ${(error as Error).message}`;
      }
    }
    if (experimentId.value !== id) return;
    snapshot.value = { epoch, step: 0, weights: model.file.weights, surface };
  }

  /** Starts a run with the current settings and watches it. */
  async function play(): Promise<void> {
    if (!setup.value || !training.value || isActive.value) return;
    if (Object.keys(settingsProblems.value).length > 0) return;
    clearRun();
    listen();
    const s = setup.value;
    const config: TrainConfig = { ...plainCopy(training.value), seed: seed.value };
    status.value = 'queued';
    const started = await lab.call('runs:start', {
      datasetId: s.datasetId,
      spec: plainCopy(s.spec),
      training: config,
      seed: seed.value,
      normalize: s.normalize,
      derived: s.derived && s.derived.length > 0 ? s.derived : undefined,
    });
    if (!started.ok) {
      status.value = null;
      actionError.value = `Could not start: ${started.error.message}`;
      return;
    }
    experimentId.value = started.value.experimentId;
    startedAt.value = Date.now();
    if (status.value === 'queued') status.value = 'running';
    const box = points.value ? fitBox(points.value.x, points.value.m) : undefined;
    const { perSecond, withHidden } = snapshotPlan(s.spec);
    const watched = await lab.call('runs:watch', {
      experimentId: started.value.experimentId,
      perSecond,
      surface: twoInputs.value && box ? { box, n: SURFACE_N, withHidden } : undefined,
    });
    if (!watched.ok) actionError.value = `Could not watch the run: ${watched.error.message}`;
  }

  async function control(action: 'pause' | 'resume' | 'stop' | 'step-batch' | 'step-epoch') {
    if (experimentId.value === null || opened.value) return;
    const result = await lab.call('runs:control', { experimentId: experimentId.value, action });
    actionError.value = result.ok
      ? null
      : `Could not ${action.replace('-', ' ')}: ${result.error.message}`;
  }

  const pause = () => control('pause');
  const resume = () => control('resume');
  const stop = () => control('stop');
  /** One batch or one epoch, then paused again. */
  const step = (kind: 'batch' | 'epoch') => control(kind === 'batch' ? 'step-batch' : 'step-epoch');

  /** Forgets the run (stopping it if needed) and keeps the setup and settings. */
  async function reset(): Promise<void> {
    if (isActive.value && !opened.value) await stop();
    clearRun();
  }

  /** Sets the learning rate: for the next run, and for the running one at once. */
  async function setLearningRate(rate: number): Promise<void> {
    if (!training.value || !(rate > 0) || rate > 100) return;
    training.value.learningRate = rate;
    if (experimentId.value === null || !isActive.value || opened.value) return;
    const result = await lab.call('runs:setLearningRate', {
      experimentId: experimentId.value,
      rate,
    });
    actionError.value = result.ok
      ? null
      : `Could not set the learning rate: ${result.error.message}`;
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
    loadError,
    settingsProblems,
    setSettingProblem,
    experimentId,
    opened,
    openedName,
    status,
    reason,
    actionError,
    epochsDone,
    lastEpoch,
    seriesVersion,
    snapshot,
    startedAt,
    isActive,
    isFinished,
    totalEpochs,
    twoInputs,
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
    elapsedMillis,
  };
});
