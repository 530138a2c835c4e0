// `npm run bench` — the training engine against TensorFlow.js (cpu and wasm backends) and,
// when it can be imported, PyTorch on one thread. See bench/README.md.
//
//   npm run bench -- [--only W1,W3,gemm,surface] [--json FILE] [--budget MS] [--skip SIDE,…]
//
// Every measurement runs in its own child process (a fresh heap and JIT, a backend's global
// state to itself, memory of its own); the data and initial weights are generated once here
// and handed to every child in a temp file.
import { fork, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ExportBenchResult } from './export-report';
import { formatExportBench } from './export-report';
import type { ImportBenchResult } from './import-report';
import { formatImportBench } from './import-report';
import type { DigitsBenchResult } from './digits-report';
import { formatDigitsBench } from './digits-report';
import type { LiveViewBenchResult } from './live-view-report';
import { formatLiveViewBench } from './live-view-report';
import type { GemmResult, MemoryResult, Row, Side, SurfaceResult } from './report';
import { formatReport, ratio, SIDES } from './report';
import type { SideResult, WorkloadDef } from './workloads';
import { generate, selectWorkloads, writeWorkloadFile } from './workloads';

const HERE = dirname(fileURLToPath(import.meta.url));
const CHILD_TIMEOUT_MS = 180_000;

interface Args {
  only: string[] | null;
  json: string | null;
  budgetMs: number;
  skip: Set<string>;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { only: null, json: null, budgetMs: 2500, skip: new Set() };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=', 2);
    const value = () => inline ?? argv[++i];
    if (flag === '--only') args.only = [...(args.only ?? []), ...value().split(',')];
    else if (flag === '--json') args.json = value();
    else if (flag === '--budget') args.budgetMs = Number(value());
    else if (flag === '--skip')
      value()
        .split(',')
        .forEach((s) => args.skip.add(s));
    else if (flag === '--help' || flag === '-h') {
      console.log(
        'npm run bench -- [--only W1,W2,W3,W4,gemm,surface,memory,export,import,live,digits] [--json FILE]\n' +
          '                 [--budget MS (per measurement, default 2500)]\n' +
          '                 [--skip engine,tfjs-cpu,tfjs-wasm,pytorch]',
      );
      process.exit(0);
    } else throw new Error(`unknown argument ${argv[i]} (try --help)`);
  }
  if (!(args.budgetMs > 0)) throw new Error('--budget must be a positive number of milliseconds');
  return args;
}

function progress(text: string): void {
  process.stderr.write(`${text}\n`);
}

/** Runs a TypeScript child (through tsx, or plain node for a bundle) and returns its message. */
function runNodeChild<T>(
  script: string,
  args: string[],
  execArgv: string[] = process.execArgv,
): Promise<T | { error: string }> {
  return new Promise((resolve) => {
    const child = fork(script, args, { execArgv, stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
    let stderr = '';
    let message: unknown;
    child.stdout?.on('data', () => {});
    child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('message', (m) => (message = m));
    const timer = setTimeout(() => child.kill('SIGKILL'), CHILD_TIMEOUT_MS);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (message !== undefined) resolve(message as T);
      else
        resolve({
          error: `exited with ${signal ?? code}${stderr ? `: ${stderr.trim().split('\n').slice(-3).join(' | ')}` : ''}`,
        });
    });
  });
}

function runPython(python: string, args: string[]): Promise<SideResult | { error: string }> {
  return new Promise((resolve) => {
    const child = spawn(python, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), CHILD_TIMEOUT_MS);
    child.on('close', (code) => {
      clearTimeout(timer);
      const last = stdout.trim().split('\n').pop() ?? '';
      try {
        resolve(JSON.parse(last) as SideResult);
      } catch {
        resolve({ error: `exit ${code}: ${stderr.trim().split('\n').slice(-2).join(' | ')}` });
      }
    });
  });
}

/** The first Python that can import torch (the default `python3` may be a pyenv or venv
 * without it while the system one has Debian's python3-torch). */
function findTorch(): { python: string | null; note: string } {
  const candidates = [process.env.BENCH_PYTHON, 'python3', '/usr/bin/python3', 'python'].filter(
    (p): p is string => !!p,
  );
  const tried: string[] = [];
  for (const python of [...new Set(candidates)]) {
    const r = spawnSync(python, ['-c', 'import torch, numpy; print(torch.__version__)'], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    if (r.status === 0)
      return { python, note: `PyTorch ${r.stdout.trim()} via ${python}, 1 thread` };
    tried.push(python);
  }
  return {
    python: null,
    note: `PyTorch: not available (no torch in ${tried.join(', ')}) — pytorch column skipped`,
  };
}

/** Bundles engine-side.ts so that the memory child runs on plain Node: tsx's loader alone
 * adds ~30 MB of RSS that the app (bundled by electron-vite) does not carry. */
async function bundleEngineSide(dir: string): Promise<string | null> {
  try {
    const esbuild = await import('esbuild');
    const outfile = join(dir, 'engine-side.mjs');
    await esbuild.build({
      entryPoints: [join(HERE, 'engine-side.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      outfile,
      logLevel: 'silent',
    });
    return outfile;
  } catch {
    return null;
  }
}

/** A side's throughput on one workload: the best of `repeats` fresh processes, for every
 * side alike. On the tiny workloads one process can land 1.5× faster or slower than the next
 * (V8's and the JIT's decisions differ from process to process), so a single run is not a
 * stable figure; the best run is what each side can do. (tfjs also gets the best of its
 * three ways of training within each process.) */
async function bestOf(
  repeats: number,
  runOnce: () => Promise<SideResult | { error: string }>,
): Promise<SideResult | { error: string }> {
  const runs: SideResult[] = [];
  for (let i = 0; i < repeats; i++) {
    const r = await runOnce();
    if ('error' in r && r.error) return r;
    runs.push(r as SideResult);
  }
  runs.sort((a, b) => b.samplesPerSec - a.samplesPerSec);
  if (runs.length === 1) return runs[0];
  const spread = runs.map((r) => Math.round(r.samplesPerSec)).join(', ');
  const notes = [runs[0].notes, `best of ${runs.length} processes: ${spread}`].filter(Boolean);
  return { ...runs[0], notes: notes.join('; ') };
}

function fmtShort(r: SideResult | { error: string }): string {
  return 'error' in r && r.error
    ? `ERROR ${r.error}`
    : `${Math.round((r as SideResult).samplesPerSec)} samples/s`;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const started = performance.now();
  const only = args.only?.map((s) => s.toLowerCase()) ?? null;
  const wants = (key: string) => !only || only.includes(key);
  const workloads: WorkloadDef[] = only
    ? selectWorkloads(
        only.filter((k) => /^w\d/.test(k)),
        true,
      )
    : selectWorkloads(null);
  const dir = mkdtempSync(join(tmpdir(), 'neuron-bench-'));
  try {
    const torch = args.skip.has('pytorch')
      ? { python: null, note: 'PyTorch: skipped (--skip pytorch)' }
      : findTorch();
    progress(torch.note);
    const files = new Map<string, string>();
    for (const def of workloads) {
      const file = join(dir, `${def.id}.bin`);
      writeWorkloadFile(file, generate(def));
      files.set(def.id, file);
    }

    const budget = String(args.budgetMs);
    const rows: Row[] = [];
    for (const def of workloads) {
      const file = files.get(def.id)!;
      const row: Row = { def, results: {} };
      rows.push(row);
      for (const side of SIDES) {
        if (args.skip.has(side)) continue;
        let r: SideResult | { error: string };
        if (side === 'engine') {
          r = await bestOf(def.repeats, () =>
            runNodeChild<SideResult>(join(HERE, 'engine-side.ts'), ['train', file, budget]),
          );
        } else if (side === 'pytorch') {
          const python = torch.python;
          if (!python) continue;
          r = await bestOf(def.repeats, () =>
            runPython(python, [join(HERE, 'torch-side.py'), file, budget]),
          );
        } else {
          const backend = side === 'tfjs-cpu' ? 'cpu' : 'wasm';
          r = await bestOf(def.repeats, () =>
            runNodeChild<SideResult>(join(HERE, 'tfjs-side.ts'), [backend, file, budget]),
          );
        }
        row.results[side as Side] =
          'samplesPerSec' in r
            ? r
            : {
                side,
                workload: def.id,
                samplesPerSec: NaN,
                samples: 0,
                seconds: 0,
                error: r.error,
              };
        progress(`  ${def.id.padEnd(8)} ${side.padEnd(10)} ${fmtShort(r)}`);
      }
    }

    let memory: MemoryResult | { error: string } | undefined;
    const w3 = workloads.find((w) => w.id.startsWith('W3'));
    if (!args.skip.has('engine') && (w3 || (only && only.includes('memory')))) {
      let file = w3 ? files.get(w3.id)! : '';
      if (!w3) {
        file = join(dir, 'W3-b32.bin');
        writeWorkloadFile(file, generate(selectWorkloads(['W3-b32'])[0]));
      }
      const bundle = await bundleEngineSide(dir);
      const result = bundle
        ? await runNodeChild<MemoryResult>(bundle, ['memory', file], ['--expose-gc'])
        : await runNodeChild<MemoryResult>(join(HERE, 'engine-side.ts'), ['memory', file]);
      memory =
        'error' in result && typeof result.error === 'string'
          ? { error: result.error }
          : { ...(result as MemoryResult), runtime: bundle ? 'plain node, bundled' : 'node + tsx' };
      progress(
        `  memory   engine     ${'error' in memory ? memory.error : `${(memory as MemoryResult).peakRssMB.toFixed(1)} MB peak RSS`}`,
      );
    }
    let gemm: GemmResult | { error: string } | undefined;
    if (!args.skip.has('engine') && wants('gemm')) {
      gemm = await runNodeChild<GemmResult>(join(HERE, 'gemm-side.ts'), [budget]);
      progress(
        `  gemm     engine     ${'error' in gemm ? gemm.error : `${gemm.medianGflops.toFixed(2)} GFLOP/s median (${gemm.kernel})`}`,
      );
    }
    let surface: SurfaceResult | { error: string } | undefined;
    if (!args.skip.has('engine') && wants('surface')) {
      surface = await runNodeChild<SurfaceResult>(join(HERE, 'engine-side.ts'), ['surface']);
      progress(
        `  surface  engine     ${'error' in surface ? surface.error : `${surface.medianMs.toFixed(2)} ms`}`,
      );
    }

    let exports: ExportBenchResult | { error: string } | undefined;
    if (wants('export')) {
      exports = await runNodeChild<ExportBenchResult>(join(HERE, 'export.ts'), ['export']);
      if ('error' in exports) progress(`  export   ${exports.error}`);
      else for (const line of formatExportBench(exports)) progress(`  export   ${line}`);
    }

    let imports: ImportBenchResult | { error: string } | undefined;
    if (wants('import')) {
      imports = await runNodeChild<ImportBenchResult>(join(HERE, 'import.ts'), []);
      progress(`  import   ${'error' in imports ? imports.error : formatImportBench(imports)}`);
    }

    let live: LiveViewBenchResult | { error: string } | undefined;
    if (wants('live')) {
      live = await runNodeChild<LiveViewBenchResult>(join(HERE, 'live-view.ts'), []);
      if ('error' in live) progress(`  live     ${live.error}`);
      else for (const line of formatLiveViewBench(live)) progress(`  live     ${line}`);
    }

    let digits: DigitsBenchResult | { error: string } | undefined;
    if (wants('digits')) {
      digits = await runNodeChild<DigitsBenchResult>(join(HERE, 'digits-live.ts'), []);
      if ('error' in digits) progress(`  digits   ${digits.error}`);
      else for (const line of formatDigitsBench(digits)) progress(`  digits   ${line}`);
    }

    const seconds = (performance.now() - started) / 1000;
    const { text, verdicts } = formatReport(rows, { memory, gemm, surface, torchNote: torch.note });
    const cpu = cpus()[0]?.model ?? 'unknown cpu';
    console.log('');
    console.log(`Neuron Lab engine benchmark — Node ${process.version}, ${cpus().length} × ${cpu}`);
    console.log(`(budget ${args.budgetMs} ms per measurement; whole run ${seconds.toFixed(0)} s)`);
    console.log('');
    console.log(text);
    if (exports) {
      console.log('');
      console.log('Export (target: each under 1 s)');
      if ('error' in exports) console.log(`  ERROR ${exports.error}`);
      else for (const line of formatExportBench(exports)) console.log(`  ${line}`);
    }

    if (imports) {
      console.log('');
      console.log('Import of a file (target: at least 40 MB/s)');
      console.log(
        `  ${'error' in imports ? `ERROR ${imports.error}` : formatImportBench(imports)}`,
      );
    }
    if (live) {
      console.log('');
      console.log('Live view');
      if ('error' in live) console.log(`  ERROR ${live.error}`);
      else for (const line of formatLiveViewBench(live)) console.log(line);
    }
    if (digits) {
      console.log('');
      console.log('Digits in the Train view (WebAssembly kernels against the JavaScript ones)');
      if ('error' in digits) console.log(`  ERROR ${digits.error}`);
      else for (const line of formatDigitsBench(digits)) console.log(line);
    }

    if (args.json) {
      const json = {
        date: new Date().toISOString(),
        node: process.version,
        cpu,
        cores: cpus().length,
        budgetMs: args.budgetMs,
        seconds,
        pytorch: torch.note,
        workloads: rows.map((row) => ({
          ...row.def,
          results: row.results,
          ratios: {
            engineOverTfjsWasm: ratio(row, 'tfjs-wasm'),
            engineOverTfjsCpu: ratio(row, 'tfjs-cpu'),
            engineOverPytorch: ratio(row, 'pytorch'),
          },
        })),
        memory,
        gemm,
        surface,
        exports,
        imports,
        live,
        digits,
        verdicts,
      };
      writeFileSync(args.json, `${JSON.stringify(json, null, 2)}\n`);
      console.log(`\nJSON written to ${args.json}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
