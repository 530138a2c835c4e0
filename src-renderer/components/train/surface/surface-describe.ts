// The decision surface's text alternative (the canvas's aria-label).
import { i18n } from '../../../i18n';
import { formatTick, type Box } from './surface-geometry';

const t = i18n.global.t;

/** "1 data point", "200 data points", "no data points". */
function pointsPhrase(m: number): string {
  return t('train.surface.points', { m }, m);
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
  const where = t('train.surface.where', {
    x0: formatTick(box.xMin),
    x1: formatTick(box.xMax),
    y0: formatTick(box.yMin),
    y1: formatTick(box.yMax),
  });
  if (counts === null) return t('train.surface.notYet', { points: pointsPhrase(m) });
  const classes = counts.length - 1;
  let total = 0;
  for (let k = 0; k <= classes; k++) total += counts[k];
  const invalid = counts[classes];
  let prediction: string;
  if (classes === 2) {
    prediction = t('train.surface.twoClasses', { share: percent(counts[1], total) });
  } else {
    const parts: string[] = [];
    for (let k = 0; k < classes; k++) {
      parts.push(t('train.surface.classOn', { k, share: percent(counts[k], total) }));
    }
    prediction = t('train.surface.manyClasses', { parts: parts.join(', ') });
  }
  const nan = invalid > 0 ? t('train.surface.nan', { share: percent(invalid, total) }) : '';
  return t('train.surface.label', { where, prediction, nan, points: pointsPhrase(m) });
}
