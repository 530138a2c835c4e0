import { describe, expect, it } from 'vitest';
import { wasmKernels } from '../../../src-engine/kernels/wasm-kernels';
import { Rng } from '../../../src-engine/random/rng';

// Relu and its derivative computed in the module beside the products: the same numbers as
// the JavaScript loops (a = z > 0 ? z : 0, dz = z > 0 ? da : 0), NaN and −0 included.

const kernels = wasmKernels()!;
const rng = new Rng(9);
const random = (n: number) => Float32Array.from({ length: n }, () => rng.uniform(-1, 1));
const same = (a: Float32Array, b: Float32Array) =>
  expect(Array.from(a, (v) => (Object.is(v, -0) ? '-0' : v))).toEqual(
    Array.from(b, (v) => (Object.is(v, -0) ? '-0' : v)),
  );

describe('Relu in the WebAssembly kernels', () => {
  // 7 columns: rows of two vectors and a tail of three
  const [m, n, k] = [5, 7, 6];

  it('forward: a = max(z, 0) of the product just made, as the JavaScript loop', () => {
    const a = random(m * k);
    const w = random(n * k);
    const bias = random(n);
    bias[2] = NaN; // a NaN column: Relu's loop gives 0 there
    const z = new Float32Array(m * n);
    const out = new Float32Array(m * n).fill(7);
    kernels.gemmABt(a, w, z, m, n, k, bias, out);
    same(
      out,
      z.map((v) => (v > 0 ? v : 0)),
    );
    expect(out.some((v) => v > 0) && out.some((v) => v === 0)).toBe(true);
  });

  it('backward: ∂J/∂a masked where z ≤ 0 before the products read it', () => {
    // A is [k rows, m columns] here: the batch runs down, the layer's units across
    const da = random(k * m);
    const z = random(k * m);
    z[0] = 0;
    z[1] = -0;
    z[2] = NaN;
    da[3] = -0;
    z[3] = 1; // a −0 gradient where z > 0 stays −0
    const x = random(k * n);
    const masked = new Float32Array(k * m);
    const dw = new Float32Array(m * n);
    const db = new Float32Array(m);
    kernels.gemmAtB(da, x, dw, m, n, k, db, { z, masked });
    const expected = da.map((v, i) => (z[i] > 0 ? v : 0));
    same(masked, expected);
    // and the products used the masked values: compare with the unmasked call on them
    const dw2 = new Float32Array(m * n);
    const db2 = new Float32Array(m);
    kernels.gemmAtB(expected, x, dw2, m, n, k, db2);
    same(dw, dw2);
    same(db, db2);
  });

  it('backward at a batch long enough for the transposed layout', () => {
    const long = 80; // ≥ the length from which Aᵀ·B transposes its operands
    const da = random(long * m);
    const z = random(long * m);
    const x = random(long * n);
    const masked = new Float32Array(long * m);
    const dw = new Float32Array(m * n);
    kernels.gemmAtB(da, x, dw, m, n, long, undefined, { z, masked });
    const expected = da.map((v, i) => (z[i] > 0 ? v : 0));
    same(masked, expected);
    const dw2 = new Float32Array(m * n);
    kernels.gemmAtB(expected, x, dw2, m, n, long);
    same(dw, dw2);
  });
});
