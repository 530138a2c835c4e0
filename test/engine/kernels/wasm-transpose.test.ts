import { describe, expect, it } from 'vitest';
import { instantiateKernels } from '../../../src-engine/kernels/wasm-instance';

// The module's transpose, called directly: every value lands at (c, r), whatever the shape —
// sizes that are and are not multiples of the 4 × 4 blocks and of the 16 × 8 tiles, and the
// power-of-two rows the tiles are shaped for. The values around out stay untouched.

const exports = instantiateKernels()!;
exports.memory.grow(80);
const at = (((exports.heapBase() + 15) & ~15) >> 2) + 4;

function transposed(rows: number, cols: number): { out: Float32Array; src: Float32Array } {
  const view = new Float32Array(exports.memory.buffer);
  const src = Float32Array.from({ length: rows * cols }, (_, i) => i + 0.25);
  const out = at + rows * cols + 4; // not a multiple of 16 bytes: loads and stores are unaligned
  view.set(src, at);
  view.fill(-7, out - 1, out + rows * cols + 1);
  exports.transpose(at << 2, out << 2, rows, cols);
  expect(view[out - 1]).toBe(-7);
  expect(view[out + rows * cols]).toBe(-7);
  return { out: view.slice(out, out + rows * cols), src };
}

describe('transpose in the WebAssembly kernels', () => {
  const shapes: [number, number][] = [
    [1, 1],
    [1, 9],
    [9, 1],
    [4, 4],
    [3, 5],
    [17, 9],
    [16, 8],
  ];
  for (let r = 1; r <= 20; r += 3) for (let c = 1; c <= 20; c += 4) shapes.push([r, c]);
  shapes.push([33, 65], [128, 784], [512, 512]);
  for (const [rows, cols] of shapes)
    it(`moves each value of ${rows} × ${cols} to its transposed place`, () => {
      const { out, src } = transposed(rows, cols);
      let misplaced = 0;
      for (let r = 0; r < rows; r++)
        for (let c = 0; c < cols; c++) if (out[c * rows + r] !== src[r * cols + c]) misplaced++;
      expect(misplaced).toBe(0);
    });
});
