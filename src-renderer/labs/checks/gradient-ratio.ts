import { lossGradients, zAtRatio } from '../training/loss-gradients';
import { isRecord } from '../problems';
import { fail, fmt, pass, plain, say, type CheckKind } from './check-result';

export interface GradientRatioParams {
  /** the cross-entropy's gradient must be this many times the squared error's */
  ratio: number;
  /** largest accepted distance in z */
  tolerance: number;
}

/** The answer of a 'loss-gradients' figure: the probed z and the point's target. */
export interface LossGradientAnswer {
  z: number;
  target: number;
}

/**
 * Passes when the probed z lies on the wrong side of the target, where the cross-entropy's
 * gradient is `ratio` times the squared error's (the root of h(1 − h) = 1/ratio), to the
 * tolerance.
 */
export const gradientRatio: CheckKind<GradientRatioParams> = {
  run(params, answer) {
    if (!isRecord(answer) || typeof answer.z !== 'number' || !Number.isFinite(answer.z))
      return fail(say('gradientRatio.moveZ'));
    const t = answer.target === 0 ? 0 : 1;
    const z = answer.z;
    const g = lossGradients(z, t);
    const at = say('gradientRatio.at', {
      z: fmt(z),
      h: fmt(g.h),
      ratio: fmt(Math.abs(g.ce / g.mse)),
    });
    const wrongSide = t === 1 ? z < 0 : z > 0;
    if (!wrongSide) return fail(say('gradientRatio.wrongSide', { at }));
    const want = zAtRatio(params.ratio, t);
    if (Math.abs(z - want) <= params.tolerance) return pass(say('gradientRatio.passed', { at }));
    const way = say(Math.abs(z) < Math.abs(want) ? 'gradientRatio.further' : 'gradientRatio.back');
    return fail(say('gradientRatio.failed', { at, ratio: plain(params.ratio), way }));
  },
};
