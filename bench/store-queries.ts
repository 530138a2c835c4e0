/**
 * Times the experiment store's comparison queries on a temporary database holding 100
 * experiments × 1,000 epochs, and prints each median with PASS/MISS against 50 ms.
 * A benchmark, not a test: `npx tsx bench/store-queries.ts [--runs 100] [--epochs 1000]`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { EpochReport } from '../src-engine/train/reports';
import { datasetHash, openStore, type DatasetInput, type Store } from '../src-main/store';

const TARGET_MS = 50;
const REPEATS = 25;

function argument(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

function fill(store: Store, runs: number, epochs: number): number[] {
  const input: DatasetInput = {
    name: 'bench',
    source: 'builtin:bench',
    columns: [],
    task: 'classification',
    rowCount: 4,
    split: { train: 1, validation: 0, test: 0 },
    x: new Float32Array(8),
    y: new Float32Array(4),
  };
  const { dataset } = store.datasets.add(input);
  const spec = { inputs: 2, layers: [{ units: 1, activation: 'sigmoid' as const }] };
  const ids: number[] = [];
  for (let r = 0; r < runs; r++) {
    const run = store.experiments.create({
      name: `run ${r}`,
      datasetId: dataset.id,
      config: {
        spec,
        training: {
          loss: 'mse',
          optimizer: { name: 'sgd' },
          learningRate: 0.1,
          batchSize: 4,
          epochs,
          shuffle: true,
          seed: r,
        },
        seed: r,
        datasetHash: datasetHash(input),
        appVersion: 'bench',
      },
    });
    if (r % 3 === 0) store.experiments.addTag(run.id, 'sweep');
    const reports: EpochReport[] = [];
    for (let e = 1; e <= epochs; e++) {
      const loss = 1 / (e + r);
      reports.push({
        epoch: e,
        step: e * 10,
        loss,
        accuracy: 1 - loss,
        validationLoss: loss * 1.1,
        validationAccuracy: 1 - loss * 1.1,
        learningRate: 0.1,
        millis: 2,
      });
    }
    store.metrics.append(run.id, reports);
    store.experiments.finish(run.id, 'done', { finalMetrics: { loss: 1 / (epochs + r) } });
    ids.push(run.id);
  }
  return ids;
}

function median(label: string, fn: () => unknown): number {
  fn(); // warm-up: statements prepared, pages in the cache
  const times: number[] = [];
  for (let i = 0; i < REPEATS; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const ms = times[Math.floor(times.length / 2)];
  const verdict = ms < TARGET_MS ? 'PASS' : 'MISS';
  console.log(
    `${label.padEnd(44)} ${ms.toFixed(2).padStart(8)} ms  ${verdict} (< ${TARGET_MS} ms)`,
  );
  return ms;
}

const runs = argument('runs', 100);
const epochs = argument('epochs', 1000);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'neuron-lab-bench-'));
const store = openStore({ dataDir: dir });
try {
  const fillStart = performance.now();
  const ids = fill(store, runs, epochs);
  const fillMs = performance.now() - fillStart;
  console.log(
    `filled ${runs} experiments × ${epochs} epochs in ${fillMs.toFixed(0)} ms ` +
      `(${store.file}, ${(fs.statSync(store.file).size / 1e6).toFixed(1)} MB + WAL)`,
  );
  median(`compareExperiments(${runs} ids)`, () => store.compareExperiments(ids));
  median('compareExperiments(10 ids)', () => store.compareExperiments(ids.slice(0, 10)));
  median('listExperiments()', () => store.listExperiments());
  median("listExperiments({ tag, search, sort: 'name' })", () =>
    store.listExperiments({ tag: 'sweep', search: 'run 1', sort: 'name' }),
  );
  median("listExperiments({ status: 'done', limit: 20 })", () =>
    store.listExperiments({ status: 'done', limit: 20 }),
  );
} finally {
  store.close();
  fs.rmSync(dir, { recursive: true, force: true });
}
