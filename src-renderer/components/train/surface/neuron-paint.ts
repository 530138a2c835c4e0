// Turns one hidden neuron's activations over the n × n grid into RGBA pixels: orange for
// negative, pale for zero, blue for positive (the weights' colours), scaled by the map's own
// largest |value| so that a ReLU unit's shape shows as clearly as a tanh unit's.
import { CLASS_RGB, mixRgb, NEUTRAL_RGB } from './palette';
import { INVALID_RGB } from './surface-paint';

/** Steps per sign in the lookup table. */
const STEPS = 128;
const NEGATIVE_RGB = CLASS_RGB[0];
const POSITIVE_RGB = CLASS_RGB[1];

/** [2 × STEPS + 1] colours × 3 bytes, from most negative through neutral to most positive. */
function buildNeuronLut(): Uint8Array {
  const lut = new Uint8Array((2 * STEPS + 1) * 3);
  for (let i = -STEPS; i <= STEPS; i++) {
    const rgb = mixRgb(NEUTRAL_RGB, i < 0 ? NEGATIVE_RGB : POSITIVE_RGB, Math.abs(i) / STEPS);
    lut.set(rgb.map(Math.round), (i + STEPS) * 3);
  }
  return lut;
}
const LUT = buildNeuronLut();

/** The largest finite |value| (0 if none). */
export function mapScale(values: ArrayLike<number>): number {
  let max = 0;
  for (let i = 0; i < values.length; i++) {
    const a = Math.abs(values[i]);
    if (a > max && a !== Infinity) max = a;
  }
  return max;
}

/**
 * Paints activations into RGBA pixels (alpha 255).
 * @param values [cells] activations, row 0 at the top
 * @param rgba [cells × 4] written to
 * @param scale the |value| drawn at full strength (default: the map's own largest)
 */
export function paintNeuronMap(
  values: ArrayLike<number>,
  rgba: Uint8ClampedArray,
  scale = mapScale(values),
): void {
  const inv = scale > 0 ? STEPS / scale : 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    const o = i * 4;
    if (Number.isNaN(v)) {
      rgba[o] = INVALID_RGB[0];
      rgba[o + 1] = INVALID_RGB[1];
      rgba[o + 2] = INVALID_RGB[2];
    } else {
      let step = Math.round(v * inv);
      step = step > STEPS ? STEPS : step < -STEPS ? -STEPS : step;
      const at = (step + STEPS) * 3;
      rgba[o] = LUT[at];
      rgba[o + 1] = LUT[at + 1];
      rgba[o + 2] = LUT[at + 2];
    }
    rgba[o + 3] = 255;
  }
}
