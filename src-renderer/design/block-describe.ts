/**
 * What a canvas block says about itself: a title and a short line of its settings, the same
 * words for sight and for screen readers.
 */
import type { Block, InitChoice } from './design-document';
import { ACTIVATION_PARAMS, kindLabel } from './design-document';

/** Activation names as people write them. */
export function activationLabel(name: string): string {
  const labels: Record<string, string> = {
    leaky_relu: 'leaky ReLU',
    relu: 'ReLU',
    elu: 'ELU',
    gelu: 'GELU',
    tanh: 'tanh',
  };
  return labels[name] ?? name;
}

/** "Xavier", "uniform ±0.5", … */
export function initLabel(init: InitChoice): string {
  switch (init.kind) {
    case 'default':
      return 'default (Xavier)';
    case 'uniform':
      return `uniform ±${init.scale}`;
    case 'xavier':
      return 'Xavier';
    case 'he':
      return 'He';
    case 'zeros':
      return 'zeros';
  }
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function withParam(activation: string, param: number | undefined): string {
  const p = ACTIVATION_PARAMS[activation as keyof typeof ACTIVATION_PARAMS];
  return p && param !== undefined
    ? `${activationLabel(activation)} (${param})`
    : activationLabel(activation);
}

/** The block's settings in a few words: "4 units · tanh". */
export function blockDetails(block: Block): string {
  switch (block.kind) {
    case 'input':
      return plural(block.size, 'input');
    case 'dense': {
      const init = block.init.kind === 'default' ? '' : ` · ${initLabel(block.init)} init`;
      return `${plural(block.units, 'unit')} · ${withParam(block.activation, block.activationParam)}${init}`;
    }
    case 'activation':
      return `sets the layer before to ${withParam(block.activation, block.activationParam)}`;
    case 'softmax':
      return `${plural(block.units, 'unit')} · softmax`;
    case 'mcculloch-pitts': {
      const inh = block.inhibitory.length
        ? `inhibitory ${block.inhibitory.map((i) => `x${i + 1}`).join(', ')} (${block.inhibition})`
        : 'no inhibitory inputs';
      return `threshold ${block.threshold} · ${inh}`;
    }
    case 'perceptron':
      return `α ${block.learningRate} · ${plural(block.epochs, 'epoch')} · ${block.coding}`;
    case 'adaline':
      return `α ${block.learningRate} · ${plural(block.epochs, 'epoch')}`;
    case 'madaline':
      return `${plural(block.units, 'Adaline')} · ${block.logic.toUpperCase()} · α ${block.learningRate} · ${plural(block.epochs, 'epoch')}`;
  }
}

/** The block's title on the canvas. */
export function blockTitle(block: Block): string {
  return kindLabel(block.kind);
}
