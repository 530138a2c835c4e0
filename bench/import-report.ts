// The import benchmark's result and how it is printed (apart from bench/import.ts, so that the
// runner prints it without loading the importer).

/** MB/s the import must reach. */
export const IMPORT_TARGET_MBPS = 40;

export interface ImportBenchResult {
  rows: number;
  columns: number;
  /** the file's size */
  bytes: number;
  /** the fastest of the runs, read and made into a dataset */
  seconds: number;
  runs: number[];
}

/** "Import 1,000,000 × 20 CSV (145 MB): 2.95 s, 49.1 MB/s  ✓ ≥ 40 MB/s". */
export function formatImportBench(r: ImportBenchResult): string {
  const mb = r.bytes / 1e6;
  const speed = mb / r.seconds;
  const verdict = speed >= IMPORT_TARGET_MBPS ? '✓' : '✗ UNDER';
  return `Import ${r.rows.toLocaleString('en-US')} × ${r.columns} CSV (${mb.toFixed(0)} MB): best of ${r.runs.length} ${r.seconds.toFixed(2)} s, ${speed.toFixed(1)} MB/s  ${verdict} ≥ ${IMPORT_TARGET_MBPS} MB/s`;
}
