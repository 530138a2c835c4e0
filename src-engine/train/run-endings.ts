/**
 * Why a run ended early, as the engine says it (code and values for a translation, English for
 * the command line, the logs and the stored record). A run that simply finishes has no reason.
 */
import { engineProblem, type EngineProblem } from '../core/engine-error';

/** A rate as the messages write it: three significant digits. */
function rateText(x: number): string {
  return Number(x.toPrecision(3)).toString();
}

export function stoppedByUser(epoch: number): EngineProblem {
  return engineProblem('run.stopped', { epoch });
}

export function weightsInfinite(epoch: number, learningRate: number): EngineProblem {
  return engineProblem('run.weightsInfinite', { epoch, rate: rateText(learningRate) });
}

export function lossNotFinite(
  value: number,
  epoch: number,
  batch: number,
  learningRate: number,
): EngineProblem {
  const values = { loss: String(value), epoch, batch, rate: rateText(learningRate) };
  return engineProblem('run.lossNotFinite', values);
}

/** Early stopping's reason; `restored`: the best epoch's weights were put back. */
export function earlyStopped(
  patience: number,
  best: number,
  epoch: number,
  restored: boolean,
): EngineProblem {
  const values = { patience, best: best.toPrecision(4), epoch };
  return engineProblem(restored ? 'run.earlyStoppedRestored' : 'run.earlyStopped', values);
}
