// The digits benchmark: the Train view's first setup for the handwritten digits (784-128-10,
// ReLU and softmax, Adam at the default rate, batch 32) trained through the lab's pipeline
// while watched, once on the JavaScript kernels (NEURON_LAB_KERNELS=javascript, what the app
// ran before the WebAssembly kernels) and once as the app runs it. Run by bench/run.ts.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultResourcesDir } from '../src-main/builtin-data/resources';
import { loadMnist } from '../src-main/builtin-data/mnist';
import type { RunRequest } from '../src-main/training/protocol';
import { Supervisor } from '../src-main/training/supervisor';
import { forkLauncher } from '../src-main/training/trainer-launcher';
import type { DigitsBenchResult, DigitsSide } from './digits-report';
import { bundledTrainer } from '../scripts/lib/trainer-bundle.mjs';

const ROWS = 4000;
const BATCH = 32;
const WARM_MS = 2000;
const MEASURE_MS = 6000;

function request(runId: string): RunRequest {
  const data = loadMnist(defaultResourcesDir(), ROWS, 'float32');
  return {
    runId,
    spec: {
      inputs: 784,
      layers: [
        { units: 128, activation: 'relu' },
        { units: 10, activation: 'softmax' },
      ],
    },
    dtype: 'float32',
    initSeed: 1,
    config: {
      loss: 'cross_entropy',
      optimizer: { name: 'adam' },
      learningRate: 0.01,
      batchSize: BATCH,
      epochs: 1_000_000,
      shuffle: true,
      seed: 1,
    },
    train: { x: data.x, y: data.y, m: ROWS, task: 'classification' },
    inputFeatures: { derived: [] },
  };
}

async function side(trainer: string, kernels: 'javascript' | 'auto'): Promise<DigitsSide> {
  process.env.NEURON_LAB_KERNELS = kernels;
  const supervisor = new Supervisor({ launcher: forkLauncher(trainer) });
  try {
    let step = 0;
    let plan = 'not reported';
    const run = request(kernels);
    const ended = new Promise<void>((done) =>
      supervisor.start(run, {
        onProgress: (_epochs, batch) => {
          if (batch) step = batch.step;
        },
        onStatus: (_status, detail) => {
          if (detail?.kernels) plan = detail.kernels.layers.join(', ');
        },
        onDone: () => done(),
        onFailed: (_kind, reason) => {
          console.error(reason);
          done();
        },
      }),
    );
    // Watched as the Train view watches a run without a 2-D surface: the weights, 30 a second.
    supervisor.control(run.runId, { type: 'watch', watch: { perSecond: 30 } });
    await new Promise((r) => setTimeout(r, WARM_MS));
    // Updates counted from the trainer's own step numbers: exact, whatever an epoch's length.
    const [firstStep, start] = [step, performance.now()];
    await new Promise((r) => setTimeout(r, MEASURE_MS));
    const samples = (step - firstStep) * BATCH;
    const seconds = (performance.now() - start) / 1000;
    supervisor.control(run.runId, { type: 'command', command: { type: 'stop' } });
    await ended;
    return { samplesPerSecond: samples / seconds, kernels: plan };
  } finally {
    supervisor.shutdown();
  }
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'neuron-bench-digits-'));
  try {
    const trainer = bundledTrainer(dir);
    const result: DigitsBenchResult = {
      setup: `Digits 784-128-10 (ReLU, softmax), Adam 0.01, batch 32, ${ROWS} images`,
      javascript: await side(trainer, 'javascript'),
      auto: await side(trainer, 'auto'),
    };
    if (process.send) process.send(result);
    else console.log(JSON.stringify(result));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
