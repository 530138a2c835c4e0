import type { NetworkSpec } from '../../src-engine/network/spec';
import type { TrainConfig } from '../../src-engine/train/config';
import { describeArchitecture } from '../../src-engine/network/describe-architecture';

/** The optimiser in a word or two: "SGD", "SGD momentum 0.9", "Adam". */
function optimizerWords(optimizer: TrainConfig['optimizer']): string {
  if (optimizer.name === 'adam') return 'Adam';
  const momentum = optimizer.momentum ?? 0;
  return momentum > 0 ? `SGD momentum ${momentum}` : 'SGD';
}

/**
 * The automatic name of a run: dataset, layer sizes, optimiser and learning rate — the
 * settings people vary first — so that runs which differ in them read differently in lists
 * and legends. A name already taken gets the next free number ("… (2)"), so that no two
 * automatic names are ever the same.
 * @param taken whether an experiment already has this exact name
 */
export function autoRunName(
  datasetName: string,
  spec: NetworkSpec,
  training: TrainConfig,
  taken: (name: string) => boolean,
): string {
  const base = `${datasetName} ${describeArchitecture(spec)} · ${optimizerWords(training.optimizer)}, lr ${training.learningRate}`;
  return uniqueRunName(base, taken);
}

/** `base`, or with the next free number ("… (2)") when a run already has that name; also for
 * an automatic name the interface wrote in its reader's language (runs:start `autoName`). */
export function uniqueRunName(base: string, taken: (name: string) => boolean): string {
  if (!taken(base)) return base;
  for (let k = 2; ; k++) if (!taken(`${base} (${k})`)) return `${base} (${k})`;
}
