import type { Activation, ActivationName } from './activation';
import { ACTIVATION_NAMES } from './activation';
import { elu, leakyRelu, linear, relu, sign, step } from './basic';
import { gelu, sigmoid, softplus, tanh } from './smooth';
import { softmaxActivation } from './softmax';

const ACTIVATIONS: Record<ActivationName, Activation> = {
  linear,
  step,
  sign,
  sigmoid,
  tanh,
  relu,
  leaky_relu: leakyRelu,
  softmax: softmaxActivation,
  elu,
  softplus,
  gelu,
};

/** The activation of a spec name. @throws if the name is unknown. */
export function getActivation(name: string): Activation {
  if (!isActivationName(name)) {
    throw new Error(`unknown activation '${name}' (known: ${ACTIVATION_NAMES.join(', ')})`);
  }
  return ACTIVATIONS[name];
}

/** Whether a string names a known activation. */
export function isActivationName(name: string): name is ActivationName {
  return (ACTIVATION_NAMES as readonly string[]).includes(name);
}

/** Whether gradient descent can train through this activation (step and sign have a zero
 * derivative everywhere it is defined). */
export function isDifferentiable(name: ActivationName): boolean {
  return name !== 'step' && name !== 'sign';
}
