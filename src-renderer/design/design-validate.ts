/**
 * What is wrong with a design, block by block, so that each problem is shown on the block it
 * is about. Structural rules come first (order, single-unit models alone, the data's sizes);
 * the engine's own specProblems catches the rest (unit counts, parameters).
 */
import { specProblems } from '../../src-engine/network/spec';
import { i18n } from '../i18n';
import { engineText } from '../i18n/engine-text';
import type { CompiledDesign } from './design-compile';
import { compileDesign } from './design-compile';
import type { DataContext } from './design-data';
import { describeTargets } from './design-data';
import type { Block, DesignDocument, UnitBlock } from './design-document';
import { isUnitBlock } from './design-document';

export interface DesignProblems {
  /** problems by block id */
  blocks: Record<string, string[]>;
  /** problems of the design as a whole (no block to show them on) */
  general: string[];
  /** all problems */
  count: number;
}

const MAX_UNITS = 65_536;
const t = i18n.global.t;

/**
 * Every problem of a design, given the chosen data (null: none chosen, so the sizes are free).
 * @param compiled the document compiled (computed if not given)
 */
export function validateDesign(
  doc: DesignDocument,
  data: DataContext | null,
  compiled: CompiledDesign = compileDesign(doc),
): DesignProblems {
  const blocks: Record<string, string[]> = {};
  const general: string[] = [];
  const add = (id: string, message: string) => {
    const list = (blocks[id] ??= []);
    if (!list.includes(message)) list.push(message);
  };

  if (doc.blocks.length === 0) {
    general.push(t('design.problems.empty'));
    return { blocks, general, count: 1 };
  }
  checkOrder(doc, add, general);
  const units = doc.blocks.filter(isUnitBlock);
  if (units.length > 0) {
    checkUnitModels(doc, units, data, add);
  } else {
    checkNetwork(doc, data, compiled, add);
  }
  checkWithEngine(doc, compiled, add, general);
  const count = general.length + Object.values(blocks).reduce((n, list) => n + list.length, 0);
  return { blocks, general, count };
}

type Add = (id: string, message: string) => void;

function checkOrder(doc: DesignDocument, add: Add, general: string[]): void {
  const inputs = doc.blocks.filter((b) => b.kind === 'input');
  if (inputs.length === 0) general.push(t('design.problems.noInput'));
  inputs.forEach((block, k) => {
    if (k > 0) add(block.id, t('design.problems.oneInput'));
    else if (doc.blocks[0] !== block) add(block.id, t('design.problems.inputFirst'));
  });
  if (inputs.length > 0 && !doc.blocks.some((b) => b.kind !== 'input')) {
    add(inputs[0].id, t('design.problems.afterInput'));
  }
  const input = inputs[0];
  if (input && input.kind === 'input') {
    if (!Number.isInteger(input.size) || input.size < 1 || input.size > MAX_UNITS) {
      add(input.id, t('design.problems.inputSize', { max: MAX_UNITS, got: input.size }));
    }
  }
}

function checkNetwork(
  doc: DesignDocument,
  data: DataContext | null,
  compiled: CompiledDesign,
  add: Add,
): void {
  const last = doc.blocks.length - 1;
  doc.blocks.forEach((block, i) => {
    if (block.kind === 'activation' && doc.blocks[i - 1]?.kind !== 'dense') {
      add(block.id, t('design.problems.activationPlace'));
    }
    if (block.kind === 'softmax' && i !== last) {
      add(block.id, t('design.problems.softmaxLast'));
    }
  });
  if (!data) return;
  checkInputSize(doc, data, add);
  const outputId = compiled.layerBlocks[compiled.layerBlocks.length - 1];
  const output = doc.blocks.find((b) => b.id === outputId);
  if (!output || (output.kind !== 'dense' && output.kind !== 'softmax')) return;
  if (output.kind === 'softmax' && data.task === 'regression') {
    add(output.id, t('design.problems.softmaxRegression', { name: data.name }));
  } else if (output.kind === 'softmax' && data.outputs === 1) {
    // two classes stored as one 0/1 column train a softmax of two units (one per class)
    if (output.units !== 2) {
      add(output.id, t('design.problems.softmaxTwo', { name: data.name }));
    }
  } else if (output.units !== data.outputs) {
    const has = t('design.problems.outputHas', { n: output.units }, output.units);
    const targets = describeTargets(data);
    add(output.id, t('design.problems.outputNeeds', { has, needs: data.outputs, targets }));
  }
}

function checkInputSize(doc: DesignDocument, data: DataContext, add: Add): void {
  const input = doc.blocks.find((b) => b.kind === 'input');
  if (input && input.kind === 'input' && input.size !== data.inputs) {
    const count = { name: data.name, n: data.inputs, got: input.size };
    add(input.id, t('design.problems.dataInputs', count, data.inputs));
  }
}

function checkUnitModels(
  doc: DesignDocument,
  units: UnitBlock[],
  data: DataContext | null,
  add: Add,
): void {
  const others = doc.blocks.filter((b) => b.kind !== 'input');
  for (const block of others) {
    if (!units.includes(block as UnitBlock)) {
      const model = t(`design.problems.theUnit.${units[0].kind}`);
      add(block.id, t('design.problems.notUsed', { model }));
    }
  }
  for (const block of units) {
    const name = unitName(block);
    if (others.length > 1) {
      add(block.id, t('design.problems.aloneModel', { name }));
    }
    checkUnitSettings(block, doc, add);
    if (data) checkUnitData(block, name, data, add);
  }
  if (data) checkInputSize(doc, data, add);
}

/** "A perceptron", "An Adaline", … */
function unitName(block: UnitBlock): string {
  return t(`design.problems.aUnit.${block.kind}`);
}

function checkUnitSettings(block: UnitBlock, doc: DesignDocument, add: Add): void {
  if (block.kind === 'mcculloch-pitts') {
    if (!Number.isFinite(block.threshold) || Math.abs(block.threshold) > 1e6) {
      add(block.id, t('design.problems.threshold'));
    }
    const input = doc.blocks.find((b) => b.kind === 'input');
    const n = input && input.kind === 'input' ? input.size : 0;
    const outside = block.inhibitory.filter((i) => !(Number.isInteger(i) && i >= 0 && i < n));
    if (outside.length > 0) {
      const list = outside.map((i) => i + 1).join(', ');
      const has = t('design.problems.unitInputs', { n }, n);
      add(block.id, t('design.problems.inhibitory', { list, has }, outside.length));
    }
    return;
  }
  const rateOk =
    block.kind === 'madaline'
      ? block.learningRate > 0 && block.learningRate < 2
      : block.learningRate > 0 && block.learningRate <= 100;
  if (!rateOk) {
    add(
      block.id,
      block.kind === 'madaline'
        ? t('design.problems.rateMadaline', { got: block.learningRate })
        : t('design.problems.rate', { got: block.learningRate }),
    );
  }
  if (!Number.isInteger(block.epochs) || block.epochs < 1 || block.epochs > 1_000_000) {
    add(block.id, t('design.problems.epochs', { got: block.epochs }));
  }
  if (
    block.kind === 'madaline' &&
    !(Number.isInteger(block.units) && block.units >= 1 && block.units <= 64)
  ) {
    add(block.id, t('design.problems.adalines', { got: block.units }));
  }
}

function checkUnitData(block: UnitBlock, name: string, data: DataContext, add: Add): void {
  if (data.task === 'regression') {
    if (block.kind !== 'adaline') {
      add(block.id, t('design.problems.unitRegression', { model: name, name: data.name }));
    }
    return;
  }
  if (data.classes > 2) {
    const values = { model: name, name: data.name, classes: data.classes };
    add(block.id, t('design.problems.unitClasses', values));
  }
}

/** The engine's own checks, each put on the block that made the layer it names. */
function checkWithEngine(
  doc: DesignDocument,
  compiled: CompiledDesign,
  add: Add,
  general: string[],
): void {
  if (compiled.spec.layers.length === 0) return; // said above, in the design's own words
  const input = doc.blocks.find((b) => b.kind === 'input');
  for (const problem of specProblems(compiled.spec)) {
    const layer = problem.values.layer;
    if (typeof layer === 'number') {
      // a single-unit model's settings were checked above in its own terms
      if (compiled.unit) continue;
      const id = compiled.layerBlocks[layer - 1];
      if (id) add(id, sentence(engineText(problem, true)));
      else general.push(sentence(engineText(problem)));
    } else if (problem.code === 'spec.inputs') {
      // the design's own input check says it better; only report it if it did not run
      if (!input) general.push(sentence(engineText(problem)));
    } else {
      general.push(sentence(engineText(problem)));
    }
  }
}

function sentence(text: string): string {
  const s = text.charAt(0).toUpperCase() + text.slice(1);
  return /[.!?]$/.test(s) ? s : `${s}.`;
}

/** The first block with a problem (for focusing it), or null. */
export function firstBlockWithProblem(doc: DesignDocument, problems: DesignProblems): Block | null {
  return doc.blocks.find((b) => (problems.blocks[b.id]?.length ?? 0) > 0) ?? null;
}
