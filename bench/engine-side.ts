// The engine's side of the benchmark, run in a child process (forked by run.ts) so that each
// measurement starts from a clean heap and JIT state, and so that its memory is its own.
//
//   engine-side.ts train   FILE BUDGET_MS   samples/s of `fit` on one workload
//   engine-side.ts memory  FILE             peak RSS / heap while training W3 for one epoch
//   engine-side.ts surface                  median time of a 100 × 100 decision surface
import { Network } from '../src-engine/network/network';
import { DecisionSurface } from '../src-engine/surface/decision-surface';
import { useSecondThread } from '../src-engine/kernels/wasm-kernels';
import { fit } from '../src-engine/train/fit';
import { startKernelHelper, wantsKernelHelper } from '../src-main/training/kernel-helper';
import { Trainer } from '../src-engine/train/trainer';
import type { TrainConfig, TrainingData } from '../src-engine/train/config';
import type { SideResult, WorkloadData } from './workloads';
import { measure, readWorkloadFile, specOf } from './workloads';
import { replyToParent } from './child-reply';

function buildNetwork(data: WorkloadData): Network {
  const net = new Network(specOf(data.def), { dtype: 'float32', seed: data.def.seed });
  net.layers.forEach((layer, l) => {
    layer.w.set(data.W[l]);
    layer.b.set(data.b[l]);
  });
  return net;
}

function configOf(data: WorkloadData, epochs: number): TrainConfig {
  const d = data.def;
  return {
    loss: d.loss,
    optimizer: { name: 'sgd' },
    learningRate: d.learningRate,
    batchSize: d.batchSize,
    epochs,
    shuffle: false,
    seed: 1,
  };
}

function trainingData(data: WorkloadData, rows = data.def.m): TrainingData {
  const outputs = data.def.layers[data.def.layers.length - 1].units;
  return {
    x: data.x.subarray(0, rows * data.def.inputs),
    y: data.y.subarray(0, rows * outputs),
    m: rows,
    task: 'classification',
  };
}

/** The second kernel thread, where a trainer would start one for this workload (kernel-helper.ts):
 * `fit` then runs as it does in the app. Returns how the products run, for the report. */
function helpAsTheTrainerDoes(data: WorkloadData): string {
  const d = data.def;
  const run = { spec: specOf(d), dtype: 'float32' as const, config: { batchSize: d.batchSize } };
  if (!wantsKernelHelper(run)) return 'fit()';
  const helper = startKernelHelper({
    source: new URL('../src-main/training/trainer-worker.ts', import.meta.url),
    loader: import.meta.resolve('tsx/esm/api'),
  });
  if (!helper) return 'fit(), 1 core';
  useSecondThread(helper.memory);
  return 'fit(), 2 threads';
}

async function train(file: string, budgetMs: number): Promise<SideResult> {
  const data = readWorkloadFile(file);
  const d = data.def;
  // NEURON_LAB_THREADS=1 measures one thread, as it keeps the app's runs on one
  const approach =
    process.env.NEURON_LAB_THREADS === '1' ? 'fit(), 1 thread' : helpAsTheTrainerDoes(data);
  const net = buildNetwork(data);
  const all = trainingData(data);
  // The first batch's loss, through a Trainer of its own: passing an onBatch callback to
  // fit() even once makes every later fit() in the process slower (W2 ~2×: V8 can no longer
  // drop the per-step report objects), and the measurement calls fit() without callbacks.
  const firstLoss = new Trainer(net, trainingData(data, d.batchSize), configOf(data, 1)).step()
    .batch.loss;
  // warm-up: about a second's worth on (a prefix of) the data, so the JIT has settled
  const warmRows = Math.min(d.m, Math.max(d.batchSize, 1024));
  const warm = trainingData(data, warmRows);
  const warmStart = performance.now();
  while (performance.now() - warmStart < Math.min(1000, budgetMs / 2)) {
    fit(net, warm, configOf(data, Math.max(1, Math.round((d.epochsPerRun * d.m) / warmRows / 4))));
  }
  const config = configOf(data, d.epochsPerRun);
  const r = await measure(() => {
    fit(net, all, config);
    return d.m * d.epochsPerRun;
  }, budgetMs);
  return { side: 'engine', workload: d.id, ...r, firstLoss, approach };
}

function memory(file: string) {
  const rssBase = process.memoryUsage().rss;
  const data = readWorkloadFile(file);
  globalThis.gc?.();
  const afterData = process.memoryUsage();
  const net = buildNetwork(data);
  let peakHeap = 0;
  let peakRss = 0;
  const sample = () => {
    const m = process.memoryUsage();
    peakHeap = Math.max(peakHeap, m.heapUsed);
    peakRss = Math.max(peakRss, m.rss);
  };
  let n = 0;
  const onBatch = () => {
    if (++n % 20 === 0) sample();
  };
  const all = trainingData(data);
  fit(net, all, { ...configOf(data, 1), batchSize: 32 }, { onBatch });
  fit(net, all, { ...configOf(data, 1), batchSize: 128 }, { onBatch });
  sample();
  const MB = 1 / (1024 * 1024);
  return {
    workload: data.def.id,
    // kernel-tracked peak resident set of this process (includes Node + tsx and the data)
    peakRssMB: process.resourceUsage().maxRSS * 1024 * MB,
    sampledPeakRssMB: peakRss * MB,
    peakHeapUsedMB: peakHeap * MB,
    rssAtStartMB: rssBase * MB,
    rssAfterDataMB: afterData.rss * MB,
    heapAfterDataMB: afterData.heapUsed * MB,
    arrayBuffersAfterDataMB: afterData.arrayBuffers * MB,
    dataMB: (data.x.byteLength + data.y.byteLength) * MB,
  };
}

function surface() {
  const net = new Network(
    {
      inputs: 2,
      layers: [
        { units: 8, activation: 'tanh' },
        { units: 8, activation: 'tanh' },
        { units: 1, activation: 'sigmoid' },
      ],
    },
    { dtype: 'float32', seed: 1 },
  );
  const ds = new DecisionSurface(net);
  const box = { xMin: -6, xMax: 6, yMin: -6, yMax: 6 };
  for (let i = 0; i < 50; i++) ds.evaluate(box, 100, { withHidden: true });
  const times: number[] = [];
  for (let i = 0; i < 500; i++) {
    const s = performance.now();
    ds.evaluate(box, 100, { withHidden: true });
    times.push(performance.now() - s);
  }
  times.sort((p, q) => p - q);
  return {
    medianMs: times[times.length >> 1],
    p90Ms: times[Math.floor(times.length * 0.9)],
    minMs: times[0],
    runs: times.length,
  };
}

async function main(): Promise<unknown> {
  const [mode, a1, a2] = process.argv.slice(2);
  switch (mode) {
    case 'train':
      return train(a1, Number(a2));
    case 'memory':
      return memory(a1);
    case 'surface':
      return surface();
    default:
      throw new Error(`engine-side: unknown mode ${mode}`);
  }
}

replyToParent(main);
