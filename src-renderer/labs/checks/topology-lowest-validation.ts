import { isRecord } from '../problems';
import { bestTrial, type TrialResult } from '../topology/topology-trials';
import { fail, pass, type CheckKind } from './check-result';

export interface TopologyLowestValidationParams {
  /** Finished trials needed before a choice counts. */
  minRuns: number;
}

/** The answer of a 'topology-trials' figure: the stored trials and the one picked. */
export interface TopologyAnswer {
  trials: TrialResult[];
  chosen: number | null;
}

const loss = (v: number): string => v.toPrecision(4);

/**
 * Passes when the picked trial is the one whose stored validation loss (the experiment's
 * finalMetrics, read back from the store) is the lowest of at least `minRuns` finished trials.
 */
export const topologyLowestValidation: CheckKind<TopologyLowestValidationParams> = {
  paramProblems(params) {
    const v = params.minRuns;
    return Number.isInteger(v) && (v as number) >= 2 && (v as number) <= 4
      ? []
      : [{ path: 'minRuns', message: 'must be a whole number from 2 to 4' }];
  },
  run(params, answer) {
    if (!isRecord(answer) || !Array.isArray(answer.trials)) return fail('Run the trials first.');
    const trials = (answer.trials as TrialResult[]).filter(
      (t) => isRecord(t) && t.validationLoss !== null && Number.isFinite(t.validationLoss),
    );
    if (trials.length < params.minRuns)
      return fail(
        `${trials.length} trial${trials.length === 1 ? ' has' : 's have'} finished with a validation loss; run at least ${params.minRuns}.`,
      );
    const chosen = trials.find((t) => t.experimentId === answer.chosen);
    if (!chosen) return fail('Pick one of the topologies first.');
    const best = bestTrial(trials)!;
    if (chosen.experimentId !== best.experimentId)
      return fail(
        `${chosen.topology} has validation loss ${loss(chosen.validationLoss!)}, but ${best.topology} has a lower one (${loss(best.validationLoss!)}).`,
      );
    return pass(
      `Right: ${chosen.topology} has the lowest validation loss, ${loss(chosen.validationLoss!)}, of the ${trials.length} topologies.`,
    );
  },
};
