import { engineError, type EngineProblem } from '../core/engine-error';

/**
 * What a person can ask of a run while it trains. A run loop hears commands at every batch
 * boundary, so each takes effect before the next batch starts.
 */
export type RunCommand =
  | { type: 'pause' }
  | { type: 'resume' }
  /** one batch, or to the end of the current epoch; pauses first if running */
  | { type: 'step'; kind: 'batch' | 'epoch' }
  | { type: 'stop' }
  | { type: 'set-rate'; learningRate: number }
  /** epochs a second at most; null trains as fast as the machine allows */
  | { type: 'pace'; epochsPerSecond: number | null }
  /** true: go on past the planned epochs until stopped */
  | { type: 'keep-running'; on: boolean };

/** Where a run is: epochs finished, batches finished in the current epoch, updates made. */
export interface RunPosition {
  epoch: number;
  batch: number;
  batchesPerEpoch: number;
  step: number;
}

/** The settings a person can change while a run trains, as the run now uses them. */
export interface LiveSettings {
  learningRate: number;
  epochsPerSecond: number | null;
  keepRunning: boolean;
}

/** A command a run could not carry out: what was asked, why not (the engine's problem), and
 * the settings the run goes on with, unchanged. */
export interface CommandRefusal {
  command: RunCommand;
  problem: EngineProblem;
  settings: LiveSettings;
}

/** The fastest pace a run accepts, in epochs a second. */
export const MAX_PACE = 100_000;

/** @throws naming the command's bad field (a person's input reaches here through the lab) */
export function assertValidCommand(command: RunCommand): void {
  if (command.type === 'set-rate') {
    const r = command.learningRate;
    if (!(r > 0) || !Number.isFinite(r)) refuseRate(r);
  } else if (command.type === 'pace' && command.epochsPerSecond !== null) {
    const p = command.epochsPerSecond;
    if (!(p > 0) || p > MAX_PACE) throw engineError('command.pace', { max: MAX_PACE, got: p });
  }
}

/** @throws that a learning rate set during a run must be a positive number */
export function refuseRate(rate: number): never {
  throw engineError('command.learningRate', { got: rate });
}
