import type { Network } from '../../src-engine/network/network';
import type { ModelFile } from '../../src-engine/serialize/model-format';
import { parseModel } from '../../src-engine/serialize/model-format';
import { isEnded, type RunStatus } from '../contract/run-status';
import type { ExperimentRecord } from '../store/records';
import type { Store } from '../store/store';
import { RunRequestError } from './run-request-error';

/** Whether a run's stored model is its final one: it ended (early-stopped runs are 'done'),
 * and not by a crash — a crashed run may hold the model of an earlier, resumed life. */
function endedWithModel(status: RunStatus): boolean {
  return isEnded(status) && status !== 'crashed';
}

const WHY_NOT: Record<RunStatus, string> = {
  queued: 'it is still queued',
  running: 'it is still running',
  paused: 'it is paused',
  crashed: 'it crashed',
  failed: 'it failed',
  done: 'none was saved',
  stopped: 'it was stopped before it trained',
};

/** A run's stored final model, read back into a network. */
export interface TrainedModel {
  record: ExperimentRecord;
  file: ModelFile;
  network: Network;
}

/**
 * The final model of a run that has ended.
 * @throws RunRequestError('not-found') when there is no such experiment; ('conflict') when it
 *   has no trained model, naming its status ("experiment 7 has no trained model (it
 *   crashed)"), or when the stored model cannot be read
 */
export function trainedModel(store: Store, id: number): TrainedModel {
  const record = withTrainedModel(store, id);
  const stored = store.models.get(id);
  if (!stored) throw noModel(record);
  try {
    const { network, file } = parseModel(stored.model);
    return { record, file, network };
  } catch (error) {
    throw new RunRequestError(
      'conflict',
      `experiment ${id}'s trained model cannot be used: ${(error as Error).message}`,
    );
  }
}

/**
 * The record of a run that has ended with a trained model, without reading the model.
 * @throws RunRequestError as trainedModel
 */
export function withTrainedModel(store: Store, id: number): ExperimentRecord {
  const record = store.experiments.get(id);
  if (!record) throw new RunRequestError('not-found', `experiment ${id} does not exist`);
  // A run still going (or crashed after a resume) may hold an older model: not its result.
  if (!endedWithModel(record.status) || !store.models.has(id)) throw noModel(record);
  return record;
}

function noModel(record: ExperimentRecord): RunRequestError {
  return new RunRequestError(
    'conflict',
    `experiment ${record.id} has no trained model (${WHY_NOT[record.status]})`,
  );
}
