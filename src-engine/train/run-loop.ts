import type { BatchReport, EpochReport, TrainResult } from './reports';
import { problemOf } from '../core/engine-error';
import type { CommandRefusal, LiveSettings, RunCommand, RunPosition } from './run-commands';
import { assertValidCommand } from './run-commands';
import type { Trainer } from './trainer';

/**
 * What a run loop needs from the thread it runs on. A loop owns its thread (a worker), so it
 * may block: commands arrive from another thread, and `poll` is called between every two
 * batches, so it must cost next to nothing when there is nothing new.
 */
export interface LoopHost {
  /** the commands that arrived since the last call, oldest first (empty: none) */
  poll(): readonly RunCommand[];
  /** blocks until a command may have arrived, or `millis` have passed (null: no limit) */
  wait(millis: number | null): void;
  /** a clock in milliseconds */
  now(): number;
  /** whether training must hold before the next batch (the reports' readers are behind);
   * a held loop waits, hearing commands, until this turns false */
  held?(): boolean;
}

/** What a run loop reports while it runs. */
export interface LoopCallbacks {
  onBatch?(report: BatchReport): void;
  onEpoch?(report: EpochReport): void;
  /** the run started, paused or resumed, at this position */
  onState?(state: 'running' | 'paused', at: RunPosition): void;
  /** a step asked for while paused is done */
  onStepped?(at: RunPosition): void;
  /** a live setting changed (or was asked for again): the values the run now uses */
  onSettings?(settings: LiveSettings): void;
  /** a command could not be carried out (a bad value): what was asked, why not, and the
   * settings the run goes on with */
  onRefused?(refusal: CommandRefusal): void;
}

export interface LoopOptions {
  /** start paused (to step from the very first batch) */
  startPaused?: boolean;
  /** epochs a second at most (null or absent: as fast as possible) */
  epochsPerSecond?: number | null;
}

/** Longest wait for a held loop before it looks again (a host wakes it sooner). */
const HOLD_WAIT_MS = 50;

/**
 * Runs a Trainer to its end under a person's control: pause, resume, a single batch or
 * epoch, stop, a new learning rate, a pace in epochs a second and "keep running" past the
 * planned epochs. Commands are read between every two batches, so each acts before the next
 * batch starts, however many batches a second the network trains.
 */
export class RunLoop {
  private paused: boolean;
  /** a step being carried out while paused: the rest of one batch or of one epoch */
  private stepping: 'batch' | 'epoch' | null = null;
  private readonly steps: Array<'batch' | 'epoch'> = [];
  private pace: number | null;
  /** pacing counts epochs from here: (time, epochs done then) */
  private paceFrom = { time: 0, epoch: 0 };

  constructor(
    readonly trainer: Trainer,
    private readonly host: LoopHost,
    private readonly callbacks: LoopCallbacks = {},
    options: LoopOptions = {},
  ) {
    this.paused = options.startPaused ?? false;
    this.pace = options.epochsPerSecond ?? null;
  }

  /** The settings the run uses now. */
  get settings(): LiveSettings {
    return {
      learningRate: this.trainer.learningRate,
      epochsPerSecond: this.pace,
      keepRunning: this.trainer.keepsRunning,
    };
  }

  /** Trains until the run ends (done, stopped, early-stopped or diverged). */
  run(): TrainResult {
    const { trainer, host } = this;
    this.restartPace();
    if (this.paused) trainer.status = 'paused';
    this.callbacks.onState?.(this.paused ? 'paused' : 'running', trainer.position);
    while (!trainer.finished) {
      const commands = host.poll();
      if (commands.length > 0) {
        for (const command of commands) this.apply(command);
        if (trainer.finished) break;
      }
      if (this.paused && this.stepping === null) {
        const next = this.steps.shift();
        if (next === undefined) {
          host.wait(null);
          continue;
        }
        this.stepping = next;
      }
      if (host.held?.()) {
        host.wait(HOLD_WAIT_MS);
        continue;
      }
      if (this.stepping === null && this.trainer.batchesIntoEpoch === 0) {
        const wait = this.paceWait();
        if (wait > 0) {
          host.wait(wait);
          continue;
        }
      }
      this.trainOneBatch();
    }
    return trainer.result();
  }

  private trainOneBatch(): void {
    const trainer = this.trainer;
    const stepping = this.stepping;
    if (stepping) trainer.status = 'running';
    const outcome = trainer.step();
    this.callbacks.onBatch?.(outcome.batch);
    if (outcome.epoch) this.callbacks.onEpoch?.(outcome.epoch);
    if (!stepping) return;
    if (stepping === 'batch' || outcome.epoch || trainer.finished) {
      this.stepping = null;
      if (!trainer.finished) trainer.status = 'paused';
      this.callbacks.onStepped?.(trainer.position);
    }
  }

  /** How long to wait before the next epoch so as to keep the pace, in ms (0: go on). */
  private paceWait(): number {
    if (this.pace === null) return 0;
    const { time, epoch } = this.paceFrom;
    const due = time + ((this.trainer.epochsDone - epoch) * 1000) / this.pace;
    const now = this.host.now();
    // A run that fell behind (a slow epoch) does not rush to catch up: it starts afresh.
    if (now - due > 1000 / this.pace) this.restartPace(now);
    return due - now;
  }

  private restartPace(now = this.host.now()): void {
    this.paceFrom = { time: now, epoch: this.trainer.epochsDone };
  }

  private apply(command: RunCommand): void {
    try {
      assertValidCommand(command);
      this.carryOut(command);
    } catch (error) {
      const problem = problemOf(error);
      // only the engine's refusals (a bad value) are said to the asker; anything else is a bug
      if (!problem) throw error;
      this.callbacks.onRefused?.({ command, problem, settings: this.settings });
    }
  }

  /** @throws EngineError when the command's value cannot be used (nothing has changed then) */
  private carryOut(command: RunCommand): void {
    const trainer = this.trainer;
    switch (command.type) {
      case 'pause':
        if (!this.paused) {
          this.paused = true;
          trainer.status = 'paused';
        }
        // said again even when already paused: the asker learns the state either way
        return this.callbacks.onState?.('paused', trainer.position);
      case 'resume':
        if (this.paused) {
          this.paused = false;
          this.stepping = null;
          this.steps.length = 0;
          trainer.status = 'running';
          trainer.restartClock();
          this.restartPace();
        }
        return this.callbacks.onState?.('running', trainer.position);
      case 'step':
        if (!this.paused) this.carryOut({ type: 'pause' });
        this.steps.push(command.kind);
        return;
      case 'stop':
        return trainer.stop();
      case 'set-rate':
        trainer.setLearningRate(command.learningRate);
        return this.callbacks.onSettings?.(this.settings);
      case 'pace':
        this.pace = command.epochsPerSecond;
        this.restartPace();
        return this.callbacks.onSettings?.(this.settings);
      case 'keep-running':
        trainer.setKeepRunning(command.on);
        return this.callbacks.onSettings?.(this.settings);
    }
  }
}
