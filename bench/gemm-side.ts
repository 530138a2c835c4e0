// The matrix product at 512 × 512 × 512 (C = A·Bᵀ), in a child process of its own:
//   the engine's product as a dense layer runs it at that size (the WebAssembly SIMD kernel,
//   operands copied into its memory and the result out, as in training), the engine's
//   JavaScript kernel beside it, and tfjs-wasm's tf.matMul (XNNPACK) on the same numbers.
//
//   gemm-side.ts BUDGET_MS
import type * as TF from '@tensorflow/tfjs';
import { gemmABt } from '../src-engine/kernels/gemm';
import { kernelInfo, wasmKernels } from '../src-engine/kernels/wasm-kernels';
import { replyToParent } from './child-reply';
import type { GemmFigures, GemmResult } from './report';

const N = 512;
const FLOPS = 2 * N * N * N;

/** Peak and median GFLOP/s of `run` over `budgetMs`, after three warm-up calls. */
function time(run: () => void, budgetMs: number): GemmFigures {
  for (let i = 0; i < 3; i++) run();
  const times: number[] = [];
  const t0 = performance.now();
  while (performance.now() - t0 < budgetMs) {
    const s = performance.now();
    run();
    times.push(performance.now() - s);
  }
  times.sort((p, q) => p - q);
  const gflops = (ms: number) => FLOPS / (ms / 1000) / 1e9;
  return {
    peakGflops: gflops(times[0]),
    medianGflops: gflops(times[times.length >> 1]),
    runs: times.length,
  };
}

async function tfjsWasm(a: Float32Array, b: Float32Array, budgetMs: number) {
  const quiet = console.warn;
  console.warn = () => {}; // tfjs's "install tfjs-node" banner
  const tf = (await import('@tensorflow/tfjs')) as typeof TF;
  await import('@tensorflow/tfjs-backend-wasm');
  console.warn = quiet;
  if (!(await tf.setBackend('wasm'))) throw new Error('tfjs: the wasm backend did not start');
  await tf.ready();
  const ta = tf.tensor2d(a, [N, N]);
  const tb = tf.tensor2d(b, [N, N]);
  const tbT = tf.tidy(() => tf.transpose(tb));
  // dataSync waits for the product and copies it out, as the engine's figure includes too.
  // Both ways of asking tfjs for A·Bᵀ: with transposeB (~10× slower here: it leaves XNNPACK's
  // fast path) and as A·(Bᵀ) from a transposed copy; the faster is its figure.
  const withFlag = time(
    () => tf.tidy(() => tf.matMul(ta, tb, false, true)).dataSync(),
    budgetMs / 4,
  );
  const plain = time(() => tf.tidy(() => tf.matMul(ta, tbT)).dataSync(), budgetMs);
  return plain.medianGflops >= withFlag.medianGflops
    ? { ...plain, how: 'matMul(A, Bᵀ copy)' }
    : { ...withFlag, how: 'matMul(A, B, false, true)' };
}

async function main(): Promise<GemmResult> {
  const budgetMs = Number(process.argv[2]);
  const a = new Float32Array(N * N);
  const b = new Float32Array(N * N);
  const c = new Float32Array(N * N);
  for (let i = 0; i < a.length; i++) {
    a[i] = ((i * 7919) % 1000) / 1000 - 0.5;
    b[i] = ((i * 104729) % 1000) / 1000 - 0.5;
  }
  const wasm = wasmKernels();
  const engine = wasm
    ? time(() => wasm.gemmABt(a, b, c, N, N, N), budgetMs)
    : time(() => gemmABt(a, b, c, N, N, N), budgetMs);
  const javascript = time(() => gemmABt(a, b, c, N, N, N), budgetMs / 2);
  let tfjs: (GemmFigures & { how: string }) | { error: string };
  try {
    tfjs = await tfjsWasm(a, b, budgetMs / 2);
  } catch (error) {
    tfjs = { error: error instanceof Error ? error.message : String(error) };
  }
  return { ...engine, kernel: kernelInfo().kind, javascript, tfjsWasm: tfjs };
}

replyToParent(main);
