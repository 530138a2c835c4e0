import { isRecord } from '../problems';
import { batchPlan } from '../training/batch-arithmetic';
import { fail, pass, type CheckKind } from './check-result';

export interface UpdatesCountParams {
  /** training samples */
  m: number;
  /** batch size */
  K: number;
  epochs: number;
}

/** Passes when the entered number of weight updates is ⌈m/K⌉ × epochs (the engine's count). */
export const updatesCount: CheckKind<UpdatesCountParams> = {
  run(params, answer) {
    const entered = isRecord(answer) ? answer.entered : undefined;
    if (typeof entered !== 'number' || !Number.isFinite(entered))
      return fail('Enter the number of weight updates.');
    const plan = batchPlan(params.m, params.K);
    const exact = plan.batchesPerEpoch * params.epochs;
    if (entered === exact)
      return pass(
        `${plan.batchesPerEpoch} batches per epoch × ${params.epochs} epochs = ${exact} updates.`,
      );
    if (
      entered === (params.m / params.K) * params.epochs ||
      entered === Math.floor(params.m / params.K) * params.epochs
    )
      return fail(
        `${entered} forgets the last, smaller batch: ${params.m}/${params.K} is not whole.`,
      );
    if (entered === plan.batchesPerEpoch)
      return fail(`${entered} is one epoch; the question asks for ${params.epochs}.`);
    return fail(
      `${entered} is not it. Each epoch cuts the m samples into batches of K, one update per batch.`,
    );
  },
};
