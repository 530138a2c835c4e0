import { MessageChannel, type TransferListItem, type Worker } from 'node:worker_threads';
import type { FloatArray } from '../../src-engine/core/float-array';
import type { RunCommand, RunPosition } from '../../src-engine/train/run-commands';
import {
  startEntry,
  startKernelHelper,
  wantsKernelHelper,
  type KernelHelper,
  type WorkerEntry,
} from './kernel-helper';
import type { ParentPort } from './parent-port';
import { MAX_SNAPSHOTS_PER_SECOND, type RunRequest, type WatchRequest } from './protocol';
import { SnapshotPainter } from './snapshot-painter';
import { ControlSender, createControlWords } from './worker-control';
import type { FromWorker, WorkerStart } from './worker-protocol';

export type { WorkerEntry } from './kernel-helper';

/**
 * The main thread of a trainer process, while its run trains on a thread of its own: relays
 * commands to that thread (heard at its next batch boundary), its reports to the supervisor,
 * and draws snapshots from copies of its weights at the rate a view asks for.
 */
export class RunHost {
  private readonly worker: Worker;
  private readonly control: ControlSender;
  private readonly painter: SnapshotPainter;
  /** the second thread of the large products, when the run has any (ended with the run) */
  readonly helper: KernelHelper | null;
  private watch: WatchRequest = { perSecond: 0 };
  private timer: NodeJS.Timeout | undefined;
  /** the newest weights the thread handed over, and whether a snapshot showed them */
  private latest: { params: FloatArray[]; at: RunPosition } | null = null;
  private latestShown = true;
  private ended = false;
  /** the thread's batch count when each pause not yet confirmed was sent on */
  private readonly pausesSentAt: number[] = [];

  constructor(
    run: RunRequest,
    private readonly port: ParentPort,
    entry: WorkerEntry,
  ) {
    this.painter = new SnapshotPainter(run.spec, run.inputFeatures);
    const words = createControlWords();
    const channel = new MessageChannel();
    this.control = new ControlSender(words, channel.port1);
    this.helper = wantsKernelHelper(run) ? startKernelHelper(entry) : null;
    const start: WorkerStart = { run, words, commands: channel.port2 };
    if (this.helper) start.kernelMemory = this.helper.memory;
    this.worker = startWorker(entry, start, [channel.port2]);
    this.worker.on('message', (message: FromWorker) => this.fromWorker(message));
    this.worker.on('error', (error: Error & { code?: string }) => {
      const oom = error.code === 'ERR_WORKER_OUT_OF_MEMORY';
      this.fail(oom ? `the run ran out of memory: ${error.message}` : error.message, oom);
    });
    this.worker.on('exit', (code) => {
      if (!this.ended) this.fail(`the training thread ended (code ${code}) before the run did`);
    });
  }

  /** Whether the training thread moved (or waits, paused) since the last call. */
  isAlive(): boolean {
    return this.ended || this.control.isAlive();
  }

  command(command: RunCommand): void {
    if (this.ended) return;
    const visibleAt = this.control.send(command);
    if (command.type === 'pause') this.pausesSentAt.push(visibleAt);
  }

  /** A progress message was handled downstream. */
  ack(): void {
    if (!this.ended) this.control.ack();
  }

  setWatch(watch: WatchRequest): void {
    const perSecond = Math.min(MAX_SNAPSHOTS_PER_SECOND, Math.max(0, watch.perSecond));
    this.watch = { ...watch, perSecond };
    clearInterval(this.timer);
    this.timer = undefined;
    if (perSecond === 0 || this.ended) return;
    this.timer = setInterval(() => this.tick(), 1000 / perSecond);
    // What is being watched changed: show the weights at hand at once, then new ones.
    this.latestShown = false;
    this.tick();
  }

  private tick(): void {
    if (!this.latestShown) this.showLatest();
    this.control.wantWeights();
  }

  private fromWorker(message: FromWorker): void {
    if (message.type === 'weights') {
      this.latest = { params: message.params, at: message.at };
      this.latestShown = false;
      if (this.watch.perSecond > 0) this.showLatest();
      return;
    }
    if (message.type === 'done' || message.type === 'failed') this.end();
    if (message.type === 'state') {
      const { batches, ...state } = message;
      // Every pause is confirmed once, in order: how many batches the thread trained after
      // the command became visible to it — the measure of "within one batch".
      const sentAt = state.state === 'paused' ? this.pausesSentAt.shift() : undefined;
      const after = sentAt === undefined ? {} : { batchesAfterRequest: batches - sentAt };
      return this.port.send({ ...state, ...after });
    }
    this.port.send(message);
  }

  private showLatest(): void {
    if (!this.latest) return;
    this.latestShown = true;
    try {
      const snapshot = this.painter.paint(this.latest.params, this.latest.at, this.watch);
      this.port.send({ type: 'snapshot', snapshot });
    } catch (error) {
      // A picture that cannot be drawn must not end the run; say why once and stop watching.
      this.setWatch({ perSecond: 0 });
      this.port.send({ type: 'refused', reason: `no live picture: ${(error as Error).message}` });
    }
  }

  private fail(reason: string, oom = false): void {
    if (this.ended) return;
    this.end();
    this.port.send({ type: 'failed', reason, ...(oom ? { oom } : {}) });
  }

  private end(): void {
    this.ended = true;
    clearInterval(this.timer);
    void this.helper?.close();
  }
}

/** Starts the training thread, handing it the run's arrays rather than copying them. */
function startWorker(entry: WorkerEntry, start: WorkerStart, ports: TransferListItem[]): Worker {
  const { run } = start;
  const buffers = new Set<ArrayBuffer>();
  for (const part of [run.train, run.validation, run.test]) {
    if (!part) continue;
    buffers.add(part.x.buffer as ArrayBuffer);
    buffers.add(part.y.buffer as ArrayBuffer);
  }
  const transferList = [...ports, ...buffers] as TransferListItem[];
  return startEntry(entry, { workerData: start, transferList });
}
