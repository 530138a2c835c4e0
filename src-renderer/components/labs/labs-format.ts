import { round } from '../../labs/plane-geometry';

/** A weight or input vector as the labs print it: "[0.5, −1, 2]", each entry rounded. */
export function vec(v: readonly number[], digits?: number): string {
  return `[${v.map((x) => round(x, digits)).join(', ')}]`;
}
