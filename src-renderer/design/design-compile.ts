/**
 * Turns a design document into the engine's NetworkSpec (and, for a single-unit model, the
 * unit's own settings), remembering which block made each layer so that problems the engine
 * finds can be shown on that block.
 */
import type { LayerSpec, NetworkSpec } from '../../src-engine/network/spec';
import type { UnitDesign } from '../../src-main/contract/types';
import type { Block, DenseBlock, DesignDocument, UnitBlock } from './design-document';
import { isUnitBlock } from './design-document';
import { describeArchitecture } from '../../src-engine/network/describe-architecture';

export interface CompiledDesign {
  /** the network (a single-unit model's nearest dense network) */
  spec: NetworkSpec;
  /** a single-unit model's settings */
  unit?: UnitDesign;
  /** layerBlocks[l] is the id of the block that made layer l */
  layerBlocks: string[];
  /** units per layer, inputs first: "2-4-1" */
  summary: string;
}

/**
 * Compiles a document as far as it makes sense: blocks in the wrong place (an activation
 * block not after a dense layer, say) are skipped here and reported by validateDesign.
 */
export function compileDesign(doc: DesignDocument): CompiledDesign {
  const input = doc.blocks.find((b) => b.kind === 'input');
  const inputs = input && input.kind === 'input' ? input.size : 0;
  const unitBlock = doc.blocks.find(isUnitBlock);
  if (unitBlock) {
    const { layers, unit } = compileUnit(unitBlock);
    const spec = { inputs, layers };
    return {
      spec,
      unit,
      layerBlocks: layers.map(() => unitBlock.id),
      summary: describeArchitecture(spec),
    };
  }
  const layers: LayerSpec[] = [];
  const layerBlocks: string[] = [];
  doc.blocks.forEach((block, i) => {
    if (block.kind === 'dense') {
      layers.push(denseLayer(block));
      layerBlocks.push(block.id);
    } else if (block.kind === 'softmax') {
      layers.push({ units: block.units, activation: 'softmax' });
      layerBlocks.push(block.id);
    } else if (block.kind === 'activation' && doc.blocks[i - 1]?.kind === 'dense') {
      const layer = layers[layers.length - 1];
      layer.activation = block.activation;
      if (block.activationParam === undefined) delete layer.activationParam;
      else layer.activationParam = block.activationParam;
    }
  });
  const spec = { inputs, layers };
  return { spec, layerBlocks, summary: describeArchitecture(spec) };
}

function denseLayer(block: DenseBlock): LayerSpec {
  const layer: LayerSpec = { units: block.units, activation: block.activation };
  if (block.activationParam !== undefined) layer.activationParam = block.activationParam;
  if (block.init.kind !== 'default') layer.init = { ...block.init };
  return layer;
}

/** A single-unit model as the nearest dense layers plus its own settings. */
function compileUnit(block: UnitBlock): { layers: LayerSpec[]; unit: UnitDesign } {
  switch (block.kind) {
    case 'mcculloch-pitts':
      return {
        layers: [{ units: 1, activation: 'step' }],
        unit: {
          model: 'mcculloch-pitts',
          threshold: block.threshold,
          inhibitory: [...block.inhibitory],
          inhibition: block.inhibition,
        },
      };
    case 'perceptron':
      return {
        layers: [{ units: 1, activation: block.coding === 'bipolar' ? 'sign' : 'step' }],
        unit: {
          model: 'perceptron',
          learningRate: block.learningRate,
          epochs: block.epochs,
          coding: block.coding,
        },
      };
    case 'adaline':
      return {
        layers: [{ units: 1, activation: 'linear' }],
        unit: { model: 'adaline', learningRate: block.learningRate, epochs: block.epochs },
      };
    case 'madaline':
      return {
        layers: [
          { units: block.units, activation: 'sign' },
          { units: 1, activation: 'sign' },
        ],
        unit: {
          model: 'madaline',
          units: block.units,
          logic: block.logic,
          learningRate: block.learningRate,
          epochs: block.epochs,
        },
      };
  }
}

/** Whether a block adds a layer to the network. */
export function makesLayer(block: Block): boolean {
  return block.kind === 'dense' || block.kind === 'softmax' || isUnitBlock(block);
}
