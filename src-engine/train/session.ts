import { yieldToHost } from '../core/yield-to-host';
import type { EpochReport, BatchReport, TrainResult } from './reports';
import type { Trainer } from './trainer';

/** What a session reports while it runs. */
export interface SessionCallbacks {
  onBatch?(report: BatchReport): void;
  onEpoch?(report: EpochReport): void;
  onStatus?(status: Trainer['status'], reason?: string): void;
}

/** How a session shares its thread. */
export interface SessionOptions {
  /** longest stretch of training between two yields to the host, in ms (default 15) */
  sliceMillis?: number;
  /** how to yield (default: a zero timeout) */
  yieldToHost?: () => Promise<void>;
}

/**
 * Runs a Trainer asynchronously with the controls of a lab: pause, resume, single step (one
 * batch or one epoch while paused), stop, and a new learning rate at any time. It yields to
 * its host every few milliseconds so that control messages are heard while training runs.
 */
export class TrainingSession {
  private paused = false;
  private wake: (() => void) | null = null;
  private pendingSteps: Array<'batch' | 'epoch'> = [];
  /** updates between two clock reads */
  private checkEvery = 1;

  constructor(
    readonly trainer: Trainer,
    private readonly callbacks: SessionCallbacks = {},
    private readonly options: SessionOptions = {},
  ) {}

  get isPaused(): boolean {
    return this.paused;
  }

  /** Trains until the run ends; resolves with how it ended. */
  async run(): Promise<TrainResult> {
    const trainer = this.trainer;
    const slice = this.options.sliceMillis ?? 15;
    const yieldFn = this.options.yieldToHost ?? yieldToHost;
    this.callbacks.onStatus?.('running');
    while (!trainer.finished) {
      if (this.paused) {
        const stepKind = this.pendingSteps.shift();
        if (stepKind) this.runSteps(stepKind === 'epoch' ? Infinity : 1);
        else await new Promise<void>((resolve) => (this.wake = resolve));
        continue;
      }
      this.runSlice(slice);
      await yieldFn();
    }
    this.callbacks.onStatus?.(trainer.status, trainer.reason);
    return {
      status: trainer.status,
      epochs: trainer.epochsDone,
      steps: trainer.stepsDone,
      reason: trainer.reason,
      bestEpoch: trainer.bestEpoch,
      history: trainer.history,
    };
  }

  /** Trains for about `millis`, reading the clock only every few updates: for a tiny network
   * a clock read costs as much as an update, so the interval adapts to the update's cost. */
  private runSlice(millis: number): void {
    const trainer = this.trainer;
    const until = Date.now() + millis;
    for (;;) {
      for (let i = 0; i < this.checkEvery && !trainer.finished && !this.paused; i++)
        this.runSteps(1);
      if (trainer.finished || this.paused) return;
      const left = until - Date.now();
      if (left <= 0) {
        this.checkEvery = Math.max(1, this.checkEvery >> 1);
        return;
      }
      if (left > millis / 2) this.checkEvery = Math.min(this.checkEvery * 2, 4096);
    }
  }

  pause(): void {
    if (this.paused || this.trainer.finished) return;
    this.paused = true;
    this.trainer.status = 'paused';
    this.callbacks.onStatus?.('paused');
  }

  resume(): void {
    if (!this.paused) return;
    this.paused = false;
    this.pendingSteps = [];
    this.trainer.restartClock();
    if (!this.trainer.finished) this.trainer.status = 'running';
    this.callbacks.onStatus?.('running');
    this.notify();
  }

  /** While paused, makes one update or finishes the current epoch. */
  step(kind: 'batch' | 'epoch'): void {
    if (!this.paused) this.pause();
    this.pendingSteps.push(kind);
    this.notify();
  }

  stop(): void {
    this.trainer.stop();
    this.notify();
  }

  setLearningRate(rate: number): void {
    this.trainer.setLearningRate(rate);
  }

  /** Runs up to `count` updates, or to the end of the epoch when count is Infinity. */
  private runSteps(count: number): void {
    const trainer = this.trainer;
    const wasPaused = trainer.status === 'paused';
    if (wasPaused) trainer.status = 'running';
    let done = 0;
    while (!trainer.finished && done < count) {
      const outcome = trainer.step();
      done++;
      this.callbacks.onBatch?.(outcome.batch);
      if (outcome.epoch) {
        this.callbacks.onEpoch?.(outcome.epoch);
        if (count === Infinity) break;
      }
    }
    if (wasPaused && !trainer.finished) trainer.status = 'paused';
  }

  private notify(): void {
    const wake = this.wake;
    this.wake = null;
    wake?.();
  }
}
