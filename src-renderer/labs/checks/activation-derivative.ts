import { getActivation } from '../../../src-engine/activations/registry';
import { isRecord } from '../problems';
import { decimal, fail, fmt, pass, plain, say, type CheckKind } from './check-result';

/**
 * The activation to look at, and either a bound its derivative must cross at the chosen x, or
 * a value its derivative takes at an x > 0 the student must find (within `xTolerance`).
 */
export interface ActivationDerivativeParams {
  function: string;
  /** f′(x) must be below this (a saturated, vanishing gradient) … */
  below?: number;
  /** … or above it … */
  above?: number;
  /** … or x must be where f′(x) = equals, for x > 0 … */
  equals?: number;
  /** … within this distance in x. */
  xTolerance?: number;
}

/** The answer of an 'activation-plot' figure: the function shown and the probed x. */
export interface ActivationAnswer {
  function: string;
  x: number;
  param: number;
}

/**
 * The x > 0 where f′(x) = target, by bisection on (0, 50], or null when f′ does not cross the
 * target there (f′ is assumed monotone on x > 0, as for the saturating activations).
 */
export function derivativeCrossing(
  df: (x: number) => number,
  target: number,
  hi = 50,
): number | null {
  let a = 0;
  let b = hi;
  const side = (x: number): boolean => df(x) > target;
  if (side(a) === side(b)) return null;
  for (let i = 0; i < 80; i++) {
    const mid = (a + b) / 2;
    if (side(mid) === side(a)) a = mid;
    else b = mid;
  }
  return (a + b) / 2;
}

/** Passes when the student probed the asked function at an x that meets the bound or value. */
export const activationDerivative: CheckKind<ActivationDerivativeParams> = {
  run(params, answer) {
    if (!isRecord(answer) || typeof answer.x !== 'number' || !Number.isFinite(answer.x)) {
      return fail(say('activationDerivative.chooseX'));
    }
    if (answer.function !== params.function) {
      return fail(
        say('activationDerivative.showFirst', {
          f: params.function,
          shown: String(answer.function),
        }),
      );
    }
    const act = getActivation(params.function);
    const param = typeof answer.param === 'number' ? answer.param : act.defaultParam;
    const d = act.df(answer.x, param);
    const at = say('activationDerivative.at', { x: fmt(answer.x), f: params.function, d: fmt(d) });
    if (params.equals !== undefined) {
      const target = params.equals;
      const root = derivativeCrossing((x) => act.df(x, param), target);
      if (root === null)
        return fail(
          say('activationDerivative.neverEquals', { f: params.function, target: plain(target) }),
        );
      if (answer.x <= 0) return fail(say('activationDerivative.positiveSide', { at }));
      if (Math.abs(answer.x - root) <= (params.xTolerance as number)) {
        return pass(
          say('activationDerivative.fallsTo', {
            at,
            target: plain(target),
            root: decimal(root.toFixed(3)),
          }),
        );
      }
      const side = d > target ? 'stillAbove' : 'alreadyBelow';
      return fail(say(`activationDerivative.${side}`, { at, target: plain(target) }));
    }
    if (params.below !== undefined) {
      return d < params.below
        ? pass(say('activationDerivative.belowPass', { at, bound: plain(params.below) }))
        : fail(say('activationDerivative.belowFail', { at, bound: plain(params.below) }));
    }
    return d > (params.above as number)
      ? pass(say('activationDerivative.abovePass', { at, bound: plain(params.above as number) }))
      : fail(say('activationDerivative.aboveFail', { at, bound: plain(params.above as number) }));
  },
};
