import type { Activation } from './activation';
import type { FloatArray } from '../core/float-array';

/**
 * aᵢ = exp(zᵢ) / Σₖ exp(zₖ) of one vector, shifted by max(z) so that no exponent overflows.
 * The lecture's example input [1.60, 0.55, 0.98] gives [0.53, 0.19, 0.28]; the slide prints
 * [0.51, 0.18, 0.31], which is the softmax of [1.60, 0.55, 1.10].
 */
export function softmax(z: ArrayLike<number>): Float64Array {
  const out = new Float64Array(z.length);
  softmaxRow(z, 0, out, 0, z.length);
  return out;
}

function softmaxRow(
  z: ArrayLike<number>,
  from: number,
  out: { [i: number]: number },
  to: number,
  cols: number,
): void {
  let max = -Infinity;
  for (let c = 0; c < cols; c++) if (z[from + c] > max) max = z[from + c];
  let sum = 0;
  for (let c = 0; c < cols; c++) {
    const e = Math.exp(z[from + c] - max);
    out[to + c] = e;
    sum += e;
  }
  for (let c = 0; c < cols; c++) out[to + c] /= sum;
}

/** Softmax over each row of a [rows, cols] block. Its scalar `f` is the logistic function
 * (softmax of [x, 0]), the two-class case, so that it can still be plotted. */
export const softmaxActivation: Activation = {
  name: 'softmax',
  defaultParam: NaN,
  f: (x) => softmax([x, 0])[0],
  df: (x) => {
    const s = softmax([x, 0])[0];
    return s * (1 - s);
  },
  forward(z: FloatArray, out: FloatArray, rows: number, cols: number) {
    for (let r = 0; r < rows; r++) softmaxRow(z, r * cols, out, r * cols, cols);
  },
  // ∂J/∂zᵢ = yᵢ (∂J/∂yᵢ − Σⱼ yⱼ ∂J/∂yⱼ): the softmax Jacobian applied without forming it.
  backward(_z, out, dout, dz, rows, cols) {
    for (let r = 0; r < rows; r++) {
      const o = r * cols;
      let dot = 0;
      for (let c = 0; c < cols; c++) dot += out[o + c] * dout[o + c];
      for (let c = 0; c < cols; c++) dz[o + c] = out[o + c] * (dout[o + c] - dot);
    }
  },
};
