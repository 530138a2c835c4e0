import { availableParallelism } from 'node:os';
import type { TrainerCheckpoint } from '../../src-engine/train/checkpoint';
import type { BatchReport, EpochReport, TrainStatus } from '../../src-engine/train/reports';
import type { FromTrainer, RunRequest, Snapshot, ToTrainer, WatchRequest } from './protocol';
import type { TrainerChannel, TrainerLauncher } from './trainer-launcher';

/** What the supervisor tells its caller about one run. */
export interface RunListener {
  onStatus?(status: TrainStatus | 'queued' | 'crashed' | 'failed', reason?: string): void;
  onProgress?(epochs: EpochReport[], batch: BatchReport | null): void;
  onSnapshot?(snapshot: Snapshot): void;
  onCheckpoint?(epoch: number, checkpoint: TrainerCheckpoint): void;
  /** the run ended by itself or by the user; `model` is the trained network */
  onDone?(message: Extract<FromTrainer, { type: 'done' }>): void;
  /** the trainer refused the run or threw, or its process crashed, was killed or hung */
  onFailed?(kind: 'failed' | 'crashed', reason: string): void;
  /** the run was stopped while still queued: it never trained and has no model */
  onDropped?(reason: string): void;
}

export interface SupervisorOptions {
  launcher: TrainerLauncher;
  /** runs trained at once; more are queued (default: the number of cores) */
  maxConcurrent?: number;
  /** a trainer silent for this long is taken as hung and killed (default 30 s) */
  hangTimeoutMs?: number;
}

interface ActiveRun {
  request: RunRequest;
  listener: RunListener;
  channel: TrainerChannel | null;
  lastHeard: number;
  ended: boolean;
  /** whether the trainer has said it is ready (and so has been sent the run) */
  ready: boolean;
  /** controls sent before the process was ready, replayed when it is: the latest watch,
   * and the others in order (a trainer ignores controls that come before its run) */
  watch: WatchRequest | null;
  pending: Exclude<ToTrainer, { type: 'start' | 'watch' }>[];
}

/**
 * Runs each training run in its own trainer process, queues runs beyond the number of
 * cores, relays controls, and turns a crash, a kill or a hang into a `crashed` run with a
 * reason — never into a fault of the app.
 */
export class Supervisor {
  private readonly runs = new Map<string, ActiveRun>();
  private readonly queue: string[] = [];
  private readonly maxConcurrent: number;
  private readonly hangTimeoutMs: number;
  private readonly watchdog: NodeJS.Timeout;

  constructor(private readonly options: SupervisorOptions) {
    this.maxConcurrent = Math.max(1, options.maxConcurrent ?? availableParallelism());
    this.hangTimeoutMs = options.hangTimeoutMs ?? 30_000;
    this.watchdog = setInterval(() => this.checkHung(), Math.min(1000, this.hangTimeoutMs / 4));
    this.watchdog.unref();
  }

  /** Starts a run, or queues it. @throws if a run with that id is already known */
  start(request: RunRequest, listener: RunListener): void {
    if (this.runs.has(request.runId))
      throw new Error(`run ${request.runId} is already running or queued`);
    this.runs.set(request.runId, {
      request,
      listener,
      channel: null,
      lastHeard: Date.now(),
      ended: false,
      ready: false,
      watch: null,
      pending: [],
    });
    this.queue.push(request.runId);
    listener.onStatus?.('queued');
    this.launchQueued();
  }

  /** Sends a control to a run. @returns false when the run is not known */
  control(runId: string, message: Exclude<ToTrainer, { type: 'start' }>): boolean {
    const run = this.runs.get(runId);
    if (!run) return false;
    if (!run.channel && message.type === 'stop') {
      this.dropQueued(runId, run);
      return true;
    }
    if (!run.channel || !run.ready) {
      if (message.type === 'watch') run.watch = message.watch;
      else run.pending.push(message);
      return true;
    }
    run.channel.send(message);
    return true;
  }

  /** Runs being trained or waiting. */
  get activeRunIds(): string[] {
    return [...this.runs.keys()];
  }

  /** Kills every trainer (when the app quits). */
  shutdown(): void {
    clearInterval(this.watchdog);
    for (const [, run] of this.runs) run.channel?.kill();
    this.runs.clear();
    this.queue.length = 0;
  }

  private launchQueued(): void {
    while (this.queue.length > 0 && this.trainingCount() < this.maxConcurrent) {
      const runId = this.queue.shift()!;
      const run = this.runs.get(runId);
      if (run) this.launch(run);
    }
  }

  private trainingCount(): number {
    let n = 0;
    for (const run of this.runs.values()) if (run.channel) n++;
    return n;
  }

  private launch(run: ActiveRun): void {
    const channel = this.options.launcher();
    run.channel = channel;
    run.lastHeard = Date.now();
    channel.onMessage((message) => this.onMessage(run, message));
    channel.onExit((code, signal) => this.onExit(run, code, signal));
  }

  private onMessage(run: ActiveRun, message: FromTrainer): void {
    run.lastHeard = Date.now();
    const { listener } = run;
    switch (message.type) {
      case 'ready':
        run.ready = true;
        run.channel?.send({ type: 'start', run: run.request });
        if (run.watch) run.channel?.send({ type: 'watch', watch: run.watch });
        for (const control of run.pending.splice(0)) run.channel?.send(control);
        return;
      case 'status':
        return listener.onStatus?.(message.status, message.reason);
      case 'progress':
        return listener.onProgress?.(message.epochs, message.batch);
      case 'snapshot':
        return listener.onSnapshot?.(message.snapshot);
      case 'checkpoint':
        return listener.onCheckpoint?.(message.epoch, message.checkpoint);
      case 'heartbeat':
        return;
      case 'done':
        this.end(run);
        run.channel?.close();
        return listener.onDone?.(message);
      case 'failed':
        this.end(run);
        run.channel?.close();
        return listener.onFailed?.('failed', message.reason);
    }
  }

  private onExit(run: ActiveRun, code: number | null, signal: string | null): void {
    if (!run.ended) {
      this.end(run);
      const how = signal ? `was killed (${signal})` : `exited with code ${code}`;
      run.listener.onFailed?.('crashed', `the trainer process ${how} before the run ended`);
    }
    this.launchQueued();
  }

  private checkHung(): void {
    const now = Date.now();
    for (const run of this.runs.values()) {
      if (!run.channel || run.ended || now - run.lastHeard < this.hangTimeoutMs) continue;
      const seconds = Math.round((now - run.lastHeard) / 1000);
      this.end(run);
      run.channel.kill();
      run.listener.onFailed?.(
        'crashed',
        `the trainer process stopped responding (silent for ${seconds} s) and was ended`,
      );
    }
  }

  private dropQueued(runId: string, run: ActiveRun): void {
    const i = this.queue.indexOf(runId);
    if (i >= 0) this.queue.splice(i, 1);
    this.runs.delete(runId);
    run.listener.onDropped?.('stopped before it started');
  }

  private end(run: ActiveRun): void {
    run.ended = true;
    this.runs.delete(run.request.runId);
  }
}
