import type { ActivationName } from '../../../src-engine/activations/activation';
import { floatAttribute, intAttribute, type OnnxGraph } from './onnx-graph';

const SQRT_2_OVER_PI = Math.sqrt(2 / Math.PI);

/**
 * Appends the nodes of one activation to the graph, each written to match the engine's
 * formula in src-engine/activations exactly, including its boundary cases:
 * step and sign count 0 as "on" (x ≥ 0), softplus uses the engine's overflow-free form
 * max(x, 0) + ln(1 + e^−|x|), GELU its tanh approximation.
 * @param z the pre-activation value's name, [batch, units]
 * @param param the layer's activation parameter (leaky ReLU slope, ELU α)
 * @returns the name of the activation's output
 */
export function appendActivation(
  g: OnnxGraph,
  name: ActivationName,
  z: string,
  param: number,
): string {
  switch (name) {
    case 'linear':
      return z;
    case 'sigmoid':
      return g.node('Sigmoid', [z]);
    case 'tanh':
      return g.node('Tanh', [z]);
    case 'relu':
      return g.node('Relu', [z]);
    case 'leaky_relu':
      return g.node('LeakyRelu', [z], [floatAttribute('alpha', param)]);
    case 'elu':
      return g.node('Elu', [z], [floatAttribute('alpha', param)]);
    case 'softmax':
      return g.node('Softmax', [z], [intAttribute('axis', 1)]);
    case 'step':
    case 'sign': {
      const on = g.node('GreaterOrEqual', [z, g.scalar('zero', 0)]);
      const low = name === 'step' ? 0 : -1;
      return g.node('Where', [on, g.scalar('one', 1), g.scalar('low', low)]);
    }
    case 'softplus': {
      const negAbs = g.node('Neg', [g.node('Abs', [z])]);
      const log = g.node('Log', [g.node('Add', [g.node('Exp', [negAbs]), g.scalar('one', 1)])]);
      return g.node('Add', [g.node('Relu', [z]), log]);
    }
    case 'gelu': {
      const cube = g.node('Mul', [g.node('Mul', [z, z]), z]);
      const inner = g.node('Add', [z, g.node('Mul', [cube, g.scalar('k', 0.044715)])]);
      const t = g.node('Tanh', [g.node('Mul', [inner, g.scalar('c', SQRT_2_OVER_PI)])]);
      const half = g.node('Mul', [z, g.scalar('half', 0.5)]);
      return g.node('Mul', [half, g.node('Add', [t, g.scalar('one', 1)])]);
    }
  }
}
