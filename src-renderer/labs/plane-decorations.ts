/**
 * What a lab's plane draws besides points and lines: the positive side of a unit's line shaded
 * (where a·x1 + b·x2 + c ≥ 0, the unit answers 1) and its weight vector (a, b), which stands at
 * right angles to the line and points into that side (after Hagan's perceptron demos).
 */
import { innerSize, toSvg, type PlotArea } from './plot-area';
import { boxPolygon, clipToHalfPlane } from './regions/half-plane-region';

/** A line a·x1 + b·x2 + c = 0 as LabsPlane draws it. */
export interface PlaneLine {
  a: number;
  b: number;
  c: number;
  /** CSS class: labs-line-main, labs-line-alt, labs-line-ref, labs-line-h1, labs-line-h2 */
  kind: string;
  label: string;
  /** shade the side where a·x1 + b·x2 + c ≥ 0 */
  shade?: boolean;
  /** draw the weight vector (a, b) from the middle of the line */
  normal?: boolean;
  /** the vector's name beside its arrow (default w) */
  normalName?: string;
}

/** The positive side of each line that asks for shading, inside the box, as SVG points. */
export function shadePolygons(
  lines: readonly PlaneLine[],
  f: PlotArea,
): { key: string; kind: string; pts: string }[] {
  return lines.flatMap((l) => {
    if (!l.shade) return [];
    // the box is the square the planes draw: x and y share one range
    const poly = clipToHalfPlane(boxPolygon(f.x[0], f.x[1]), { w1: l.a, w2: l.b, theta: -l.c });
    if (poly.length === 0) return [];
    const pts = poly.map((q) => toSvg(f, q[0], q[1]).join(',')).join(' ');
    return [{ key: `${l.kind}${l.label}`, kind: l.kind, pts }];
  });
}

/**
 * The weight vector of each visible line that asks for it: an arrow from the middle of the
 * line's segment (SVG coordinates), 14% of the plot long, in the direction (a, b).
 */
export function weightArrows(
  segments: readonly (PlaneLine & { x1: number; y1: number; x2: number; y2: number })[],
  f: PlotArea,
): { key: string; name: string; x1: number; y1: number; x2: number; y2: number }[] {
  return segments.flatMap((s) => {
    if (!s.normal) return [];
    const len = Math.hypot(s.a, s.b);
    const span = innerSize(f)[0] * 0.14;
    const [mx, my] = [(s.x1 + s.x2) / 2, (s.y1 + s.y2) / 2];
    // SVG y runs down: the data direction (a, b) is (a, −b) on screen
    const [dx, dy] = [(s.a / len) * span, (-s.b / len) * span];
    const name = s.normalName ?? 'w';
    return [{ key: `${s.kind}${s.label}`, name, x1: mx, y1: my, x2: mx + dx, y2: my + dy }];
  });
}

/**
 * A region given cell by cell (an n × n grid over the box, row-major from the top-left, true
 * inside) as one SVG path with a rectangle per run of inside cells in a row: a grid of
 * thousands of cells costs a few dozen subpaths, and being one shape its translucent fill
 * does not darken where neighbouring runs touch.
 */
export function regionPath(region: { n: number; inside: readonly boolean[] }, f: PlotArea): string {
  const { n, inside } = region;
  const [w, h] = innerSize(f);
  const [cw, ch] = [w / n, h / n];
  const parts: string[] = [];
  for (let r = 0; r < n; r++) {
    let c = 0;
    while (c < n) {
      if (!inside[r * n + c]) {
        c++;
        continue;
      }
      const start = c;
      while (c < n && inside[r * n + c]) c++;
      const x = f.margin.l + start * cw;
      const y = f.margin.t + r * ch;
      // a hair of overlap so that antialiasing leaves no seam between rows
      parts.push(
        `M${x.toFixed(2)},${y.toFixed(2)}h${((c - start) * cw).toFixed(2)}v${(ch + 0.4).toFixed(2)}h${(-(c - start) * cw).toFixed(2)}z`,
      );
    }
  }
  return parts.join('');
}
