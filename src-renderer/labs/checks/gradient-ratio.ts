import { lossGradients, zAtRatio } from '../training/loss-gradients';
import { isRecord } from '../problems';
import { fail, fmt, pass, type CheckKind } from './check-result';

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
      return fail('Move z first.');
    const t = answer.target === 0 ? 0 : 1;
    const z = answer.z;
    const g = lossGradients(z, t);
    const at = `At z = ${fmt(z)}, h = ${fmt(g.h)}: the cross-entropy's gradient is ${fmt(Math.abs(g.ce / g.mse))} times the squared error's`;
    const wrongSide = t === 1 ? z < 0 : z > 0;
    if (!wrongSide)
      return fail(`${at}. Look where the unit is confidently wrong: z on the other side of 0.`);
    const want = zAtRatio(params.ratio, t);
    if (Math.abs(z - want) <= params.tolerance) return pass(`${at}.`);
    return fail(
      `${at}, not ${params.ratio} times: ${Math.abs(z) < Math.abs(want) ? 'go further out' : 'come back towards 0'}.`,
    );
  },
};
