import { getActivation, isActivationName } from '../../../src-engine/activations/registry';
import { isRecord } from '../problems';
import { fail, fmt, pass, type CheckKind } from './check-result';

/** The activation to look at and the bound its derivative must cross at the chosen x. */
export interface ActivationDerivativeParams {
  function: string;
  /** f′(x) must be below this (a saturated, vanishing gradient) … */
  below?: number;
  /** … or above it. */
  above?: number;
}

/** The answer of an 'activation-plot' figure: the function shown and the probed x. */
export interface ActivationAnswer {
  function: string;
  x: number;
  param: number;
}

/** Passes when the student probed the asked function at an x where f′ crosses the bound. */
export const activationDerivative: CheckKind<ActivationDerivativeParams> = {
  paramProblems(params) {
    const out: { path: string; message: string }[] = [];
    if (typeof params.function !== 'string' || !isActivationName(params.function)) {
      out.push({ path: 'function', message: 'must name an activation of the engine' });
    }
    if ((params.below === undefined) === (params.above === undefined)) {
      out.push({ path: 'below', message: 'give exactly one of below or above' });
    }
    return out;
  },
  run(params, answer) {
    if (!isRecord(answer) || typeof answer.x !== 'number' || !Number.isFinite(answer.x)) {
      return fail('Choose an x first.');
    }
    if (answer.function !== params.function) {
      return fail(`Show ${params.function} first: the plot shows ${String(answer.function)}.`);
    }
    const act = getActivation(params.function);
    const param = typeof answer.param === 'number' ? answer.param : act.defaultParam;
    const d = act.df(answer.x, param);
    const at = `At x = ${fmt(answer.x)}, ${params.function}′(x) = ${fmt(d)}`;
    if (params.below !== undefined) {
      return d < params.below
        ? pass(`${at}: below ${params.below}, the gradient has all but vanished.`)
        : fail(`${at}, not below ${params.below} yet: move x further from 0.`);
    }
    return d > (params.above as number)
      ? pass(`${at}: above ${params.above}.`)
      : fail(`${at}, not above ${params.above}.`);
  },
};
