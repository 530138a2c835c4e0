import { describe, expect, it } from 'vitest';
import type { DataContext } from '../../../src-renderer/design/design-data';
import { fitToData } from '../../../src-renderer/design/design-data';
import { defaultDocument } from '../../../src-renderer/design/design-defaults';
import type { Block, DesignDocument } from '../../../src-renderer/design/design-document';
import { validateDesign } from '../../../src-renderer/design/design-validate';

const doc = (...blocks: Block[]): DesignDocument => ({ blocks, nextId: blocks.length + 1 });
const input = (size = 2): Block => ({ id: 'in', kind: 'input', size });
const dense = (id: string, units: number, activation: 'tanh' | 'sigmoid' = 'tanh'): Block => ({
  id,
  kind: 'dense',
  units,
  activation,
  init: { kind: 'default' },
});
const iris: DataContext = {
  name: 'iris',
  task: 'classification',
  inputs: 4,
  outputs: 3,
  classes: 3,
};
const xor: DataContext = { name: 'xor', task: 'classification', inputs: 2, outputs: 1, classes: 2 };

describe('validateDesign', () => {
  it('accepts the default designs', () => {
    expect(validateDesign(defaultDocument(null), null).count).toBe(0);
    expect(validateDesign(defaultDocument(iris), iris).count).toBe(0);
    expect(validateDesign(defaultDocument(xor), xor).count).toBe(0);
  });

  it('explains an empty canvas', () => {
    const p = validateDesign(doc(), null);
    expect(p.general[0]).toMatch(/canvas is empty/);
  });

  it('puts an activation block not after a dense layer on that block', () => {
    const p = validateDesign(
      doc(input(), { id: 'a', kind: 'activation', activation: 'relu' }, dense('d', 1)),
      null,
    );
    expect(p.blocks.a).toEqual([
      'An activation block sets the dense layer just before it: put it right after a dense layer.',
    ]);
    expect(p.blocks.d).toBeUndefined();
  });

  it('wants the softmax output last and the input first', () => {
    const p = validateDesign(
      doc(dense('d', 3), input(), { id: 's', kind: 'softmax', units: 3 }, dense('e', 3)),
      null,
    );
    expect(p.blocks.s).toContain('The softmax output must be the last block.');
    expect(p.blocks.in).toContain('The input block must come first.');
  });

  it('checks the sizes against the data', () => {
    const p = validateDesign(doc(input(3), dense('d', 4), dense('o', 2)), iris);
    expect(p.blocks.in).toEqual(['iris has 4 inputs per row, not 3.']);
    expect(p.blocks.o).toEqual([
      'The output layer has 2 units; it needs 3, one per class of iris.',
    ]);
    // two classes (one 0/1 column) take a softmax of two units, one per class
    const s = validateDesign(doc(input(2), { id: 's', kind: 'softmax', units: 2 }), xor);
    expect(s.blocks.s).toBeUndefined();
    const three = validateDesign(doc(input(2), { id: 's', kind: 'softmax', units: 3 }), xor);
    expect(three.blocks.s).toEqual([
      'Softmax gives one output per class: xor has 2 classes, so 2 units (or end with a dense layer of 1 unit with sigmoid).',
    ]);
  });

  it('keeps a single-unit model alone, and two-class', () => {
    const p = validateDesign(
      doc(input(4), dense('d', 4), {
        id: 'p',
        kind: 'perceptron',
        learningRate: 1,
        epochs: 10,
        coding: 'binary',
      }),
      iris,
    );
    expect(p.blocks.p).toEqual([
      'A perceptron is a whole model on its own: keep only the input block before it and remove the other blocks.',
      'A perceptron separates 2 classes, but iris has 3. Use a network ending in a softmax output.',
    ]);
    expect(p.blocks.d).toEqual([
      'Not used by the perceptron, a whole model on its own: remove this block or the model.',
    ]);
  });

  it('checks unit settings', () => {
    const p = validateDesign(
      doc(input(2), {
        id: 'm',
        kind: 'madaline',
        units: 0,
        logic: 'or',
        learningRate: 2,
        epochs: 1.5,
      }),
      null,
    );
    expect(p.blocks.m).toEqual([
      'α must be between 0 and 2 (exclusive), got 2.',
      'Epochs must be a whole number from 1 to 1000000, got 1.5.',
      'Hidden Adalines must be a whole number from 1 to 64, got 0.',
    ]);
    const mp = validateDesign(
      doc(input(2), {
        id: 'u',
        kind: 'mcculloch-pitts',
        threshold: 1,
        inhibitory: [3],
        inhibition: 'weighted',
      }),
      null,
    );
    expect(mp.blocks.u).toEqual(['Inhibitory input 4 does not exist: the unit has 2 inputs.']);
  });

  it("shows the engine's own problems on the block that made the layer", () => {
    const p = validateDesign(doc(input(2), dense('d', 0), dense('o', 1, 'sigmoid')), null);
    expect(p.blocks.d).toEqual(['Units must be a whole number from 1 to 65536, got 0.']);
    expect(p.count).toBe(1);
  });
});

describe('fitToData', () => {
  it('sets input and output sizes and says what changed', () => {
    const { doc: fitted, changes } = fitToData(defaultDocument(null), iris);
    expect(fitted.blocks[0]).toMatchObject({ size: 4 });
    expect(fitted.blocks[2]).toMatchObject({ units: 3 });
    expect(changes).toEqual([
      'The input block now takes 4 inputs (was 2), the features of iris.',
      'The output layer now has 3 units (was 1), one per class of iris.',
    ]);
    expect(fitToData(fitted, iris).changes).toEqual([]);
  });

  it('gives a softmax output two units for two classes stored as one 0/1 column', () => {
    const softmax = fitToData(fitToData(defaultDocument(null), iris).doc, iris).doc;
    const { doc: fitted, changes } = fitToData(
      {
        ...softmax,
        blocks: softmax.blocks.map((b) =>
          b.kind === 'dense' && b.units === 3
            ? { id: b.id, kind: 'softmax' as const, units: 3 }
            : b,
        ),
      },
      xor,
    );
    expect(fitted.blocks.at(-1)).toMatchObject({ kind: 'softmax', units: 2 });
    expect(changes).toContain('The output layer now has 2 units (was 3), one per class of xor.');
  });
});
