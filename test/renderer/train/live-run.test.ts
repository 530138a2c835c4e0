import { describe, expect, it } from 'vitest';
import { encodeSurface } from '../../../src-main/contract/snapshot-codec';
import type { RunEvents, RunHandlers } from '../../../src-renderer/api/run-events';
import { i18n } from '../../../src-renderer/i18n';
import { CHART_MS, createLiveRun } from '../../../src-renderer/train/live-run';

/** A router with one follower the test drives, and frames the test runs by hand. */
function setUp() {
  let handlers: RunHandlers = {};
  let following = true;
  const events = {
    follow: (_id: number, h: RunHandlers) => {
      handlers = h;
      return () => (following = false);
    },
  } as unknown as RunEvents;
  const frames: (() => void)[] = [];
  let now = 0;
  const ended: string[] = [];
  const run = createLiveRun(events, 9, {
    nextFrame: (f) => frames.push(f),
    now: () => now,
    onEnded: (status) => ended.push(status),
  });
  const frame = () => frames.splice(0).forEach((f) => f());
  return {
    run,
    handlers: () => handlers,
    frame,
    advance: (ms: number) => (now += ms),
    frames,
    ended,
    following: () => following,
  };
}

const batch = (epoch: number, k: number, K = 4) => ({
  epoch,
  batch: k,
  batchesPerEpoch: K,
  step: (epoch - 1) * K + k,
  loss: 1,
  learningRate: 0.1,
  size: 10,
});
const report = (epoch: number) => ({
  epoch,
  step: epoch * 4,
  loss: 1 / epoch,
  learningRate: 0.1,
  millis: 1,
});

describe('a live run as the Train view shows it', () => {
  it('shows the newest numbers at the next frame, once, however many reports came', () => {
    const s = setUp();
    s.handlers().progress!({ experimentId: 9, epochs: [report(1)], batch: batch(1, 4), at: 1 });
    s.handlers().progress!({ experimentId: 9, epochs: [report(2)], batch: batch(3, 2), at: 2 });
    expect(s.frames).toHaveLength(1);
    expect(s.run.lastEpoch.value).toBeNull();
    s.frame();
    expect(s.run.lastEpoch.value?.epoch).toBe(2);
    // batch 2 of epoch 3 done: 2 epochs finished, 2 batches into the third
    expect(s.run.position.value).toEqual({ epoch: 2, batch: 2, batchesPerEpoch: 4, step: 10 });
    expect(s.run.shownAt.value).toBe(2);
    expect(s.run.series.loss.map(([e]) => e)).toEqual([1, 2]);
  });

  it('draws only the newest picture: an older one still waiting is dropped', () => {
    const s = setUp();
    const surface = (v: number) =>
      encodeSurface({
        n: 2,
        box: { xMin: 0, xMax: 1, yMin: 0, yMax: 1 },
        outputs: 1,
        output: Float32Array.of(v, v, v, v + 1),
      });
    const snap = (epoch: number) => ({
      epoch,
      batch: 0,
      batchesPerEpoch: 4,
      step: epoch * 4,
      weights: { W: [], b: [] },
      surface: surface(epoch),
    });
    s.handlers().snapshot!({ experimentId: 9, snapshot: snap(1) });
    s.handlers().snapshot!({ experimentId: 9, snapshot: snap(2) });
    s.frame();
    expect(s.run.snapshot.value?.epoch).toBe(2);
    expect(Array.from(s.run.snapshot.value!.surface!.output)).toEqual([2, 2, 2, 3]);
  });

  it('redraws charts at most every CHART_MS, and at once when the run ends', () => {
    const s = setUp();
    s.handlers().progress!({ experimentId: 9, epochs: [report(1)], batch: null, at: 1 });
    s.advance(CHART_MS);
    s.frame();
    const first = s.run.seriesVersion.value;
    s.handlers().progress!({ experimentId: 9, epochs: [report(2)], batch: null, at: 2 });
    s.advance(10);
    s.frame();
    expect(s.run.seriesVersion.value).toBe(first);
    s.handlers().status!({ experimentId: 9, status: 'done' });
    expect(s.run.seriesVersion.value).toBe(first + 1);
    expect(s.run.status.value).toBe('done');
    expect(s.ended).toEqual(['done']);
    expect(s.following()).toBe(false);
  });

  it('a pause shows at once with its position, not a frame later', () => {
    const s = setUp();
    s.handlers().status!({
      experimentId: 9,
      status: 'paused',
      at: { epoch: 5, batch: 1, batchesPerEpoch: 4, step: 21 },
      settings: { learningRate: 0.1, epochsPerSecond: 60, keepRunning: false },
    });
    expect(s.run.status.value).toBe('paused');
    expect(s.run.position.value?.step).toBe(21);
    expect(s.run.settings.value?.epochsPerSecond).toBe(60);
  });

  it('says why the run ended in the reader’s language when the engine gave a code', () => {
    i18n.global.locale.value = 'es';
    try {
      const s = setUp();
      s.handlers().status!({
        experimentId: 9,
        status: 'failed',
        reason: 'the loss became NaN at epoch 3 (batch 2) — try a smaller learning rate (now 5)',
        reasonDetail: {
          key: 'engine.run.lossNotFinite',
          params: { loss: 'NaN', epoch: 3, batch: 2, rate: '5' },
        },
      });
      expect(s.run.reason.value).toBe(
        'la pérdida se volvió NaN en la época 3 (lote 2): prueba una tasa de aprendizaje menor (ahora 5)',
      );
      // said when read: a change of language after the run ended changes it too
      i18n.global.locale.value = 'en';
      expect(s.run.reason.value).toBe(
        'the loss became NaN at epoch 3 (batch 2) — try a smaller learning rate (now 5)',
      );
      i18n.global.locale.value = 'es';
      // without a code, the engine's English as it is
      s.handlers().status!({ experimentId: 9, status: 'failed', reason: 'the trainer crashed' });
      expect(s.run.reason.value).toBe('the trainer crashed');
    } finally {
      i18n.global.locale.value = 'en';
    }
  });
});
