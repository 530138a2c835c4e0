/**
 * The automatic name of a run the Train view starts, as the reader's language writes it:
 * dataset, layer sizes, optimiser and learning rate ("Espiral (muestras 500; ruido 0,1) 2-8-1 ·
 * SGD con momento 0,9, tasa 0,03"), the settings people vary first, as main's own English name
 * has them (src-main/services/run-name.ts, which the command line keeps). Main numbers it when
 * the name is taken. Once stored it is the run's name, which the person may change.
 */
import { describeArchitecture } from '../../src-engine/network/describe-architecture';
import type { NetworkSpec } from '../../src-engine/network/spec';
import type { TrainConfig } from '../../src-engine/train/config';
import { storedNameText } from '../data/dataset-name-text';
import { i18n } from '../i18n';
import { formatPlain } from '../i18n/format';
import type { TrainSetup } from './train-setup';

/** The longest name main takes (contract/schemas/common.ts, name()). */
const MAX_NAME = 200;

/** The name of a run of `setup` with `training` (its settings as they are when it starts). */
export function runAutoName(
  setup: Pick<TrainSetup, 'datasetName' | 'datasetOrigin' | 'spec'>,
  training: TrainConfig,
): string {
  return autoName(storedNameText(setup.datasetName, setup.datasetOrigin), setup.spec, training);
}

function autoName(datasetName: string, spec: NetworkSpec, training: TrainConfig): string {
  const { t } = i18n.global;
  const { optimizer } = training;
  const momentum = optimizer.name === 'adam' ? 0 : (optimizer.momentum ?? 0);
  const said =
    optimizer.name === 'adam'
      ? 'Adam'
      : momentum > 0
        ? t('train.autoName.momentum', { momentum: formatPlain(momentum) })
        : 'SGD';
  const name = t('train.autoName.name', {
    dataset: datasetName,
    layers: describeArchitecture(spec),
    optimizer: said,
    rate: formatPlain(training.learningRate),
  });
  return name.slice(0, MAX_NAME);
}
