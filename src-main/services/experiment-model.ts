import type { ModelFile } from '../../src-engine/serialize/model-format';
import type { Services } from './services';
import { trainedModel } from './trained-model';

/**
 * A run's final model as the engine's model file, as the trainer wrote it: spec, weights,
 * the normalisation fitted on its training part (one column per network input, derived ones
 * included), featureNames (the dataset's, then derived names such as 'x1²'), targetNames,
 * labels (classification) and the training config. Inputs for it are prepared as the run's
 * were: derived columns computed from the raw two inputs, then the normalisation applied.
 * @throws RunRequestError as trainedModel ('not-found'; 'conflict' when there is no model)
 */
export function experimentModel(services: Services, id: number): ModelFile {
  return trainedModel(services.store, id).file;
}
