import { criticalPoints, SURFACES, type SurfaceName } from '../descent/surfaces';
import { isRecord } from '../problems';
import { fail, fmt, pass, type CheckKind } from './check-result';

export interface SaddleLocatedParams {
  /** largest accepted distance in x₁ from the saddle point */
  tolerance: number;
}

/**
 * Passes when the x₁ the student entered is within `tolerance` of the saddle point between the
 * surface's two valleys, found here by bisection on the engine's gradient. Where the basins of
 * the two minima meet on x₂ = 0, descent goes one way or the other.
 */
export const saddleLocated: CheckKind<SaddleLocatedParams> = {
  run(params, answer) {
    if (!isRecord(answer) || !((answer.surface as string) in SURFACES))
      return fail('The figure has not reported its surface yet.');
    const saddle = criticalPoints(answer.surface as SurfaceName).find((c) => c.kind === 'saddle');
    if (!saddle) return fail('This surface has no saddle point to find.');
    const x = answer.saddleX1;
    if (typeof x !== 'number' || !Number.isFinite(x))
      return fail('Enter the x₁ of the saddle point between the two valleys.');
    const minima = criticalPoints(answer.surface as SurfaceName).filter(
      (c) => c.kind === 'minimum',
    );
    if (minima.some((m) => Math.abs(m.at[0] - x) <= params.tolerance))
      return fail(
        `${fmt(x)} is a minimum, the bottom of a valley; the saddle is on the ridge between them.`,
      );
    if (Math.abs(x - saddle.at[0]) <= params.tolerance)
      return pass(
        `The saddle point is at (${saddle.at[0].toFixed(4)}, 0): there ∂f/∂x₁ = 0 on the ridge.`,
      );
    return fail(
      `${fmt(x)} is not it: descents from (${fmt(x)}, 0) do not stay put. Starts on x₂ = 0 just left of the saddle end in the left valley, just right of it in the right one.`,
    );
  },
};
