import { descend, SURFACES, type SurfaceName } from '../descent/surfaces';
import { isRecord } from '../problems';
import { fail, list, pass, plain, say, type CheckKind } from './check-result';

export interface DescentEndsNearParams {
  /** Where the descent must end … */
  near: [number, number];
  /** … within this distance. */
  tolerance: number;
  /** The start must be at least this far from `near` (0: any start). */
  minStartDistance: number;
}

/** The answer of a 'surface-descent' figure: the last descent run (and an entered x₁). */
export interface SurfaceAnswer {
  surface: SurfaceName;
  start: [number, number] | null;
  learningRate: number;
  maxSteps: number;
  bound: number;
  /** when the figure asks for it: the x₁ the student gives for the saddle point */
  saddleX1?: number;
}
/** @deprecated the former name of SurfaceAnswer */
export type SurfaceDescentAnswer = SurfaceAnswer;

const pt = (p: readonly number[]): string => `(${list(p)})`;

/** Passes when gradient descent from the student's start ends within `tolerance` of `near`. */
export const descentEndsNear: CheckKind<DescentEndsNearParams> = {
  run(params, answer) {
    if (!isRecord(answer) || !((answer.surface as string) in SURFACES))
      return fail(say('descent.noDescent'));
    const a = answer as unknown as SurfaceDescentAnswer;
    if (!a.start) return fail(say('descentEndsNear.startFirst'));
    const dist = (p: readonly number[]): number =>
      Math.hypot(p[0] - params.near[0], p[1] - params.near[1]);
    if (dist(a.start) < params.minStartDistance) {
      return fail(
        say('descentEndsNear.fartherAway', {
          distance: plain(params.minStartDistance),
          near: pt(params.near),
        }),
      );
    }
    const path = descend(a.surface, a.start, a.learningRate, a.maxSteps, a.bound);
    const end = path.points[path.points.length - 1];
    if (path.end !== 'left' && dist(end) <= params.tolerance) {
      return pass(say('descentEndsNear.passed', { start: pt(a.start), end: pt(end) }));
    }
    const where =
      path.end === 'left'
        ? say('descentEndsNear.left')
        : say('descentEndsNear.ends', { end: pt(end) });
    return fail(
      say('descentEndsNear.failed', { start: pt(a.start), where, near: pt(params.near) }),
    );
  },
};
