/**
 * The design the view starts from: input → dense 4 tanh → an output suited to the data, or
 * the 2-4-1 example when no dataset is chosen.
 */
import { outputLayerFor } from '../../src-engine/train/default-training';
import type { DataContext } from './design-data';
import type { Block, DesignDocument } from './design-document';

/** The starting design for the chosen data (null: none chosen). */
export function defaultDocument(data: DataContext | null): DesignDocument {
  const inputs = data?.inputs ?? 2;
  const output = data
    ? outputLayerFor(data.task, data.outputs)
    : { units: 1, activation: 'sigmoid' as const };
  const last: Block =
    output.activation === 'softmax'
      ? { id: 'b3', kind: 'softmax', units: output.units }
      : {
          id: 'b3',
          kind: 'dense',
          units: output.units,
          activation: output.activation,
          init: { kind: 'default' },
        };
  return {
    blocks: [
      { id: 'b1', kind: 'input', size: inputs },
      { id: 'b2', kind: 'dense', units: 4, activation: 'tanh', init: { kind: 'default' } },
      last,
    ],
    nextId: 4,
  };
}
