// Soak: starts trainers and kills them at random points, many times (default 300; `-- N`),
// then checks that the database is intact, every killed run is marked crashed with a
// checkpoint no later than its stored epochs, and a run finished before is untouched.
//   npx tsx bench/soak-trainer-kills.ts [N]
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildSync } from 'esbuild';
import { generate } from '../src-engine/data/generators';
import { RunService } from '../src-main/lab/run-service';
import { openStore } from '../src-main/store';
import { Supervisor } from '../src-main/training/supervisor';
import { forkLauncher } from '../src-main/training/trainer-launcher';

const rounds = Number(process.argv[2] ?? 300);
const dir = mkdtempSync(join(tmpdir(), 'neuron-soak-'));
const trainer = join(dir, 'trainer.mjs');
buildSync({
  entryPoints: [resolve(import.meta.dirname, '../src-main/training/trainer-process.ts')],
  bundle: true,
  platform: 'node',
  format: 'esm',
  outfile: trainer,
  logLevel: 'silent',
});

const store = openStore({ dataDir: dir });
const pids: number[] = [];
const base = forkLauncher(trainer);
const supervisor = new Supervisor({
  launcher: () => {
    const channel = base();
    if (channel.pid) pids.push(channel.pid);
    return channel;
  },
  maxConcurrent: 1,
});
const runs = new RunService(store, supervisor, { emit: () => undefined }, 'soak');
const d = generate('spiral', { count: 400 });
const dataset = store.datasets.add({
  name: 'spiral',
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
const request = (epochs: number) => ({
  datasetId: dataset.id,
  spec: {
    inputs: 2,
    layers: [
      { units: 8, activation: 'tanh' as const },
      { units: 1, activation: 'sigmoid' as const },
    ],
  },
  training: {
    loss: 'binary_cross_entropy' as const,
    optimizer: { name: 'adam' as const },
    learningRate: 0.01,
    batchSize: 10,
    epochs,
    shuffle: true,
    seed: 1,
  },
  seed: 1,
});

const keeper = runs.start(request(50));
await runs.waitFor(keeper);
const snapshot = () =>
  JSON.stringify([
    store.experiments.get(keeper),
    Array.from(store.metrics.curves(keeper).loss),
    store.models.get(keeper),
  ]);
const before = snapshot();
const started = Date.now();
let problems = 0;
for (let i = 0; i < rounds; i++) {
  const id = runs.start(request(1_000_000));
  await new Promise((r) => setTimeout(r, 20 + Math.random() * 400));
  process.kill(pids.at(-1)!, 'SIGKILL');
  const record = await runs.waitFor(id);
  const checkpoint = store.checkpoints.get(id);
  if (record.status !== 'crashed' || (checkpoint && checkpoint.epoch > record.epochsDone)) {
    problems++;
    console.log(
      `round ${i}: status ${record.status}, checkpoint ${checkpoint?.epoch}, epochs ${record.epochsDone}`,
    );
  }
  if ((i + 1) % 50 === 0)
    console.log(`${i + 1}/${rounds} kills, ${((Date.now() - started) / 1000).toFixed(0)} s`);
}
const integrity = store.db.pragma('integrity_check', { simple: true });
const untouched = snapshot() === before;
console.log(
  `${rounds} trainers killed: integrity_check ${integrity}, other experiment ${untouched ? 'untouched' : 'CHANGED'}, ${problems} runs not marked crashed correctly`,
);
supervisor.shutdown();
store.close();
process.exitCode = integrity === 'ok' && untouched && problems === 0 ? 0 : 1;
