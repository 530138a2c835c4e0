/**
 * The rectangle a lab figure plots in: data ranges across (x, left to right) and up (y, bottom
 * to top) drawn inside an SVG of `width` × `height`, with margins left for ticks and axis names.
 * The planes are the square case (`squareArea`); charts and maps size theirs freely.
 */
export interface PlotArea {
  width: number;
  height: number;
  /** room around the plot, in SVG units: left, right, top, bottom */
  margin: { l: number; r: number; t: number; b: number };
  /** data range across */
  x: readonly [number, number];
  /** data range up */
  y: readonly [number, number];
}

/** A square plot of min … max on both axes, `size` wide with the same margin all round. */
export function squareArea(min: number, max: number, size: number, margin: number): PlotArea {
  const m = { l: margin, r: margin, t: margin, b: margin };
  return { width: size, height: size, margin: m, x: [min, max], y: [min, max] };
}

/** The plot's inner width and height (SVG units). */
export function innerSize(a: PlotArea): [number, number] {
  return [a.width - a.margin.l - a.margin.r, a.height - a.margin.t - a.margin.b];
}

/** Data (x, y) to SVG coordinates (y runs down in SVG). */
export function toSvg(a: PlotArea, x: number, y: number): [number, number] {
  const [w, h] = innerSize(a);
  return [
    a.margin.l + ((x - a.x[0]) / (a.x[1] - a.x[0])) * w,
    a.margin.t + ((a.y[1] - y) / (a.y[1] - a.y[0])) * h,
  ];
}

/** SVG coordinates back to data (x, y). */
export function fromSvg(a: PlotArea, sx: number, sy: number): [number, number] {
  const [w, h] = innerSize(a);
  return [
    a.x[0] + ((sx - a.margin.l) / w) * (a.x[1] - a.x[0]),
    a.y[1] - ((sy - a.margin.t) / h) * (a.y[1] - a.y[0]),
  ];
}

/**
 * A round distance between ticks (1, 2 or 5 times a power of ten) that puts about `count`
 * ticks on a span.
 */
export function niceStep(span: number, count = 5): number {
  if (!(span > 0) || !Number.isFinite(span)) return 1;
  const raw = span / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  return [1, 2, 5, 10].map((k) => k * power).find((s) => s >= raw * (1 - 1e-9)) ?? 10 * power;
}

/**
 * The multiples of `step` from lo to hi (a hair of tolerance at both ends), with the float
 * noise of repeated addition rounded off and no −0.
 */
export function ticksEvery(lo: number, hi: number, step: number): number[] {
  if (!(step > 0) || !Number.isFinite(lo) || !Number.isFinite(hi)) return [];
  const eps = 1e-9 * Math.max(1, Math.abs(hi - lo));
  const out: number[] = [];
  for (let k = Math.ceil((lo - eps) / step); k * step <= hi + eps; k++) {
    out.push(Number((k * step).toPrecision(12)) + 0);
  }
  return out;
}

/**
 * Round tick values over both ranges of a plot, about one every 75 SVG units (three at the
 * least), so that a small chart is not crowded and a large plane is not bare.
 */
export function roundTicks(a: PlotArea): { x: number[]; y: number[] } {
  const [w, h] = innerSize(a);
  const on = (range: readonly [number, number], length: number): number[] => {
    const [lo, hi] = [Math.min(...range), Math.max(...range)];
    return ticksEvery(lo, hi, niceStep(hi - lo, Math.max(3, Math.round(length / 75))));
  };
  return { x: on(a.x, w), y: on(a.y, h) };
}

/** A tick that brings its own text (a log scale's 10⁻³ written at −3). */
export interface PlotTick {
  value: number;
  text: string;
}

/**
 * How a lab's 2-D plane is drawn (LabsPlot's props): a square of `size` from min to max on both
 * axes, a tick and a grid line every `step`, the axes through 0 and a framed background.
 */
export function planeAxes(
  min: number,
  max: number,
  size = 360,
  step = niceStep(max - min, 4),
): {
  area: PlotArea;
  xTicks: number[];
  yTicks: number[];
  grid: 'solid';
  axes: 'zero';
  framed: true;
} {
  const ticks = ticksEvery(min, max, step);
  const area = squareArea(min, max, size, 26);
  return { area, xTicks: ticks, yTicks: ticks, grid: 'solid', axes: 'zero', framed: true };
}
