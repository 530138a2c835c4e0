/**
 * What a design needs to know of the chosen dataset, and fitting a design's input and output
 * sizes to it (the Design view does this when the dataset changes, and says what it changed).
 */
import { i18n } from '../i18n';
import type { DesignDocument } from './design-document';
import { updateBlock } from './design-document';

/** The chosen dataset as a design sees it. */
export interface DataContext {
  name: string;
  task: 'classification' | 'regression';
  /** inputs per row as the network sees them (derived inputs included) */
  inputs: number;
  /** target columns per row (1 for two classes coded 0/1) */
  outputs: number;
  /** number of classes (0 for regression) */
  classes: number;
}

/** The block that gives the network its outputs: the last dense or softmax block. */
export function outputBlockIndex(doc: DesignDocument): number {
  for (let i = doc.blocks.length - 1; i >= 0; i--) {
    const kind = doc.blocks[i].kind;
    if (kind === 'dense' || kind === 'softmax') return i;
  }
  return -1;
}

/**
 * The document with its input size and output units set to the data's, and a sentence for
 * each change (empty when nothing changed). Single-unit models keep their one output.
 */
export function fitToData(
  doc: DesignDocument,
  data: DataContext,
): { doc: DesignDocument; changes: string[] } {
  const changes: string[] = [];
  let next = doc;
  const input = doc.blocks.find((b) => b.kind === 'input');
  if (input && input.kind === 'input' && input.size !== data.inputs) {
    next = updateBlock(next, input.id, { size: data.inputs });
    const values = { n: data.inputs, was: input.size, name: data.name };
    changes.push(i18n.global.t('design.data.inputChanged', values, data.inputs));
  }
  const at = outputBlockIndex(next);
  const output = at >= 0 ? next.blocks[at] : undefined;
  const hasUnitModel = next.blocks.some(
    (b) =>
      b.kind !== 'input' && b.kind !== 'dense' && b.kind !== 'activation' && b.kind !== 'softmax',
  );
  if (output && !hasUnitModel && (output.kind === 'dense' || output.kind === 'softmax')) {
    // a softmax output has one unit per class: 2 for two classes stored as one 0/1 column
    const units =
      output.kind === 'softmax' && data.task === 'classification'
        ? Math.max(2, data.outputs)
        : data.outputs;
    const fits = output.kind === 'dense' || data.task === 'classification';
    if (fits && output.units !== units) {
      next = updateBlock(next, output.id, { units });
      const targets =
        units === 2 && data.outputs === 1
          ? i18n.global.t('design.data.perClass', { name: data.name })
          : describeTargets(data);
      const values = { n: units, was: output.units, targets };
      changes.push(i18n.global.t('design.data.outputChanged', values, units));
    }
  }
  return { doc: next, changes };
}

/** "one per class of iris", "one per target column of plane", "for the 2 classes of xor as 0/1". */
export function describeTargets(data: DataContext): string {
  const t = i18n.global.t;
  const name = { name: data.name };
  if (data.task === 'regression') {
    return t(data.outputs === 1 ? 'design.data.oneTarget' : 'design.data.perTarget', name);
  }
  if (data.outputs === 1) return t('design.data.zeroOne', name);
  return t('design.data.perClass', name);
}
