import type { Weights } from '../../../src-engine/network/network';
import { Network } from '../../../src-engine/network/network';
import { learningRateAt } from '../../../src-engine/optim/schedule';
import type { Services } from '../../services/services';
import { prepareData, type PreparedData } from '../../services/prepare-data';
import { RunRequestError } from '../../services/run-request-error';
import { trainedModel } from '../../services/trained-model';
import type { DatasetRecord, ExperimentRecord, MetricCurves } from '../../store/records';
import { ExportError } from '../export-error';
import { unitNotExpressible } from '../experiment-model';

/** A finished run with everything its PyTorch project is made of. */
export interface PytorchRun {
  record: ExperimentRecord;
  dataset: DatasetRecord;
  /** the data exactly as the run's trainer received it (split, derived inputs, scaling) */
  prepared: PreparedData;
  /** the weights the run started from, and those it ended with */
  initial: Weights;
  trained: Weights;
  curves: MetricCurves;
  /** epochs train.py trains: the planned ones, or those done when the run was stopped by
   * hand or kept running past them */
  epochs: number;
  /** what train.py cannot reproduce or does differently, in words, for the README and
   * the command's output */
  notices: string[];
}

/**
 * Gathers a finished run: its data prepared as its trainer had it, its initial weights (the
 * seeded ones, or the model it continued from) and trained ones, its metrics.
 * @throws RunRequestError as trainedModel (no such run, no trained model); ExportError
 *   ('not-exportable') for a unit that dense layers cannot express, ('not-found') when the
 *   model a run continued from is gone
 */
export function gatherPytorchRun(services: Services, experimentId: number): PytorchRun {
  const { record, file } = trainedModel(services.store, experimentId);
  const { config } = record;
  const design = record.designId !== null ? services.store.designs.get(record.designId) : undefined;
  const why = unitNotExpressible(design?.unit);
  if (why) throw new ExportError('not-exportable', `not exportable to PyTorch: ${why}`);
  const dataset = services.store.datasets.get(record.datasetId);
  if (!dataset)
    throw new ExportError('not-found', `dataset ${record.datasetId} of the run is gone`);
  const continued = config.continuesFrom !== undefined;
  // exactly as RunService.launch prepares a run's data
  const prepared = prepareData(
    dataset,
    config.split ?? dataset.split,
    config.normalize,
    config.derived ?? [],
    continued ? (config.scaling ?? null) : undefined,
    config.spec.layers.at(-1)?.units,
  );
  const curves = services.store.metrics.curves(experimentId);
  const notices: string[] = [];
  const initial = initialWeights(services, record, file.weights, notices);
  const epochs = epochsToTrain(record, curves, notices);
  const handSet = firstHandSetRate(record, curves);
  if (handSet !== undefined) {
    notices.push(
      `The learning rate was changed by hand during the lab's run (first seen at epoch ${handSet}); train.py follows the planned schedule, so its numbers part from the lab's there.`,
    );
  }
  return { record, dataset, prepared, initial, trained: file.weights, curves, epochs, notices };
}

/** The seeded initial weights as the trainer drew them (float32), or the model the run
 * continued from, or for an imported model its own weights. */
function initialWeights(
  services: Services,
  record: ExperimentRecord,
  trained: Weights,
  notices: string[],
): Weights {
  const { config } = record;
  if (config.importedFrom !== undefined) {
    notices.push(
      `This model was imported from ${config.importedFrom}, not trained in the lab: there is no run to reproduce, so initial_weights.json holds the imported weights and train.py trains them further.`,
    );
    return trained;
  }
  if (config.continuesFrom !== undefined) {
    try {
      return trainedModel(services.store, config.continuesFrom).file.weights;
    } catch (error) {
      if (!(error instanceof RunRequestError)) throw error;
      throw new ExportError(
        'not-found',
        `the run started from experiment ${config.continuesFrom}'s model, which is not available any more (${error.message}): its initial weights are unknown`,
      );
    }
  }
  return new Network(config.spec, { dtype: 'float32', seed: config.seed }).getWeights();
}

/** The planned epochs, or those done when the run was stopped by hand or kept running. */
function epochsToTrain(record: ExperimentRecord, curves: MetricCurves, notices: string[]): number {
  const { training } = record.config;
  const done = curves.epoch.length;
  if (record.status === 'stopped' && done > 0 && done < training.epochs) {
    notices.push(
      `The lab's run was stopped by hand after ${done} of ${training.epochs} epochs; train.py trains ${done} (--epochs ${training.epochs} for all of them).`,
    );
    return done;
  }
  if (done > training.epochs) {
    notices.push(
      `The lab's run kept running past its ${training.epochs} planned epochs, to ${done}; train.py trains ${done}.`,
    );
    return done;
  }
  return training.epochs;
}

/** The first epoch whose stored rate is not the schedule's: a rate set by hand mid-run. */
function firstHandSetRate(record: ExperimentRecord, curves: MetricCurves): number | undefined {
  const { training } = record.config;
  const schedule = training.schedule ?? { kind: 'constant' };
  for (let i = 0; i < curves.epoch.length; i++) {
    const stored = curves.learningRate[i];
    if (Number.isNaN(stored)) continue;
    const planned = learningRateAt(
      schedule,
      training.learningRate,
      curves.step[i] - 1,
      curves.epoch[i] - 1,
    );
    if (Math.abs(stored - planned) > 1e-9 * Math.abs(planned)) return curves.epoch[i];
  }
  return undefined;
}
