/**
 * The Train view's state: the prepared setup (dataset, network, training settings), the one
 * run it drives and what that run has reported. Outlives the view, so leaving Train keeps it.
 */
import { defineStore } from 'pinia';
import { computed, ref, shallowRef } from 'vue';
import type { NetworkSpec } from '../../src-engine/network/spec';
import type { TrainConfig } from '../../src-engine/train/config';
import type { EpochReport } from '../../src-engine/train/reports';
import type { EventPayloads } from '../../src-main/contract/types';
import { useLab } from '../api';

export type Normalize = 'standard' | 'minmax' | 'none';
export type RunState = EventPayloads['runs:status']['status'];
export type Snapshot = EventPayloads['runs:snapshot']['snapshot'];
export type Box = { xMin: number; xMax: number; yMin: number; yMax: number };

/** What the Welcome view (or a design) hands to Train. */
export interface TrainSetup {
  datasetId: number;
  datasetName: string;
  spec: NetworkSpec;
  training: TrainConfig;
  seed: number;
  normalize: Normalize;
}

/** The dataset's points for the decision-surface plot (inputs as the network sees them). */
export interface PlotPoints {
  x: Float32Array;
  labels: Int32Array | null;
  m: number;
}

/** One series per chart line: [epoch, value] pairs, appended to, never rebuilt. */
export interface TrainSeries {
  loss: [number, number][];
  validationLoss: [number, number][];
  accuracy: [number, number][];
  validationAccuracy: [number, number][];
  learningRate: [number, number][];
}

const emptySeries = (): TrainSeries => ({
  loss: [],
  validationLoss: [],
  accuracy: [],
  validationAccuracy: [],
  learningRate: [],
});

/** Snapshots a second asked of the trainer, and the decision surface's grid size. */
const SNAPSHOTS_PER_SECOND = 8;
const SURFACE_N = 100;
const PLOT_ROWS = 2000;

/**
 * Scales 2-D points the way the run's inputs are scaled. Approximate: main fits the scaler on
 * the training part only, this on every plotted row.
 */
export function scalePoints(x: Float32Array, m: number, normalize: Normalize): Float32Array {
  if (normalize === 'none' || m === 0) return x;
  const out = new Float32Array(x.length);
  for (let j = 0; j < 2; j++) {
    let a = 0;
    let b = 0;
    if (normalize === 'standard') {
      let sum = 0;
      for (let i = 0; i < m; i++) sum += x[i * 2 + j];
      const mean = sum / m;
      let sq = 0;
      for (let i = 0; i < m; i++) sq += (x[i * 2 + j] - mean) ** 2;
      a = mean;
      b = Math.sqrt(sq / m) || 1;
    } else {
      let lo = Infinity;
      let hi = -Infinity;
      for (let i = 0; i < m; i++) {
        lo = Math.min(lo, x[i * 2 + j]);
        hi = Math.max(hi, x[i * 2 + j]);
      }
      a = lo;
      b = hi - lo || 1;
    }
    for (let i = 0; i < m; i++) out[i * 2 + j] = (x[i * 2 + j] - a) / b;
  }
  return out;
}

/** The points' bounding box widened by 10% each side (a unit box around a single point). */
export function fitBox(x: Float32Array, m: number): Box {
  let xMin = Infinity;
  let xMax = -Infinity;
  let yMin = Infinity;
  let yMax = -Infinity;
  for (let i = 0; i < m; i++) {
    xMin = Math.min(xMin, x[i * 2]);
    xMax = Math.max(xMax, x[i * 2]);
    yMin = Math.min(yMin, x[i * 2 + 1]);
    yMax = Math.max(yMax, x[i * 2 + 1]);
  }
  if (!Number.isFinite(xMin)) return { xMin: -1, xMax: 1, yMin: -1, yMax: 1 };
  const px = (xMax - xMin || 1) * 0.1;
  const py = (yMax - yMin || 1) * 0.1;
  return { xMin: xMin - px, xMax: xMax + px, yMin: yMin - py, yMax: yMax + py };
}

export const useTrainStore = defineStore('train', () => {
  const lab = useLab();

  const setup = ref<TrainSetup | null>(null);
  /** editable copy of the setup's training settings and seed */
  const training = ref<TrainConfig | null>(null);
  const seed = ref(1);
  const points = shallowRef<PlotPoints | null>(null);
  const loadError = ref<string | null>(null);

  const experimentId = ref<number | null>(null);
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
  /** milliseconds spent paused, so that elapsed time counts training only */
  let pausedMillis = 0;
  let pausedAt: number | null = null;

  const isActive = computed(
    () => status.value === 'running' || status.value === 'paused' || status.value === 'queued',
  );
  const isFinished = computed(() => status.value !== null && !isActive.value);
  const totalEpochs = computed(() => training.value?.epochs ?? 0);
  const twoInputs = computed(() => setup.value?.spec.inputs === 2);

  /** The series' current arrays (read after watching seriesVersion). */
  function getSeries(): TrainSeries {
    return series;
  }

  let unsubscribe: (() => void)[] = [];
  function listen(): void {
    if (unsubscribe.length > 0) return;
    unsubscribe = [
      lab.on('runs:progress', (p) => {
        if (p.experimentId !== experimentId.value || p.epochs.length === 0) return;
        for (const e of p.epochs) {
          series.loss.push([e.epoch, e.loss]);
          if (e.validationLoss !== undefined)
            series.validationLoss.push([e.epoch, e.validationLoss]);
          if (e.accuracy !== undefined) series.accuracy.push([e.epoch, e.accuracy]);
          if (e.validationAccuracy !== undefined)
            series.validationAccuracy.push([e.epoch, e.validationAccuracy]);
          series.learningRate.push([e.epoch, e.learningRate]);
        }
        const last = p.epochs[p.epochs.length - 1];
        lastEpoch.value = last;
        epochsDone.value = last.epoch;
        seriesVersion.value++;
      }),
      lab.on('runs:status', (p) => {
        if (p.experimentId !== experimentId.value) return;
        const now = Date.now();
        if (p.status === 'paused' && pausedAt === null) pausedAt = now;
        if (p.status !== 'paused' && pausedAt !== null) {
          pausedMillis += now - pausedAt;
          pausedAt = null;
        }
        status.value = p.status;
        reason.value = p.reason ?? null;
        if (!isActive.value) endedAt.value = now;
      }),
      lab.on('runs:snapshot', (p) => {
        if (p.experimentId === experimentId.value) snapshot.value = p.snapshot;
      }),
    ];
  }

  /** Forgets the run's results (not the setup). */
  function clearRun(): void {
    experimentId.value = null;
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
    pausedMillis = 0;
    pausedAt = null;
  }

  /**
   * Takes a setup to train; for 2-input data, loads up to 2000 points for the plot.
   * Stops any run of a previous setup.
   */
  async function prepare(next: TrainSetup): Promise<void> {
    if (isActive.value) await stop();
    clearRun();
    setup.value = structuredClone(next);
    training.value = structuredClone(next.training);
    seed.value = next.seed;
    points.value = null;
    loadError.value = null;
    if (next.spec.inputs !== 2) return;
    const result = await lab.call('datasets:get', { id: next.datasetId, rows: PLOT_ROWS });
    if (!result.ok) {
      loadError.value = `Could not load the data's points: ${result.error.message}`;
      return;
    }
    const { firstRows } = result.value;
    points.value = {
      x: scalePoints(firstRows.x, firstRows.rows, next.normalize),
      labels: firstRows.labels ?? null,
      m: firstRows.rows,
    };
  }

  /** Starts a run with the current settings and watches it. */
  async function play(): Promise<void> {
    if (!setup.value || !training.value || isActive.value) return;
    clearRun();
    listen();
    const s = setup.value;
    const config: TrainConfig = { ...training.value, seed: seed.value };
    status.value = 'queued';
    const started = await lab.call('runs:start', {
      datasetId: s.datasetId,
      spec: s.spec,
      training: config,
      seed: seed.value,
      normalize: s.normalize,
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
    const watched = await lab.call('runs:watch', {
      experimentId: started.value.experimentId,
      perSecond: SNAPSHOTS_PER_SECOND,
      surface: twoInputs.value && box ? { box, n: SURFACE_N, withHidden: false } : undefined,
    });
    if (!watched.ok) actionError.value = `Could not watch the run: ${watched.error.message}`;
  }

  async function control(action: 'pause' | 'resume' | 'stop' | 'step-batch' | 'step-epoch') {
    if (experimentId.value === null) return;
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
    if (isActive.value) await stop();
    clearRun();
  }

  /** Sets the learning rate: for the next run, and for the running one at once. */
  async function setLearningRate(rate: number): Promise<void> {
    if (!training.value || !(rate > 0) || rate > 100) return;
    training.value.learningRate = rate;
    if (experimentId.value === null || !isActive.value) return;
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
    const paused = pausedMillis + (pausedAt !== null ? end - pausedAt : 0);
    return Math.max(0, end - startedAt.value - paused);
  }

  return {
    setup,
    training,
    seed,
    points,
    loadError,
    experimentId,
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
