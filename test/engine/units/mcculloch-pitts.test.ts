import { describe, it, expect } from 'vitest';
import {
  andGate,
  McCullochPittsUnit,
  notGate,
  orGate,
} from '../../../src-engine/units/mcculloch-pitts';
import { truthTable } from '../../../src-engine/units/truth-table';

const column = (unit: McCullochPittsUnit): number[] => truthTable(unit).outputs.map((o) => o[0]);

describe('McCulloch–Pitts gates', () => {
  for (const mode of ['weighted', 'absolute'] as const) {
    it(`AND, OR and NOT have exact truth tables (${mode})`, () => {
      expect(truthTable(andGate(mode))).toEqual({
        inputs: [
          [0, 0],
          [0, 1],
          [1, 0],
          [1, 1],
        ],
        outputs: [[0], [0], [0], [1]],
      });
      expect(column(orGate(mode))).toEqual([0, 1, 1, 1]);
      expect(truthTable(notGate(mode))).toEqual({ inputs: [[0], [1]], outputs: [[1], [0]] });
    });
  }

  it('uses the lecture thresholds: AND θ=2, OR θ=1, NOT θ=0 with one inhibitory input', () => {
    expect(andGate().threshold).toBe(2);
    expect(orGate().threshold).toBe(1);
    expect(notGate().threshold).toBe(0);
    expect(notGate().signedWeights()).toEqual([-1]);
  });
});

describe('McCullochPittsUnit', () => {
  const spec = {
    threshold: 1,
    inputs: [
      { kind: 'excitatory' as const },
      { kind: 'excitatory' as const },
      { kind: 'inhibitory' as const },
    ],
  };

  it('weighted and absolute inhibition differ when excitation outweighs an active inhibitory input', () => {
    const weighted = new McCullochPittsUnit({ ...spec, mode: 'weighted' });
    const absolute = new McCullochPittsUnit({ ...spec, mode: 'absolute' });
    // 1 + 1 − 1 = 1 ≥ θ, but the veto forbids firing
    expect(weighted.fire([1, 1, 1])).toBe(1);
    expect(absolute.fire([1, 1, 1])).toBe(0);
    expect(absolute.isVetoed([1, 1, 1])).toBe(true);
    // without inhibition they agree
    expect(weighted.fire([1, 0, 0])).toBe(1);
    expect(absolute.fire([1, 0, 0])).toBe(1);
    // weighted: 1 − 1 = 0 < θ
    expect(weighted.fire([1, 0, 1])).toBe(0);
  });

  it('computes the signed weighted sum by hand', () => {
    const unit = new McCullochPittsUnit({
      mode: 'weighted',
      threshold: 3,
      inputs: [
        { kind: 'excitatory', weight: 2 },
        { kind: 'excitatory', weight: 1.5 },
        { kind: 'inhibitory', weight: 0.5 },
      ],
    });
    expect(unit.signedWeights()).toEqual([2, 1.5, -0.5]);
    expect(unit.netInput([1, 1, 1])).toBe(3);
    expect(unit.fire([1, 1, 1])).toBe(1);
    expect(unit.netInput([1, 0, 1])).toBe(1.5);
    expect(unit.fire([1, 0, 1])).toBe(0);
  });

  it('says absolute inhibition is not a plain threshold unit, and converts it to an equivalent one', () => {
    const absolute = new McCullochPittsUnit({
      mode: 'absolute',
      threshold: 2,
      inputs: [
        { kind: 'excitatory', weight: 1 },
        { kind: 'excitatory', weight: 2 },
        { kind: 'inhibitory' },
        { kind: 'excitatory', weight: 1 },
        { kind: 'inhibitory', weight: 0 },
      ],
    });
    const e = absolute.expressibility();
    expect(e.expressible).toBe(false);
    expect(e.reason).toMatch(/absolute inhibition/);
    const weighted = absolute.toWeighted();
    expect(weighted.mode).toBe('weighted');
    expect(weighted.expressibility().expressible).toBe(true);
    expect(truthTable(weighted)).toEqual(truthTable(absolute));
    expect(new McCullochPittsUnit({ ...spec, mode: 'weighted' }).expressibility().expressible).toBe(
      true,
    );
    const noInhibition = new McCullochPittsUnit({
      mode: 'absolute',
      threshold: 1,
      inputs: [{ kind: 'excitatory' }],
    });
    expect(noInhibition.expressibility().expressible).toBe(true);
  });

  it('edits inputs and threshold, and round-trips through toSpec', () => {
    const unit = andGate();
    unit.threshold = 1;
    expect(column(unit)).toEqual([0, 1, 1, 1]);
    unit.setInput(1, { kind: 'inhibitory' });
    expect(column(unit)).toEqual([0, 0, 1, 0]);
    const copy = new McCullochPittsUnit(unit.toSpec());
    expect(truthTable(copy)).toEqual(truthTable(unit));
    expect(copy.input(1)).toEqual({ kind: 'inhibitory', weight: 1 });
  });

  it('rejects invalid specs and inputs with clear messages', () => {
    expect(() => new McCullochPittsUnit({ mode: 'weighted', threshold: 1, inputs: [] })).toThrow(
      /at least one input/,
    );
    expect(
      () =>
        new McCullochPittsUnit({
          mode: 'fuzzy' as never,
          threshold: 1,
          inputs: [{ kind: 'excitatory' }],
        }),
    ).toThrow(/mode must be/);
    expect(
      () =>
        new McCullochPittsUnit({
          mode: 'weighted',
          threshold: NaN,
          inputs: [{ kind: 'excitatory' }],
        }),
    ).toThrow(/threshold/);
    expect(
      () =>
        new McCullochPittsUnit({
          mode: 'weighted',
          threshold: 1,
          inputs: [{ kind: 'excitatory', weight: -1 }],
        }),
    ).toThrow(/input 0 weight/);
    expect(
      () =>
        new McCullochPittsUnit({
          mode: 'weighted',
          threshold: 1,
          inputs: [{ kind: 'other' as never }],
        }),
    ).toThrow(/kind/);
    const gate = andGate();
    expect(() => gate.fire([1, 0.5])).toThrow(/input 1 is 0.5; inputs must be 0 or 1/);
    expect(() => gate.fire([1])).toThrow(/expected 2 binary inputs, got 1/);
    expect(() => gate.setInput(2, { kind: 'excitatory' })).toThrow(/out of range/);
  });
});
