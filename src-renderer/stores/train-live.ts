/**
 * The live half of the Train store: starting a run from the prepared setup, following it
 * (train/live-run.ts), and everything that talks to its trainer — pause, resume, step, stop, and
 * the settings a running run takes at once (learning rate, pace, keep running). Called once
 * inside useTrainStore's setup, which owns the setup and which run is shown; the stored half
 * is train/stored-run.ts.
 */
import { cloneJson } from '../../src-engine/core/clone-json';
import { ref, type Ref, type ShallowRef } from 'vue';
import type { TrainConfig } from '../../src-engine/train/config';
import { isActive, isEnded } from '../../src-main/contract/run-status';
import type { CallRequest } from '../../src-main/contract/calls';
import type { LabClient } from '../api';
import type { RunEvents } from '../api/run-events';
import { createLiveRun, type LiveRun } from '../train/live-run';
import { runAutoName } from '../train/run-auto-name';
import { liveOf, type ShownRun } from './train-shown';
import type { TrainSetup } from '../train/train-setup';
import { seriesFromCurves } from '../train/train-series';
import type { useTrainResultsStore } from './train-results';
import { i18n } from '../i18n';
import { errorText } from '../i18n/error-text';

/** What the live half needs of the Train store. */
export interface LiveRunContext {
  lab: LabClient;
  runEvents: RunEvents;
  results: ReturnType<typeof useTrainResultsStore>;
  setup: Ref<TrainSetup | null>;
  training: Ref<TrainConfig | null>;
  seed: Ref<number>;
  /** epochs a second at most; null: as fast as possible */
  pace: Ref<number | null>;
  keepRunning: Ref<boolean>;
  settingsProblems: Ref<Record<string, string>>;
  shown: ShallowRef<ShownRun | null>;
  /** Date.now() when the shown run started and ended */
  startedAt: Ref<number | null>;
  endedAt: Ref<number | null>;
  /** a run is going (queued, running or paused), as the store shows it */
  isActive(): boolean;
  /** what the view watches of a run (pictures a second, the surface's box) */
  watchRequest(): CallRequest<'runs:start'>['watch'];
  /** forgets the shown run's results, keeping the setup */
  clearRun(): void;
}

type Action = 'pause' | 'resume' | 'stop' | 'step-batch' | 'step-epoch';

export function useTrainLive(context: LiveRunContext) {
  const { lab, results } = context;
  /** Play was pressed and the run has no id yet */
  const starting = ref(false);
  const actionError = ref<string | null>(null);

  /** The request that starts a run with the current settings. */
  function startRequest(setup: TrainSetup, paused: boolean): CallRequest<'runs:start'> {
    const seed = context.seed.value;
    const config: TrainConfig = { ...cloneJson(context.training.value!), seed };
    if (context.keepRunning.value) config.keepRunning = true;
    else delete config.keepRunning;
    return {
      datasetId: setup.datasetId,
      spec: cloneJson(setup.spec),
      training: config,
      seed,
      normalize: setup.normalize,
      derived: setup.derived && setup.derived.length > 0 ? setup.derived : undefined,
      split: setup.split,
      watch: context.watchRequest(),
      startPaused: paused || undefined,
      epochsPerSecond: context.pace.value ?? undefined,
      autoName: runAutoName(setup, config),
    };
  }

  /** Starts a run with the current settings and shows it (paused at batch 0 if asked). */
  async function play(options: { paused?: boolean } = {}): Promise<boolean> {
    const setup = context.setup.value;
    if (!setup || !context.training.value || context.isActive()) return false;
    if (Object.keys(context.settingsProblems.value).length > 0) return false;
    context.clearRun();
    const request = startRequest(setup, options.paused ?? false);
    starting.value = true;
    const started = await lab.call('runs:start', request);
    starting.value = false;
    if (!started.ok) {
      actionError.value = i18n.global.t('errors.run.start', { why: errorText(started.error) });
      return false;
    }
    const id = started.value.experimentId;
    context.startedAt.value = Date.now();
    const run = createLiveRun(context.runEvents, id, {
      onEnded: (ended) => {
        context.endedAt.value = Date.now();
        if (ended === 'done' || ended === 'stopped')
          void results.load(id, context.setup.value?.derived);
        // A run faster than the view drew was sent some of its epochs: show all of them now.
        if (run.thinned.value) void loadAllEpochs(run);
      },
    });
    context.shown.value = { kind: 'live', run };
    return true;
  }

  /** Replaces a finished live run's series with every epoch the store kept. */
  async function loadAllEpochs(run: LiveRun): Promise<void> {
    const got = await lab.call('experiments:get', { id: run.experimentId });
    if (got.ok && liveOf(context.shown.value) === run)
      run.replaceSeries(seriesFromCurves(got.value.curves));
  }

  async function control(action: Action): Promise<void> {
    const run = liveOf(context.shown.value);
    if (!run || isEnded(run.status.value)) return;
    const result = await lab.call('runs:control', { experimentId: run.experimentId, action });
    actionError.value = result.ok
      ? null
      : i18n.global.t(`errors.run.${action}`, { why: errorText(result.error) });
  }

  const pause = () => control('pause');
  const resume = () => control('resume');
  const stop = () => control('stop');

  /** One batch or one epoch, then paused: from the very first batch when no run is going. */
  async function step(kind: 'batch' | 'epoch'): Promise<void> {
    if (!context.isActive() && !(await play({ paused: true }))) return;
    await control(kind === 'batch' ? 'step-batch' : 'step-epoch');
  }

  /** Calls a live setting's call for the running run, if there is one. */
  async function setLive<K extends 'runs:setLearningRate' | 'runs:setPace' | 'runs:keepRunning'>(
    name: K,
    payload: Record<string, unknown>,
    what: 'rate' | 'pace' | 'keepRunning',
  ): Promise<void> {
    const run = liveOf(context.shown.value);
    if (!run || !isActive(run.status.value)) return;
    const result = await lab.call(name, { experimentId: run.experimentId, ...payload } as never);
    actionError.value = result.ok
      ? null
      : i18n.global.t(`errors.run.${what}`, { why: errorText(result.error) });
  }

  /** Sets the learning rate: for the next run, and for the running one at once. */
  async function setLearningRate(rate: number): Promise<void> {
    const training = context.training.value;
    if (!training || !(rate > 0) || rate > 100) return;
    training.learningRate = rate;
    await setLive('runs:setLearningRate', { rate }, 'rate');
  }

  /** Sets the pace (epochs a second, null: as fast as possible), now and for the next run. */
  async function setPace(epochsPerSecond: number | null): Promise<void> {
    context.pace.value = epochsPerSecond;
    await setLive('runs:setPace', { epochsPerSecond: epochsPerSecond ?? undefined }, 'pace');
  }

  /** Goes on past the planned epochs until stopped, now and for the next run. */
  async function setKeepRunning(on: boolean): Promise<void> {
    context.keepRunning.value = on;
    await setLive('runs:keepRunning', { on }, 'keepRunning');
  }

  return {
    starting,
    actionError,
    play,
    pause,
    resume,
    stop,
    step,
    setLearningRate,
    setPace,
    setKeepRunning,
  };
}
