import type { ActivationName } from '../activations/activation';
import { getActivation, isActivationName } from '../activations/registry';
import { engineError, engineProblem, type EngineProblem } from '../core/engine-error';
import { gotValues } from '../data/validate';

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
 * Checks a spec and returns its problems, empty when it is valid; each problem about a layer
 * names it (`values.layer`, from 1), so that a designer can show it on the block itself.
 */
export function specProblems(spec: NetworkSpec): EngineProblem[] {
  const problems: EngineProblem[] = [];
  if (!Number.isInteger(spec.inputs) || spec.inputs < 1 || spec.inputs > MAX_UNITS) {
    problems.push(engineProblem('spec.inputs', { max: MAX_UNITS, ...gotValues(spec.inputs) }));
  }
  if (!Array.isArray(spec.layers) || spec.layers.length === 0) {
    problems.push(engineProblem('spec.noLayers', {}));
    return problems;
  }
  spec.layers.forEach((layer, i) => problems.push(...layerProblems(spec, i)));
  return problems;
}

function layerProblems(spec: NetworkSpec, i: number): EngineProblem[] {
  const layer = spec.layers[i];
  const at = { layer: i + 1 };
  const problems: EngineProblem[] = [];
  if (typeof layer !== 'object' || layer === null) {
    problems.push(engineProblem('spec.layerNotObject', { ...at, ...gotValues(layer) }));
    return problems;
  }
  if (!Number.isInteger(layer.units) || layer.units < 1 || layer.units > MAX_UNITS) {
    const values = { ...at, max: MAX_UNITS, ...gotValues(layer.units) };
    problems.push(engineProblem('spec.units', values));
  }
  if (!isActivationName(layer.activation)) {
    problems.push(
      layer.activation === undefined
        ? engineProblem('spec.activationMissing', at)
        : engineProblem('spec.activationUnknown', { ...at, ...gotValues(layer.activation) }),
    );
  } else if (layer.activation === 'softmax' && i !== spec.layers.length - 1) {
    problems.push(engineProblem('spec.softmaxNotOutput', at));
  } else if (layer.activation === 'softmax' && Number.isInteger(layer.units) && layer.units < 2) {
    problems.push(engineProblem('spec.softmaxUnits', at));
  }
  if (layer.activationParam !== undefined && !Number.isFinite(layer.activationParam)) {
    problems.push(engineProblem('spec.activationParam', at));
  }
  const init = layer.init ?? spec.init;
  if (init && init.kind === 'uniform' && !(Number.isFinite(init.scale) && init.scale > 0)) {
    problems.push(engineProblem('spec.uniformScale', at));
  }
  return problems;
}

/** The spec's problems in English, empty when it is valid (see specProblems). */
export function validateSpec(spec: NetworkSpec): string[] {
  return specProblems(spec).map((p) => p.message);
}

/** @throws an EngineError ('spec.invalid') listing every problem of an invalid spec. */
export function assertValidSpec(spec: NetworkSpec): void {
  const problems = specProblems(spec);
  if (problems.length > 0) throw engineError('spec.invalid', {}, problems);
}

/** The activation parameter a layer uses (its own or the activation's default). */
export function activationParamOf(layer: LayerSpec): number {
  return layer.activationParam ?? getActivation(layer.activation).defaultParam;
}

/** Units per layer, inputs first: [2, 8, 8, 1]. */
export function layerSizes(spec: NetworkSpec): number[] {
  return [spec.inputs, ...spec.layers.map((l) => l.units)];
}
