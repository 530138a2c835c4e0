// Formatting of the benchmark's results: the throughput table, ratios and PASS/MISS lines.
import type { SideResult, WorkloadDef } from './workloads';

export const SIDES = ['engine', 'tfjs-cpu', 'tfjs-wasm', 'pytorch'] as const;
export type Side = (typeof SIDES)[number];

export interface MemoryResult {
  workload: string;
  peakRssMB: number;
  peakHeapUsedMB: number;
  rssAtStartMB: number;
  rssAfterDataMB: number;
  dataMB: number;
  runtime: string;
  [key: string]: unknown;
}

export interface GemmFigures {
  peakGflops: number;
  medianGflops: number;
  runs: number;
}

/** The engine's product at 512³ (the kernel it chooses there), its JavaScript kernel and
 * tfjs-wasm's matMul beside it (bench/gemm-side.ts). */
export interface GemmResult extends GemmFigures {
  kernel: string;
  javascript: GemmFigures;
  tfjsWasm: (GemmFigures & { how: string }) | { error: string };
}

export interface SurfaceResult {
  medianMs: number;
  p90Ms: number;
  minMs: number;
  runs: number;
}

export interface Row {
  def: WorkloadDef;
  results: Partial<Record<Side, SideResult>>;
}

export interface Verdict {
  name: string;
  value: number | null;
  target: string;
  pass: boolean | null;
}

export const MEMORY_TARGET_MB = 100;
export const SURFACE_TARGET_MS = 10;
export const GEMM_TARGET_GFLOPS = 25;

export function rate(r: SideResult | undefined): number | null {
  return r && !r.error && Number.isFinite(r.samplesPerSec) ? r.samplesPerSec : null;
}

export function ratio(row: Row, versus: Side): number | null {
  const e = rate(row.results.engine);
  const o = rate(row.results[versus]);
  return e !== null && o !== null && o > 0 ? e / o : null;
}

function fmtRate(v: number | null): string {
  if (v === null) return '—';
  if (v >= 1e6) return `${(v / 1e6).toFixed(2)} M`;
  if (v >= 1e4) return `${(v / 1e3).toFixed(1)} k`;
  return v.toFixed(v >= 100 ? 0 : 1);
}

function fmtRatio(v: number | null): string {
  if (v === null) return '—';
  return `${v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2)}×`;
}

function mark(pass: boolean | null): string {
  return pass === null ? 'n/a' : pass ? 'PASS' : 'MISS';
}

function table(header: string[], rows: string[][], rightAlign: (col: number) => boolean): string {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c].length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, c) => (rightAlign(c) ? cell.padStart(widths[c]) : cell.padEnd(widths[c])))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** The engine against PyTorch on one thread, where a workload has such a target. */
function torchVerdicts(rows: Row[]): Verdict[] {
  return rows
    .filter((row) => row.def.torchTarget !== undefined)
    .map((row) => {
      const v = ratio(row, 'pytorch');
      const target = row.def.torchTarget!;
      return {
        name: `${row.def.id} engine/pytorch (1 thread)`,
        value: v,
        target: `≥ ${target}×`,
        pass: v === null ? null : v >= target,
      };
    });
}

function gemmLines(g: GemmResult | { error: string }, verdicts: Verdict[]): string[] {
  if ('error' in g) return [`gemm 512³: ERROR ${g.error}`];
  const pass = g.medianGflops >= GEMM_TARGET_GFLOPS;
  verdicts.push({
    name: 'engine gemm 512³ median (GFLOP/s)',
    value: g.medianGflops,
    target: `≥ ${GEMM_TARGET_GFLOPS}`,
    pass,
  });
  const figures = (f: GemmFigures) =>
    `median ${f.medianGflops.toFixed(2)}, peak ${f.peakGflops.toFixed(2)} GFLOP/s (${f.runs} runs)`;
  const t = g.tfjsWasm;
  return [
    'Matrix product C = A·Bᵀ, 512 × 512 × 512:',
    `  engine (${g.kernel})  ${figures(g)}  (target median ≥ ${GEMM_TARGET_GFLOPS}: ${mark(pass)})`,
    `  engine (javascript)  ${figures(g.javascript)}`,
    `  tfjs-wasm            ${'error' in t ? `ERROR ${t.error}` : `${figures(t)}  ${t.how}`}`,
  ];
}

export function throughputVerdicts(rows: Row[]): Verdict[] {
  return rows.map((row) => {
    const v = ratio(row, 'tfjs-wasm');
    return {
      name: `${row.def.id} engine/tfjs-wasm`,
      value: v,
      target: `≥ ${row.def.target}×`,
      pass: v === null ? null : v >= row.def.target,
    };
  });
}

export function formatReport(
  rows: Row[],
  extras: {
    memory?: MemoryResult | { error: string };
    gemm?: GemmResult | { error: string };
    surface?: SurfaceResult | { error: string };
    torchNote: string;
  },
): { text: string; verdicts: Verdict[] } {
  const out: string[] = [];
  const verdicts = throughputVerdicts(rows);
  if (rows.length > 0) {
    out.push('Training throughput, samples/s (after warm-up; higher is better)');
    out.push('');
    out.push(
      table(
        [
          'workload',
          'engine',
          'tfjs-cpu',
          'tfjs-wasm',
          'pytorch',
          'eng/wasm',
          'eng/cpu',
          'eng/torch',
          'target',
          '',
        ],
        rows.map((row, i) => [
          row.def.id,
          fmtRate(rate(row.results.engine)),
          fmtRate(rate(row.results['tfjs-cpu'])),
          fmtRate(rate(row.results['tfjs-wasm'])),
          fmtRate(rate(row.results.pytorch)),
          fmtRatio(ratio(row, 'tfjs-wasm')),
          fmtRatio(ratio(row, 'tfjs-cpu')),
          fmtRatio(ratio(row, 'pytorch')),
          verdicts[i].target,
          mark(verdicts[i].pass),
        ]),
        (c) => c > 0 && c < 9,
      ),
    );
    out.push('');
    for (const row of rows) out.push(`  ${row.def.id.padEnd(8)} ${row.def.title}`);
    out.push(`  ${extras.torchNote}`);

    out.push('');
    out.push('How each side was driven, and the loss of the first batch from the shared weights');
    out.push('(the same on every side means they compute the same thing):');
    for (const row of rows) {
      for (const side of SIDES) {
        const r = row.results[side];
        if (!r) continue;
        const loss = r.firstLoss === undefined ? '' : `first loss ${r.firstLoss.toFixed(5)}`;
        const how = r.error ? `ERROR ${r.error.split('\n')[0]}` : `${r.approach ?? ''}`;
        const notes = r.notes ? `  (${r.notes})` : '';
        out.push(`  ${row.def.id.padEnd(8)} ${side.padEnd(10)} ${loss.padEnd(20)} ${how}${notes}`);
      }
    }
  }
  verdicts.push(...torchVerdicts(rows)); // after the table, whose rows take the first verdicts
  out.push('');
  const m = extras.memory;
  if (m && 'error' in m) {
    out.push(`Engine memory (W3): ERROR ${m.error}`);
  } else if (m) {
    const pass = m.peakRssMB < MEMORY_TARGET_MB;
    verdicts.push({
      name: 'engine W3 peak RSS (MB)',
      value: m.peakRssMB,
      target: `< ${MEMORY_TARGET_MB} MB`,
      pass,
    });
    out.push(
      `Engine memory, W3 (one epoch at batch 32, one at batch 128, own process, ${m.runtime}):`,
    );
    out.push(
      `  peak RSS ${m.peakRssMB.toFixed(1)} MB  (target < ${MEMORY_TARGET_MB} MB: ${mark(pass)})` +
        `   peak JS heap used ${m.peakHeapUsedMB.toFixed(1)} MB`,
    );
    out.push(
      `  of which: Node at start ${m.rssAtStartMB.toFixed(1)} MB, the data ${m.dataMB.toFixed(1)} MB` +
        ` (RSS after loading it ${m.rssAfterDataMB.toFixed(1)} MB), training +${(m.peakRssMB - m.rssAfterDataMB).toFixed(1)} MB`,
    );
  }
  if (extras.gemm) out.push(...gemmLines(extras.gemm, verdicts));
  const s = extras.surface;
  if (s && 'error' in s) out.push(`Decision surface: ERROR ${s.error}`);
  else if (s) {
    const pass = s.medianMs < SURFACE_TARGET_MS;
    verdicts.push({
      name: 'decision surface 100×100 median (ms)',
      value: s.medianMs,
      target: `< ${SURFACE_TARGET_MS} ms`,
      pass,
    });
    out.push(
      `Decision surface 100 × 100, 2-8-8-1 with hidden maps: median ${s.medianMs.toFixed(2)} ms` +
        ` (p90 ${s.p90Ms.toFixed(2)}, min ${s.minMs.toFixed(2)}, ${s.runs} runs)  (target < ${SURFACE_TARGET_MS} ms: ${mark(pass)})`,
    );
  }

  out.push('');
  out.push('Targets:');
  for (const v of verdicts) {
    const value = v.value === null ? '—' : v.value.toFixed(v.value >= 100 ? 0 : 2);
    out.push(`  ${mark(v.pass).padEnd(5)} ${v.name}: ${value} (target ${v.target})`);
  }
  return { text: out.join('\n'), verdicts };
}
