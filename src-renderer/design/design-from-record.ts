/**
 * Rebuilds a design document from a saved design (its spec and, for a single-unit model, its
 * unit settings): the inverse of compileDesign, one dense block per layer.
 */
import type { NetworkSpec } from '../../src-engine/network/spec';
import type { UnitDesign } from '../../src-main/contract/types';
import type { Block, DesignDocument } from './design-document';
import { newBlock } from './design-document';

/** A document that compiles back to `spec` (and `unit`). */
export function documentFromDesign(spec: NetworkSpec, unit?: UnitDesign): DesignDocument {
  let n = 1;
  const id = () => `b${n++}`;
  const blocks: Block[] = [{ id: id(), kind: 'input', size: spec.inputs }];
  if (unit) {
    blocks.push(unitBlock(id(), spec, unit));
  } else {
    spec.layers.forEach((layer, i) => {
      if (layer.activation === 'softmax' && i === spec.layers.length - 1) {
        blocks.push({ id: id(), kind: 'softmax', units: layer.units });
        return;
      }
      blocks.push({
        id: id(),
        kind: 'dense',
        units: layer.units,
        activation: layer.activation,
        ...(layer.activationParam !== undefined ? { activationParam: layer.activationParam } : {}),
        init: layer.init ? { ...layer.init } : spec.init ? { ...spec.init } : { kind: 'default' },
      });
    });
  }
  return { blocks, nextId: n };
}

function unitBlock(id: string, spec: NetworkSpec, unit: UnitDesign): Block {
  switch (unit.model) {
    case 'mcculloch-pitts': {
      const block = newBlock('mcculloch-pitts', id);
      return {
        ...block,
        kind: 'mcculloch-pitts',
        threshold: unit.threshold ?? 1,
        inhibitory: [...(unit.inhibitory ?? [])],
        inhibition: unit.inhibition ?? 'weighted',
      };
    }
    case 'perceptron':
      return {
        id,
        kind: 'perceptron',
        learningRate: unit.learningRate ?? 1,
        epochs: unit.epochs ?? 100,
        coding: unit.coding ?? (spec.layers[0]?.activation === 'sign' ? 'bipolar' : 'binary'),
      };
    case 'adaline':
      return {
        id,
        kind: 'adaline',
        learningRate: unit.learningRate ?? 0.01,
        epochs: unit.epochs ?? 100,
      };
    case 'madaline':
      return {
        id,
        kind: 'madaline',
        units: unit.units ?? spec.layers[0]?.units ?? 2,
        logic: unit.logic ?? 'or',
        learningRate: unit.learningRate ?? 0.5,
        epochs: unit.epochs ?? 200,
      };
  }
}
