import { describe, expect, it } from 'vitest';
import { wasmKernels } from '../../../src-engine/kernels/wasm-kernels';
import { Sgd } from '../../../src-engine/optim/sgd';
import { Rng } from '../../../src-engine/random/rng';

// Plain gradient descent in the WebAssembly kernels: the same bits as the engine's JavaScript
// loop (w − α·g in float64, rounded once to float32), whatever the length's remainder by four.

const kernels = wasmKernels()!;
const rng = new Rng(21);
const random = (n: number, scale = 1) =>
  Float32Array.from({ length: n }, () => rng.uniform(-scale, scale));

/** The JavaScript loop the kernel replaces, written out as the definition. */
function reference(w: Float32Array, g: Float32Array, rate: number): Float32Array {
  return w.map((v, i) => v - rate * g[i]);
}

describe('plain SGD in the WebAssembly kernels', () => {
  for (const n of [1, 3, 4, 257, 1027])
    it(`gives the JavaScript loop's bits on ${n} values`, () => {
      const w = random(n);
      const g = random(n, 3);
      g[0] = 1e-30; // a product far below w's last bit: w stays as it is
      const rate = 0.0123456789; // not a float32: the product must be taken in float64
      const expected = reference(w, g, rate);
      kernels.sgdStep(w, g, rate);
      expect(Array.from(w)).toEqual(Array.from(expected));
    });

  it('differs from a float32-only update, so the test above can tell the two apart', () => {
    const w = random(4096);
    const g = random(4096, 3);
    const f = Math.fround;
    const float32Only = w.map((v, i) => f(v - f(f(0.0123456789) * g[i])));
    kernels.sgdStep(w, g, 0.0123456789);
    expect(w.some((v, i) => v !== float32Only[i])).toBe(true);
  });

  it('is what Sgd uses for long float32 arrays, with the numbers of the short-array loop', () => {
    const long = random(1000);
    const grad = random(1000);
    const expected = reference(long, grad, 0.05);
    new Sgd({ name: 'sgd' }).step([{ name: 'W', value: long, grad }], 0.05);
    expect(Array.from(long)).toEqual(Array.from(expected));
  });
});
