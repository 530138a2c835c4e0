/**
 * A network's shape as people write it: the layer sizes, inputs first ("2-8-1"), or with
 * each layer's activation ("2 → 8 tanh → 1 sigmoid").
 * @param separator between sizes (default '-'; a diagram uses the en dash '–')
 */
export function describeArchitecture(
  spec: { inputs: number; layers: readonly { units: number; activation: string }[] },
  options: { activations?: boolean; separator?: string } = {},
): string {
  if (options.activations) {
    const layers = spec.layers.map((l) => `${l.units} ${l.activation}`);
    return [String(spec.inputs), ...layers].join(options.separator ?? ' → ');
  }
  return [spec.inputs, ...spec.layers.map((l) => l.units)].join(options.separator ?? '-');
}
