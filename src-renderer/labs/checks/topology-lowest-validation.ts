import { isRecord } from '../problems';
import { bestTrial, type TrialResult } from '../topology/topology-trials';
import { fail, pass, precise, say, type CheckKind } from './check-result';

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

const loss = precise;

/**
 * Passes when the picked trial is the one whose stored validation loss (the experiment's
 * finalMetrics, read back from the store) is the lowest of at least `minRuns` finished trials.
 */
export const topologyLowestValidation: CheckKind<TopologyLowestValidationParams> = {
  run(params, answer) {
    if (!isRecord(answer) || !Array.isArray(answer.trials)) return fail(say('topology.runFirst'));
    const trials = (answer.trials as TrialResult[]).filter(
      (t) => isRecord(t) && t.validationLoss !== null && Number.isFinite(t.validationLoss),
    );
    if (trials.length < params.minRuns)
      return fail(say('topology.tooFew', { n: trials.length, min: params.minRuns }, trials.length));
    const chosen = trials.find((t) => t.experimentId === answer.chosen);
    if (!chosen) return fail(say('topology.pick'));
    const best = bestTrial(trials)!;
    if (chosen.experimentId !== best.experimentId)
      return fail(
        say('topology.notLowest', {
          chosen: chosen.topology,
          loss: loss(chosen.validationLoss!),
          best: best.topology,
          bestLoss: loss(best.validationLoss!),
          fixed: answer.revealed != null ? say('topology.fixed') : '',
        }),
      );
    if (params.reveal && answer.revealed !== chosen.experimentId)
      return fail(say('topology.reveal', { chosen: chosen.topology }));
    if (params.reason !== undefined && answer.reason !== params.reason)
      return fail(say(answer.reason ? 'topology.wrongReason' : 'topology.askReason'));
    return pass(
      say('topology.passed', {
        chosen: chosen.topology,
        loss: loss(chosen.validationLoss!),
        n: trials.length,
      }),
    );
  },
};
