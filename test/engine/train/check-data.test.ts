import { describe, expect, it } from 'vitest';
import { Network } from '../../../src-engine/network/network';
import { checkData } from '../../../src-engine/train/check-data';

// Data larger than one scanned block (1,024 values in JavaScript; 16,384 float32 values in the
// WebAssembly kernels), so that a bad value in a later block, at a block's edge and after a
// block of finite values are all found where they are, in both precisions.
const net = new Network({ inputs: 3, layers: [{ units: 2, activation: 'softmax' }] });
const m = 6000;

function data(dtype: 'f32' | 'f64') {
  const x = Array.from({ length: m * 3 }, (_, i) => ((i * 7919) % 1000) / 10 - 50);
  const y = Array.from({ length: m * 2 }, (_, i) => (i % 2 === 0 ? 1 : 0));
  return dtype === 'f32'
    ? { x: Float32Array.from(x), y: Float32Array.from(y), m }
    : { x: Float64Array.from(x), y: Float64Array.from(y), m };
}

describe('checkData', () => {
  it('accepts finite data of either precision, -0 and huge values included', () => {
    for (const dtype of ['f32', 'f64'] as const) {
      const d = data(dtype);
      d.x[5] = -0;
      d.x[6] = dtype === 'f32' ? 3.4e38 : 1.7e308;
      expect(() => checkData(net, d, 'training')).not.toThrow();
    }
  });

  it.each([
    ['NaN in the first block', 4, NaN, /row 2, input 2 is NaN/],
    ['Infinity on the last value of a block', 1023, Infinity, /row 342, input 1 is Infinity/],
    [
      '-Infinity on the first value of the next block',
      1024,
      -Infinity,
      /row 342, input 2 is -Infinity/,
    ],
    ['NaN on the last value of a float32 block', 16383, NaN, /row 5462, input 1 is NaN/],
    ['Infinity on the first of the next', 16384, Infinity, /row 5462, input 2 is Infinity/],
    ['NaN on the very last value', m * 3 - 1, NaN, /row 6000, input 3 is NaN/],
  ])('names the row and input of %s', (_, at, value, message) => {
    for (const dtype of ['f32', 'f64'] as const) {
      const d = data(dtype);
      d.x[at] = value;
      expect(() => checkData(net, d, 'training')).toThrow(message);
    }
  });

  it('names the first bad value when a block holds two, and the targets after the inputs', () => {
    const d = data('f32');
    d.x[2000] = Infinity;
    d.x[2001] = NaN;
    expect(() => checkData(net, d, 'validation')).toThrow(
      /^validation data: row 667, input 3 is Infinity/,
    );
    const e = data('f64');
    e.y[m * 2 - 1] = NaN;
    expect(() => checkData(net, e, 'training')).toThrow(/row 6000, target 2 is NaN/);
  });
});
