import type { DerivedFeature } from '../../src-engine/data/derived-features';
import type { NetworkSpec } from '../../src-engine/network/spec';
import type { TrainConfig } from '../../src-engine/train/config';
import type { DatasetSplit, DatasetSummary } from '../../src-main/contract/types';
import type { Normalize } from './plot-points';

/** What the Welcome view (or a design, or a stored run) hands to Train. */
export interface TrainSetup {
  datasetId: number;
  datasetName: string;
  /** the stored dataset it names, when known: a name main chose is then said in the reader's
   * language (data/dataset-name-text.ts) */
  datasetOrigin?: Pick<DatasetSummary, 'name' | 'nameFrom'>;
  /** a stored run whose dataset could not be read (deleted, or unreadable): the dataset is
   * named by its id, in the reader's language when shown ("conjunto de datos 3") */
  datasetById?: boolean;
  /** the network; with derived features its inputs are featureCount(derived) */
  spec: NetworkSpec;
  training: TrainConfig;
  seed: number;
  normalize: Normalize;
  /** 2-D data only: the input features (see DerivedFeature) */
  derived?: DerivedFeature[];
  /** overrides the dataset's own split (Train's "training share") */
  split?: DatasetSplit;
}
