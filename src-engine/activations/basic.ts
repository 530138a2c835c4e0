import type { Activation } from './activation';
import { elementwise } from './activation';

/** f(x) = x, f′(x) = 1. */
export const linear: Activation = {
  ...elementwise(
    'linear',
    (x) => x,
    () => 1,
  ),
  forward(z, out, rows, cols) {
    out.set(z.subarray(0, rows * cols));
  },
  backward(_z, _out, dout, dz, rows, cols) {
    dz.set(dout.subarray(0, rows * cols));
  },
};

/** The threshold (Heaviside) unit U(x): 1 for x ≥ 0, else 0. Its derivative is 0 almost
 * everywhere (the δ at the origin cannot be represented), which is why it cannot be trained
 * by gradient descent; the perceptron rule trains it instead. */
export const step = elementwise(
  'step',
  (x) => (x >= 0 ? 1 : 0),
  () => 0,
);

/** sign(x): +1 for x ≥ 0, −1 otherwise (the bipolar threshold). Derivative 0. */
export const sign = elementwise(
  'sign',
  (x) => (x >= 0 ? 1 : -1),
  () => 0,
);

/** Relu(x) = max(0, x); Relu′(0) is taken as 0, as PyTorch does. */
export const relu: Activation = {
  ...elementwise(
    'relu',
    (x) => (x > 0 ? x : 0),
    (x) => (x > 0 ? 1 : 0),
  ),
  // Written out so that the hot loops of the large networks have no call inside.
  forward(z, out, rows, cols) {
    const n = rows * cols;
    for (let i = 0; i < n; i++) {
      const v = z[i];
      out[i] = v > 0 ? v : 0;
    }
  },
  backward(z, _out, dout, dz, rows, cols) {
    const n = rows * cols;
    for (let i = 0; i < n; i++) dz[i] = z[i] > 0 ? dout[i] : 0;
  },
};

/** LRelu(x) = x for x > 0, a·x otherwise (a small, default 0.01); LRelu′ = 1 or a. */
export const leakyRelu = elementwise(
  'leaky_relu',
  (x, a) => (x > 0 ? x : a * x),
  (x, a) => (x > 0 ? 1 : a),
  undefined,
  0.01,
);

/** ELU: x for x > 0, α(eˣ − 1) otherwise; ELU′ = 1 or α·eˣ. */
export const elu = elementwise(
  'elu',
  (x, a) => (x > 0 ? x : a * Math.expm1(x)),
  (x, a) => (x > 0 ? 1 : a * Math.exp(x)),
  (x, y, a) => (x > 0 ? 1 : y + a),
  1,
);
