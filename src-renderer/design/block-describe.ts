/**
 * What a canvas block says about itself: a title and a short line of its settings, the same
 * words for sight and for screen readers.
 */
import { i18n } from '../i18n';
import type { Block, InitChoice } from './design-document';
import { ACTIVATION_PARAMS, kindLabel } from './design-document';

const t = i18n.global.t;

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
  const scale = init.kind === 'uniform' ? init.scale : 0;
  return t(`design.describe.inits.${init.kind}`, { scale });
}

/** "4 units", "1 epoch", … (`design.describe.<word>` plurals). */
const plural = (n: number, word: string) => t(`design.describe.${word}`, { n }, n);

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
      return plural(block.size, 'inputs');
    case 'dense': {
      const init =
        block.init.kind === 'default'
          ? ''
          : ` · ${t('design.describe.init', { init: initLabel(block.init) })}`;
      return `${plural(block.units, 'units')} · ${withParam(block.activation, block.activationParam)}${init}`;
    }
    case 'activation':
      return t('design.describe.sets', {
        activation: withParam(block.activation, block.activationParam),
      });
    case 'softmax':
      return `${plural(block.units, 'units')} · softmax`;
    case 'mcculloch-pitts': {
      const inh = block.inhibitory.length
        ? t('design.describe.inhibitory', {
            list: block.inhibitory.map((i) => `x${i + 1}`).join(', '),
            how: t(`design.describe.inhibitions.${block.inhibition}`),
          })
        : t('design.describe.noInhibitory');
      return `${t('design.describe.threshold', { threshold: block.threshold })} · ${inh}`;
    }
    case 'perceptron':
      return `α ${block.learningRate} · ${plural(block.epochs, 'epochs')} · ${t(`design.describe.codings.${block.coding}`)}`;
    case 'adaline':
      return `α ${block.learningRate} · ${plural(block.epochs, 'epochs')}`;
    case 'madaline':
      return `${plural(block.units, 'adalines')} · ${block.logic.toUpperCase()} · α ${block.learningRate} · ${plural(block.epochs, 'epochs')}`;
  }
}

/** The block's title on the canvas. */
export function blockTitle(block: Block): string {
  return kindLabel(block.kind);
}
