/**
 * The name of the dataset a listed run trained on, as the interface says it: a dataset main
 * generated is named in the reader's language from its generator and parameters (the list
 * joins them from the dataset's row), any other name (a file's, a user's) as it is stored.
 * A dataset stored before its generator was kept has none, and keeps its stored name.
 */
import type { ExperimentSummary } from '../../src-main/contract/types';
import { datasetNameText } from '../data/dataset-name-text';

type RunDataset = Pick<ExperimentSummary, 'datasetName' | 'datasetSource' | 'datasetGenerator'>;

export function runDatasetName(run: RunDataset): string {
  const { datasetName: name, datasetSource: source, datasetGenerator: generator } = run;
  return datasetNameText(generator ? { name, source, generator } : { name, source });
}
