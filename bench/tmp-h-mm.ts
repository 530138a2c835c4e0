import { useSecondThread, wasmKernels, WasmKernels } from '../src-engine/kernels/wasm-kernels';
import { instantiateSharedKernels, createSharedKernelMemory } from '../src-engine/kernels/wasm-instance';
import { startKernelHelper } from '../src-main/training/kernel-helper';

const helper = startKernelHelper({
  source: new URL('../src-main/training/trainer-worker.ts', import.meta.url),
  loader: import.meta.resolve('tsx/esm/api'),
})!;
const own = wasmKernels()!;
const sharedOne = new WasmKernels(instantiateSharedKernels(createSharedKernelMemory()));
useSecondThread(helper.memory);
const two = wasmKernels()!;
const r = (n: number) => Float32Array.from({ length: n }, () => Math.random() - 0.5);
for (const [m, n, k] of [[128, 128, 784], [32, 128, 784], [128, 512, 784], [128, 512, 512]]) {
  const a = r(m * k), b = r(n * k), c = new Float32Array(m * n);
  const out: string[] = [];
  for (const [name, kk] of [['own', own], ['shared1', sharedOne], ['two', two]] as const) {
    for (let i = 0; i < 20; i++) kk.gemmABt(a, b, c, m, n, k);
    const times: number[] = [];
    for (let i = 0; i < 50; i++) { const t = performance.now(); kk.gemmABt(a, b, c, m, n, k); times.push(performance.now() - t); }
    times.sort((p, q) => p - q);
    out.push(`${name} ${(2 * m * n * k / times[0] / 1e6).toFixed(1)}/${(2 * m * n * k / times[25] / 1e6).toFixed(1)}`);
  }
  console.log(`${m}x${n}x${k} GFLOP/s best/median:`, out.join(' | '));
}
await helper.close();
