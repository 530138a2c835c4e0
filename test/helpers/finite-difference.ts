/** Central difference (f(x + h) − f(x − h)) / 2h of a scalar function of one array entry. */
export function centralDifference(
  values: { [i: number]: number },
  index: number,
  f: () => number,
  h = 1e-6,
): number {
  const saved = values[index];
  values[index] = saved + h;
  const plus = f();
  values[index] = saved - h;
  const minus = f();
  values[index] = saved;
  return (plus - minus) / (2 * h);
}

/** Largest relative disagreement between analytic and numeric gradients, with a floor so
 * that tiny gradients compare absolutely. */
export function gradientError(analytic: number, numeric: number, floor = 1e-6): number {
  return Math.abs(analytic - numeric) / Math.max(Math.abs(analytic), Math.abs(numeric), floor);
}
