// The decision surface's text alternative (the canvas's aria-label).
import { formatTick, type Box } from './surface-geometry';

/** "1 data point", "200 data points", "no data points". */
function pointsPhrase(m: number): string {
  if (m === 0) return 'no data points';
  return m === 1 ? '1 data point' : `${m} data points`;
}

/** Whole percent of `part` in `total` (0 when total is 0). */
function percent(part: number, total: number): number {
  return total > 0 ? Math.round((100 * part) / total) : 0;
}

/**
 * Describes the map in one sentence, e.g. "Decision surface over x from −6 to 6 and y from −6
 * to 6: 58% of the plane predicted class 1; 200 data points."
 * @param counts cells won by each class, then the cells with NaN outputs (from paintSurface);
 *   null when no surface has been computed
 * @param m how many data points are drawn
 */
export function describeSurface(box: Box, counts: ArrayLike<number> | null, m: number): string {
  const where =
    `over x from ${formatTick(box.xMin)} to ${formatTick(box.xMax)} ` +
    `and y from ${formatTick(box.yMin)} to ${formatTick(box.yMax)}`;
  if (counts === null) return `Decision surface not computed yet; ${pointsPhrase(m)}.`;
  const classes = counts.length - 1;
  let total = 0;
  for (let k = 0; k <= classes; k++) total += counts[k];
  const invalid = counts[classes];
  let prediction: string;
  if (classes === 2) {
    prediction = `${percent(counts[1], total)}% of the plane predicted class 1`;
  } else {
    const parts: string[] = [];
    for (let k = 0; k < classes; k++) {
      parts.push(`class ${k} on ${percent(counts[k], total)}%`);
    }
    prediction = `predicted ${parts.join(', ')} of the plane`;
  }
  const nan = invalid > 0 ? `; the output is NaN on ${percent(invalid, total)}%` : '';
  return `Decision surface ${where}: ${prediction}${nan}; ${pointsPhrase(m)}.`;
}
