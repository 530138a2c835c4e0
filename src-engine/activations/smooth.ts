import type { Activation } from './activation';
import { elementwise } from './activation';
import { tanhFloat32 } from './fast-tanh';

/** σ(x) = 1 / (1 + e⁻ˣ), written so that neither branch overflows at |x| = 1000. */
export function sigmoidValue(x: number): number {
  if (x >= 0) return 1 / (1 + Math.exp(-x));
  const e = Math.exp(x);
  return e / (1 + e);
}

/** σ′(x) = σ(x)(1 − σ(x)). */
export const sigmoid: Activation = {
  ...elementwise(
    'sigmoid',
    sigmoidValue,
    (x) => {
      const s = sigmoidValue(x);
      return s * (1 - s);
    },
    (_x, y) => y * (1 - y),
  ),
  // Written out (not through `elementwise`) so that the hot loops call one known function.
  forward(z, out, rows, cols) {
    const n = rows * cols;
    for (let i = 0; i < n; i++) out[i] = sigmoidValue(z[i]);
  },
  backward(_z, out, dout, dz, rows, cols) {
    const n = rows * cols;
    for (let i = 0; i < n; i++) {
      const y = out[i];
      dz[i] = dout[i] * y * (1 - y);
    }
  },
};

/** tanh(x) = 2σ(2x) − 1, tanh′(x) = 1 − tanh²(x). Float32 layers use a rational form that
 * is exact to float32 rounding and four times cheaper (see fast-tanh.ts). */
export const tanh: Activation = {
  ...elementwise(
    'tanh',
    Math.tanh,
    (x) => {
      const t = Math.tanh(x);
      return 1 - t * t;
    },
    (_x, y) => 1 - y * y,
  ),
  forward(z, out, rows, cols) {
    const n = rows * cols;
    if (out instanceof Float32Array) for (let i = 0; i < n; i++) out[i] = tanhFloat32(z[i]);
    else for (let i = 0; i < n; i++) out[i] = Math.tanh(z[i]);
  },
  backward(_z, out, dout, dz, rows, cols) {
    const n = rows * cols;
    for (let i = 0; i < n; i++) {
      const y = out[i];
      dz[i] = dout[i] * (1 - y * y);
    }
  },
};

/** softplus(x) = ln(1 + eˣ), computed as max(x, 0) + ln(1 + e^−|x|) to stay finite; its
 * derivative is σ(x). */
export const softplus = elementwise(
  'softplus',
  (x) => Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x))),
  sigmoidValue,
);

const SQRT_2_OVER_PI = Math.sqrt(2 / Math.PI);

/** GELU in its tanh approximation: ½x(1 + tanh(√(2/π)(x + 0.044715x³))). */
export const gelu = elementwise(
  'gelu',
  (x) => 0.5 * x * (1 + Math.tanh(SQRT_2_OVER_PI * (x + 0.044715 * x * x * x))),
  (x) => {
    const inner = SQRT_2_OVER_PI * (x + 0.044715 * x * x * x);
    const t = Math.tanh(inner);
    const dInner = SQRT_2_OVER_PI * (1 + 3 * 0.044715 * x * x);
    return 0.5 * (1 + t) + 0.5 * x * (1 - t * t) * dInner;
  },
);
