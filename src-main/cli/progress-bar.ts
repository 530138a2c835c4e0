/** A one-line progress bar with epoch, loss, elapsed time and ETA, redrawn in place on a
 * terminal and silent elsewhere (so that pipes and logs get only the summary). */
export class ProgressBar {
  private readonly started = Date.now();
  private lastDraw = 0;

  constructor(
    private readonly total: number,
    private readonly stream: NodeJS.WriteStream = process.stderr,
  ) {}

  update(done: number, detail: string): void {
    if (!this.stream.isTTY) return;
    const now = Date.now();
    if (now - this.lastDraw < 100 && done < this.total) return;
    this.lastDraw = now;
    const width = 24;
    const fraction = Math.min(1, done / this.total);
    const filled = Math.round(fraction * width);
    const elapsed = (now - this.started) / 1000;
    const eta = fraction > 0 ? (elapsed / fraction) * (1 - fraction) : NaN;
    const bar = '█'.repeat(filled) + '░'.repeat(width - filled);
    this.stream.write(
      `\r${bar} ${done}/${this.total} ${detail}  ${formatSeconds(elapsed)} elapsed, ETA ${formatSeconds(eta)}\x1b[K`,
    );
  }

  finish(): void {
    if (this.stream.isTTY) this.stream.write('\n');
  }
}

/** 75 → "1m15s". */
export function formatSeconds(seconds: number): string {
  if (!Number.isFinite(seconds)) return '–';
  const s = Math.round(seconds);
  return s < 60 ? `${s}s` : `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
}
