/**
 * Fewer points for a long line: echarts redraws a whole line for every update, so a run of
 * 100,000 epochs is drawn from a bounded number of points. Each bucket of consecutive points
 * keeps its lowest and its highest (so spikes such as a diverging loss stay visible), in
 * their order; the last point is always kept.
 */

/**
 * @param points [x, y] pairs in x order
 * @param max the most points returned (at least 4)
 * @returns `points` itself when it is short enough, else a new array of at most `max` points
 */
export function decimate(points: readonly [number, number][], max: number): [number, number][] {
  const n = points.length;
  if (n <= max) return points as [number, number][];
  const buckets = Math.max(1, Math.floor((max - 1) / 2));
  const size = n / buckets;
  const out: [number, number][] = [];
  for (let b = 0; b < buckets; b++) {
    const start = Math.floor(b * size);
    const end = Math.min(n, Math.floor((b + 1) * size));
    let lo = start;
    let hi = start;
    for (let i = start + 1; i < end; i++) {
      // NaN never wins a comparison: a bucket of NaN keeps its first point.
      if (points[i][1] < points[lo][1]) lo = i;
      if (points[i][1] > points[hi][1]) hi = i;
    }
    if (lo === hi) out.push(points[lo]);
    else if (lo < hi) out.push(points[lo], points[hi]);
    else out.push(points[hi], points[lo]);
  }
  if (out[out.length - 1] !== points[n - 1]) out.push(points[n - 1]);
  return out;
}
