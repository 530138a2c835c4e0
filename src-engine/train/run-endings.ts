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
  return engineProblem('run.stopped', { epoch }, `stopped by the user after epoch ${epoch}`);
}

export function weightsInfinite(epoch: number, learningRate: number): EngineProblem {
  const rate = rateText(learningRate);
  const text = `the weights became infinite in epoch ${epoch} — try a smaller learning rate (now ${rate})`;
  return engineProblem('run.weightsInfinite', { epoch, rate }, text);
}

export function lossNotFinite(
  value: number,
  epoch: number,
  batch: number,
  learningRate: number,
): EngineProblem {
  const values = { loss: String(value), epoch, batch, rate: rateText(learningRate) };
  const text =
    `the loss became ${values.loss} at epoch ${epoch} (batch ${batch}) — ` +
    `try a smaller learning rate (now ${values.rate})`;
  return engineProblem('run.lossNotFinite', values, text);
}

/** Early stopping's reason; `restored`: the best epoch's weights were put back. */
export function earlyStopped(
  patience: number,
  best: number,
  epoch: number,
  restored: boolean,
): EngineProblem {
  const values = { patience, best: best.toPrecision(4), epoch };
  const text = `validation loss did not improve for ${patience} epochs (best ${values.best} at epoch ${epoch})`;
  return restored
    ? engineProblem(
        'run.earlyStoppedRestored',
        values,
        `${text}; weights of epoch ${epoch} restored`,
      )
    : engineProblem('run.earlyStopped', values, text);
}
