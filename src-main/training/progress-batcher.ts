import type { BatchReport, EpochReport } from '../../src-engine/train/reports';

/**
 * Collects a run's reports and hands them on at most `perSecond` times a second: every
 * epoch's numbers are kept (a fast run may finish hundreds of epochs between two sends) and
 * only the latest batch is sent.
 */
export class ProgressBatcher {
  private epochs: EpochReport[] = [];
  private batch: BatchReport | null = null;
  private lastSent = 0;
  private readonly interval: number;

  constructor(
    private readonly send: (epochs: EpochReport[], batch: BatchReport | null) => void,
    perSecond = 30,
    private readonly now: () => number = Date.now,
  ) {
    this.interval = 1000 / perSecond;
  }

  addBatch(report: BatchReport): void {
    this.batch = report;
    this.maybeFlush();
  }

  addEpoch(report: EpochReport): void {
    this.epochs.push(report);
    this.maybeFlush();
  }

  /** Sends whatever is pending now (at a status change and at the end). */
  flush(): void {
    if (this.epochs.length === 0 && this.batch === null) return;
    const epochs = this.epochs;
    this.epochs = [];
    const batch = this.batch;
    this.batch = null;
    this.lastSent = this.now();
    this.send(epochs, batch);
  }

  private maybeFlush(): void {
    if (this.now() - this.lastSent >= this.interval) this.flush();
  }
}
