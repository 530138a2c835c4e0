import { isRecord } from '../problems';
import { overfitRun, stopPoint, type EarlyStoppingSetup } from '../topology/early-stopping-run';
import { fail, pass, type CheckKind } from './check-result';

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
    if (!isRecord(answer) || !isRecord(answer.setup))
      return fail('The figure has not reported its run yet.');
    const a = answer as unknown as EarlyStopAnswer;
    if (!Number.isInteger(a.patience) || a.patience < 1)
      return fail('Set the patience to a whole number of epochs.');
    if (!a.revealed || !a.predicted)
      return fail(
        'Enter both epochs, then press “Show where it stops”: the check judges what you predicted before it was shown.',
      );
    let exact: { stop: number; kept: number };
    try {
      exact = stopPoint(overfitRun(a.setup).validation, a.patience);
    } catch (error) {
      return fail(`The run could not be repeated: ${(error as Error).message}`);
    }
    const { stop, kept } = a.predicted;
    if (stop === exact.stop && kept === exact.kept)
      return pass(
        `With patience ${a.patience} the run stops after epoch ${exact.stop} and keeps the weights of epoch ${exact.kept}.`,
      );
    const hints: string[] = [];
    if (kept !== exact.kept)
      hints.push(
        `it keeps the weights of epoch ${exact.kept}, the lowest validation loss before it stops`,
      );
    if (stop !== exact.stop)
      hints.push(
        stop === exact.kept
          ? `it does not stop at its best epoch: it only knows that epoch was best after ${a.patience} epochs without a lower loss, so it stops after epoch ${exact.stop}`
          : `it stops after epoch ${exact.stop}`,
      );
    return fail(`Not what happens: ${hints.join('; ')}. Try another patience and predict again.`);
  },
};
