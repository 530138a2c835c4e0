/**
 * The Design view's document: an ordered chain of blocks, from the input block to the output.
 * Plain immutable data, so that every edit is a new document the undo history can keep.
 */
import type { ActivationName } from '../../src-engine/activations/activation';
import type { InitSpec } from '../../src-engine/network/spec';
import { i18n } from '../i18n';

/** How a dense layer's weights start; 'default' leaves it to the network (Xavier). */
export type InitChoice = InitSpec | { kind: 'default' };

export interface InputBlock {
  id: string;
  kind: 'input';
  /** features per row; follows the chosen dataset when there is one */
  size: number;
}

export interface DenseBlock {
  id: string;
  kind: 'dense';
  units: number;
  activation: ActivationName;
  /** the activation's parameter (leaky ReLU slope, ELU α); undefined: its default */
  activationParam?: number;
  init: InitChoice;
}

/** Sets the activation of the dense layer just before it. */
export interface ActivationBlock {
  id: string;
  kind: 'activation';
  activation: ActivationName;
  activationParam?: number;
}

/** A dense output layer with softmax: one unit per class. */
export interface SoftmaxBlock {
  id: string;
  kind: 'softmax';
  units: number;
}

export interface McCullochPittsBlock {
  id: string;
  kind: 'mcculloch-pitts';
  threshold: number;
  /** 0-based indices of the inhibitory inputs */
  inhibitory: number[];
  inhibition: 'weighted' | 'absolute';
}

export interface PerceptronBlock {
  id: string;
  kind: 'perceptron';
  learningRate: number;
  epochs: number;
  coding: 'binary' | 'bipolar';
}

export interface AdalineBlock {
  id: string;
  kind: 'adaline';
  learningRate: number;
  epochs: number;
}

export interface MadalineBlock {
  id: string;
  kind: 'madaline';
  /** Adalines in the hidden layer */
  units: number;
  logic: 'and' | 'or' | 'majority';
  learningRate: number;
  epochs: number;
}

export type Block =
  | InputBlock
  | DenseBlock
  | ActivationBlock
  | SoftmaxBlock
  | McCullochPittsBlock
  | PerceptronBlock
  | AdalineBlock
  | MadalineBlock;

export type BlockKind = Block['kind'];
export type UnitBlock = McCullochPittsBlock | PerceptronBlock | AdalineBlock | MadalineBlock;

/** A design: its blocks in order, and the number the next new block's id takes. */
export interface DesignDocument {
  blocks: Block[];
  nextId: number;
}

/** Every kind, in palette order (names and explanations: `design.kinds.<kind>` messages). */
export const BLOCK_KINDS: readonly BlockKind[] = [
  'input',
  'dense',
  'activation',
  'softmax',
  'mcculloch-pitts',
  'perceptron',
  'adaline',
  'madaline',
];

const UNIT_KINDS: readonly BlockKind[] = ['mcculloch-pitts', 'perceptron', 'adaline', 'madaline'];

/** Whether a block is one of the single-unit models. */
export function isUnitBlock(block: Block): block is UnitBlock {
  return UNIT_KINDS.includes(block.kind);
}

/** The palette name of a kind ("Dense layer"). */
export function kindLabel(kind: BlockKind): string {
  return i18n.global.t(`design.kinds.${kind}.label`);
}

/** A kind's one-line explanation ("one unit per class"). */
export function kindHint(kind: BlockKind): string {
  return i18n.global.t(`design.kinds.${kind}.hint`);
}

/** Whether a string names a block kind (drag-and-drop data arrives as text). */
export function isBlockKind(value: string): value is BlockKind {
  return (BLOCK_KINDS as readonly string[]).includes(value);
}

/** Activations a dense or activation block offers (softmax has its own output block). */
export const LAYER_ACTIVATIONS: readonly ActivationName[] = [
  'tanh',
  'sigmoid',
  'relu',
  'leaky_relu',
  'elu',
  'softplus',
  'gelu',
  'linear',
  'step',
  'sign',
];

/** The activations with a parameter, and its default (its name: `design.params.<activation>`). */
export const ACTIVATION_PARAMS: Partial<Record<ActivationName, { default: number }>> = {
  leaky_relu: { default: 0.01 },
  elu: { default: 1 },
};

/** A new block of a kind with sensible settings; `size` sets an input's or output's units. */
export function newBlock(kind: BlockKind, id: string, size?: number): Block {
  switch (kind) {
    case 'input':
      return { id, kind, size: size ?? 2 };
    case 'dense':
      return { id, kind, units: size ?? 4, activation: 'tanh', init: { kind: 'default' } };
    case 'activation':
      return { id, kind, activation: 'relu' };
    case 'softmax':
      return { id, kind, units: Math.max(2, size ?? 3) };
    case 'mcculloch-pitts':
      return { id, kind, threshold: 2, inhibitory: [], inhibition: 'weighted' };
    case 'perceptron':
      return { id, kind, learningRate: 1, epochs: 100, coding: 'binary' };
    case 'adaline':
      return { id, kind, learningRate: 0.01, epochs: 100 };
    case 'madaline':
      return { id, kind, units: 2, logic: 'or', learningRate: 0.5, epochs: 200 };
  }
}

/** An empty design. */
export function emptyDocument(): DesignDocument {
  return { blocks: [], nextId: 1 };
}

/**
 * The document with a new block of `kind` at `index` (clamped to the chain), and its id.
 * @param size see newBlock
 */
export function insertBlock(
  doc: DesignDocument,
  kind: BlockKind,
  index: number,
  size?: number,
): { doc: DesignDocument; id: string } {
  const id = `b${doc.nextId}`;
  const at = clampIndex(index, doc.blocks.length);
  const blocks = [...doc.blocks];
  blocks.splice(at, 0, newBlock(kind, id, size));
  return { doc: { blocks, nextId: doc.nextId + 1 }, id };
}

/** The document without block `id` (unchanged if there is none). */
export function removeBlock(doc: DesignDocument, id: string): DesignDocument {
  if (!doc.blocks.some((b) => b.id === id)) return doc;
  return { ...doc, blocks: doc.blocks.filter((b) => b.id !== id) };
}

/**
 * The document with block `id` moved to position `to` of the chain without it (clamped), so
 * that moveBlock(doc, id, 0) makes it first. Unchanged if there is no such block.
 */
export function moveBlock(doc: DesignDocument, id: string, to: number): DesignDocument {
  const from = doc.blocks.findIndex((b) => b.id === id);
  if (from < 0) return doc;
  const blocks = [...doc.blocks];
  const [block] = blocks.splice(from, 1);
  const at = clampIndex(to, blocks.length);
  if (at === from) return doc;
  blocks.splice(at, 0, block);
  return { ...doc, blocks };
}

/** The document with some settings of block `id` changed (its id and kind never change). */
export function updateBlock(
  doc: DesignDocument,
  id: string,
  patch: Partial<Omit<Block, 'id' | 'kind'>>,
): DesignDocument {
  const blocks = doc.blocks.map((b) =>
    b.id === id ? ({ ...b, ...patch, id, kind: b.kind } as Block) : b,
  );
  return { ...doc, blocks };
}

function clampIndex(index: number, length: number): number {
  if (!Number.isFinite(index)) return length;
  return Math.max(0, Math.min(length, Math.round(index)));
}
