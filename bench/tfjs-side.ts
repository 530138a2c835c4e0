// TensorFlow.js's side of the benchmark, run in a child process per backend and workload (a
// backend is global state in tfjs, so a fresh process keeps each number clean).
//
//   tfjs-side.ts cpu|wasm FILE BUDGET_MS
//
// How tfjs is driven: the FASTEST of three honest approaches is used, picked per workload
// and backend by a short probe after warm-up (the report prints which one won):
//   minimize      tf.variables + a hand-written forward pass and tf.losses.* on the logits,
//                 trained with optimizer.minimize() inside tf.tidy — no Layers API overhead;
//                 usually the fastest for tiny networks (W1, W2).
//   trainOnBatch  a tf.sequential model, model.trainOnBatch() per batch.
//   fit           a tf.sequential model, model.fit() for one epoch over a chunk of up to 64
//                 batches (fewer on slow backends, so that one call fits the time budget),
//                 chunk after chunk
//                 (large per-batch overhead; competitive only for large batches).
// All three use tf.train.sgd with the workload's learning rate and the shared initial weights.
import type * as TF from '@tensorflow/tfjs';
import type { SideResult, WorkloadData } from './workloads';
import { measure, outputsOf, readWorkloadFile } from './workloads';
import { replyToParent } from './child-reply';

type Tf = typeof TF;
type Approach = 'minimize' | 'trainOnBatch' | 'fit';

async function loadTf(backend: string): Promise<Tf> {
  // tfjs prints a "Hi there 👋 … install tfjs-node" banner in Node; drop it.
  const warn = console.warn;
  const log = console.log;
  const quiet =
    (orig: (...args: unknown[]) => void) =>
    (...args: unknown[]) => {
      const text = args.map(String).join(' ');
      if (/Hi there|tfjs-node|speed things up/i.test(text)) return;
      orig(...args);
    };
  console.warn = quiet(warn);
  console.log = quiet(log);
  const tf = (await import('@tensorflow/tfjs')) as Tf;
  if (backend === 'wasm') {
    await import('@tensorflow/tfjs-backend-wasm');
    if (!(await tf.setBackend('wasm'))) throw new Error('tfjs: the wasm backend did not start');
  } else if (!(await tf.setBackend('cpu'))) throw new Error('tfjs: the cpu backend did not start');
  await tf.ready();
  return tf;
}

interface Batches {
  xs: TF.Tensor2D[];
  ys: TF.Tensor2D[];
  sizes: number[];
  /** the data in chunks of whole batches, for model.fit (see `makeChunks`) */
  chunks: { X: TF.Tensor2D; Y: TF.Tensor2D; n: number }[];
}

function makeBatches(tf: Tf, data: WorkloadData): Batches {
  const d = data.def;
  const out = outputsOf(d);
  const xs: TF.Tensor2D[] = [];
  const ys: TF.Tensor2D[] = [];
  const sizes: number[] = [];
  for (let s = 0; s < d.m; s += d.batchSize) {
    const n = Math.min(d.batchSize, d.m - s);
    xs.push(tf.tensor2d(data.x.subarray(s * d.inputs, (s + n) * d.inputs), [n, d.inputs]));
    ys.push(tf.tensor2d(data.y.subarray(s * out, (s + n) * out), [n, out]));
    sizes.push(n);
  }
  return { xs, ys, sizes, chunks: [] };
}

/** Splits the data into chunks of `batches` batches for model.fit. */
function makeChunks(tf: Tf, data: WorkloadData, B: Batches, batches: number): void {
  const d = data.def;
  const out = outputsOf(d);
  const rows = d.batchSize * batches;
  for (let s = 0; s < d.m; s += rows) {
    const n = Math.min(rows, d.m - s);
    B.chunks.push({
      X: tf.tensor2d(data.x.subarray(s * d.inputs, (s + n) * d.inputs), [n, d.inputs]),
      Y: tf.tensor2d(data.y.subarray(s * out, (s + n) * out), [n, out]),
      n,
    });
  }
}

/** tfjs dense kernels are [inputs, units]; the shared weights are [units, inputs]. */
function kernelOf(tf: Tf, w: Float32Array, units: number, inputs: number): TF.Tensor2D {
  return tf.tidy(() => tf.transpose(tf.tensor2d(w, [units, inputs])) as TF.Tensor2D);
}

/** A trainer: `step(i)` trains batch i and resolves to its size; `loss0` is the first batch's
 * loss from the initial weights. */
interface Driver {
  step(i: number): Promise<number> | number;
  loss0(): Promise<number>;
  dispose(): void;
}

function minimizeDriver(tf: Tf, data: WorkloadData, B: Batches): Driver {
  const d = data.def;
  const vars: TF.Variable[] = [];
  const layers = d.layers.map((layer, l) => {
    const inputs = l === 0 ? d.inputs : d.layers[l - 1].units;
    const W = tf.variable(kernelOf(tf, data.W[l], layer.units, inputs));
    const b = tf.variable(tf.tensor1d(data.b[l]));
    vars.push(W, b);
    return { W, b, activation: layer.activation };
  });
  const last = layers.length - 1;
  const lossOf = (x: TF.Tensor2D, y: TF.Tensor2D): TF.Scalar => {
    let a: TF.Tensor2D = x;
    for (let l = 0; l < last; l++) {
      const z = tf.add(tf.matMul(a, layers[l].W), layers[l].b) as TF.Tensor2D;
      const act = layers[l].activation;
      a = act === 'relu' ? tf.relu(z) : act === 'tanh' ? tf.tanh(z) : tf.sigmoid(z);
    }
    const logits = tf.add(tf.matMul(a, layers[last].W), layers[last].b) as TF.Tensor2D;
    return d.loss === 'cross_entropy'
      ? tf.losses.softmaxCrossEntropy(y, logits)
      : tf.losses.sigmoidCrossEntropy(y, logits);
  };
  const opt = tf.train.sgd(d.learningRate);
  return {
    step(i) {
      tf.tidy(() => {
        opt.minimize(() => lossOf(B.xs[i], B.ys[i]), false, vars);
      });
      return B.sizes[i];
    },
    async loss0() {
      const t = tf.tidy(() => lossOf(B.xs[0], B.ys[0]));
      const v = (await t.data())[0];
      t.dispose();
      return v;
    },
    dispose() {
      vars.forEach((v) => v.dispose());
      opt.dispose();
    },
  };
}

function sequentialModel(tf: Tf, data: WorkloadData): TF.Sequential {
  const d = data.def;
  const model = tf.sequential();
  d.layers.forEach((layer, l) => {
    model.add(
      tf.layers.dense({
        units: layer.units,
        activation: layer.activation,
        inputShape: l === 0 ? [d.inputs] : undefined,
      }),
    );
  });
  model.setWeights(
    d.layers.flatMap((layer, l) => {
      const inputs = l === 0 ? d.inputs : d.layers[l - 1].units;
      return [kernelOf(tf, data.W[l], layer.units, inputs), tf.tensor1d(data.b[l])];
    }),
  );
  model.compile({
    optimizer: tf.train.sgd(d.learningRate),
    loss: d.loss === 'cross_entropy' ? 'categoricalCrossentropy' : 'binaryCrossentropy',
  });
  return model;
}

function layersDriver(tf: Tf, data: WorkloadData, B: Batches, approach: Approach): Driver {
  const model = sequentialModel(tf, data);
  const d = data.def;
  return {
    async step(i) {
      if (approach === 'trainOnBatch') {
        await model.trainOnBatch(B.xs[i], B.ys[i]);
        return B.sizes[i];
      }
      // fit: one epoch over chunk i (runFor cycles i through the chunks)
      const c = B.chunks[i];
      await model.fit(c.X, c.Y, { batchSize: d.batchSize, epochs: 1, shuffle: false, verbose: 0 });
      return c.n;
    },
    async loss0() {
      const t = tf.tidy(() => model.evaluate(B.xs[0], B.ys[0]) as TF.Scalar);
      const v = (await t.data())[0];
      t.dispose();
      return v;
    },
    dispose() {
      model.dispose();
    },
  };
}

function driverFor(tf: Tf, data: WorkloadData, B: Batches, approach: Approach): Driver {
  return approach === 'minimize'
    ? minimizeDriver(tf, data, B)
    : layersDriver(tf, data, B, approach);
}

/** Runs `driver` for `ms`, cycling through the batches (or fit's chunks) in order. */
function runFor(driver: Driver, approach: Approach, B: Batches, ms: number) {
  const units = approach === 'fit' ? B.chunks.length : B.xs.length;
  let i = 0;
  return measure(async () => {
    const n = await driver.step(i);
    i = (i + 1) % units;
    return n;
  }, ms);
}

async function main(): Promise<SideResult> {
  const [backend, file, budgetArg] = process.argv.slice(2);
  const budgetMs = Number(budgetArg);
  const tf = await loadTf(backend);
  const data = readWorkloadFile(file);
  const d = data.def;
  const B = makeBatches(tf, data);
  // tfjs needs seconds to warm up (its JavaScript is JIT-compiled and its wasm tiered up as it
  // runs: the first second of W2 on wasm runs at a third of the speed of the third second).
  // So every approach is first warmed up by time (the first one longest, the rest share most
  // of its code), and only then is each measured for half the budget; the fastest is reported.
  const approaches: Approach[] = ['minimize', 'trainOnBatch', 'fit'];
  const warmMs = Math.min(1000, budgetMs / 2);
  const eachMs = budgetMs / 2;
  const drivers = new Map<Approach, Driver>();
  let firstLoss: number | undefined;
  let speed = 0;
  for (const approach of approaches) {
    if (approach === 'fit') {
      // one fit() call per chunk: up to 64 batches, but no more than a quarter of the
      // measuring time at the speed seen so far (tfjs-cpu needs seconds per batch on W4)
      const batchesIn = (speed * eachMs) / 4000 / d.batchSize;
      makeChunks(tf, data, B, Math.max(1, Math.min(64, B.xs.length, Math.floor(batchesIn))));
    }
    const driver = driverFor(tf, data, B, approach);
    drivers.set(approach, driver);
    if (firstLoss === undefined) firstLoss = await driver.loss0();
    const w = await runFor(driver, approach, B, drivers.size === 1 ? 2 * warmMs : warmMs);
    speed = Math.max(speed, w.samplesPerSec);
  }
  let best: (Awaited<ReturnType<typeof runFor>> & { approach: Approach }) | null = null;
  const probes: string[] = [];
  let leaked = 0;
  for (const approach of approaches) {
    const driver = drivers.get(approach)!;
    const before = tf.memory().numTensors;
    const r = await runFor(driver, approach, B, eachMs);
    leaked += tf.memory().numTensors - before;
    probes.push(`${approach} ${r.samplesPerSec.toFixed(0)}/s`);
    if (!best || r.samplesPerSec > best.samplesPerSec) best = { ...r, approach };
  }
  drivers.forEach((driver) => driver.dispose());
  const flags =
    backend === 'wasm'
      ? `; simd=${String(await tf.env().getAsync('WASM_HAS_SIMD_SUPPORT'))}` +
        ` threads=${String(await tf.env().getAsync('WASM_HAS_MULTITHREAD_SUPPORT'))}`
      : '';
  return {
    side: `tfjs-${backend}`,
    workload: d.id,
    ...best!,
    firstLoss,
    notes: `${probes.join(', ')}${flags}${leaked ? `; LEAK ${leaked} tensors` : ''}`,
  };
}

replyToParent(main);
