/**
 * A scatter of a file's previewed rows when the chosen inputs are two numeric columns: the
 * first rows as they will be read, coloured by the target's class (or value).
 */
import type { ScatterPoints } from './scatter-points';

export interface PreviewForScatter {
  columns: readonly { name: string }[];
  firstRows: readonly (readonly (string | null)[])[];
  decimalComma: boolean;
}

const toNumber = (cell: string | null, decimalComma: boolean): number =>
  cell === null ? NaN : Number(decimalComma ? cell.replace(',', '.') : cell);

/** The numeric input columns (indices into the file's columns): the axes a scatter can have. */
export function numericInputs(roles: readonly string[], types: readonly string[]): number[] {
  return roles.flatMap((r, i) => (r === 'input' && types[i] === 'numeric' ? [i] : []));
}

/**
 * The preview's rows as points, or null unless two numeric inputs are there to plot and a
 * target is chosen. Rows with a missing or unreadable coordinate are left out.
 * @param axes positions in {@link numericInputs} of the columns across and up
 */
export function previewScatter(
  preview: PreviewForScatter,
  roles: readonly string[],
  types: readonly string[],
  axes: readonly [number, number] = [0, 1],
): ScatterPoints | null {
  const inputs = numericInputs(roles, types);
  const target = roles.indexOf('target');
  const a = inputs[axes[0]];
  const b = inputs[axes[1]];
  if (a === undefined || b === undefined || target < 0) return null;
  const classes = types[target] === 'categorical';
  const xy: number[] = [];
  const labels: number[] = [];
  const values: number[] = [];
  const classNames: string[] = [];
  for (const cells of preview.firstRows) {
    const x = toNumber(cells[a], preview.decimalComma);
    const y = toNumber(cells[b], preview.decimalComma);
    const t = cells[target];
    if (!Number.isFinite(x) || !Number.isFinite(y) || t === null) continue;
    xy.push(x, y);
    if (classes) {
      let k = classNames.indexOf(t);
      if (k < 0) k = classNames.push(t) - 1;
      labels.push(k);
    } else values.push(toNumber(t, preview.decimalComma));
  }
  if (xy.length === 0) return null;
  return {
    m: xy.length / 2,
    xy: Float32Array.from(xy),
    labels: classes ? Int32Array.from(labels) : null,
    values: classes ? null : Float32Array.from(values),
    xName: preview.columns[a].name,
    yName: preview.columns[b].name,
    classNames,
  };
}
