import type { FloatArray } from '../core/float-array';

/** Every activation the engine knows, by its spec name. */
export const ACTIVATION_NAMES = [
  'linear',
  'step',
  'sign',
  'sigmoid',
  'tanh',
  'relu',
  'leaky_relu',
  'softmax',
  'elu',
  'softplus',
  'gelu',
] as const;
export type ActivationName = (typeof ACTIVATION_NAMES)[number];

/**
 * An activation as a value/derivative pair, in a scalar form for plots and teaching and a
 * block form for the hot loops. `param` is the activation's one parameter where it has one
 * (the negative slope a of leaky ReLU, α of ELU) and is ignored otherwise.
 */
export interface Activation {
  readonly name: ActivationName;
  /** The default of `param` (NaN where the activation has none). */
  readonly defaultParam: number;
  /** f(x) for one number. For softmax, which needs the whole row, see `forward`. */
  f(x: number, param: number): number;
  /** f′(x) for one number (the derivative of the elementwise form). */
  df(x: number, param: number): number;
  /** out = f(z), z and out: [rows, cols]. */
  forward(z: FloatArray, out: FloatArray, rows: number, cols: number, param: number): void;
  /**
   * dz = dout ⊙ f′(z) (for softmax, the Jacobian–vector product of each row).
   * z: pre-activations, out: f(z), dout: ∂J/∂out, dz: ∂J/∂z; all [rows, cols].
   */
  backward(
    z: FloatArray,
    out: FloatArray,
    dout: FloatArray,
    dz: FloatArray,
    rows: number,
    cols: number,
    param: number,
  ): void;
}

/** Builds an Activation from its scalar pair, for the elementwise activations. The
 * derivative may be written in terms of the output `y = f(x)` when that is cheaper. */
export function elementwise(
  name: ActivationName,
  f: (x: number, param: number) => number,
  df: (x: number, param: number) => number,
  dfFromOutput?: (x: number, y: number, param: number) => number,
  defaultParam = NaN,
): Activation {
  const derivative = dfFromOutput ?? ((x: number, _y: number, param: number) => df(x, param));
  return {
    name,
    defaultParam,
    f,
    df,
    forward(z, out, rows, cols, param) {
      const n = rows * cols;
      for (let i = 0; i < n; i++) out[i] = f(z[i], param);
    },
    backward(z, out, dout, dz, rows, cols, param) {
      const n = rows * cols;
      for (let i = 0; i < n; i++) dz[i] = dout[i] * derivative(z[i], out[i], param);
    },
  };
}
