/** Time spent paused during a run, so that elapsed time and ETA count training only. */
export class PauseClock {
  private pausedMillis = 0;
  private pausedAt: number | null = null;

  /** Takes a run's new status at `now`. */
  note(status: string, now: number): void {
    if (status === 'paused' && this.pausedAt === null) this.pausedAt = now;
    if (status !== 'paused' && this.pausedAt !== null) {
      this.pausedMillis += now - this.pausedAt;
      this.pausedAt = null;
    }
  }

  /** Milliseconds paused up to `end` (a pause still going counts until then). */
  pausedUntil(end: number): number {
    return this.pausedMillis + (this.pausedAt !== null ? end - this.pausedAt : 0);
  }

  reset(): void {
    this.pausedMillis = 0;
    this.pausedAt = null;
  }
}
