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
  private lastAdded = 0;
  private readonly interval: number;

  constructor(
    /** `at`: the clock when the newest report was added */
    private readonly send: (epochs: EpochReport[], batch: BatchReport | null, at: number) => void,
    perSecond = 60,
    private readonly now: () => number = Date.now,
  ) {
    this.interval = 1000 / perSecond;
  }

  addBatch(report: BatchReport): void {
    this.batch = report;
    this.lastAdded = this.now();
    if (this.lastAdded - this.lastSent >= this.interval) this.flush();
  }

  /** An epoch's report; its last batch was added just before, so the clock is not read again. */
  addEpoch(report: EpochReport): void {
    this.epochs.push(report);
    if (this.lastAdded - this.lastSent >= this.interval) this.flush();
  }

  /** Sends whatever is pending now (at a status change and at the end). */
  flush(): void {
    if (this.epochs.length === 0 && this.batch === null) return;
    const epochs = this.epochs;
    this.epochs = [];
    const batch = this.batch;
    this.batch = null;
    this.lastSent = this.lastAdded;
    this.send(epochs, batch, this.lastAdded);
  }
}
