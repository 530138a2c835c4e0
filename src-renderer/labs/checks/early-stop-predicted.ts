import { isRecord } from '../problems';
import { overfitRun, stopPoint, type EarlyStoppingSetup } from '../topology/early-stopping-run';
import { fail, pass, say, type CheckKind } from './check-result';
import { thrownText } from '../../i18n/engine-text';

/** No parameters: the figure's setup and the student's patience say everything. */
export type EarlyStopPredictedParams = Record<string, never>;

/** The answer of an 'early-stopping' figure. */
export interface EarlyStopAnswer {
  setup: EarlyStoppingSetup;
  patience: number;
  /** what the student entered when they asked to see where the run stops */
  predicted: { stop: number; kept: number } | null;
  revealed: boolean;
}

/**
 * Passes when the stop epoch and the kept epoch the student predicted, before the figure showed
 * them, are those of early stopping with their patience on the run's validation curve (trained
 * again here by the engine).
 */
export const earlyStopPredicted: CheckKind<EarlyStopPredictedParams> = {
  run(_params, answer) {
    if (!isRecord(answer) || !isRecord(answer.setup)) return fail(say('earlyStop.noRun'));
    const a = answer as unknown as EarlyStopAnswer;
    if (!Number.isInteger(a.patience) || a.patience < 1) return fail(say('earlyStop.patience'));
    if (!a.revealed || !a.predicted) return fail(say('earlyStop.enterFirst'));
    let exact: { stop: number; kept: number };
    try {
      exact = stopPoint(overfitRun(a.setup).validation, a.patience);
    } catch (error) {
      return fail(say('earlyStop.notRepeated', { why: thrownText(error) }));
    }
    const { stop, kept } = a.predicted;
    if (stop === exact.stop && kept === exact.kept)
      return pass(say('earlyStop.passed', { patience: a.patience, ...exact }));
    const hints: string[] = [];
    if (kept !== exact.kept) hints.push(say('earlyStop.keeps', { kept: exact.kept }));
    if (stop !== exact.stop)
      hints.push(
        say(stop === exact.kept ? 'earlyStop.notAtBest' : 'earlyStop.stops', {
          patience: a.patience,
          stop: exact.stop,
        }),
      );
    return fail(say('earlyStop.failed', { hints: hints.join('; ') }));
  },
};
