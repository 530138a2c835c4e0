// Workload definitions and their data, shared by every side of the benchmark.
//
// The parent process generates each workload's data and initial weights once (seeded) and
// writes them to one binary file; the engine, tfjs and PyTorch children all read that file, so
// every side trains the same network from the same weights on the same numbers.
//
// File format (little-endian): u32 header length H, H bytes of JSON header (padded with spaces
// to a multiple of 4), then float32 arrays in this order: x [m, inputs], y [m, outputs], and for
// each layer W [units, inputs of the layer] (row j = weights into unit j) then b [units].
import { closeSync, openSync, readSync, writeFileSync } from 'node:fs';
import { Network } from '../src-engine/network/network';
import type { NetworkSpec } from '../src-engine/network/spec';
import { Rng } from '../src-engine/random/rng';

export type Act = 'tanh' | 'sigmoid' | 'relu' | 'softmax';
export type LossKind = 'binary_cross_entropy' | 'cross_entropy';

export interface WorkloadDef {
  /** unique id, also the --only filter key (matched by prefix: "W3" selects W3-b32 and W3-b128) */
  id: string;
  title: string;
  inputs: number;
  layers: { units: number; activation: Act }[];
  init: 'xavier' | 'he';
  loss: LossKind;
  learningRate: number;
  batchSize: number;
  /** training samples */
  m: number;
  /** epochs of one engine `fit` call (the unit repeated until the time budget is spent) */
  epochsPerRun: number;
  /** fresh engine processes to take the median of (small workloads are noisy run to run) */
  repeats: number;
  /** the engine's target, as a ratio to tfjs-wasm */
  target: number;
  /** the engine's target as a ratio to PyTorch on one thread, where there is one */
  torchTarget?: number;
  /** which data set (W3's two batch sizes share one) */
  data: 'spiral' | 'xor' | 'random784' | 'random784small';
  seed: number;
}

// W1 and W2 use a sigmoid output with binary cross-entropy on every side (the engine fuses the
// two; tfjs uses sigmoidCrossEntropy on the logits; PyTorch BCEWithLogitsLoss) — plain SGD.
export const WORKLOADS: WorkloadDef[] = [
  {
    id: 'W1',
    title: '2-8-8-1 tanh/tanh/sigmoid, BCE, spiral 500, batch 10',
    inputs: 2,
    layers: [
      { units: 8, activation: 'tanh' },
      { units: 8, activation: 'tanh' },
      { units: 1, activation: 'sigmoid' },
    ],
    init: 'xavier',
    loss: 'binary_cross_entropy',
    learningRate: 0.1,
    batchSize: 10,
    m: 500,
    epochsPerRun: 20,
    repeats: 3,
    target: 80,
    data: 'spiral',
    seed: 11,
  },
  {
    id: 'W2',
    title: '2-2-1 sigmoid, BCE, XOR 4 samples, full batch, 10,000 epochs',
    inputs: 2,
    layers: [
      { units: 2, activation: 'sigmoid' },
      { units: 1, activation: 'sigmoid' },
    ],
    init: 'xavier',
    loss: 'binary_cross_entropy',
    learningRate: 0.5,
    batchSize: 4,
    m: 4,
    epochsPerRun: 10000,
    repeats: 3,
    target: 300,
    data: 'xor',
    seed: 12,
  },
  {
    id: 'W3-b32',
    title: '784-128-10 relu/softmax, CE, 10,000 random samples, batch 32',
    inputs: 784,
    layers: [
      { units: 128, activation: 'relu' },
      { units: 10, activation: 'softmax' },
    ],
    init: 'he',
    loss: 'cross_entropy',
    learningRate: 0.01,
    batchSize: 32,
    m: 10000,
    epochsPerRun: 1,
    repeats: 1,
    target: 1.0,
    torchTarget: 0.5,
    data: 'random784',
    seed: 13,
  },
  {
    id: 'W3-b128',
    title: '784-128-10 relu/softmax, CE, 10,000 random samples, batch 128',
    inputs: 784,
    layers: [
      { units: 128, activation: 'relu' },
      { units: 10, activation: 'softmax' },
    ],
    init: 'he',
    loss: 'cross_entropy',
    learningRate: 0.01,
    batchSize: 128,
    m: 10000,
    epochsPerRun: 1,
    repeats: 1,
    target: 1.0,
    torchTarget: 0.5,
    data: 'random784',
    seed: 13,
  },
  {
    id: 'W4',
    title: '784-512-512-10 relu/relu/softmax, CE, 4,096 random samples, batch 128',
    inputs: 784,
    layers: [
      { units: 512, activation: 'relu' },
      { units: 512, activation: 'relu' },
      { units: 10, activation: 'softmax' },
    ],
    init: 'he',
    loss: 'cross_entropy',
    learningRate: 0.01,
    batchSize: 128,
    m: 4096,
    epochsPerRun: 1,
    repeats: 1,
    target: 1.5,
    torchTarget: 0.5,
    data: 'random784small',
    seed: 14,
  },
];

export function outputsOf(def: WorkloadDef): number {
  return def.layers[def.layers.length - 1].units;
}

export function specOf(def: WorkloadDef): NetworkSpec {
  return {
    inputs: def.inputs,
    layers: def.layers.map((l) => ({ ...l })),
    init: { kind: def.init },
  };
}

/** Selects workloads by the --only filter (comma-separated prefixes, case-insensitive). */
export function selectWorkloads(only: string[] | null, emptyMeansNone = false): WorkloadDef[] {
  if (!only || only.length === 0) return emptyMeansNone ? [] : WORKLOADS;
  const keys = only.map((s) => s.toLowerCase());
  return WORKLOADS.filter((w) => keys.some((k) => w.id.toLowerCase().startsWith(k)));
}

export interface WorkloadData {
  def: WorkloadDef;
  x: Float32Array;
  y: Float32Array;
  /** initial weights per layer, engine layout: W [units, inputs], b [units] */
  W: Float32Array[];
  b: Float32Array[];
}

/** Two interleaved spirals (as in TensorFlow Playground), labels 0/1, small seeded noise. */
function spiral(m: number, rng: Rng): { x: Float32Array; y: Float32Array } {
  const x = new Float32Array(m * 2);
  const y = new Float32Array(m);
  const perClass = Math.ceil(m / 2);
  for (let i = 0; i < m; i++) {
    const label = i % 2;
    const f = Math.floor(i / 2) / perClass;
    const r = 5 * f;
    const t = 2 * Math.PI * 1.75 * f + label * Math.PI;
    x[2 * i] = r * Math.sin(t) + rng.uniform(-0.2, 0.2);
    x[2 * i + 1] = r * Math.cos(t) + rng.uniform(-0.2, 0.2);
    y[i] = label;
  }
  return { x, y };
}

function xor(): { x: Float32Array; y: Float32Array } {
  return { x: Float32Array.of(0, 0, 0, 1, 1, 0, 1, 1), y: Float32Array.of(0, 1, 1, 0) };
}

/** Inputs uniform in [0, 1), random one-hot labels. */
function randomClassification(m: number, inputs: number, classes: number, rng: Rng) {
  const x = new Float32Array(m * inputs);
  for (let i = 0; i < x.length; i++) x[i] = rng.next();
  const y = new Float32Array(m * classes);
  for (let r = 0; r < m; r++) y[r * classes + rng.int(classes)] = 1;
  return { x, y };
}

/** Generates a workload's data and initial weights (deterministic for its seed). */
export function generate(def: WorkloadDef): WorkloadData {
  const rng = new Rng(def.seed);
  const outputs = outputsOf(def);
  const { x, y } =
    def.data === 'spiral'
      ? spiral(def.m, rng)
      : def.data === 'xor'
        ? xor()
        : randomClassification(def.m, def.inputs, outputs, rng);
  const net = new Network(specOf(def), { dtype: 'float32', seed: def.seed });
  return {
    def,
    x,
    y,
    W: net.layers.map((l) => Float32Array.from(l.w)),
    b: net.layers.map((l) => Float32Array.from(l.b)),
  };
}

export function writeWorkloadFile(path: string, data: WorkloadData): void {
  let header = JSON.stringify(data.def);
  header += ' '.repeat((4 - (Buffer.byteLength(header) % 4)) % 4);
  const head = Buffer.from(header);
  const arrays = [data.x, data.y, ...data.W.flatMap((w, l) => [w, data.b[l]])];
  const len = Buffer.alloc(4);
  len.writeUInt32LE(head.length, 0);
  const parts = [
    len,
    head,
    ...arrays.map((a) => Buffer.from(a.buffer, a.byteOffset, a.byteLength)),
  ];
  writeFileSync(path, Buffer.concat(parts));
}

export function readWorkloadFile(path: string): WorkloadData {
  // read straight into the typed arrays (no whole-file buffer, which would double the memory
  // the engine's W3 memory figure is measured with)
  const fd = openSync(path, 'r');
  try {
    const len = Buffer.alloc(4);
    readSync(fd, len, 0, 4, 0);
    const headLen = len.readUInt32LE(0);
    const head = Buffer.alloc(headLen);
    readSync(fd, head, 0, headLen, 4);
    const def = JSON.parse(head.toString()) as WorkloadDef;
    let position = 4 + headLen;
    const take = (n: number): Float32Array => {
      const out = new Float32Array(n);
      const bytes = new Uint8Array(out.buffer);
      let done = 0;
      while (done < bytes.length) {
        const got = readSync(fd, bytes, done, bytes.length - done, position + done);
        if (got === 0) throw new Error(`${path}: file ends early`);
        done += got;
      }
      position += n * 4;
      return out;
    };
    const outputs = outputsOf(def);
    const x = take(def.m * def.inputs);
    const y = take(def.m * outputs);
    const W: Float32Array[] = [];
    const b: Float32Array[] = [];
    let fanIn = def.inputs;
    for (const layer of def.layers) {
      W.push(take(layer.units * fanIn));
      b.push(take(layer.units));
      fanIn = layer.units;
    }
    return { def, x, y, W, b };
  } finally {
    closeSync(fd);
  }
}

/** Time-bounded measurement: calls `unit` (which returns the samples it trained) until
 * `budgetMs` has passed and at least `minUnits` units ran; returns samples per second. */
export async function measure(
  unit: () => number | Promise<number>,
  budgetMs: number,
  minUnits = 1,
): Promise<{ samplesPerSec: number; samples: number; seconds: number; units: number }> {
  let samples = 0;
  let units = 0;
  const t0 = performance.now();
  let elapsed = 0;
  while (elapsed < budgetMs || units < minUnits) {
    samples += await unit();
    units++;
    elapsed = performance.now() - t0;
  }
  return { samplesPerSec: samples / (elapsed / 1000), samples, seconds: elapsed / 1000, units };
}

/** A side's result for one workload. */
export interface SideResult {
  side: string;
  workload: string;
  samplesPerSec: number;
  samples: number;
  seconds: number;
  /** loss of the very first batch, from the shared initial weights (cross-side sanity check) */
  firstLoss?: number;
  /** how the side was driven (tfjs: the approach picked as fastest) */
  approach?: string;
  notes?: string;
  error?: string;
}
