import type { ExperimentEvaluation } from '../contract/types';
import type { StoredEvaluation } from '../store/evaluation-json';
import { predictRows } from '../training/predict-rows';
import { finalMetricsOf, judgePredictions, PARTS, type PartPredictions } from './judge-predictions';
import type { Services } from './services';
import { prepareData } from './prepare-data';
import { RunRequestError } from './run-request-error';
import { trainedModel, withTrainedModel, type TrainedModel } from './trained-model';

export { MAX_MISCLASSIFIED, MAX_SAMPLE_ROWS } from './judge-predictions';

/**
 * A run's final model judged on exactly the data it trained on: the same split, derived
 * inputs and scaling. A run judges its model once, in its trainer, when it ends, and the
 * store keeps that evaluation with the model; this reads it. Runs of older versions and
 * imported models are judged here the first time (judgeExperiment) and the result stored.
 *
 * Per non-empty part: the mean loss (the run's loss function), and
 * - classification: accuracy and confusion[true][predicted], classes in `labels` order; a
 *   single sigmoid output is two classes split at 0.5, several outputs go by arg-max. True
 *   classes come from the targets the same way, so the diagonal over the rows equals the
 *   accuracy the trainer reports;
 * - regression: R² and a sample of at most MAX_SAMPLE_ROWS rows (evenly spaced through the
 *   part) of actual and predicted targets. The lab never scales targets, so both are in the
 *   targets' own units.
 * `misclassified` lists up to MAX_MISCLASSIFIED wrong rows, in row order, of the first
 * non-empty part of test, validation, train, with their inputs as the dataset stores them
 * (unscaled, without derived columns). `confidence` is the predicted class's output; for a
 * single sigmoid output predicting class 0 it is 1 − output.
 * @throws RunRequestError as trainedModel ('not-found', or 'conflict' when there is no
 *   trained model), and 'conflict' when the model no longer fits its dataset
 */
export function evaluateExperiment(services: Services, id: number): ExperimentEvaluation {
  const record = withTrainedModel(services.store, id);
  let evaluation = services.store.models.evaluation(id);
  if (!evaluation) {
    evaluation = judgeExperiment(services, id);
    services.store.transaction(() => {
      services.store.models.saveEvaluation(id, evaluation!);
      // an imported model has no final numbers until it has been judged
      if (!record.finalMetrics)
        services.store.experiments.setFinalMetrics(id, finalMetricsOf(evaluation!));
    });
  }
  return { experimentId: id, ...evaluation };
}

/**
 * Judges a run's stored model now, running every row of its data through it once: the data
 * is prepared from the stored config, scaled with the model's own normalisation (for a run
 * of the lab that is the scaler fitted on its training part; for an imported model, the
 * file's).
 * @throws RunRequestError as evaluateExperiment
 */
export function judgeExperiment(
  services: Services,
  id: number,
  trained: TrainedModel = trainedModel(services.store, id),
): StoredEvaluation {
  const { record, network, file } = trained;
  const dataset = services.store.datasets.get(record.datasetId);
  if (!dataset) {
    throw new RunRequestError(
      'not-found',
      `dataset ${record.datasetId} of experiment ${id} does not exist`,
    );
  }
  const { config } = record;
  const data = prepareData(
    dataset,
    config.split ?? dataset.split,
    config.normalize,
    config.derived ?? [],
    file.normalization ?? null,
    network.outputs,
  );
  if (data.train.inputs !== network.inputs || data.train.outputs !== network.outputs) {
    throw new RunRequestError(
      'conflict',
      `experiment ${id}'s model takes ${network.inputs} inputs and gives ${network.outputs} outputs; its data has ${data.train.inputs} and ${data.train.outputs}`,
    );
  }
  const predictions: PartPredictions = {};
  for (const part of PARTS) {
    if (data[part].m > 0) predictions[part] = predictRows(network, data[part]);
  }
  return judgePredictions(data, predictions, config.training.loss, network.outputs);
}
