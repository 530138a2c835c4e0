import { useSecondThread } from '../src-engine/kernels/wasm-kernels';
import { Network } from '../src-engine/network/network';
import { fit } from '../src-engine/train/fit';
import { startKernelHelper } from '../src-main/training/kernel-helper';

const helper = startKernelHelper({
  source: new URL('../src-main/training/trainer-worker.ts', import.meta.url),
  loader: import.meta.resolve('tsx/esm/api'),
})!;
const shapes = [
  { name: 'W4', layers: [512, 512, 10], batch: 128 },
  { name: 'W3-b128', layers: [128, 10], batch: 128 },
  { name: 'W3-b32', layers: [128, 10], batch: 32 },
];
const M = 2048;
const x = Float32Array.from({ length: M * 784 }, (_, i) => ((i * 7919) % 255) / 255);
const y = new Float32Array(M * 10);
for (let r = 0; r < M; r++) y[r * 10 + (r % 10)] = 1;
for (const s of shapes) {
  const net = new Network(
    { inputs: 784, layers: s.layers.map((u, i) => ({ units: u, activation: i === s.layers.length - 1 ? 'softmax' : 'relu' })) },
    { dtype: 'float32', seed: 1 },
  );
  const cfg = { loss: 'cross_entropy' as const, optimizer: { name: 'sgd' as const }, learningRate: 0.01, batchSize: s.batch, epochs: 1, shuffle: false, seed: 1 };
  const res: Record<string, number[]> = { one: [], two: [] };
  for (let round = 0; round < 4; round++) {
    for (const mode of (process.env.MODES ?? 'one,two').split(',')) {
      useSecondThread(mode === 'two' ? helper.memory : null);
      fit(net, { x, y, m: M, task: 'classification' }, cfg);
      const t = performance.now();
      fit(net, { x, y, m: M, task: 'classification' }, cfg);
      res[mode].push(M / ((performance.now() - t) / 1000));
    }
  }
  const f = (a: number[]) => a.map((v) => Math.round(v)).join(' ');
  console.log(s.name, 'one:', f(res.one), '| two:', f(res.two));
}
await helper.close();
