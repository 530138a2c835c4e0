import { criticalPoints, SURFACES, type SurfaceName } from '../descent/surfaces';
import { isRecord } from '../problems';
import { decimal, fail, fmt, pass, say, type CheckKind } from './check-result';

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
      return fail(say('saddle.noSurface'));
    const saddle = criticalPoints(answer.surface as SurfaceName).find((c) => c.kind === 'saddle');
    if (!saddle) return fail(say('saddle.none'));
    const x = answer.saddleX1;
    if (typeof x !== 'number' || !Number.isFinite(x)) return fail(say('saddle.enter'));
    const minima = criticalPoints(answer.surface as SurfaceName).filter(
      (c) => c.kind === 'minimum',
    );
    if (minima.some((m) => Math.abs(m.at[0] - x) <= params.tolerance))
      return fail(say('saddle.minimum', { x: fmt(x) }));
    if (Math.abs(x - saddle.at[0]) <= params.tolerance)
      return pass(say('saddle.passed', { x: decimal(saddle.at[0].toFixed(4)) }));
    return fail(say('saddle.failed', { x: fmt(x) }));
  },
};
