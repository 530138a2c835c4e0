/**
 * The visible piece of a line a·x1 + b·x2 + c = 0 on a lab's 2-D plane, and numbers rounded
 * for display (data to SVG coordinates: plot-area.ts).
 */

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
