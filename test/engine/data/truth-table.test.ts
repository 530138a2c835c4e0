import { describe, expect, it } from 'vitest';
import { makeTruthTable, type Gate } from '../../../src-engine/data/truth-table';

describe('makeTruthTable', () => {
  it.each([
    ['and', [0, 0, 0, 1]],
    ['or', [0, 1, 1, 1]],
    ['xor', [0, 1, 1, 0]],
  ] as const)('%s has the four rows 00 01 10 11 and the exact outputs', (gate, outputs) => {
    const d = makeTruthTable({ gate });
    expect(Array.from(d.x)).toEqual([0, 0, 0, 1, 1, 0, 1, 1]);
    expect(Array.from(d.y)).toEqual(outputs);
    expect(Array.from(d.labels!)).toEqual(outputs);
    expect(d.m).toBe(4);
    expect(d.inputs).toBe(2);
    expect(d.outputs).toBe(1);
    expect(d.task).toBe('classification');
    expect(d.classNames).toEqual(['0', '1']);
  });

  it('not has one input and two rows', () => {
    const d = makeTruthTable({ gate: 'not', dtype: 'float64' });
    expect(d.x).toBeInstanceOf(Float64Array);
    expect(Array.from(d.x)).toEqual([0, 1]);
    expect(Array.from(d.y)).toEqual([1, 0]);
    expect([d.m, d.inputs, d.featureNames.length]).toEqual([2, 1, 1]);
  });

  it('rejects an unknown gate or dtype', () => {
    expect(() => makeTruthTable({ gate: 'nand' as Gate })).toThrow(
      /makeTruthTable: gate must be one of and, or, not, xor, got 'nand'/,
    );
    expect(() => makeTruthTable({ gate: 'and', dtype: 'int32' as 'float32' })).toThrow(/dtype/);
  });
});
