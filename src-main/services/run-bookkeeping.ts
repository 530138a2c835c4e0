import type { EngineProblem } from '../../src-engine/core/engine-error';
import { problemDetail } from '../contract/engine-detail';
import type { LabEvents } from '../contract/handlers';
import type { ErrorDetail } from '../contract/result';
import type { ExperimentRecord, RunStatus } from '../store/records';
import type { Store } from '../store/store';
import type { RunListener } from '../training/supervisor';
import { storeFault } from '../store/store-fault';

/** How often a run's end that could not be written is tried again, in ms. */
const RETRY_MS = 2000;

interface Ending {
  status: RunStatus;
  reason: string | null;
  reasonDetail?: ErrorDetail;
  metrics?: Record<string, number>;
}

/**
 * What the lab writes while runs train, made safe against the disk: each step that writes
 * (a status, metrics, a checkpoint, the model) runs guarded, and a write that fails — a full
 * disk, a read-only or vanished database — ends that run `crashed` with a message naming the
 * disk and what to do, instead of taking the host down. Its last checkpoint stays as saved.
 * A run's end that cannot be written is still told to views and waiting callers, and written
 * as soon as the database takes it again (or, failing that, the next start marks the run
 * crashed: see markInterruptedRuns).
 */
export class RunBookkeeping {
  private readonly waiting = new Map<number, Array<(record: ExperimentRecord) => void>>();
  /** runs ended because their records could not be written; what they still send is dropped */
  private readonly abandoned = new Set<number>();
  private readonly unwritten = new Map<number, Ending>();
  private retryTimer: NodeJS.Timeout | undefined;
  private closed = false;

  constructor(
    private readonly store: Store,
    private readonly events: LabEvents,
    /** asks a run's trainer to stop (it may have gone already) */
    private readonly stopTrainer: (id: number) => void,
  ) {}

  /** Starts recording run `id` (again, for a run resumed after its records failed). */
  begin(id: number): void {
    this.abandoned.delete(id);
  }

  /** Runs one bookkeeping step of run `id`; a step that throws ends the run (see above). */
  guarded(id: number, step: () => void): void {
    if (this.closed || this.abandoned.has(id)) return;
    try {
      step();
    } catch (error) {
      this.abandon(id, error);
    }
  }

  /** Records how a run ended, tells the views and whoever waits for it.
   * @param ending the reason as the engine's code and values: stored beside the English
   *   reason, and sent with it, so views say it in their reader's language */
  end(
    id: number,
    status: RunStatus,
    reason: string | null,
    metrics?: Record<string, number>,
    ending?: EngineProblem,
  ) {
    if (this.closed) return;
    const reasonDetail = ending && problemDetail(ending);
    let record: ExperimentRecord;
    try {
      record = this.store.experiments.finish(id, status, {
        finalMetrics: metrics,
        reason,
        reasonDetail,
      });
      this.unwritten.delete(id);
    } catch (error) {
      record = this.keepForLater(id, { status, reason, reasonDetail, metrics }, error);
    }
    this.events.emit('runs:status', {
      experimentId: id,
      status,
      reason: reason ?? undefined,
      ...(reasonDetail && { reasonDetail }),
    });
    for (const resolve of this.waiting.get(id) ?? []) resolve(record);
    this.waiting.delete(id);
  }

  /** Resolves when run `id` has ended. */
  waitFor(id: number): Promise<ExperimentRecord> {
    return new Promise((resolve) => {
      const list = this.waiting.get(id) ?? [];
      list.push(resolve);
      this.waiting.set(id, list);
    });
  }

  /** Stops writing (the database is about to close); what still comes is dropped. */
  close(): void {
    this.closed = true;
    clearInterval(this.retryTimer);
  }

  private abandon(id: number, error: unknown): void {
    this.abandoned.add(id);
    const fault = storeFault(error, this.store.file);
    const detail = error instanceof Error ? error.message : String(error);
    const reason = `${fault?.message ?? `the run could not be recorded (${detail})`}; then resume the run from its last checkpoint${this.checkpointNote(id)}`;
    console.error(`Neuron Lab: run ${id} ended: ${reason}`);
    try {
      this.stopTrainer(id);
    } catch {
      // the trainer has gone already
    }
    this.end(id, 'crashed', reason);
  }

  private checkpointNote(id: number): string {
    try {
      const saved = this.store.checkpoints.get(id);
      return saved ? ` (epoch ${saved.epoch})` : ' (none was saved yet: it starts again)';
    } catch {
      return '';
    }
  }

  /** The record as it would read once written; the write is tried again meanwhile. */
  private keepForLater(id: number, ending: Ending, error: unknown): ExperimentRecord {
    this.unwritten.set(id, ending);
    if (!this.retryTimer) {
      this.retryTimer = setInterval(() => this.retry(), RETRY_MS);
      this.retryTimer.unref();
    }
    const fault = storeFault(error, this.store.file);
    console.error(
      `Neuron Lab: run ${id}'s end (${ending.status}) is not written yet: ${fault?.message ?? String(error)}`,
    );
    let stored: ExperimentRecord | undefined;
    try {
      stored = this.store.experiments.get(id);
    } catch {
      // unreadable as well: the fields below are all there is
    }
    return {
      ...(stored as ExperimentRecord),
      id,
      status: ending.status,
      reason: ending.reason,
      reasonDetail: ending.reasonDetail,
      finishedAt: Date.now(),
    };
  }

  private retry(): void {
    for (const [id, { status, reason, reasonDetail, metrics }] of this.unwritten) {
      try {
        this.store.experiments.finish(id, status, { finalMetrics: metrics, reason, reasonDetail });
        this.unwritten.delete(id);
      } catch {
        return; // still failing: the next tick tries again
      }
    }
    clearInterval(this.retryTimer);
    this.retryTimer = undefined;
  }
}

/** The same listener with each of its steps run through `books.guarded`. */
export function guardedListener(
  id: number,
  books: RunBookkeeping,
  listener: RunListener,
): RunListener {
  const guarded: Record<string, unknown> = {};
  for (const [name, step] of Object.entries(listener)) {
    guarded[name] = (...args: unknown[]) =>
      books.guarded(id, () => (step as (...a: unknown[]) => void)(...args));
  }
  return guarded as RunListener;
}
