// How a weight looks on a link: colour by sign, width and opacity by magnitude relative to the
// largest |w| in the network.
import { i18n } from '../../../i18n';
import { NEGATIVE_HEX, NEUTRAL_LINK_HEX, POSITIVE_HEX } from '../surface/palette';
import type { DiagramLink } from './diagram-layout';
import { formatSignificant } from '../../../i18n/format';

/** Dense weights: W[l] is layer l's [outputs][inputs] matrix, b[l] its [outputs] biases. */
export interface DiagramWeights {
  W: number[][][];
  b: number[][];
}

/** A link's or a neuron's look. */
export interface WeightLook {
  color: string;
  width: number;
  opacity: number;
  /** the tooltip, e.g. "x1 → h1.2: weight 0.532" */
  title: string;
}

export const MIN_WIDTH = 0.5;
export const MAX_WIDTH = 6;
export const MIN_OPACITY = 0.2;
const NEUTRAL_WIDTH = 1;
const NEUTRAL_OPACITY = 0.45;

/** The largest finite |x| in rows of numbers (0 if none). Plain loops: W can be 784 × 128. */
export function maxAbs(rows: readonly (readonly number[])[]): number {
  let max = 0;
  for (const row of rows) {
    for (let i = 0; i < row.length; i++) {
      const a = Math.abs(row[i]);
      if (a > max && a !== Infinity) max = a;
    }
  }
  return max;
}

/** The largest finite |w| over every layer's matrix (0 if none). */
export function maxAbsWeight(W: readonly (readonly (readonly number[])[])[]): number {
  let max = 0;
  for (const matrix of W) max = Math.max(max, maxAbs(matrix));
  return max;
}

/** |w| / max clamped to [0, 1] (0 for NaN; 0 for every weight when max is 0). */
export function magnitude(w: number, max: number): number {
  if (!(max > 0)) return 0;
  const r = Math.abs(w) / max;
  return r >= 1 ? 1 : r > 0 ? r : 0;
}

/** Stroke width in px: MIN_WIDTH … MAX_WIDTH, linear in |w| / max. */
export function linkWidth(w: number, max: number): number {
  return MIN_WIDTH + (MAX_WIDTH - MIN_WIDTH) * magnitude(w, max);
}

/** Stroke opacity: MIN_OPACITY … 1, linear in |w| / max. */
export function linkOpacity(w: number, max: number): number {
  return MIN_OPACITY + (1 - MIN_OPACITY) * magnitude(w, max);
}

/** Blue for positive, orange for negative, grey for zero or NaN. */
export function weightColor(w: number): string {
  return w > 0 ? POSITIVE_HEX : w < 0 ? NEGATIVE_HEX : NEUTRAL_LINK_HEX;
}

/** A weight for a label or tooltip: three significant digits in the language, a real minus sign. */
export function formatWeight(w: number): string {
  if (!Number.isFinite(w)) return String(w);
  return formatSignificant(w, 3).replace('-', '−');
}

/** The neutral look of a link before any weights exist. */
export function neutralLook(title: string): WeightLook {
  return { color: NEUTRAL_LINK_HEX, width: NEUTRAL_WIDTH, opacity: NEUTRAL_OPACITY, title };
}

/**
 * Each link's look, parallel to `links`. A weight missing from `weights` (the design changed
 * before new weights arrived) looks neutral.
 * @param names names[c][k] is the name of unit k of column c, for the tooltips
 */
export function linkLooks(
  links: readonly DiagramLink[],
  weights: DiagramWeights | null,
  names: readonly (readonly string[])[],
): WeightLook[] {
  const max = weights ? maxAbsWeight(weights.W) : 0;
  // one lookup per call: this runs for every link several times a second while training
  const word = i18n.global.t('train.diagram.weight');
  return links.map((link) => {
    const route = `${names[link.layer][link.from]} → ${names[link.layer + 1][link.to]}`;
    const w = weights?.W[link.layer]?.[link.to]?.[link.from];
    if (typeof w !== 'number') return neutralLook(route);
    return {
      color: weightColor(w),
      width: linkWidth(w, max),
      opacity: linkOpacity(w, max),
      title: `${route}: ${word} ${formatWeight(w)}`,
    };
  });
}

/**
 * The look of each drawn neuron's fill from its bias (scaled to the largest |b|), column by
 * column; inputs and neurons without a bias get a neutral look.
 */
export function biasLooks(
  names: readonly (readonly string[])[],
  weights: DiagramWeights | null,
): WeightLook[][] {
  const max = weights ? maxAbs(weights.b) : 0;
  const word = i18n.global.t('train.diagram.bias');
  return names.map((column, c) =>
    column.map((name, k) => {
      const bias = c > 0 ? weights?.b[c - 1]?.[k] : undefined;
      if (typeof bias !== 'number') return { ...neutralLook(name), opacity: 0 };
      return {
        color: weightColor(bias),
        width: 1,
        opacity: 0.1 + 0.7 * magnitude(bias, max),
        title: `${name}: ${word} ${formatWeight(bias)}`,
      };
    }),
  );
}
