import { isRecord } from '../problems';
import { bestTrial, type TrialResult } from '../topology/topology-trials';
import { fail, pass, type CheckKind } from './check-result';

export interface TopologyLowestValidationParams {
  /** Finished trials needed before a choice counts. */
  minRuns: number;
  /** When true, the chosen run's test score must have been revealed (once, for it alone). */
  reveal?: boolean;
  /** When given, the id of the right option of the figure's question. */
  reason?: string;
}

/** The answer of a 'topology-trials' figure: the stored trials, the one picked, the test look. */
export interface TopologyAnswer {
  trials: TrialResult[];
  chosen: number | null;
  /** the run whose test score was revealed (the figure allows one), or null */
  revealed?: number | null;
  /** the option chosen in the figure's question */
  reason?: string | null;
}

const loss = (v: number): string => v.toPrecision(4);

/**
 * Passes when the picked trial is the one whose stored validation loss (the experiment's
 * finalMetrics, read back from the store) is the lowest of at least `minRuns` finished trials.
 */
export const topologyLowestValidation: CheckKind<TopologyLowestValidationParams> = {
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
        `${chosen.topology} has validation loss ${loss(chosen.validationLoss!)}, but ${best.topology} has a lower one (${loss(best.validationLoss!)}).` +
          (answer.revealed != null
            ? ' Your choice is fixed now that the test set has been looked at: train new runs to choose again.'
            : ''),
      );
    if (params.reveal && answer.revealed !== chosen.experimentId)
      return fail(
        `${chosen.topology} has the lowest validation loss. Now reveal its test score — once: that is the number to report.`,
      );
    if (params.reason !== undefined && answer.reason !== params.reason)
      return fail(
        answer.reason
          ? 'Your choice is right, but that is not why the test set may not choose: think about what its score would then measure.'
          : 'Your choice is right; now answer the question: why may the test set not choose between the topologies?',
      );
    return pass(
      `Right: ${chosen.topology} has the lowest validation loss, ${loss(chosen.validationLoss!)}, of the ${trials.length} topologies.`,
    );
  },
};
