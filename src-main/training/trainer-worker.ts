// The training thread of a trainer process: trains one run with the engine, hearing commands
// between every two batches (worker-control.ts) and reporting through its parent thread, which
// stays free to relay commands, draw snapshots and send heartbeats.
import { problemOf } from '../../src-engine/core/engine-error';
import { parentPort, workerData } from 'node:worker_threads';
import { parseKernelPolicy, setKernelPolicy } from '../../src-engine/kernels/kernel-choice';
import { kernelPlan } from '../../src-engine/kernels/kernel-plan';
import { serveProducts } from '../../src-engine/kernels/second-thread';
import { useSecondThread } from '../../src-engine/kernels/wasm-kernels';
import { Network } from '../../src-engine/network/network';
import { toModelFile } from '../../src-engine/serialize/model-format';
import type { RunPosition } from '../../src-engine/train/run-commands';
import { RunLoop } from '../../src-engine/train/run-loop';
import { Trainer } from '../../src-engine/train/trainer';
import type { PartOutputs, RunRequest } from './protocol';
import { predictRows } from './predict-rows';
import { isKernelHelperStart } from './kernel-helper';
import { ProgressBatcher } from './progress-batcher';
import { ControlReceiver } from './worker-control';
import type { FromWorker, WorkerStart } from './worker-protocol';

function post(message: FromWorker): void {
  if (message.type === 'weights') {
    parentPort!.postMessage(
      message,
      message.params.map((p) => p.buffer as ArrayBuffer),
    );
  } else parentPort!.postMessage(message);
}

/** Trains the run to its end; every outcome, a thrown error included, becomes a message. */
function train({ run, words, commands, kernelMemory }: WorkerStart): void {
  applyKernelPolicy(process.env.NEURON_LAB_KERNELS);
  if (kernelMemory) useSecondThread(kernelMemory);
  const network = new Network(run.spec, { dtype: run.dtype, seed: run.initSeed });
  const kernels = kernelPlan(network.layers, run.config.batchSize, run.dtype);
  // before the trainer exists: early stopping keeps a copy of the weights it starts from
  if (run.initialWeights) network.setWeights(run.initialWeights);
  // Every epoch's report is sent on and stored by the app: the trainer keeps none, so that its
  // checkpoints stay small however long the run.
  const trainer = new Trainer(network, run.train, run.config, run.validation, {
    keepHistory: false,
  });
  if (run.checkpoint) trainer.restore(run.checkpoint);
  const control = new ControlReceiver(words, commands);
  const progress = new ProgressBatcher((epochs, batch, at) => {
    control.progressSent();
    post({ type: 'progress', epochs, batch, at });
  });
  const every = Math.max(1, run.checkpointEvery ?? 10);
  const minMillis = run.checkpointMinMillis ?? 1000;
  let lastCheckpoint = -Infinity;
  const sendWeights = (at: RunPosition) =>
    post({ type: 'weights', at, params: network.snapshotParams() });
  const checkpoint = () => {
    // Metrics first: whoever stores both then never holds a checkpoint ahead of its epochs.
    progress.flush();
    post({ type: 'checkpoint', epoch: trainer.epochsDone, checkpoint: trainer.checkpoint() });
    lastCheckpoint = performance.now();
  };
  const loop = new RunLoop(
    trainer,
    control,
    {
      onBatch: (report) => {
        progress.addBatch(report);
        if (control.batchDone()) sendWeights(trainer.position);
      },
      onEpoch: (report) => {
        progress.addEpoch(report);
        if (report.epoch % every === 0 && performance.now() - lastCheckpoint >= minMillis) {
          checkpoint();
        }
      },
      onState: (state, at) => {
        progress.flush();
        const batches = control.batches();
        post({ type: 'state', state, at, settings: loop.settings, batches, kernels });
        // a paused run's picture must be its paused weights; and a run left paused (the app
        // closed, say) resumes from where it stopped
        if (state === 'paused') {
          sendWeights(at);
          if (at.step > 0) checkpoint();
        }
      },
      onStepped: (at) => {
        progress.flush();
        post({ type: 'stepped', at });
        sendWeights(at);
      },
      onSettings: (settings) => post({ type: 'settings', settings }),
      onRefused: (refusal) => post({ type: 'refused', reason: refusal.problem.message, refusal }),
    },
    { startPaused: run.startPaused, epochsPerSecond: run.epochsPerSecond ?? null },
  );
  const result = loop.run();
  progress.flush();
  checkpoint();
  sendWeights(trainer.position);
  post({
    type: 'done',
    status: result.status,
    reason: result.reason,
    ending: result.ending,
    epochs: result.epochs,
    steps: result.steps,
    bestEpoch: result.bestEpoch,
    model: toModelFile(network, { ...run.modelExtras, training: run.config }),
    predictions: judgeParts(network, run),
  });
}

/** NEURON_LAB_KERNELS=javascript|wasm|auto chooses the float32 kernels (benchmarks compare
 * them; a user can rule WebAssembly out); another word is refused rather than ignored. */
function applyKernelPolicy(text: string | undefined): void {
  if (text === undefined || text === '') return;
  const policy = parseKernelPolicy(text);
  if (!policy)
    throw new Error(`NEURON_LAB_KERNELS must be auto, javascript or wasm (it is "${text}")`);
  setKernelPolicy(policy);
}

/** The final model's outputs on every part, computed here where the model is. */
function judgeParts(network: Network, run: RunRequest): PartOutputs {
  const out: PartOutputs = {};
  const parts = [
    ['train', run.train],
    ['validation', run.validation],
    ['test', run.test],
  ] as const;
  for (const [part, rows] of parts) if (rows && rows.m > 0) out[part] = predictRows(network, rows);
  return out;
}

// The same entry serves as the second thread of the large products (kernel-helper.ts).
if (isKernelHelperStart(workerData)) serveProducts(workerData.memory);
else {
  try {
    train(workerData as WorkerStart);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const ending = problemOf(error);
    post({ type: 'failed', reason, ...(ending && { ending }) });
  }
}
