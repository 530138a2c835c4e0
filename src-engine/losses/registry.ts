import type { Loss, LossName } from './loss';
import { LOSS_NAMES } from './loss';
import { binaryCrossEntropy } from './binary-cross-entropy';
import { crossEntropy } from './cross-entropy';
import { mse } from './mse';

const LOSSES: Record<LossName, Loss> = {
  mse,
  binary_cross_entropy: binaryCrossEntropy,
  cross_entropy: crossEntropy,
};

/** The loss of a spec name. @throws if the name is unknown. */
export function getLoss(name: string): Loss {
  if (!isLossName(name))
    throw new Error(`unknown loss '${name}' (known: ${LOSS_NAMES.join(', ')})`);
  return LOSSES[name];
}

/** Whether a string names a known loss. */
export function isLossName(name: string): name is LossName {
  return (LOSS_NAMES as readonly string[]).includes(name);
}
