// The live-view benchmark: TensorFlow Playground's setup trained through the lab's pipeline
// (trainer process, training thread, supervisor) while watched at 30 pictures a second, beside
// the engine alone on the same data; the bytes of a snapshot as sent, beside the JSON of floats
// it replaced; and pauses asked of the running trainer. Run in its own process by bench/run.ts.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generate } from '../src-engine/data/generators';
import { Network } from '../src-engine/network/network';
import { Trainer } from '../src-engine/train/trainer';
import type { TrainConfig, TrainingData } from '../src-engine/train/config';
import { decodeSurface } from '../src-main/contract/snapshot-codec';
import { encodeMessage } from '../src-main/contract/wire-codec';
import type { RunRequest, Snapshot } from '../src-main/training/protocol';
import { Supervisor } from '../src-main/training/supervisor';
import { forkLauncher } from '../src-main/training/trainer-launcher';
import type { LiveViewBenchResult } from './live-view-report';
import { bundledTrainer } from '../scripts/lib/trainer-bundle.mjs';

const SPEC = {
  inputs: 2,
  layers: [
    { units: 8, activation: 'tanh' as const },
    { units: 8, activation: 'tanh' as const },
    { units: 8, activation: 'tanh' as const },
    { units: 1, activation: 'sigmoid' as const },
  ],
};
const CONFIG: TrainConfig = {
  loss: 'binary_cross_entropy',
  optimizer: { name: 'sgd', momentum: 0 },
  learningRate: 0.03,
  batchSize: 10,
  epochs: 1_000_000,
  shuffle: true,
  seed: 1,
};
const WATCH_MS = 5000;

/** Half of 500 spiral points, as Playground trains on. */
function playgroundData(): TrainingData {
  const d = generate('spiral', { count: 500, noise: 0 });
  return { x: d.x.slice(0, 500), y: d.y.slice(0, 250), m: 250, task: 'classification' };
}

function engineAlone(data: TrainingData): number {
  const trainer = new Trainer(new Network(SPEC, { seed: 1 }), data, CONFIG);
  const until = performance.now() + 3000;
  const start = performance.now();
  let epochs = 0;
  while (performance.now() < until) if (trainer.step().epoch) epochs++;
  return epochs / ((performance.now() - start) / 1000);
}

/** The same pictures as the format before: JSON with every map as base64 float32. */
function jsonSnapshotBytes(snapshot: Snapshot): number {
  const plain = decodeSurface(snapshot.surface!);
  const b64 = (a: Float32Array) => ({ $f32: Buffer.from(a.buffer).toString('base64') });
  // The grid each hidden map had then: the output's.
  const cells = plain.n * plain.n;
  const hidden = (plain.hidden ?? []).map((layer) => layer.map(() => b64(new Float32Array(cells))));
  return JSON.stringify({
    event: 'runs:snapshot',
    payload: {
      experimentId: 1,
      snapshot: { ...snapshot, surface: { ...plain, output: b64(plain.output), hidden } },
    },
  }).length;
}

async function main(): Promise<void> {
  const data = playgroundData();
  const engineEpochsPerSecond = engineAlone(data);
  const dir = mkdtempSync(join(tmpdir(), 'neuron-bench-live-'));
  const supervisor = new Supervisor({ launcher: forkLauncher(bundledTrainer(dir)) });
  try {
    let epochs = 0;
    let surfaces = 0;
    let lastSnapshot: Snapshot | null = null;
    let watching = false;
    const pauses: { sent: number; ms?: number; after?: number }[] = [];
    let onPaused: (() => void) | null = null;
    const request: RunRequest = {
      runId: 'live',
      spec: SPEC,
      dtype: 'float32',
      initSeed: 1,
      config: CONFIG,
      train: data,
      inputFeatures: { derived: [] },
    };
    const ended = new Promise<void>((done) =>
      supervisor.start(request, {
        onProgress: (e) => {
          if (watching) epochs += e.length;
        },
        onSnapshot: (s) => {
          if (watching && s.surface) surfaces++;
          lastSnapshot = s;
        },
        onStatus: (status, detail) => {
          const open = pauses.at(-1);
          if (status === 'paused' && open && open.ms === undefined) {
            open.ms = performance.now() - open.sent;
            open.after = detail?.batchesAfterRequest;
            onPaused?.();
          }
        },
        onDone: () => done(),
        onFailed: (_k, reason) => {
          console.error(reason);
          done();
        },
      }),
    );
    const control = (type: 'pause' | 'resume' | 'stop') =>
      supervisor.control('live', { type: 'command', command: { type } });
    supervisor.control('live', {
      type: 'watch',
      watch: {
        perSecond: 30,
        surface: { box: { xMin: -6, xMax: 6, yMin: -6, yMax: 6 }, n: 100, withHidden: true },
      },
    });
    await new Promise((r) => setTimeout(r, 1500)); // start-up and warm-up
    watching = true;
    const start = performance.now();
    await new Promise((r) => setTimeout(r, WATCH_MS));
    const seconds = (performance.now() - start) / 1000;
    watching = false;
    for (let i = 0; i < 20; i++) {
      const paused = new Promise<void>((r) => (onPaused = r));
      pauses.push({ sent: performance.now() });
      control('pause');
      await paused;
      control('resume');
      await new Promise((r) => setTimeout(r, 50));
    }
    control('stop');
    await ended;
    const times = pauses.map((p) => p.ms ?? Infinity).sort((a, b) => a - b);
    const snapshot = lastSnapshot as Snapshot | null;
    const result: LiveViewBenchResult = {
      engineEpochsPerSecond,
      liveEpochsPerSecond: epochs / seconds,
      surfacesPerSecond: surfaces / seconds,
      snapshotBytes: snapshot
        ? encodeMessage({ event: 'runs:snapshot', payload: { experimentId: 1, snapshot } }).length
        : 0,
      jsonSnapshotBytes: snapshot ? jsonSnapshotBytes(snapshot) : 0,
      pauseP95Ms: times[Math.ceil(0.95 * times.length) - 1],
      pauseMaxBatchesAfter: Math.max(...pauses.map((p) => p.after ?? Infinity)),
    };
    if (process.send) process.send(result);
    else console.log(JSON.stringify(result));
  } finally {
    supervisor.shutdown();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
