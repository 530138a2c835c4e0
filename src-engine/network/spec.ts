import type { ActivationName } from '../activations/activation';
import { getActivation, isActivationName } from '../activations/registry';
import type { EngineCode } from '../core/engine-codes';
import {
  EngineError,
  engineProblem,
  type EngineProblem,
  type EngineValues,
} from '../core/engine-error';
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
    const got = gotValues(spec.inputs);
    problems.push(
      engineProblem(
        'spec.inputs',
        { max: MAX_UNITS, ...got },
        `inputs must be a whole number from 1 to ${MAX_UNITS}, got ${got.got}`,
      ),
    );
  }
  if (!Array.isArray(spec.layers) || spec.layers.length === 0) {
    problems.push(engineProblem('spec.noLayers', {}, 'the network needs at least one layer'));
    return problems;
  }
  spec.layers.forEach((layer, i) => problems.push(...layerProblems(spec, i)));
  return problems;
}

function layerProblems(spec: NetworkSpec, i: number): EngineProblem[] {
  const layer = spec.layers[i];
  const where = `layer ${i + 1}`;
  const problems: EngineProblem[] = [];
  const say = (code: EngineCode, values: EngineValues, text: string): void => {
    problems.push(engineProblem(code, { layer: i + 1, ...values }, `${where}: ${text}`));
  };
  if (typeof layer !== 'object' || layer === null) {
    const got = gotValues(layer);
    say('spec.layerNotObject', got, `expected { units, activation }, got ${got.got}`);
    return problems;
  }
  if (!Number.isInteger(layer.units) || layer.units < 1 || layer.units > MAX_UNITS) {
    const got = gotValues(layer.units);
    say(
      'spec.units',
      { max: MAX_UNITS, ...got },
      `units must be a whole number from 1 to ${MAX_UNITS}, got ${got.got}`,
    );
  }
  if (!isActivationName(layer.activation)) {
    if (layer.activation === undefined)
      say('spec.activationMissing', {}, 'the activation is missing');
    else {
      const got = gotValues(layer.activation);
      say('spec.activationUnknown', got, `unknown activation ${got.got}`);
    }
  } else if (layer.activation === 'softmax' && i !== spec.layers.length - 1) {
    say('spec.softmaxNotOutput', {}, 'softmax belongs on the output layer only');
  } else if (layer.activation === 'softmax' && Number.isInteger(layer.units) && layer.units < 2) {
    say('spec.softmaxUnits', {}, 'softmax needs at least 2 units (use sigmoid for one output)');
  }
  if (layer.activationParam !== undefined && !Number.isFinite(layer.activationParam)) {
    say('spec.activationParam', {}, 'activation parameter must be a finite number');
  }
  const init = layer.init ?? spec.init;
  if (init && init.kind === 'uniform' && !(Number.isFinite(init.scale) && init.scale > 0)) {
    say('spec.uniformScale', {}, 'uniform initialisation needs a positive scale');
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
  if (problems.length > 0) {
    const text = `invalid network: ${problems.map((p) => p.message).join('; ')}`;
    throw new EngineError(engineProblem('spec.invalid', {}, text, problems));
  }
}

/** The activation parameter a layer uses (its own or the activation's default). */
export function activationParamOf(layer: LayerSpec): number {
  return layer.activationParam ?? getActivation(layer.activation).defaultParam;
}

/** Units per layer, inputs first: [2, 8, 8, 1]. */
export function layerSizes(spec: NetworkSpec): number[] {
  return [spec.inputs, ...spec.layers.map((l) => l.units)];
}
