/**
 * Drawing a scatter plot: on a canvas (fast enough to redraw on every slider move) and as an
 * SVG document (for saving). Class colours are the Train view's, so a class keeps its colour
 * from the Data view to the decision surface.
 */
import { CLASS_RGB, classRgb, mixRgb, toHex } from '../components/train/surface/palette';
import { scatterBounds, type ScatterPoints } from './scatter-points';

/** Radius of a point, in CSS pixels. */
const RADIUS = 3;

/** Colour of point i: its class, or its target value between class 0 and class 1's colour. */
export function pointColors(points: ScatterPoints): string[] {
  const { labels, values } = points;
  if (labels) return Array.from(labels, (k) => toHex(classRgb(k)));
  if (values) {
    let lo = Infinity;
    let hi = -Infinity;
    for (const v of values) {
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
    const span = hi - lo || 1;
    return Array.from(values, (v) => toHex(mixRgb(CLASS_RGB[0], CLASS_RGB[1], (v - lo) / span)));
  }
  return new Array<string>(points.m).fill(toHex(CLASS_RGB[1]));
}

/** Maps data coordinates to pixels of a width × height plot (y grows upwards). */
export function projector(
  points: ScatterPoints,
  width: number,
  height: number,
): (x: number, y: number) => [number, number] {
  const b = scatterBounds(points);
  const sx = width / (b.xMax - b.xMin);
  const sy = height / (b.yMax - b.yMin);
  return (x, y) => [(x - b.xMin) * sx, height - (y - b.yMin) * sy];
}

export interface PaintStyle {
  background: string;
  /** axis lines through zero and the frame */
  grid: string;
  /** the outline that keeps pale points visible on either background */
  outline: string;
}

/** Draws the points on a canvas of width × height CSS pixels at the given pixel ratio. */
export function paintScatter(
  canvas: HTMLCanvasElement,
  points: ScatterPoints | null,
  size: { width: number; height: number; ratio: number },
  style: PaintStyle,
): void {
  const { width, height, ratio } = size;
  const w = Math.round(width * ratio);
  const h = Math.round(height * ratio);
  if (canvas.width !== w) canvas.width = w;
  if (canvas.height !== h) canvas.height = h;
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  ctx.fillStyle = style.background;
  ctx.fillRect(0, 0, width, height);
  if (!points || points.m === 0) return;
  const at = projector(points, width, height);
  const [zx, zy] = at(0, 0);
  ctx.strokeStyle = style.grid;
  ctx.lineWidth = 1;
  ctx.beginPath();
  if (zx > 0 && zx < width) {
    ctx.moveTo(Math.round(zx) + 0.5, 0);
    ctx.lineTo(Math.round(zx) + 0.5, height);
  }
  if (zy > 0 && zy < height) {
    ctx.moveTo(0, Math.round(zy) + 0.5);
    ctx.lineTo(width, Math.round(zy) + 0.5);
  }
  ctx.stroke();
  const colors = pointColors(points);
  ctx.lineWidth = 0.75;
  ctx.strokeStyle = style.outline;
  for (let i = 0; i < points.m; i++) {
    const [px, py] = at(points.xy[2 * i], points.xy[2 * i + 1]);
    ctx.beginPath();
    ctx.arc(px, py, RADIUS, 0, 2 * Math.PI);
    ctx.fillStyle = colors[i];
    ctx.fill();
    ctx.stroke();
  }
}

const escapeXml = (text: string): string =>
  text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The scatter as a standalone SVG document of width × height, titled for screen readers. */
export function scatterSvg(
  points: ScatterPoints,
  width: number,
  height: number,
  style: PaintStyle,
  title: string,
): string {
  const at = projector(points, width, height);
  const colors = pointColors(points);
  const dots: string[] = [];
  for (let i = 0; i < points.m; i++) {
    const [px, py] = at(points.xy[2 * i], points.xy[2 * i + 1]);
    dots.push(
      `<circle cx="${px.toFixed(1)}" cy="${py.toFixed(1)}" r="${RADIUS}" fill="${colors[i]}"/>`,
    );
  }
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img">`,
    `<title>${escapeXml(title)}</title>`,
    `<rect width="100%" height="100%" fill="${style.background}"/>`,
    `<g stroke="${style.outline}" stroke-width="0.75">${dots.join('')}</g>`,
    '</svg>',
  ].join('');
}
