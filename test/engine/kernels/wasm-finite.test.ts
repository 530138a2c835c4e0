import { describe, expect, it } from 'vitest';
import { wasmKernels } from '../../../src-engine/kernels/wasm-kernels';

// The data check's scan in the WebAssembly kernels: one NaN or ±Infinity anywhere in the range
// (a vector lane or the tail after the last four) makes it false; -0 and the largest float32 not.

const kernels = wasmKernels()!;

describe('allFinite in the WebAssembly kernels', () => {
  const values = () => Float32Array.from({ length: 23 }, (_, i) => i - 11.5);

  it('is true for finite values, -0 and ±3.4e38 included', () => {
    const x = values();
    x[0] = -0;
    x[1] = 3.4e38;
    x[22] = -3.4e38;
    expect(kernels.allFinite(x, 0, 23)).toBe(true);
  });

  for (const [at, bad] of [
    [0, NaN],
    [13, Infinity],
    [21, -Infinity], // the tail: 23 values are five vectors and three more
    [22, NaN],
  ] as const)
    it(`is false with ${bad} at ${at}, and reads only the range it is given`, () => {
      const x = values();
      x[at] = bad;
      expect(kernels.allFinite(x, 0, 23)).toBe(false);
      expect(kernels.allFinite(x, 0, at)).toBe(true);
      expect(kernels.allFinite(x, at, at + 1)).toBe(false);
    });
});
