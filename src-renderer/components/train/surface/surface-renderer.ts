// Draws the decision surface on a canvas: the n × n map is painted into a small offscreen
// canvas (one pixel per cell) and scaled up; the data points live on their own offscreen
// layer, redrawn only when the points, the box or the size change. A surface update therefore
// costs one O(n²) paint and two drawImage calls.
import { classRgb, toHex, UNLABELLED_RGB } from './palette';
import { buildLut, classCount, paintSurface } from './surface-paint';
import { sameBox, toCanvasX, toCanvasY, type Box, type SurfacePoints } from './surface-geometry';

/** The network's outputs on an n × n grid of cell centres, row 0 at the top (y = yMax). */
export interface SurfaceData {
  n: number;
  box: Box;
  outputs: number;
  /** [n² × outputs] row-major */
  output: Float32Array;
}

// A thin dark edge around a white ring around the class colour (as TensorFlow Playground's
// white-outlined points): a point stays visible on a region of its own colour.
const POINT_OUTLINE_DARK = 'rgba(20, 24, 33, 0.6)';
const POINT_OUTLINE_LIGHT = 'rgba(255, 255, 255, 1)';
const EMPTY_FILL = '#e4e6ec';

/** Point radius in CSS pixels: smaller when there are many points. */
export function pointRadius(m: number): number {
  return m > 1000 ? 2 : m > 300 ? 2.75 : 3.5;
}

/** Draws a decision surface and data points on one canvas. */
export class SurfaceRenderer {
  private readonly ctx: CanvasRenderingContext2D;
  private readonly heat = document.createElement('canvas');
  private readonly heatCtx: CanvasRenderingContext2D;
  private image: ImageData | null = null;
  private lut: Uint8Array | null = null;
  private lutClasses = 0;
  private hasSurface = false;
  private readonly layer = document.createElement('canvas');
  private layerBox: Box | null = null;
  private layerPoints: SurfacePoints | null = null;
  private layerShowTest = false;
  private discretize = false;
  private side = 0;
  private dpr = 1;
  /** Cells per class then NaN cells, from the last surface (null before one). */
  counts: Float64Array | null = null;

  constructor(private readonly canvas: HTMLCanvasElement) {
    this.ctx = canvas.getContext('2d')!;
    this.heatCtx = this.heat.getContext('2d')!;
  }

  /** Sizes the canvas to `cssSize` × `cssSize` CSS pixels at the given device pixel ratio. */
  resize(cssSize: number, dpr: number): void {
    const side = Math.max(1, Math.round(cssSize * dpr));
    if (side === this.side) return;
    this.side = side;
    this.dpr = dpr;
    this.canvas.width = this.canvas.height = side;
    this.layer.width = this.layer.height = side;
    this.layerBox = null; // the points layer must be redrawn
  }

  /** Paints a new surface (or forgets it) into the offscreen map. O(n² × outputs).
   * @param discretize only which class wins shows (no shades of confidence) */
  setSurface(surface: SurfaceData | null, discretize = false): void {
    this.discretize = discretize;
    if (surface === null) {
      this.hasSurface = false;
      this.counts = null;
      return;
    }
    const { n, outputs } = surface;
    const classes = classCount(outputs);
    if (this.lutClasses !== classes || this.lut === null) {
      this.lut = buildLut(classes);
      this.lutClasses = classes;
    }
    if (this.counts?.length !== classes + 1) this.counts = new Float64Array(classes + 1);
    if (this.image?.width !== n) {
      this.heat.width = this.heat.height = n;
      this.image = this.heatCtx.createImageData(n, n);
    }
    paintSurface(
      surface.output,
      n * n,
      outputs,
      this.lut,
      this.image.data,
      this.counts,
      this.discretize,
    );
    this.heatCtx.putImageData(this.image, 0, 0);
    this.hasSurface = true;
  }

  /**
   * Redraws the points layer if the points, the box, the size or `showTest` changed. Points
   * of the test part are drawn (as rings) only with `showTest`.
   */
  setPoints(points: SurfacePoints | null, box: Box, showTest = false): void {
    if (
      points === this.layerPoints &&
      showTest === this.layerShowTest &&
      this.layerBox !== null &&
      sameBox(box, this.layerBox)
    ) {
      return;
    }
    this.layerPoints = points;
    this.layerShowTest = showTest;
    this.layerBox = { ...box };
    const ctx = this.layer.getContext('2d')!;
    ctx.clearRect(0, 0, this.side, this.side);
    if (points === null || points.m === 0) return;
    const dpr = this.dpr;
    const r = pointRadius(points.m) * dpr;
    const classes = maxLabel(points) + 1;
    const parts = points.parts ?? null;
    // Training (and validation) points filled, then test points as rings, each kind in one
    // path per class (k = −1: unlabelled), stroked dark, stroked white and filled, so every
    // point has a two-tone rim on any background.
    for (const test of showTest && parts ? [false, true] : [false])
      for (let k = -1; k < classes; k++) {
        ctx.beginPath();
        let any = false;
        for (let i = 0; i < points.m; i++) {
          const label = points.labels ? points.labels[i] : -1;
          if (k === -1 ? label >= 0 : label !== k) continue;
          if (parts && (parts[i] === 2) !== test) continue;
          const x = toCanvasX(box, this.side, points.x[2 * i]);
          const y = toCanvasY(box, this.side, points.x[2 * i + 1]);
          if (!(x >= -r && x <= this.side + r && y >= -r && y <= this.side + r)) continue;
          ctx.moveTo(x + r, y);
          ctx.arc(x, y, r, 0, 2 * Math.PI);
          any = true;
        }
        if (!any) continue;
        const colour = toHex(k >= 0 ? classRgb(k) : UNLABELLED_RGB);
        ctx.lineWidth = 3.2 * dpr;
        ctx.strokeStyle = POINT_OUTLINE_DARK;
        ctx.stroke();
        ctx.lineWidth = 1.8 * dpr;
        ctx.strokeStyle = test ? colour : POINT_OUTLINE_LIGHT;
        ctx.stroke();
        ctx.fillStyle = test ? POINT_OUTLINE_LIGHT : colour;
        ctx.fill();
      }
  }

  /** Composites the map (or a plain background) and the points onto the visible canvas. */
  draw(): void {
    const { ctx, side } = this;
    if (this.hasSurface) {
      ctx.imageSmoothingEnabled = true;
      ctx.imageSmoothingQuality = 'low';
      ctx.drawImage(this.heat, 0, 0, this.heat.width, this.heat.height, 0, 0, side, side);
    } else {
      ctx.fillStyle = EMPTY_FILL;
      ctx.fillRect(0, 0, side, side);
    }
    ctx.drawImage(this.layer, 0, 0);
  }
}

/** The largest label (−1 without labels or points). */
export function maxLabel(points: SurfacePoints | null): number {
  let max = -1;
  if (points?.labels) {
    for (let i = 0; i < points.m; i++) if (points.labels[i] > max) max = points.labels[i];
  }
  return max;
}
