import type { EngineProblem } from '../../../src-engine/core/engine-error';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Network } from '../../../src-engine/network/network';
import { parseModel } from '../../../src-engine/serialize/model-format';
import type { TrainerCheckpoint } from '../../../src-engine/train/checkpoint';
import type { EpochReport } from '../../../src-engine/train/reports';
import type { CommandRefusal, RunCommand } from '../../../src-engine/train/run-commands';
import type { RunRequest } from '../../../src-main/training/protocol';
import type { RunListener } from '../../../src-main/training/supervisor';
import { Supervisor } from '../../../src-main/training/supervisor';
import { forkLauncher } from '../../../src-main/training/trainer-launcher';

const entry = resolve(__dirname, '../../../src-main/training/trainer-process.ts');
const command = (c: RunCommand) => ({ type: 'command', command: c }) as const;
const launcher = forkLauncher(entry, ['--import', 'tsx']);

function xorRun(runId: string, epochs: number, extra: Partial<RunRequest> = {}): RunRequest {
  return {
    runId,
    spec: {
      inputs: 2,
      layers: [
        { units: 4, activation: 'tanh' },
        { units: 1, activation: 'sigmoid' },
      ],
    },
    dtype: 'float32',
    initSeed: 3,
    config: {
      loss: 'binary_cross_entropy',
      optimizer: { name: 'sgd' },
      learningRate: 1,
      batchSize: 4,
      epochs,
      shuffle: false,
      seed: 1,
    },
    train: {
      x: Float32Array.from([0, 0, 0, 1, 1, 0, 1, 1]),
      y: Float32Array.from([0, 1, 1, 0]),
      m: 4,
      task: 'classification',
    },
    checkpointEvery: 50,
    checkpointMinMillis: 0,
    ...extra,
  };
}

/** Collects everything a run reports, and resolves when it ends. */
function watchRun(supervisor: Supervisor, request: RunRequest, more: RunListener = {}) {
  const seen = {
    statuses: [] as string[],
    epochs: [] as EpochReport[],
    checkpoints: [] as { epoch: number; checkpoint: TrainerCheckpoint }[],
    done: null as null | Parameters<NonNullable<RunListener['onDone']>>[0],
    failed: null as null | { kind: string; reason: string; ending?: EngineProblem },
  };
  const ended = new Promise<void>((resolveEnd) => {
    supervisor.start(request, {
      ...more,
      onStatus: (status, detail) => {
        seen.statuses.push(status);
        more.onStatus?.(status, detail);
      },
      onProgress: (epochs, batch, at) => {
        seen.epochs.push(...epochs);
        more.onProgress?.(epochs, batch, at);
      },
      onCheckpoint: (epoch, checkpoint) => seen.checkpoints.push({ epoch, checkpoint }),
      onDone: (m) => {
        seen.done = m;
        resolveEnd();
      },
      onFailed: (kind, reason, _exit, ending) => {
        seen.failed = { kind, reason, ending };
        resolveEnd();
      },
    });
  });
  return { seen, ended };
}

describe('Supervisor with real trainer processes', () => {
  it('data the engine refuses fails the run with the engine’s code, values and English', async () => {
    const supervisor = new Supervisor({ launcher });
    const request = xorRun('nan', 10);
    request.train.x[5] = NaN;
    const { seen, ended } = watchRun(supervisor, request);
    await ended;
    supervisor.shutdown();
    expect(seen.failed).toEqual({
      kind: 'failed',
      reason: 'training data: row 3, input 2 is NaN',
      ending: {
        code: 'data.input',
        values: { part: 'training', row: 3, column: 2, got: 'NaN' },
        message: 'training data: row 3, input 2 is NaN',
      },
    });
  }, 30_000);

  it('trains XOR in a trainer process: every epoch reported in order, checkpoints, the model', async () => {
    const supervisor = new Supervisor({ launcher });
    const { seen, ended } = watchRun(supervisor, xorRun('xor', 2000));
    await ended;
    supervisor.shutdown();
    expect(seen.failed).toBeNull();
    expect(seen.done?.status).toBe('done');
    expect(seen.epochs.map((e) => e.epoch)).toEqual(Array.from({ length: 2000 }, (_, i) => i + 1));
    expect(seen.checkpoints.map((c) => c.epoch).slice(0, 3)).toEqual([50, 100, 150]);
    expect(seen.checkpoints.at(-1)!.epoch).toBe(2000);
    const { network } = parseModel(seen.done!.model);
    const y = network.predict(Float32Array.from([0, 0, 0, 1, 1, 0, 1, 1]), 4);
    expect(Array.from(y, (v) => (v >= 0.5 ? 1 : 0))).toEqual([0, 1, 1, 0]);
    expect(seen.statuses[0]).toBe('queued');
  }, 30_000);

  it('obeys pause, step, a new learning rate, resume and stop', async () => {
    const supervisor = new Supervisor({ launcher });
    const rates: number[] = [];
    let paused = false;
    const { seen, ended } = watchRun(supervisor, xorRun('controls', 10_000_000), {
      onProgress: (_e, batch) => {
        if (batch) rates.push(batch.learningRate);
        if (!paused && batch && batch.step > 200) {
          paused = true;
          supervisor.control('controls', command({ type: 'pause' }));
        }
      },
      onStatus: (status) => {
        if (status === 'paused') {
          supervisor.control('controls', command({ type: 'set-rate', learningRate: 0.25 }));
          supervisor.control('controls', command({ type: 'step', kind: 'batch' }));
          setTimeout(() => supervisor.control('controls', command({ type: 'resume' })), 100);
          setTimeout(() => supervisor.control('controls', command({ type: 'stop' })), 400);
        }
      },
    });
    await ended;
    supervisor.shutdown();
    expect(seen.done?.status).toBe('stopped');
    expect(seen.statuses).toEqual(['queued', 'running', 'paused', 'running']);
    expect(rates[0]).toBe(1);
    expect(rates.at(-1)).toBe(0.25);
  }, 30_000);

  it('a refused setting reaches the listener as data: what was asked, why, what stays', async () => {
    const supervisor = new Supervisor({ launcher });
    const refusals: CommandRefusal[] = [];
    const reasons: string[] = [];
    let asked = false;
    const { seen, ended } = watchRun(supervisor, xorRun('refused', 10_000_000), {
      onProgress: (_e, batch) => {
        if (!asked && batch && batch.step > 20) {
          asked = true;
          supervisor.control('refused', command({ type: 'set-rate', learningRate: -0.5 }));
        }
      },
      onRefused: (reason, refusal) => {
        reasons.push(reason);
        if (refusal) refusals.push(refusal);
        supervisor.control('refused', command({ type: 'stop' }));
      },
    });
    await ended;
    supervisor.shutdown();
    expect(seen.done?.status).toBe('stopped');
    expect(reasons).toEqual(['learning rate must be positive, got -0.5']);
    expect(refusals).toEqual([
      {
        command: { type: 'set-rate', learningRate: -0.5 },
        problem: {
          code: 'command.learningRate',
          values: { got: -0.5 },
          message: 'learning rate must be positive, got -0.5',
        },
        settings: { learningRate: 1, epochsPerSecond: null, keepRunning: false },
      },
    ]);
  }, 30_000);

  it('a pause takes effect at the next batch boundary: at most one batch after it arrives', async () => {
    const supervisor = new Supervisor({ launcher });
    const after: number[] = [];
    let first = true;
    const request = xorRun('boundary', 10_000_000);
    request.config = { ...request.config, batchSize: 1 }; // four batches an epoch
    const { seen, ended } = watchRun(supervisor, request, {
      onProgress: () => {
        if (first && seen.statuses.at(-1) === 'running') {
          first = false;
          supervisor.control('boundary', command({ type: 'pause' }));
        }
      },
      onStatus: (status, detail) => {
        if (status !== 'paused') return;
        after.push(detail!.batchesAfterRequest!);
        if (after.length < 10) {
          supervisor.control('boundary', command({ type: 'resume' }));
          setTimeout(() => supervisor.control('boundary', command({ type: 'pause' })), 20);
        } else supervisor.control('boundary', command({ type: 'stop' }));
      },
    });
    await ended;
    supervisor.shutdown();
    expect(seen.done?.status).toBe('stopped');
    expect(after).toHaveLength(10);
    expect(Math.max(...after), `batches after each pause: ${after.join(', ')}`).toBeLessThanOrEqual(
      1,
    );
  }, 30_000);

  it('a step while paused reports its epoch at once', async () => {
    const supervisor = new Supervisor({ launcher });
    let pausedAt = -1;
    let stepSent = false;
    let stopSent = false;
    const afterStep: number[] = [];
    const { ended } = watchRun(supervisor, xorRun('step-report', 10_000_000), {
      onStatus: (status) => {
        if (status !== 'paused') return;
        setTimeout(() => {
          stepSent = true;
          supervisor.control('step-report', command({ type: 'step', kind: 'epoch' }));
        }, 100);
        setTimeout(() => {
          stopSent = true;
          supervisor.control('step-report', command({ type: 'stop' }));
        }, 400);
      },
      onProgress: (epochs) => {
        if (pausedAt < 0 && epochs.length) {
          pausedAt = 0;
          supervisor.control('step-report', command({ type: 'pause' }));
        } else if (stepSent && !stopSent) afterStep.push(...epochs.map((e) => e.epoch));
      },
    });
    await ended;
    supervisor.shutdown();
    // the stepped epoch arrives before the stop, not folded into the final flush only
    expect(afterStep).toHaveLength(1);
  }, 20_000);

  it('a killed trainer marks the run crashed with the reason; the run resumes from its last checkpoint', async () => {
    const supervisor = new Supervisor({ launcher });
    let pid: number | undefined;
    const killing = forkLauncher(entry, ['--import', 'tsx']);
    const spy = new Supervisor({
      launcher: () => {
        const channel = killing();
        pid = channel.pid;
        return channel;
      },
    });
    const { seen, ended } = watchRun(spy, xorRun('kill', 10_000_000, { checkpointEvery: 20 }), {
      onProgress: (epochs) => {
        if (epochs.some((e) => e.epoch >= 300) && pid) process.kill(pid, 'SIGKILL');
      },
    });
    await ended;
    spy.shutdown();
    expect(seen.done).toBeNull();
    expect(seen.failed?.kind).toBe('crashed');
    expect(seen.failed?.reason).toMatch(/was killed \(SIGKILL\)/);
    const last = seen.checkpoints.at(-1)!;
    expect(last.epoch).toBeGreaterThanOrEqual(280);

    const resumed = watchRun(
      supervisor,
      xorRun('kill-resumed', last.epoch + 30, { checkpoint: last.checkpoint }),
    );
    await resumed.ended;
    supervisor.shutdown();
    expect(resumed.seen.done?.status).toBe('done');
    expect(resumed.seen.epochs[0].epoch).toBe(last.epoch + 1);
    expect(resumed.seen.done?.epochs).toBe(last.epoch + 30);
  }, 30_000);

  it('a silent trainer is taken for hung and ended', async () => {
    const supervisor = new Supervisor({
      launcher: forkLauncher(resolve(__dirname, '../../fixtures/trainers/silent-trainer.mjs')),
      hangTimeoutMs: 1200,
    });
    const { seen, ended } = watchRun(supervisor, xorRun('hung', 10));
    await ended;
    supervisor.shutdown();
    expect(seen.failed?.kind).toBe('crashed');
    expect(seen.failed?.reason).toMatch(/stopped responding \(silent for \d+ s\)/);
  }, 20_000);

  it('queues runs beyond the limit and starts them as others end', async () => {
    const supervisor = new Supervisor({ launcher, maxConcurrent: 1 });
    const order: string[] = [];
    const a = watchRun(supervisor, xorRun('a', 300), {
      onStatus: (s) => s === 'running' && order.push('a'),
    });
    const b = watchRun(supervisor, xorRun('b', 300), {
      onStatus: (s) => s === 'running' && order.push('b'),
    });
    expect(supervisor.activeRunIds).toEqual(['a', 'b']);
    await Promise.all([a.ended, b.ended]);
    supervisor.shutdown();
    expect(order).toEqual(['a', 'b']);
    expect(a.seen.done?.status).toBe('done');
    expect(b.seen.statuses.slice(0, 2)).toEqual(['queued', 'running']);
  }, 30_000);

  it('a raised limit (the settings changed) starts a queued run at once', async () => {
    const supervisor = new Supervisor({ launcher, maxConcurrent: 1 });
    const first = watchRun(supervisor, xorRun('first', 10_000_000));
    let secondRunning = false;
    const second = watchRun(supervisor, xorRun('second', 10), {
      onStatus: (s) => s === 'running' && (secondRunning = true),
    });
    expect(second.seen.statuses).toEqual(['queued']);
    supervisor.setMaxConcurrent(2);
    await second.ended;
    expect(secondRunning).toBe(true);
    supervisor.control('first', command({ type: 'stop' }));
    await first.ended;
    supervisor.shutdown();
  }, 20_000);

  it('controls sent before the trainer is ready reach it once it has the run', async () => {
    const supervisor = new Supervisor({ launcher });
    // launched at once, but the process needs a moment before it says it is ready
    const { seen, ended } = watchRun(supervisor, xorRun('early', 10_000_000));
    expect(supervisor.control('early', command({ type: 'set-rate', learningRate: 0.25 }))).toBe(
      true,
    );
    expect(supervisor.control('early', command({ type: 'stop' }))).toBe(true);
    await ended;
    supervisor.shutdown();
    expect(seen.done?.status).toBe('stopped');
    expect(seen.done?.epochs).toBeLessThan(10_000_000);
  }, 20_000);

  it('a queued run paused is said paused at once, starts paused when a slot frees, and resumes', async () => {
    const supervisor = new Supervisor({ launcher, maxConcurrent: 1 });
    const first = watchRun(supervisor, xorRun('first', 10_000_000));
    const second = watchRun(supervisor, xorRun('second', 20));
    expect(supervisor.control('second', command({ type: 'pause' }))).toBe(true);
    expect(second.seen.statuses).toEqual(['queued', 'paused']);
    supervisor.control('first', command({ type: 'stop' }));
    await first.ended;
    // launched now, and still paused: the trainer says so, having trained nothing
    await expect.poll(() => second.seen.statuses.length, { timeout: 10_000 }).toBe(3);
    expect(second.seen.statuses).toEqual(['queued', 'paused', 'paused']);
    expect(second.seen.epochs).toEqual([]);
    supervisor.control('second', command({ type: 'resume' }));
    await second.ended;
    supervisor.shutdown();
    expect(second.seen.statuses.slice(3)).toEqual(['running']);
    expect(second.seen.done?.epochs).toBe(20);
  }, 30_000);

  it('a queued run paused and resumed goes back to waiting, and starts running', async () => {
    const supervisor = new Supervisor({ launcher, maxConcurrent: 1 });
    const first = watchRun(supervisor, xorRun('first', 10_000_000));
    const second = watchRun(supervisor, xorRun('second', 20));
    supervisor.control('second', command({ type: 'pause' }));
    supervisor.control('second', command({ type: 'pause' })); // said once
    supervisor.control('second', command({ type: 'resume' }));
    expect(second.seen.statuses).toEqual(['queued', 'paused', 'queued']);
    supervisor.control('first', command({ type: 'stop' }));
    await Promise.all([first.ended, second.ended]);
    supervisor.shutdown();
    expect(second.seen.statuses).toEqual(['queued', 'paused', 'queued', 'running']);
    expect(second.seen.done?.status).toBe('done');
  }, 30_000);

  it('a paused run holds no slot: a waiting run starts while it is paused', async () => {
    const supervisor = new Supervisor({ launcher, maxConcurrent: 1 });
    const first = watchRun(supervisor, xorRun('first', 10_000_000));
    const second = watchRun(supervisor, xorRun('second', 20));
    await expect.poll(() => first.seen.statuses.at(-1), { timeout: 10_000 }).toBe('running');
    expect(second.seen.statuses).toEqual(['queued']);
    supervisor.control('first', command({ type: 'pause' }));
    await second.ended;
    expect(second.seen.statuses).toEqual(['queued', 'running']);
    expect(second.seen.done?.status).toBe('done');
    expect(first.seen.statuses.at(-1)).toBe('paused');
    supervisor.control('first', command({ type: 'stop' }));
    await first.ended;
    supervisor.shutdown();
  }, 30_000);

  it('a queued run stopped before it started is dropped, and says so', async () => {
    const supervisor = new Supervisor({ launcher, maxConcurrent: 1 });
    const first = watchRun(supervisor, xorRun('first', 10_000_000));
    let dropped = '';
    watchRun(supervisor, xorRun('second', 10), { onDropped: (reason) => (dropped = reason) });
    expect(supervisor.control('second', command({ type: 'stop' }))).toBe(true);
    expect(dropped).toBe('stopped before it started');
    expect(supervisor.activeRunIds).toEqual(['first']);
    supervisor.control('first', command({ type: 'stop' }));
    await first.ended;
    supervisor.shutdown();
  }, 20_000);

  it('an invalid run fails with the reason, and the app goes on', async () => {
    const supervisor = new Supervisor({ launcher });
    const bad = xorRun('bad', 10);
    bad.spec = { inputs: 3, layers: [{ units: 1, activation: 'sigmoid' }] };
    const { seen, ended } = watchRun(supervisor, bad);
    await ended;
    supervisor.shutdown();
    expect(seen.failed).toEqual({
      kind: 'failed',
      reason: expect.stringMatching(/x must be 4 × 3/),
      ending: expect.objectContaining({ code: 'data.xShape' }),
    });
  }, 20_000);

  it('sends snapshots with the decision surface while a view watches', async () => {
    const supervisor = new Supervisor({ launcher });
    const snapshots: number[] = [];
    const request = xorRun('watch', 10_000_000);
    const { ended } = watchRun(supervisor, request, {
      onSnapshot: (s) => {
        snapshots.push(s.surface!.output.levels.length);
        if (snapshots.length === 2) supervisor.control('watch', command({ type: 'stop' }));
      },
    });
    supervisor.control('watch', {
      type: 'watch',
      watch: {
        perSecond: 10,
        surface: { box: { xMin: -1, xMax: 2, yMin: -1, yMax: 2 }, n: 50, withHidden: true },
      },
    });
    await ended;
    supervisor.shutdown();
    // a snapshot already on its way when the stop arrives may follow the second one
    expect(snapshots.length).toBeGreaterThanOrEqual(2);
    expect(new Set(snapshots)).toEqual(new Set([2500]));
    expect(new Network(request.spec).inputs).toBe(2);
  }, 30_000);
});

describe('a trainer that dies between messages', () => {
  it('writing to it after it died is no error of the host; the run is reported crashed', async () => {
    let channelOf: ReturnType<typeof launcher> | null = null;
    const supervisor = new Supervisor({
      launcher: () => {
        const channel = launcher();
        channelOf = channel;
        return channel;
      },
    });
    const { seen, ended } = watchRun(supervisor, xorRun('dies', 10_000_000), {
      onProgress: () => {
        if (!channelOf?.pid) return;
        process.kill(channelOf.pid, 'SIGKILL');
        // Let it die before this process hears of it (no event is handled while we wait),
        // then keep talking to it: every write fails, and must be swallowed.
        const until = Date.now() + 150;
        while (Date.now() < until);
        for (let i = 0; i < 20; i++)
          channelOf.send(command({ type: 'set-rate', learningRate: 0.1 }));
      },
    });
    await ended;
    await new Promise((r) => setTimeout(r, 200));
    supervisor.shutdown();
    expect(seen.failed?.kind).toBe('crashed');
  }, 20_000);
});
