// Turns a network's outputs on an n × n grid into RGBA pixels: one pass over the cells, a
// lookup table per (class, confidence), no allocation in the loop.
import { classRgb, mixRgb, NEUTRAL_RGB } from './palette';

/** Confidence levels per class in the lookup table. */
export const LEVELS = 256;

/** How far the most confident cell moves from the pale centre towards the class colour. */
export const MAX_STRENGTH = 0.8;

/** The colour of cells whose output is NaN (a diverged network): a mid grey. */
export const INVALID_RGB = [128, 128, 128] as const;

/** Classes shown for a network with `outputs` outputs: one sigmoid output means two classes. */
export function classCount(outputs: number): number {
  return outputs <= 1 ? 2 : outputs;
}

/**
 * A lookup table of RGB colours: entry (k, q) is class k at confidence q / (LEVELS − 1),
 * mixed from the pale centre towards the class colour.
 * @returns [classes × LEVELS × 3] bytes
 */
export function buildLut(classes: number): Uint8Array {
  const lut = new Uint8Array(classes * LEVELS * 3);
  for (let k = 0; k < classes; k++) {
    for (let q = 0; q < LEVELS; q++) {
      const rgb = mixRgb(NEUTRAL_RGB, classRgb(k), (q / (LEVELS - 1)) * MAX_STRENGTH);
      const at = (k * LEVELS + q) * 3;
      lut[at] = Math.round(rgb[0]);
      lut[at + 1] = Math.round(rgb[1]);
      lut[at + 2] = Math.round(rgb[2]);
    }
  }
  return lut;
}

/** Confidence in [0, 1] to a table level (clamped; NaN never reaches here). */
function level(confidence: number): number {
  return confidence >= 1 ? LEVELS - 1 : confidence > 0 ? (confidence * (LEVELS - 1) + 0.5) | 0 : 0;
}

/**
 * Paints one pixel per grid cell and counts the cells each class wins.
 * One output: p > 0.5 is class 1, confidence |2p − 1| (a diverging scale centred on 0.5).
 * Several outputs: the arg-max class, confidence (p_max − 1/K) / (1 − 1/K).
 * A cell with a NaN output is painted grey and counted in `counts[classes]`.
 * @param output [cells × outputs] row-major, cell 0 at the top left
 * @param lut from {@link buildLut} with classCount(outputs) classes
 * @param pixels [cells × 4] RGBA (an ImageData's data), written in place
 * @param counts [classes + 1], overwritten: cells per class, then invalid cells
 * @param discretize every cell at full strength: only which class wins shows
 */
export function paintSurface(
  output: Float32Array,
  cells: number,
  outputs: number,
  lut: Uint8Array,
  pixels: Uint8ClampedArray,
  counts: Float64Array,
  discretize = false,
): void {
  const classes = classCount(outputs);
  counts.fill(0);
  const chance = 1 / classes;
  for (let c = 0; c < cells; c++) {
    let k = 0;
    let confidence = 0;
    if (outputs <= 1) {
      const p = output[c];
      if (p > 0.5) {
        k = 1;
        confidence = 2 * p - 1;
      } else if (p <= 0.5) {
        confidence = 1 - 2 * p;
      } else k = -1; // NaN
    } else {
      // x: [cells, outputs]; the first NaN makes the cell invalid.
      let best = -Infinity;
      const base = c * outputs;
      for (let o = 0; o < outputs; o++) {
        const v = output[base + o];
        if (v !== v) {
          best = NaN;
          break;
        }
        if (v > best) {
          best = v;
          k = o;
        }
      }
      if (best !== best) k = -1;
      else confidence = (best - chance) / (1 - chance);
    }
    const px = c * 4;
    if (k < 0) {
      counts[classes]++;
      pixels[px] = INVALID_RGB[0];
      pixels[px + 1] = INVALID_RGB[1];
      pixels[px + 2] = INVALID_RGB[2];
    } else {
      counts[k]++;
      const at = (k * LEVELS + (discretize ? LEVELS - 1 : level(confidence))) * 3;
      pixels[px] = lut[at];
      pixels[px + 1] = lut[at + 1];
      pixels[px + 2] = lut[at + 2];
    }
    pixels[px + 3] = 255;
  }
}
