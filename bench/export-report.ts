// The export benchmark's result and how it is printed (kept apart from bench/export.ts so
// that the runner can print it without loading the exporters).

/** The target of every export measured here. */
export const TARGET_MS = 1000;

export interface ExportTiming {
  name: string;
  /** first call (cold: module set-up, JIT) and the median of the repeats */
  firstMs: number;
  medianMs: number;
  bytes: number;
}

export interface ExportBenchResult {
  timings: ExportTiming[];
}

/** The result as lines for people, each with its verdict against the target. */
export function formatExportBench(result: ExportBenchResult): string[] {
  return result.timings.map((t) => {
    const verdict = t.name.startsWith(' ')
      ? ''
      : t.medianMs <= TARGET_MS
        ? '  ✓ under 1 s'
        : '  ✗ OVER 1 s';
    const size = t.bytes ? `, ${(t.bytes / 1024 / 1024).toFixed(2)} MB` : '';
    return `${t.name.padEnd(52)} median ${t.medianMs.toFixed(0).padStart(5)} ms (first ${t.firstMs.toFixed(0)} ms${size})${verdict}`;
  });
}
