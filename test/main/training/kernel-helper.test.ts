// The second kernel thread: products split by rows with it give the same bits as one thread,
// for the three products the dense layer makes (bias and Relu fused, odd sizes, both kernels),
// and over whole training steps.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { splitRow, TWO_THREAD_MIN_WORK } from '../../../src-engine/kernels/second-thread';
import {
  productThreads,
  useSecondThread,
  wasmKernels,
  type WasmKernels,
} from '../../../src-engine/kernels/wasm-kernels';
import { Network } from '../../../src-engine/network/network';
import type { NetworkSpec } from '../../../src-engine/network/spec';
import { Rng } from '../../../src-engine/random/rng';
import { Trainer } from '../../../src-engine/train/trainer';
import { startKernelHelper, type KernelHelper } from '../../../src-main/training/kernel-helper';

const entry = {
  source: new URL('../../../src-main/training/trainer-worker.ts', import.meta.url),
  loader: import.meta.resolve('tsx/esm/api'),
};

const rng = new Rng(5);
const random = (n: number) => Float32Array.from({ length: n }, () => rng.uniform(-1, 1));
const bits = (a: Float32Array) => Array.from(new Uint32Array(a.buffer, a.byteOffset, a.length));

let helper: KernelHelper;
let single: WasmKernels;

beforeAll(() => {
  single = wasmKernels()!;
  helper = startKernelHelper(entry)!;
  expect(helper, 'this machine has a single core').not.toBeNull();
  useSecondThread(helper.memory);
});

afterAll(async () => {
  useSecondThread(null);
  await helper.close();
});

/** Runs `product` on one thread and on two; both results as bits. */
function bothWays(sizes: number[], product: (k: WasmKernels, outs: Float32Array[]) => void) {
  const one = sizes.map((n) => new Float32Array(n));
  const two = sizes.map((n) => new Float32Array(n).fill(9));
  product(single, one);
  product(wasmKernels()!, two);
  return { one: one.map(bits), two: two.map(bits) };
}

describe('products on two threads', () => {
  // k ≥ 64 runs the dot-product kernel for all three, k < 64 the broadcast kernel for A·B and
  // Aᵀ·B; every size odd, so that blocks and tails both meet the cut
  const cases = [
    { m: 45, n: 2053, k: 131 },
    { m: 77, n: 4187, k: 33 },
    { m: 131, n: 731, k: 95 },
  ];

  it('splits only products at least TWO_THREAD_MIN_WORK large, at a multiple of four', () => {
    expect(productThreads()).toBe(2);
    for (const { m, n, k } of cases) {
      expect(m * n * k).toBeGreaterThanOrEqual(TWO_THREAD_MIN_WORK);
      expect(splitRow(m, n, k) % 4).toBe(0);
      expect(splitRow(m, n, k)).toBeGreaterThan(0);
    }
    expect(splitRow(7, 1000, 1000)).toBe(0);
    expect(splitRow(32, 32, 32)).toBe(0);
  });

  it.each(cases)('A·Bᵀ + bias, then Relu: the same bits ($m × $n × $k)', ({ m, n, k }) => {
    const [a, b, bias] = [random(m * k), random(n * k), random(n)];
    const { one, two } = bothWays([m * n, m * n], (kernels, [c, relu]) =>
      kernels.gemmABt(a, b, c, m, n, k, bias, relu),
    );
    expect(two).toEqual(one);
  });

  it.each(cases)('A·B: the same bits ($m × $n × $k)', ({ m, n, k }) => {
    const [a, b] = [random(m * k), random(k * n)];
    const { one, two } = bothWays([m * n], (kernels, [c]) => kernels.gemmAB(a, b, c, m, n, k));
    expect(two).toEqual(one);
  });

  it.each(cases)('Aᵀ·B with column sums and the Relu mask: the same bits ($m × $n × $k)', (s) => {
    const { m, n, k } = s;
    const [a, b, z] = [random(k * m), random(k * n), random(k * m)];
    const { one, two } = bothWays([m * n, m, k * m], (kernels, [c, sums, masked]) =>
      kernels.gemmAtB(a, b, c, m, n, k, sums, { z, masked }),
    );
    expect(two).toEqual(one);
  });
});

describe('training on two threads', () => {
  const spec: NetworkSpec = {
    inputs: 131,
    layers: [
      { units: 2053, activation: 'relu' },
      { units: 61, activation: 'tanh' },
      { units: 10, activation: 'softmax' },
    ],
  };
  const M = 154;

  function train(batchSize: number) {
    const data = new Rng(8);
    const x = Float32Array.from({ length: M * spec.inputs }, () => data.uniform(0, 1));
    const y = new Float32Array(M * 10);
    for (let r = 0; r < M; r++) y[r * 10 + data.int(10)] = 1;
    const network = new Network(spec, { dtype: 'float32', seed: 2 });
    const trainer = new Trainer(
      network,
      { x, y, m: M },
      {
        loss: 'cross_entropy',
        optimizer: { name: 'adam' },
        learningRate: 0.01,
        batchSize,
        epochs: 2,
        shuffle: true,
        seed: 4,
      },
    );
    while (!trainer.finished) trainer.step();
    return network.getWeights();
  }

  it.each([45, 77])('gives the same weights as one thread (batch %i)', (batch) => {
    expect(batch * 131 * 2053).toBeGreaterThanOrEqual(TWO_THREAD_MIN_WORK);
    const two = train(batch);
    useSecondThread(null);
    try {
      expect(productThreads()).toBe(1);
      expect(train(batch)).toEqual(two);
    } finally {
      useSecondThread(helper.memory);
    }
  });
});
