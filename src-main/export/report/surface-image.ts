import { outputsToLabels } from '../../../src-engine/metrics/outputs-to-labels';
import type { ExportableModel } from '../exportable-model';
import { inputPipeline } from '../exportable-model';
import { predictRaw } from '../predict-raw';
import { encodePng } from './png';
import { classColour, curveColour, tint } from './report-colours';
import type { ReportSurface } from './report-input';

/** Grid cells per side of a surface image. */
const GRID = 90;
/** The most data points drawn over it. */
const MAX_POINTS = 400;

/**
 * The model's answer over the plane of 2-D data, computed with the engine: for
 * classification each cell takes its predicted class's colour (paler where the model is less
 * sure); for regression a ramp from low to high output. The box is the data's extent with a
 * 10% margin. Returns undefined unless the model reads exactly two raw inputs.
 * @param x raw inputs [rows, 2]; labels: class per row (classification)
 */
export function surfaceOf(
  m: ExportableModel,
  x: Float32Array,
  labels: Int32Array | undefined,
  classNames: string[] | undefined,
  axes: [string, string],
): ReportSurface | undefined {
  if (inputPipeline(m).rawInputs !== 2 || x.length < 2) return undefined;
  const rows = x.length / 2;
  let [xMin, xMax, yMin, yMax] = [Infinity, -Infinity, Infinity, -Infinity];
  for (let r = 0; r < rows; r++) {
    xMin = Math.min(xMin, x[2 * r]);
    xMax = Math.max(xMax, x[2 * r]);
    yMin = Math.min(yMin, x[2 * r + 1]);
    yMax = Math.max(yMax, x[2 * r + 1]);
  }
  const pad = (lo: number, hi: number) => Math.max((hi - lo) * 0.1, 0.5);
  const box = {
    xMin: xMin - pad(xMin, xMax),
    xMax: xMax + pad(xMin, xMax),
    yMin: yMin - pad(yMin, yMax),
    yMax: yMax + pad(yMin, yMax),
  };
  const grid = new Float32Array(GRID * GRID * 2);
  for (let row = 0; row < GRID; row++) {
    const y = box.yMax - ((row + 0.5) / GRID) * (box.yMax - box.yMin);
    for (let col = 0; col < GRID; col++) {
      const i = row * GRID + col;
      grid[2 * i] = box.xMin + ((col + 0.5) / GRID) * (box.xMax - box.xMin);
      grid[2 * i + 1] = y;
    }
  }
  const outputs = m.model.spec.layers[m.model.spec.layers.length - 1].units;
  const values = predictRaw(m, grid, GRID * GRID);
  const rgb = new Uint8Array(GRID * GRID * 3);
  let legend: ReportSurface['legend'];
  if (labels && classNames) {
    const classes = outputsToLabels(values, GRID * GRID, outputs);
    for (let i = 0; i < GRID * GRID; i++) {
      const k = classes[i];
      const sure = outputs === 1 ? Math.abs(values[i] - 0.5) * 2 : values[i * outputs + k];
      rgb.set(tint(classColour(k), 0.25 + 0.35 * Math.min(1, Math.max(0, sure))), i * 3);
    }
    legend = classNames.map((label, k) => ({ label, colour: classColour(k) }));
  } else {
    let lo = Infinity;
    let hi = -Infinity;
    for (let i = 0; i < GRID * GRID; i++) {
      lo = Math.min(lo, values[i * outputs]);
      hi = Math.max(hi, values[i * outputs]);
    }
    const low = tint(curveColour(0), 0.6);
    const high = tint(curveColour(5), 0.6);
    for (let i = 0; i < GRID * GRID; i++) {
      const t = hi > lo ? (values[i * outputs] - lo) / (hi - lo) : 0.5;
      rgb.set(
        low.map((c, j) => Math.round(c + (high[j] - c) * t)),
        i * 3,
      );
    }
    legend = [
      { label: `low (${lo.toPrecision(3)})`, colour: curveColour(0) },
      { label: `high (${hi.toPrecision(3)})`, colour: curveColour(5) },
    ];
  }
  const step = Math.max(1, Math.ceil(rows / MAX_POINTS));
  const points: ReportSurface['points'] = [];
  for (let r = 0; r < rows; r += step)
    points.push({ x: x[2 * r], y: x[2 * r + 1], cls: labels ? labels[r] : -1 });
  return { png: encodePng(rgb, GRID, GRID), box, points, legend, axes };
}
