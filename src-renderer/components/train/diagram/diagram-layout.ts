// Where the network diagram's neurons, links and labels go. Depends only on the network's
// shape, so it is recomputed when the design changes, never when the weights do.
import { describeArchitecture } from '../../../../src-engine/network/describe-architecture';

import { i18n } from '../../../i18n';

/** The network's shape as the diagram needs it. */
export interface DiagramSpec {
  inputs: number;
  layers: { units: number; activation: string }[];
}

/** A drawn neuron. `index` is its unit number within the column. */
export interface DiagramUnit {
  key: string;
  index: number;
  x: number;
  y: number;
  /** e.g. "x1", "h1.3", "y2" */
  name: string;
  /** an input's column name, written beside it */
  label?: string;
}

/** One column: the inputs, a hidden layer or the output layer. */
export interface DiagramColumn {
  key: string;
  x: number;
  /** "input", "hidden 1", …, "output" */
  title: string;
  /** the layer's activation ("" for the inputs) */
  activation: string;
  units: DiagramUnit[];
  /** the "… N more" marker for a column too large to draw fully */
  more: { y: number; count: number } | null;
}

/** A line's two ends, as an SVG `<line>` takes them. */
export interface LineEnds {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** A link from unit `from` of column `layer` to unit `to` of column `layer + 1`. */
export interface DiagramLink {
  key: string;
  /** index into weights.W: the link's weight is W[layer][to][from] */
  layer: number;
  from: number;
  to: number;
  ends: LineEnds;
}

export interface DiagramLayout {
  width: number;
  /** where input labels end (they are right-aligned to this x) */
  labelX: number;
  height: number;
  radius: number;
  columns: DiagramColumn[];
  links: DiagramLink[];
}

/** Columns up to this size are drawn fully. */
export const MAX_FULL_UNITS = 10;
/** Units drawn before the "… N more" marker in a larger column. */
export const SHOWN_UNITS = 8;

export const COLUMN_GAP = 130;
/** The narrowest column gap a diagram squeezed into a small card gets. */
export const MIN_COLUMN_GAP = 56;
export const ROW_GAP = 40;
export const RADIUS = 12;
const PAD_X = 50;
const PAD_TOP = 12;
const LABEL_SPACE = 44;

/** How many units of a column of `units` are drawn. */
export function shownUnits(units: number): number {
  return units <= MAX_FULL_UNITS ? units : SHOWN_UNITS;
}

function unitName(column: number, last: number, k: number): string {
  if (column === 0) return `x${k + 1}`;
  if (column === last) return `y${k + 1}`;
  return `h${column}.${k + 1}`;
}

/**
 * Lays out the network in columns (inputs, hidden layers, output), each centred vertically;
 * links join every drawn unit to every drawn unit of the next column.
 * Coordinates are in the SVG's user units (the viewBox is 0 0 width height).
 */
export function layoutNetwork(
  spec: DiagramSpec,
  inputNames: readonly string[] = [],
  /** the width there is (CSS pixels): columns move closer, text keeps its size */
  maxWidth = Infinity,
): DiagramLayout {
  const sizes = [spec.inputs, ...spec.layers.map((l) => l.units)];
  const last = sizes.length - 1;
  // Room on the left for the inputs' names (about 7 units a character at 12 px).
  const longest = Math.max(0, ...inputNames.slice(0, shownUnits(spec.inputs)).map((n) => n.length));
  const padLeft = Math.max(PAD_X, RADIUS + 12 + Math.min(longest, 24) * 7);
  const room = last > 0 ? (maxWidth - padLeft - PAD_X) / last : COLUMN_GAP;
  const gap = Math.max(MIN_COLUMN_GAP, Math.min(COLUMN_GAP, Math.floor(room)));
  const slots = sizes.map((n) => shownUnits(n) + (n > shownUnits(n) ? 1 : 0));
  const rows = Math.max(1, ...slots);
  const columns = sizes.map((n, c): DiagramColumn => {
    const x = padLeft + c * gap;
    const top = PAD_TOP + ((rows - slots[c]) * ROW_GAP) / 2 + ROW_GAP / 2;
    const shown = shownUnits(n);
    const units = Array.from({ length: shown }, (_, k) => ({
      key: `${c}:${k}`,
      index: k,
      x,
      y: top + k * ROW_GAP,
      name: unitName(c, last, k),
      ...(c === 0 && inputNames[k] ? { label: shorten(inputNames[k]) } : {}),
    }));
    return {
      key: `c${c}`,
      x,
      title: columnTitle(c, last, gap < 100),
      activation: c === 0 ? '' : spec.layers[c - 1].activation,
      units,
      more: n > shown ? { y: top + shown * ROW_GAP, count: n - shown } : null,
    };
  });
  const links: DiagramLink[] = [];
  for (let l = 0; l < last; l++) {
    for (const to of columns[l + 1].units) {
      for (const from of columns[l].units) {
        links.push({
          key: `${l}:${to.index}:${from.index}`,
          layer: l,
          from: from.index,
          to: to.index,
          ends: { x1: from.x + RADIUS, y1: from.y, x2: to.x - RADIUS, y2: to.y },
        });
      }
    }
  }
  return {
    width: padLeft + PAD_X + last * gap,
    labelX: padLeft - RADIUS - 6,
    height: PAD_TOP + rows * ROW_GAP + LABEL_SPACE,
    radius: RADIUS,
    columns,
    links,
  };
}

/** "input", "hidden 2", "output"; "in", "h2", "out" where columns stand close. */
function columnTitle(c: number, last: number, short: boolean): string {
  const kind = c === 0 ? 'input' : c === last ? 'output' : 'hidden';
  return i18n.global.t(`train.diagram.${kind}${short ? 'Short' : ''}`, { c });
}

/** A name cut to 24 characters with an ellipsis. */
function shorten(name: string): string {
  return name.length > 24 ? `${name.slice(0, 23)}…` : name;
}

/** "Network 2–4–1: tanh, sigmoid" (the sizes, then each layer's activation). */
export function describeNetwork(spec: DiagramSpec): string {
  const sizes = describeArchitecture(spec, { separator: '–' });
  const activations = spec.layers.map((l) => l.activation).join(', ');
  const t = i18n.global.t;
  return activations
    ? t('train.diagram.labelWith', { sizes, activations })
    : t('train.diagram.label', { sizes });
}
