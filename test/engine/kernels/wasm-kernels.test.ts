import { describe, expect, it } from 'vitest';
import { wasmKernels, kernelInfo } from '../../../src-engine/kernels/wasm-kernels';
import { Rng } from '../../../src-engine/random/rng';

// The WebAssembly SIMD products against a float64 reference, on shapes that exercise every
// edge of the kernels' blocks (rows not a multiple of 4, columns not a multiple of 8, 4 or 2,
// a shared dimension not a multiple of 4, ones; k from 64 on, A·B and Aᵀ·B transpose their
// operands and take the dot-product kernel, below they take the broadcast kernel). float32 sums of k products differ from the
// exact sum by at most (k + 2)·u·Σ|a·b| with u = 2⁻²⁴ (summation error bound, any order), so
// that is the tolerance: tight enough that a wrong index or a lost tail fails.

const U = 2 ** -24;
const SHAPES: [number, number, number][] = [
  [1, 1, 1],
  [1, 7, 3],
  [3, 1, 5],
  [4, 8, 4],
  [5, 9, 7],
  [7, 13, 17],
  [8, 16, 16],
  [13, 6, 33],
  [9, 10, 64],
  [32, 128, 784],
  [37, 11, 130],
];

function random(length: number, rng: Rng): Float32Array {
  const out = new Float32Array(length);
  for (let i = 0; i < length; i++) out[i] = rng.uniform(-1, 1);
  return out;
}

/** Checks c against Σ_p A(i,p)·B(p,j), the operands given as element accessors. */
function expectProduct(
  c: Float32Array,
  m: number,
  n: number,
  k: number,
  aAt: (i: number, p: number) => number,
  bAt: (p: number, j: number) => number,
): void {
  let worst = 0;
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < n; j++) {
      let exact = 0;
      let magnitude = 0;
      for (let p = 0; p < k; p++) {
        exact += aAt(i, p) * bAt(p, j);
        magnitude += Math.abs(aAt(i, p) * bAt(p, j));
      }
      const error = Math.abs(c[i * n + j] - exact);
      worst = Math.max(worst, error / ((k + 2) * U * magnitude + 1e-30));
    }
  }
  expect(worst).toBeLessThanOrEqual(1);
}

describe('WebAssembly SIMD kernels', () => {
  const kernels = wasmKernels();

  it('load in Node', () => {
    expect(kernelInfo()).toEqual({ kind: 'wasm-simd', reason: null });
    expect(kernels).not.toBeNull();
  });

  it.each(SHAPES)('A·Bᵀ (+ bias) at m=%i n=%i k=%i', (m, n, k) => {
    const rng = new Rng(m * 1000 + n * 10 + k);
    const a = random(m * k, rng);
    const b = random(n * k, rng);
    const bias = random(n, rng);
    const c = new Float32Array(m * n).fill(NaN);
    kernels!.gemmABt(a, b, c, m, n, k);
    expectProduct(
      c,
      m,
      n,
      k,
      (i, p) => a[i * k + p],
      (p, j) => b[j * k + p],
    );
    kernels!.gemmABt(a, b, c, m, n, k, bias);
    const withBias = (i: number, p: number) => (p === k ? 1 : a[i * k + p]);
    expectProduct(c, m, n, k + 1, withBias, (p, j) => (p === k ? bias[j] : b[j * k + p]));
  });

  it.each(SHAPES)('A·B at m=%i n=%i k=%i', (m, n, k) => {
    const rng = new Rng(m * 1000 + n * 10 + k + 1);
    const a = random(m * k, rng);
    const b = random(k * n, rng);
    const c = new Float32Array(m * n).fill(NaN);
    kernels!.gemmAB(a, b, c, m, n, k);
    expectProduct(
      c,
      m,
      n,
      k,
      (i, p) => a[i * k + p],
      (p, j) => b[p * n + j],
    );
  });

  it.each(SHAPES)('Aᵀ·B and the column sums of A at m=%i n=%i k=%i', (m, n, k) => {
    const rng = new Rng(m * 1000 + n * 10 + k + 2);
    const a = random(k * m, rng);
    const b = random(k * n, rng);
    const c = new Float32Array(m * n).fill(NaN);
    const sums = new Float32Array(m).fill(NaN);
    kernels!.gemmAtB(a, b, c, m, n, k, sums);
    expectProduct(
      c,
      m,
      n,
      k,
      (i, p) => a[p * m + i],
      (p, j) => b[p * n + j],
    );
    // Rows are added in order in float32, exactly as the engine's JavaScript loop does.
    const expected = new Float32Array(m);
    for (let p = 0; p < k; p++) for (let i = 0; i < m; i++) expected[i] += a[p * m + i];
    expect(Array.from(sums)).toEqual(Array.from(expected));
  });

  it('read only the used prefix of longer operands and grow memory for large ones', () => {
    const rng = new Rng(5);
    const [m, n, k] = [300, 257, 301]; // about 1 MB of operands: grows past the first page
    const a = random(m * k + 50, rng);
    const b = random(n * k + 50, rng);
    const c = new Float32Array(m * n);
    kernels!.gemmABt(a, b, c, m, n, k);
    expectProduct(
      c,
      m,
      n,
      k,
      (i, p) => a[i * k + p],
      (p, j) => b[j * k + p],
    );
  });

  it('give the same bits on every call', () => {
    const rng = new Rng(6);
    const [m, n, k] = [33, 70, 129];
    const a = random(m * k, rng);
    const b = random(n * k, rng);
    const first = new Float32Array(m * n);
    const second = new Float32Array(m * n);
    kernels!.gemmABt(a, b, first, m, n, k);
    kernels!.gemmAB(a, random(k * n, rng), second, m, n, k); // disturbs the scratch memory
    kernels!.gemmABt(a, b, second, m, n, k);
    expect(Array.from(second)).toEqual(Array.from(first));
  });
});
