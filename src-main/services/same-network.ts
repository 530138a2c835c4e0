import type { NetworkSpec } from '../../src-engine/network/spec';

/**
 * How a network differs from a model's, for a run that starts from the model's weights
 * (initialisation aside: the weights replace it), or undefined when they are the same.
 * @example "layer 2 has 8 units, the model's 6"
 */
export function networkDifference(spec: NetworkSpec, model: NetworkSpec): string | undefined {
  if (spec.inputs !== model.inputs)
    return `it takes ${spec.inputs} inputs, the model's ${model.inputs}`;
  if (spec.layers.length !== model.layers.length)
    return `it has ${spec.layers.length} layers, the model ${model.layers.length}`;
  for (let l = 0; l < spec.layers.length; l++) {
    const a = spec.layers[l];
    const b = model.layers[l];
    if (a.units !== b.units) return `layer ${l + 1} has ${a.units} units, the model's ${b.units}`;
    if (
      a.activation !== b.activation ||
      (a.activationParam ?? null) !== (b.activationParam ?? null)
    )
      return `layer ${l + 1} is ${a.activation}${a.activationParam === undefined ? '' : ` (${a.activationParam})`}, the model's ${b.activation}${b.activationParam === undefined ? '' : ` (${b.activationParam})`}`;
  }
  return undefined;
}
