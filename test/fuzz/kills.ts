/**
 * Kills at random points: trainers killed mid-run (SIGKILL) under a living host, and whole
 * hosts killed while their run trains. After each, the database is intact, the killed run is
 * `crashed` with a checkpoint no later than its stored epochs, no trainer is left behind, and
 * a run finished before is exactly as it was.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { buildSync } from 'esbuild';
import { generate } from '../../src-engine/data/generators';
import { createEventHub } from '../../src-main/contract/handlers';
import { openServices, type Services } from '../../src-main/services/services';
import type { StartRun } from '../../src-main/services/start-run';
import type { Store } from '../../src-main/store';
import { forkLauncher } from '../../src-main/training/trainer-launcher';
import { bundledTrainer } from '../../scripts/lib/trainer-bundle.mjs';
import { Tally, type FamilyResult } from './family';
import { SeededRandom } from './seeded-random';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function gone(pid: number, withinMs: number): Promise<boolean> {
  for (let waited = 0; waited < withinMs; waited += 20) {
    if (!alive(pid)) return true;
    await sleep(20);
  }
  return !alive(pid);
}

const request = (datasetId: number, epochs: number): StartRun => ({
  datasetId,
  spec: {
    inputs: 2,
    layers: [
      { units: 8, activation: 'tanh' },
      { units: 1, activation: 'sigmoid' },
    ],
  },
  training: {
    loss: 'binary_cross_entropy',
    optimizer: { name: 'adam' },
    learningRate: 0.01,
    batchSize: 20,
    epochs,
    shuffle: true,
    seed: 1,
  },
  seed: 1,
});

/** A data folder with the suite's dataset and one finished run to keep an eye on. */
async function prepare(
  dataDir: string,
  trainer: string,
): Promise<{ keeper: number; snapshot: (store: Store) => string }> {
  const lab = openServices({
    dataDir,
    launcher: forkLauncher(trainer),
    events: createEventHub(),
    appVersion: 'kill-suite',
  });
  const d = generate('spiral', { count: 400 });
  const dataset = lab.store.datasets.add({
    name: 'kill suite',
    source: 'builtin:spiral',
    task: 'classification',
    rowCount: d.m,
    split: { train: 0.8, validation: 0.2, test: 0 },
    columns: [
      { name: 'x1', type: 'numeric', role: 'input' },
      { name: 'x2', type: 'numeric', role: 'input' },
      { name: 'class', type: 'categorical', role: 'target', categories: ['0', '1'] },
    ],
    x: d.x as Float32Array,
    y: d.y as Float32Array,
    labels: d.labels,
  }).dataset;
  const keeper = lab.runs.start(request(dataset.id, 30));
  await lab.runs.waitFor(keeper);
  lab.close();
  const snapshot = (store: Store) =>
    JSON.stringify([
      store.experiments.get(keeper),
      Array.from(store.metrics.curves(keeper).loss),
      store.models.get(keeper),
    ]);
  return { keeper, snapshot };
}

/** The checks after a kill, on a store opened afresh or still open. */
function afterKill(store: Store, id: number, status: string): string | undefined {
  const record = store.experiments.get(id);
  const checkpoint = store.checkpoints.get(id);
  if (record?.status !== 'crashed')
    return `run ${id} is ${record?.status} (${status}), not crashed`;
  if (checkpoint && checkpoint.epoch > record.epochsDone) {
    return `run ${id}'s checkpoint (epoch ${checkpoint.epoch}) is past its stored epochs (${record.epochsDone})`;
  }
  return undefined;
}

/** Kills `rounds` trainers at random points under one living host. */
export async function killTrainers(rounds: number, seed: number): Promise<FamilyResult> {
  const tally = new Tally('trainer kills');
  const random = new SeededRandom(seed);
  const dataDir = mkdtempSync(join(tmpdir(), 'neuron-lab-kill-trainers-'));
  const trainer = bundledTrainer();
  const { snapshot } = await prepare(dataDir, trainer);
  const pids: number[] = [];
  const base = forkLauncher(trainer);
  const lab: Services = openServices({
    dataDir,
    launcher: () => {
      const channel = base();
      if (channel.pid) pids.push(channel.pid);
      return channel;
    },
    events: createEventHub(),
    appVersion: 'kill-suite',
    maxConcurrent: 1,
  });
  const before = snapshot(lab.store);
  const datasetId = lab.store.datasets.list().find((d) => d.name === 'kill suite')!.id;
  try {
    for (let i = 0; i < rounds; i++) {
      const id = lab.runs.start(request(datasetId, 1_000_000));
      await sleep(random.int(20, 400));
      const pid = pids.at(-1)!;
      process.kill(pid, 'SIGKILL');
      const record = await lab.runs.waitFor(id);
      const problem =
        afterKill(lab.store, id, record.status) ??
        ((await gone(pid, 3000)) ? undefined : `trainer ${pid} still alive`);
      tally.check(problem && `round ${i} (seed ${seed}): ${problem}`, {
        lost: problem?.includes('checkpoint'),
      });
    }
    const integrity = lab.store.db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') tally.fail(`integrity_check: ${String(integrity)}`, { lost: true });
    if (snapshot(lab.store) !== before) tally.fail('the finished run changed', { lost: true });
  } finally {
    lab.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
  return tally.result();
}

const ROOT = resolve(import.meta.dirname, '../..');

/** The kill suite's host, bundled for plain Node inside the repository, so that it finds
 * better-sqlite3 (a native module, not bundled) in node_modules. */
function bundledHost(): string {
  const out = join(ROOT, 'test-results', 'fuzz', 'kill-host.mjs');
  buildSync({
    entryPoints: [resolve(import.meta.dirname, 'kill-host.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: out,
    external: ['better-sqlite3'],
    define: { __APP_VERSION__: '"kill-suite"' },
    logLevel: 'silent',
  });
  return out;
}

/** Kills `rounds` hosts (the lab's process) at random points while their run trains. */
export async function killHosts(rounds: number, seed: number): Promise<FamilyResult> {
  const tally = new Tally('host kills');
  const random = new SeededRandom(seed);
  const dataDir = mkdtempSync(join(tmpdir(), 'neuron-lab-kill-hosts-'));
  const trainer = bundledTrainer();
  const host = bundledHost();
  const { snapshot } = await prepare(dataDir, trainer);
  const check = openServices({
    dataDir,
    launcher: forkLauncher(trainer),
    events: createEventHub(),
    appVersion: 'k',
  });
  const before = snapshot(check.store);
  check.close();
  try {
    for (let i = 0; i < rounds; i++) {
      const child = spawn(process.execPath, [host, dataDir, trainer], {
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let errors = '';
      child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
      const started = await new Promise<{ id: number; pid: number } | undefined>((done) => {
        const timer = setTimeout(() => done(undefined), 30_000);
        createInterface({ input: child.stdout }).on('line', (line) => {
          const m = /^run (\d+) trainer (\d+)$/.exec(line);
          if (m) {
            clearTimeout(timer);
            done({ id: Number(m[1]), pid: Number(m[2]) });
          }
        });
      });
      if (!started) {
        child.kill('SIGKILL');
        tally.fail(`round ${i}: the host did not start a run (${errors.trim().slice(0, 300)})`);
        continue;
      }
      await sleep(random.int(0, 600));
      child.kill('SIGKILL');
      await new Promise((r) => child.once('exit', r));
      let problem = (await gone(started.pid, 5000))
        ? undefined
        : `trainer ${started.pid} outlived its host`;
      // the next start marks the run crashed, with its checkpoint as saved
      const lab = openServices({
        dataDir,
        launcher: forkLauncher(trainer),
        events: createEventHub(),
        appVersion: 'k',
      });
      problem ??= afterKill(lab.store, started.id, 'after restart');
      const integrity = lab.store.db.pragma('integrity_check', { simple: true });
      if (!problem && integrity !== 'ok') problem = `integrity_check: ${String(integrity)}`;
      if (!problem && snapshot(lab.store) !== before) problem = 'the finished run changed';
      lab.close();
      tally.check(problem && `round ${i} (seed ${seed}): ${problem}`, {
        lost: !!problem && !problem.includes('outlived'),
      });
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
  return tally.result();
}
