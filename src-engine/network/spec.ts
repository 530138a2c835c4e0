import type { ActivationName } from '../activations/activation';
import { getActivation, isActivationName } from '../activations/registry';
import { describe } from '../data/validate';

/** How a layer's weights are drawn before training. Biases start at zero except for the
 * seeded uniform scheme, which draws them too (as the lecture's "initialise randomly"). */
export type InitSpec =
  { kind: 'uniform'; scale: number } | { kind: 'xavier' } | { kind: 'he' } | { kind: 'zeros' };

/** One dense layer: `units` outputs, each a = act(W·x + b). */
export interface LayerSpec {
  units: number;
  activation: ActivationName;
  /** The activation's parameter where it has one (leaky ReLU slope, ELU α). */
  activationParam?: number;
  /** Overrides the network's initialisation for this layer. */
  init?: InitSpec;
}

/** A multilayer network: `inputs` features, then dense layers in order (the last one is the
 * output layer). */
export interface NetworkSpec {
  inputs: number;
  layers: LayerSpec[];
  init?: InitSpec;
}

const MAX_UNITS = 1 << 16;

/**
 * Checks a spec and returns a list of problems, empty when it is valid; each problem names
 * the layer it is about, so that a designer can show it on the block itself.
 */
export function validateSpec(spec: NetworkSpec): string[] {
  const problems: string[] = [];
  if (!Number.isInteger(spec.inputs) || spec.inputs < 1 || spec.inputs > MAX_UNITS) {
    problems.push(
      `inputs must be a whole number from 1 to ${MAX_UNITS}, got ${describe(spec.inputs)}`,
    );
  }
  if (!Array.isArray(spec.layers) || spec.layers.length === 0) {
    problems.push('the network needs at least one layer');
    return problems;
  }
  spec.layers.forEach((layer, i) => {
    const where = `layer ${i + 1}`;
    if (typeof layer !== 'object' || layer === null) {
      problems.push(`${where}: expected { units, activation }, got ${describe(layer)}`);
      return;
    }
    if (!Number.isInteger(layer.units) || layer.units < 1 || layer.units > MAX_UNITS) {
      problems.push(
        `${where}: units must be a whole number from 1 to ${MAX_UNITS}, got ${describe(layer.units)}`,
      );
    }
    if (!isActivationName(layer.activation)) {
      problems.push(
        layer.activation === undefined
          ? `${where}: the activation is missing`
          : `${where}: unknown activation ${describe(layer.activation)}`,
      );
    } else if (layer.activation === 'softmax' && i !== spec.layers.length - 1) {
      problems.push(`${where}: softmax belongs on the output layer only`);
    } else if (layer.activation === 'softmax' && Number.isInteger(layer.units) && layer.units < 2) {
      problems.push(`${where}: softmax needs at least 2 units (use sigmoid for one output)`);
    }
    if (layer.activationParam !== undefined && !Number.isFinite(layer.activationParam)) {
      problems.push(`${where}: activation parameter must be a finite number`);
    }
    const init = layer.init ?? spec.init;
    if (init && init.kind === 'uniform' && !(Number.isFinite(init.scale) && init.scale > 0)) {
      problems.push(`${where}: uniform initialisation needs a positive scale`);
    }
  });
  return problems;
}

/** @throws an Error listing every problem of an invalid spec. */
export function assertValidSpec(spec: NetworkSpec): void {
  const problems = validateSpec(spec);
  if (problems.length > 0) throw new Error(`invalid network: ${problems.join('; ')}`);
}

/** The activation parameter a layer uses (its own or the activation's default). */
export function activationParamOf(layer: LayerSpec): number {
  return layer.activationParam ?? getActivation(layer.activation).defaultParam;
}

/** Units per layer, inputs first: [2, 8, 8, 1]. */
export function layerSizes(spec: NetworkSpec): number[] {
  return [spec.inputs, ...spec.layers.map((l) => l.units)];
}
