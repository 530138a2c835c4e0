import { availableParallelism } from 'node:os';
import type { EngineProblem } from '../../src-engine/core/engine-error';
import type { TrainerCheckpoint } from '../../src-engine/train/checkpoint';
import type { BatchReport, EpochReport } from '../../src-engine/train/reports';
import type {
  CommandRefusal,
  LiveSettings,
  RunCommand,
  RunPosition,
} from '../../src-engine/train/run-commands';
import type {
  FromTrainer,
  RunRequest,
  Snapshot,
  StateDetail,
  ToTrainer,
  TrainerExit,
  WatchRequest,
} from './protocol';
import type { TrainerChannel, TrainerLauncher } from './trainer-launcher';

/** What the supervisor tells its caller about one run. */
export interface RunListener {
  /** queued; or running or paused, at a position, with the settings the run uses */
  onStatus?(status: 'queued' | 'running' | 'paused', detail?: StateDetail): void;
  /** a step asked for while paused is done */
  onStepped?(at: RunPosition): void;
  /** a live setting changed: the values the run now uses */
  onSettings?(settings: LiveSettings): void;
  /** something the trainer could not do, and why; for a command, what was asked, the
   * engine's reason and the settings that stay in effect */
  onRefused?(reason: string, refusal?: CommandRefusal): void;
  /** `at`: the trainer's clock when the newest report was made */
  onProgress?(epochs: EpochReport[], batch: BatchReport | null, at: number): void;
  onSnapshot?(snapshot: Snapshot): void;
  onCheckpoint?(epoch: number, checkpoint: TrainerCheckpoint): void;
  /** the run ended by itself or by the user; `model` is the trained network */
  onDone?(message: Extract<FromTrainer, { type: 'done' }>): void;
  /** the trainer refused the run or threw ('failed'), or its process ended before the run
   * did ('crashed', with how it ended: crashed, killed, out of memory or hung) */
  onFailed?(
    kind: 'failed' | 'crashed',
    reason: string,
    exit?: TrainerExit,
    /** the engine's code and values for the reason, when the engine refused */
    ending?: EngineProblem,
  ): void;
  /** the run was stopped while still queued: it never trained and has no model */
  onDropped?(reason: string): void;
}

export interface SupervisorOptions {
  launcher: TrainerLauncher;
  /** runs trained at once (paused ones not counted); more are queued (default: the number
   * of cores) */
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
  /** whether its trainer last said it is paused: it then holds no core */
  paused: boolean;
  /** sent before the process was ready, replayed when it is: the latest watch, and the
   * commands in order (a trainer ignores messages that come before its run) */
  watch: WatchRequest | null;
  pending: RunCommand[];
}

/** A command or a watch for a run. */
export type RunControl = Extract<ToTrainer, { type: 'command' | 'watch' }>;

/**
 * Runs each training run in its own trainer process, queues runs beyond the number of
 * cores (a paused run does not count: it trains nothing), relays controls, and turns a crash, a kill or a hang into a `crashed` run with a
 * reason — never into a fault of the app.
 */
export class Supervisor {
  private readonly runs = new Map<string, ActiveRun>();
  private readonly queue: string[] = [];
  private maxConcurrent: number;
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
      paused: false,
      watch: null,
      pending: [],
    });
    this.queue.push(request.runId);
    listener.onStatus?.('queued');
    this.launchQueued();
  }

  /** Changes how many runs train at once: queued runs start now if more may; running ones
   * beyond a lower limit finish, and no new one starts until the count is under it. */
  setMaxConcurrent(limit: number): void {
    this.maxConcurrent = Math.max(1, limit);
    this.launchQueued();
  }

  /** Sends a control to a run. @returns false when the run is not known */
  control(runId: string, message: RunControl): boolean {
    const run = this.runs.get(runId);
    if (!run) return false;
    if (!run.channel && message.type === 'command' && message.command.type === 'stop') {
      this.dropQueued(runId, run);
      return true;
    }
    if (!run.channel || !run.ready) {
      if (message.type === 'watch') run.watch = message.watch;
      else if (!this.settleBeforeStart(run, message.command)) run.pending.push(message.command);
      return true;
    }
    run.channel.send(message);
    return true;
  }

  /**
   * A pause or a resume before the trainer has the run changes how the run will start, and
   * is said at once: a person who pauses a run still waiting for a free slot sees it paused
   * now, not "waiting" until another run ends. @returns whether the command was settled here
   */
  private settleBeforeStart(run: ActiveRun, command: RunCommand): boolean {
    if (command.type !== 'pause' && command.type !== 'resume') return false;
    const paused = command.type === 'pause';
    if ((run.request.startPaused ?? false) !== paused) {
      run.request = { ...run.request, startPaused: paused };
      run.listener.onStatus?.(paused ? 'paused' : 'queued');
    }
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

  /** Runs whose trainer trains or is starting: a paused one uses no core, so it does not keep
   * a waiting run from starting (it may go over the limit when resumed, until one ends). */
  private trainingCount(): number {
    let n = 0;
    for (const run of this.runs.values()) if (run.channel && !run.paused) n++;
    return n;
  }

  private launch(run: ActiveRun): void {
    const channel = this.options.launcher();
    run.channel = channel;
    run.lastHeard = Date.now();
    channel.onMessage((message) => this.onMessage(run, message));
    channel.onExit((exit) => this.onExit(run, exit));
  }

  private onMessage(run: ActiveRun, message: FromTrainer): void {
    run.lastHeard = Date.now();
    const { listener } = run;
    switch (message.type) {
      case 'ready':
        run.ready = true;
        run.channel?.send({ type: 'start', run: run.request });
        if (run.watch) run.channel?.send({ type: 'watch', watch: run.watch });
        for (const command of run.pending.splice(0))
          run.channel?.send({ type: 'command', command });
        return;
      case 'state': {
        const { type: _type, state, ...detail } = message;
        run.paused = state === 'paused';
        listener.onStatus?.(state, detail);
        if (run.paused) this.launchQueued();
        return;
      }
      case 'stepped':
        return listener.onStepped?.(message.at);
      case 'settings':
        return listener.onSettings?.(message.settings);
      case 'refused':
        return listener.onRefused?.(message.reason, message.refusal);
      case 'progress':
        listener.onProgress?.(message.epochs, message.batch, message.at);
        // handled (stored, passed on): the trainer may send the next
        run.channel?.send({ type: 'ack' });
        return;
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
        return listener.onFailed?.('failed', message.reason, undefined, message.ending);
    }
  }

  private onExit(run: ActiveRun, exit: TrainerExit): void {
    if (!run.ended) {
      this.end(run);
      run.listener.onFailed?.('crashed', describeExit(exit), exit);
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
        { kind: 'hung', code: null, signal: 'SIGKILL' },
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

/** How a trainer process ended before its run did, in words. */
export function describeExit(exit: TrainerExit): string {
  switch (exit.kind) {
    case 'oom':
      return 'the trainer process ran out of memory before the run ended: try a smaller batch, network or dataset';
    case 'killed':
      return `the trainer process was killed (${exit.signal ?? `code ${exit.code}`}) before the run ended`;
    case 'hung':
      return 'the trainer process stopped responding and was ended';
    case 'clean':
      return 'the trainer process exited before the run ended';
    case 'crashed':
      return `the trainer process crashed (${exit.signal ?? `exit code ${exit.code}`}) before the run ended`;
  }
}
