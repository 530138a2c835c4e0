/**
 * What the Train view shows of the run it drives, as the run reports it: status, position
 * (epoch and batch), live settings, the newest epoch, the chart series and the newest picture.
 * Reports arrive up to 30 times a second and pictures up to 60: the numbers are shown at the
 * next animation frame, the charts at most CHART_MS apart, and of the pictures only the newest
 * is decoded and drawn — an older one still waiting is dropped.
 */
import { computed, ref, shallowRef } from 'vue';
import type { KernelPlan } from '../../src-engine/kernels/kernel-plan';
import type { EpochReport } from '../../src-engine/train/reports';
import type {
  CommandRefusal,
  LiveSettings,
  RunPosition,
} from '../../src-engine/train/run-commands';
import type { RunStatus } from '../../src-main/contract/run-status';
import { isEnded } from '../../src-main/contract/run-status';
import { decodeSurface, type PlainSurface } from '../../src-main/contract/snapshot-codec';
import type { EventPayloads } from '../../src-main/contract/types';
import type { RunEvents } from '../api/run-events';
import { reasonText, type RunEnding } from '../i18n/run-reason';
import { appendEpochs, emptySeries, type TrainSeries } from './train-series';

/** A snapshot as views draw it: its surface decoded into floats. */
export type ShownSnapshot = Omit<EventPayloads['runs:snapshot']['snapshot'], 'surface'> & {
  surface?: PlainSurface;
};

/** Fewest milliseconds between two chart redraws while a run trains. */
export const CHART_MS = 200;

export interface LiveRunOptions {
  /** runs `callback` at the next frame (requestAnimationFrame in a page) */
  nextFrame?: (callback: () => void) => void;
  now?: () => number;
  /** the run ended, with its status and reason */
  onEnded?: (status: RunStatus, reason: string | null) => void;
}

/** The position a batch report leaves the run at. */
function positionAfter(batch: NonNullable<EventPayloads['runs:progress']['batch']>): RunPosition {
  const endsEpoch = batch.batch === batch.batchesPerEpoch;
  return {
    epoch: endsEpoch ? batch.epoch : batch.epoch - 1,
    batch: endsEpoch ? 0 : batch.batch,
    batchesPerEpoch: batch.batchesPerEpoch,
    step: batch.step,
  };
}

/** Follows one live run and holds what the view shows of it. */
export function createLiveRun(
  events: RunEvents,
  experimentId: number,
  options: LiveRunOptions = {},
) {
  const nextFrame = options.nextFrame ?? ((f: () => void) => void requestAnimationFrame(() => f()));
  const now = options.now ?? Date.now;

  const status = ref<RunStatus>('queued');
  const ending = shallowRef<RunEnding>({});
  /** said when read, so that it follows a change of language */
  const reason = computed(() => reasonText(ending.value));
  const position = shallowRef<RunPosition | null>(null);
  const settings = shallowRef<LiveSettings | null>(null);
  const refused = ref<string | null>(null);
  /** the newest setting the trainer refused (what was asked, why, what stays in effect),
   * until a later change is taken */
  const refusal = shallowRef<CommandRefusal | null>(null);
  /** the kernels the trainer runs the layers on, as it reported them */
  const kernels = shallowRef<KernelPlan | null>(null);
  const lastEpoch = shallowRef<EpochReport | null>(null);
  /** the trainer's clock when the shown numbers were made */
  const shownAt = ref(0);
  /** epochs of the run not sent to the view (a run faster than views draw) */
  const thinned = ref(false);
  const snapshot = shallowRef<ShownSnapshot | null>(null);
  const seriesVersion = ref(0);
  const series: TrainSeries = emptySeries();

  // Pending, not yet shown: the newest numbers and the newest picture.
  let pending: { position?: RunPosition; epoch?: EpochReport; at?: number } = {};
  let pendingSnapshot: EventPayloads['runs:snapshot']['snapshot'] | null = null;
  let frameAsked = false;
  let chartsDirty = false;
  let chartsShownAt = 0;

  function askFrame(): void {
    if (frameAsked) return;
    frameAsked = true;
    nextFrame(showFrame);
  }

  function showFrame(): void {
    frameAsked = false;
    if (pending.position) position.value = pending.position;
    if (pending.epoch) lastEpoch.value = pending.epoch;
    if (pending.at !== undefined) shownAt.value = pending.at;
    pending = {};
    if (pendingSnapshot) {
      const { surface, ...rest } = pendingSnapshot;
      pendingSnapshot = null;
      snapshot.value = { ...rest, ...(surface ? { surface: decodeSurface(surface) } : {}) };
    }
    if (chartsDirty) {
      const t = now();
      if (t - chartsShownAt >= CHART_MS || isEnded(status.value)) {
        chartsDirty = false;
        chartsShownAt = t;
        seriesVersion.value++;
      } else askFrame();
    }
  }

  /** Takes a position if it is not behind the one waiting (reports can cross statuses). */
  function notePosition(at: RunPosition): void {
    const current = pending.position ?? position.value;
    if (!current || at.step >= current.step) pending.position = at;
  }

  /** Shows everything waiting now (before a status change is shown). */
  function flush(): void {
    chartsShownAt = 0;
    showFrame();
  }

  // Set once follow() returns: a run can end before that, its early events (a tiny run's
  // whole life) being handed over inside follow(); its end is then reported right after.
  const following: { stop?: () => void } = {};
  let endedEarly = false;

  /** Stops following an ended run and reports its end. */
  function end(): void {
    if (!following.stop) {
      endedEarly = true;
      return;
    }
    following.stop();
    options.onEnded?.(status.value, reason.value);
  }

  const stop = events.follow(experimentId, {
    progress(p) {
      if (p.epochs.length) {
        appendEpochs(series, p.epochs);
        pending.epoch = p.epochs[p.epochs.length - 1];
        chartsDirty = true;
      }
      if (p.thinned) thinned.value = true;
      if (p.batch) notePosition(positionAfter(p.batch));
      pending.at = p.at;
      askFrame();
    },
    status(p) {
      if (p.at) notePosition(p.at);
      if (p.settings) settings.value = p.settings;
      if (p.kernels) kernels.value = p.kernels;
      flush();
      status.value = p.status;
      ending.value = { reason: p.reason, reasonDetail: p.reasonDetail };
      if (isEnded(p.status)) end();
    },
    settings(p) {
      if (p.settings) settings.value = p.settings;
      refused.value = p.refused ?? null;
      if (p.refusal) {
        refusal.value = p.refusal;
        settings.value = p.refusal.settings;
      } else if (p.settings) refusal.value = null;
    },
    snapshot(p) {
      pendingSnapshot = p.snapshot;
      askFrame();
    },
  });

  following.stop = stop;
  // after the caller has the run in hand (it may read the run when told of the end)
  if (endedEarly) queueMicrotask(end);

  /** Puts a whole series in place of the live one (every epoch, read back from the store,
   * where the live one had only some of a fast run's). */
  function replaceSeries(next: TrainSeries): void {
    Object.assign(series, next);
    thinned.value = false;
    seriesVersion.value++;
  }

  return {
    experimentId,
    status,
    reason,
    position,
    settings,
    refused,
    refusal,
    kernels,
    lastEpoch,
    shownAt,
    thinned,
    snapshot,
    seriesVersion,
    series,
    replaceSeries,
    /** stops following the run (the view forgets it) */
    dispose: stop,
  };
}

export type LiveRun = ReturnType<typeof createLiveRun>;
