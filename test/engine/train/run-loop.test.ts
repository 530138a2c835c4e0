import { describe, expect, it } from 'vitest';
import { Network } from '../../../src-engine/network/network';
import type { TrainConfig, TrainingData } from '../../../src-engine/train/config';
import type { LoopHost } from '../../../src-engine/train/run-loop';
import { RunLoop } from '../../../src-engine/train/run-loop';
import type { RunCommand } from '../../../src-engine/train/run-commands';
import { Trainer } from '../../../src-engine/train/trainer';

const data: TrainingData = {
  x: Float32Array.from({ length: 40 }, (_, i) => ((i * 7) % 11) / 11 - 0.5),
  y: Float32Array.from({ length: 20 }, (_, i) => i % 2),
  m: 20,
  task: 'classification',
};
const spec = {
  inputs: 2,
  layers: [
    { units: 3, activation: 'tanh' as const },
    { units: 1, activation: 'sigmoid' as const },
  ],
};
const config: TrainConfig = {
  loss: 'binary_cross_entropy',
  optimizer: { name: 'sgd' },
  learningRate: 0.1,
  batchSize: 5, // 4 batches an epoch
  epochs: 10,
  shuffle: true,
  seed: 2,
};

/**
 * A scripted host: `script(step)` gives the commands that arrive after `step` batches (a
 * command "arrives" between two batches, the finest a real thread can deliver it); waits
 * advance a fake clock, and a wait with nothing to come ends the run by a stop.
 */
class ScriptedHost implements LoopHost {
  time = 0;
  waits: Array<number | null> = [];
  private delivered = new Set<number>();
  constructor(
    private readonly trainer: () => Trainer,
    private readonly script: (step: number, host: ScriptedHost) => RunCommand[],
  ) {}
  poll(): readonly RunCommand[] {
    const step = this.trainer().stepsDone;
    if (this.delivered.has(step)) return [];
    this.delivered.add(step);
    return this.script(step, this);
  }
  wait(millis: number | null): void {
    this.waits.push(millis);
    if (millis === null) {
      // nothing scheduled would wake a real thread: deliver the script's next batch of
      // commands by forgetting this step was polled
      this.delivered.delete(this.trainer().stepsDone);
      this.idleWaits++;
      if (this.idleWaits > 50) throw new Error('the loop waits forever');
    } else this.time += millis;
  }
  idleWaits = 0;
  held?: () => boolean;
  now(): number {
    return this.time;
  }
}

function setUp(
  script: (step: number, host: ScriptedHost) => RunCommand[],
  options: ConstructorParameters<typeof RunLoop>[3] = {},
  overrides: Partial<TrainConfig> = {},
) {
  const trainer = new Trainer(new Network(spec, { seed: 1 }), data, { ...config, ...overrides });
  const host = new ScriptedHost(() => trainer, script);
  const events: string[] = [];
  const loop = new RunLoop(
    trainer,
    host,
    {
      onState: (state, at) => events.push(`${state}@${at.step}`),
      onStepped: (at) => events.push(`stepped@${at.step}`),
      onSettings: (s) =>
        events.push(`settings ${s.learningRate} ${s.epochsPerSecond} ${s.keepRunning}`),
      onRefused: (r) =>
        events.push(`refused ${r.command.type} ${r.problem.message} ${r.settings.learningRate}`),
    },
    options,
  );
  return { trainer, host, loop, events };
}

describe('RunLoop', () => {
  it('trains to the end like a plain loop when nobody asks for anything', () => {
    const { loop, trainer, events } = setUp(() => []);
    const result = loop.run();
    const plain = new Trainer(new Network(spec, { seed: 1 }), data, config);
    while (!plain.finished) plain.step();
    expect(result.status).toBe('done');
    expect(trainer.stepsDone).toBe(40);
    expect(trainer.network.getWeights()).toEqual(plain.network.getWeights());
    expect(events).toEqual(['running@0']);
  });

  it('pauses before the very next batch after the command arrives, and resumes from there', () => {
    const { loop, trainer, host, events } = setUp((step, h) =>
      step !== 7 ? [] : h.idleWaits === 0 ? [{ type: 'pause' }] : [{ type: 'resume' }],
    );
    loop.run();
    expect(events).toEqual(['running@0', 'paused@7', 'running@7']);
    expect(host.waits).toEqual([null]);
    expect(trainer.stepsDone).toBe(40);
  });

  it('steps one batch, then one epoch, from a run that starts paused', () => {
    const seen: number[] = [];
    const { loop, trainer, events } = setUp(
      (step, host) => {
        if (host.idleWaits === 1 && step === 0) return [{ type: 'step', kind: 'batch' }];
        if (step === 1) return [{ type: 'step', kind: 'epoch' }];
        if (step === 4) return [{ type: 'stop' }];
        return [];
      },
      { startPaused: true },
    );
    loop['callbacks'].onBatch = (b) => seen.push(b.step);
    const result = loop.run();
    expect(seen).toEqual([1, 2, 3, 4]);
    expect(events).toEqual(['paused@0', 'stepped@1', 'stepped@4']);
    expect(result.status).toBe('stopped');
    expect(trainer.epochsDone).toBe(1);
  });

  it('a step asked for while running pauses first', () => {
    const { loop, events } = setUp((step) =>
      step === 5 ? [{ type: 'step', kind: 'batch' }] : step === 6 ? [{ type: 'stop' }] : [],
    );
    loop.run();
    expect(events).toEqual(['running@0', 'paused@5', 'stepped@6']);
  });

  it('a new learning rate is used from the next batch on, and confirmed', () => {
    const rates: number[] = [];
    const { loop, events } = setUp((step) =>
      step === 3 ? [{ type: 'set-rate', learningRate: 0.5 }] : [],
    );
    loop['callbacks'].onBatch = (b) => rates.push(b.learningRate);
    loop.run();
    expect(rates.slice(0, 4)).toEqual([0.1, 0.1, 0.1, 0.5]);
    expect(events).toContain('settings 0.5 null false');
  });

  it('refuses a bad value and goes on', () => {
    const { loop, events } = setUp((step) =>
      step === 2 ? [{ type: 'set-rate', learningRate: -1 }] : [],
    );
    expect(loop.run().status).toBe('done');
    expect(events).toContain('refused set-rate learning rate must be positive, got -1 0.1');
  });

  it('refuses a rate a decayed schedule cannot reach, keeps the rate it had and trains on', () => {
    let kept = NaN;
    const run = setUp(
      (step) => {
        if (step !== 8) return [];
        kept = run.trainer.learningRate;
        return [{ type: 'set-rate', learningRate: 0.5 }];
      },
      {},
      { schedule: { kind: 'exponential', gamma: 1e-200 } },
    );
    const { loop, trainer, events } = run;
    expect(loop.run().status).toBe('done');
    expect(kept).toBe(0);
    expect(events).toContain(
      "refused set-rate cannot set the learning rate to 0.5: the 'exponential' schedule has brought the rate too close to 0 to scale it back up 0",
    );
    expect(trainer.network.getWeights().W.flat(2).every(Number.isFinite)).toBe(true);
  });

  it('keeps a pace of epochs a second by waiting between epochs', () => {
    const { loop, host, trainer } = setUp(() => [], { epochsPerSecond: 4 }, { epochs: 6 });
    loop.run();
    expect(trainer.epochsDone).toBe(6);
    // six epochs at 4 a second: the last starts 5 × 250 ms after the first
    expect(host.time).toBeCloseTo(1250, 6);
    expect(host.waits.every((w) => w !== null && w > 0 && w <= 250)).toBe(true);
  });

  it('a pace set mid-run counts from then, and null runs flat out again', () => {
    const { loop, host } = setUp((step) =>
      step === 8
        ? [{ type: 'pace', epochsPerSecond: 10 }]
        : step === 20
          ? [{ type: 'pace', epochsPerSecond: null }]
          : [],
    );
    loop.run();
    // the pace starts after epoch 2 (step 8): epoch 3 starts at once, 4 and 5 100 ms apart;
    // from step 20 (after epoch 5) no more waits
    expect(host.time).toBeCloseTo(200, 6);
  });

  it('keep running goes past the planned epochs until stopped; turning it off ends the run', () => {
    const { loop, trainer } = setUp(
      (step) =>
        step === 0
          ? [{ type: 'keep-running', on: true }]
          : step === 60
            ? [{ type: 'keep-running', on: false }]
            : [],
      {},
      { epochs: 2 },
    );
    const result = loop.run();
    expect(result.status).toBe('done');
    expect(trainer.epochsDone).toBe(15);
  });

  it('stop while paused ends the run at once', () => {
    const { loop, trainer } = setUp(
      (step, host) => (host.idleWaits === 1 ? [{ type: 'stop' }] : []),
      {
        startPaused: true,
      },
    );
    expect(loop.run().status).toBe('stopped');
    expect(trainer.stepsDone).toBe(0);
  });

  it('a held host holds training until it lets go, hearing commands meanwhile', () => {
    const { loop, host, trainer } = setUp((step) => (step === 4 ? [{ type: 'stop' }] : []));
    let holds = 0;
    host.held = () => trainer.stepsDone === 2 && holds++ < 3;
    loop.run();
    expect(holds).toBe(4);
    expect(host.waits.filter((w) => w === 50)).toHaveLength(3);
    expect(trainer.stepsDone).toBe(4);
  });
});
