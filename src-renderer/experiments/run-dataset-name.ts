/**
 * The name of the dataset a listed run trained on, as the interface says it: a name main chose
 * (the list joins the dataset's `nameFrom`) in the reader's language, any other name (a file's,
 * a user's) as it is stored.
 */
import type { ExperimentSummary } from '../../src-main/contract/types';
import { datasetNameText } from '../data/dataset-name-text';

type RunDataset = Pick<ExperimentSummary, 'datasetName' | 'datasetNameFrom'>;

export function runDatasetName(run: RunDataset): string {
  const { datasetName: name, datasetNameFrom: nameFrom } = run;
  return datasetNameText(nameFrom ? { name, nameFrom } : { name });
}
