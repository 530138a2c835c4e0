import { isRecord } from '../problems';
import { batchPlan } from '../training/batch-arithmetic';
import { fail, pass, say, type CheckKind } from './check-result';

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
      return fail(say('updatesCount.enter'));
    const plan = batchPlan(params.m, params.K);
    const exact = plan.batchesPerEpoch * params.epochs;
    if (entered === exact)
      return pass(
        say('updatesCount.passed', { batches: plan.batchesPerEpoch, epochs: params.epochs, exact }),
      );
    if (
      entered === (params.m / params.K) * params.epochs ||
      entered === Math.floor(params.m / params.K) * params.epochs
    )
      return fail(say('updatesCount.lastBatch', { entered, m: params.m, K: params.K }));
    if (entered === plan.batchesPerEpoch)
      return fail(say('updatesCount.oneEpoch', { entered, epochs: params.epochs }));
    return fail(say('updatesCount.wrong', { entered }));
  },
};
