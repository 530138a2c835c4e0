/**
 * Coordinates of the labs' 2-D planes: data space (x1 right, x2 up, a square box) to SVG space
 * (y down) and back, and the visible piece of a line a·x1 + b·x2 + c = 0.
 */

/** A square data box −range … range mapped onto an SVG square of `size` with a margin. */
export interface PlaneFrame {
  min: number;
  max: number;
  size: number;
  margin: number;
}

export function toSvg(f: PlaneFrame, x1: number, x2: number): [number, number] {
  const span = f.size - 2 * f.margin;
  const sx = f.margin + ((x1 - f.min) / (f.max - f.min)) * span;
  const sy = f.margin + ((f.max - x2) / (f.max - f.min)) * span;
  return [sx, sy];
}

export function fromSvg(f: PlaneFrame, sx: number, sy: number): [number, number] {
  const span = f.size - 2 * f.margin;
  const x1 = f.min + ((sx - f.margin) / span) * (f.max - f.min);
  const x2 = f.max - ((sy - f.margin) / span) * (f.max - f.min);
  return [x1, x2];
}

/**
 * The segment of the line a·x1 + b·x2 + c = 0 inside the box [min, max]², in data coordinates,
 * or null when the line misses the box or a = b = 0.
 */
export function clipLine(
  a: number,
  b: number,
  c: number,
  min: number,
  max: number,
): [[number, number], [number, number]] | null {
  if (a === 0 && b === 0) return null;
  const hits: [number, number][] = [];
  const add = (x1: number, x2: number): void => {
    const eps = 1e-9 * (max - min);
    if (x1 < min - eps || x1 > max + eps || x2 < min - eps || x2 > max + eps) return;
    if (hits.some((h) => Math.abs(h[0] - x1) < eps && Math.abs(h[1] - x2) < eps)) return;
    hits.push([x1, x2]);
  };
  if (b !== 0) {
    add(min, -(a * min + c) / b);
    add(max, -(a * max + c) / b);
  }
  if (a !== 0) {
    add(-(b * min + c) / a, min);
    add(-(b * max + c) / a, max);
  }
  return hits.length >= 2 ? [hits[0], hits[1]] : null;
}

/** Rounds for display: at most `digits` decimals, "-0" shown as "0". */
export function round(v: number, digits = 3): string {
  const r = Math.round(v * 10 ** digits) / 10 ** digits;
  return String(Object.is(r, -0) ? 0 : r);
}
