import { describe, expect, it } from 'vitest';
import { compileDesign } from '../../../src-renderer/design/design-compile';
import { defaultDocument } from '../../../src-renderer/design/design-defaults';
import type { Block, DesignDocument } from '../../../src-renderer/design/design-document';
import { documentFromDesign } from '../../../src-renderer/design/design-from-record';

const doc = (...blocks: Block[]): DesignDocument => ({ blocks, nextId: blocks.length + 1 });

describe('compileDesign', () => {
  it('compiles the default 2-4-1 design', () => {
    const c = compileDesign(defaultDocument(null));
    expect(c.summary).toBe('2-4-1');
    expect(c.spec).toEqual({
      inputs: 2,
      layers: [
        { units: 4, activation: 'tanh' },
        { units: 1, activation: 'sigmoid' },
      ],
    });
    expect(c.unit).toBeUndefined();
  });

  it('folds an activation block into the dense layer before it, keeps init and parameters', () => {
    const c = compileDesign(
      doc(
        { id: 'i', kind: 'input', size: 4 },
        {
          id: 'd',
          kind: 'dense',
          units: 8,
          activation: 'tanh',
          init: { kind: 'uniform', scale: 0.5 },
        },
        { id: 'a', kind: 'activation', activation: 'leaky_relu', activationParam: 0.2 },
        { id: 's', kind: 'softmax', units: 3 },
      ),
    );
    expect(c.spec).toEqual({
      inputs: 4,
      layers: [
        {
          units: 8,
          activation: 'leaky_relu',
          activationParam: 0.2,
          init: { kind: 'uniform', scale: 0.5 },
        },
        { units: 3, activation: 'softmax' },
      ],
    });
    expect(c.layerBlocks).toEqual(['d', 's']);
    expect(c.summary).toBe('4-8-3');
  });

  it('compiles single-unit models to the nearest dense spec plus their settings', () => {
    const p = compileDesign(
      doc(
        { id: 'i', kind: 'input', size: 2 },
        { id: 'p', kind: 'perceptron', learningRate: 0.5, epochs: 20, coding: 'bipolar' },
      ),
    );
    expect(p.spec).toEqual({ inputs: 2, layers: [{ units: 1, activation: 'sign' }] });
    expect(p.unit).toEqual({
      model: 'perceptron',
      learningRate: 0.5,
      epochs: 20,
      coding: 'bipolar',
    });
    const m = compileDesign(
      doc(
        { id: 'i', kind: 'input', size: 2 },
        { id: 'm', kind: 'madaline', units: 3, logic: 'majority', learningRate: 0.5, epochs: 9 },
      ),
    );
    expect(m.summary).toBe('2-3-1');
    expect(m.unit).toEqual({
      model: 'madaline',
      units: 3,
      logic: 'majority',
      learningRate: 0.5,
      epochs: 9,
    });
    const mp = compileDesign(
      doc(
        { id: 'i', kind: 'input', size: 3 },
        { id: 'u', kind: 'mcculloch-pitts', threshold: 2, inhibitory: [2], inhibition: 'absolute' },
      ),
    );
    expect(mp.spec.layers).toEqual([{ units: 1, activation: 'step' }]);
    expect(mp.unit).toEqual({
      model: 'mcculloch-pitts',
      threshold: 2,
      inhibitory: [2],
      inhibition: 'absolute',
    });
  });

  it('round-trips through a saved design', () => {
    const original = compileDesign(
      doc(
        { id: 'i', kind: 'input', size: 4 },
        {
          id: 'd',
          kind: 'dense',
          units: 8,
          activation: 'elu',
          activationParam: 0.7,
          init: { kind: 'he' },
        },
        { id: 's', kind: 'softmax', units: 3 },
      ),
    );
    expect(compileDesign(documentFromDesign(original.spec)).spec).toEqual(original.spec);
    const unit = compileDesign(
      doc(
        { id: 'i', kind: 'input', size: 2 },
        { id: 'a', kind: 'adaline', learningRate: 0.02, epochs: 50 },
      ),
    );
    const back = compileDesign(documentFromDesign(unit.spec, unit.unit));
    expect(back.spec).toEqual(unit.spec);
    expect(back.unit).toEqual(unit.unit);
  });
});
