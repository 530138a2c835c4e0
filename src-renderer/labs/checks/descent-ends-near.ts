import { descend, SURFACES, type SurfaceName } from '../descent/surfaces';
import { isRecord } from '../problems';
import { fail, fmt, pass, type CheckKind } from './check-result';

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

const pt = (p: readonly number[]): string => `(${p.map(fmt).join(', ')})`;

/** Passes when gradient descent from the student's start ends within `tolerance` of `near`. */
export const descentEndsNear: CheckKind<DescentEndsNearParams> = {
  run(params, answer) {
    if (!isRecord(answer) || !((answer.surface as string) in SURFACES))
      return fail('The figure has not reported a descent yet.');
    const a = answer as unknown as SurfaceDescentAnswer;
    if (!a.start) return fail('Start a descent first: click the plot or enter a start point.');
    const dist = (p: readonly number[]): number =>
      Math.hypot(p[0] - params.near[0], p[1] - params.near[1]);
    if (dist(a.start) < params.minStartDistance) {
      return fail(
        `Start farther away: at least ${params.minStartDistance} from ${pt(params.near)}.`,
      );
    }
    const path = descend(a.surface, a.start, a.learningRate, a.maxSteps, a.bound);
    const end = path.points[path.points.length - 1];
    if (path.end !== 'left' && dist(end) <= params.tolerance) {
      return pass(`From ${pt(a.start)} the descent ends at ${pt(end)}.`);
    }
    const where = path.end === 'left' ? 'leaves the plot' : `ends at ${pt(end)}`;
    return fail(`From ${pt(a.start)} the descent ${where}, not near ${pt(params.near)}.`);
  },
};
