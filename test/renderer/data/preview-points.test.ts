import { describe, expect, it } from 'vitest';
import { previewScatter } from '../../../src-renderer/data/preview-points';

const preview = {
  columns: [{ name: 'a' }, { name: 'b' }, { name: 'c' }, { name: 'kind' }],
  firstRows: [
    ['1', '2', 'x', 'red'],
    ['3', null, 'y', 'blue'],
    ['5', '6', 'z', 'blue'],
  ],
  decimalComma: false,
};

describe('previewScatter', () => {
  it('plots two numeric inputs coloured by class, skipping rows with a gap', () => {
    const points = previewScatter(
      preview,
      ['input', 'input', 'ignored', 'target'],
      ['numeric', 'numeric', 'categorical', 'categorical'],
    )!;
    expect(points.m).toBe(2);
    expect(Array.from(points.xy)).toEqual([1, 2, 5, 6]);
    expect(Array.from(points.labels!)).toEqual([0, 1]);
    expect(points.classNames).toEqual(['red', 'blue']);
    expect([points.xName, points.yName]).toEqual(['a', 'b']);
  });

  it('colours by value for a numeric target and reads decimal commas', () => {
    const points = previewScatter(
      { ...preview, firstRows: [['1,5', '2', 'x', '0,25']], decimalComma: true },
      ['input', 'input', 'ignored', 'target'],
      ['numeric', 'numeric', 'categorical', 'numeric'],
    )!;
    expect(Array.from(points.xy)).toEqual([1.5, 2]);
    expect(Array.from(points.values!)).toEqual([0.25]);
    expect(points.labels).toBeNull();
  });

  it('has none without two numeric inputs and a target', () => {
    const types = ['numeric', 'numeric', 'categorical', 'categorical'];
    expect(previewScatter(preview, ['input', 'ignored', 'input', 'target'], types)).toBeNull();
    expect(previewScatter(preview, ['input', 'input', 'ignored', 'ignored'], types)).toBeNull();
  });

  it('plots the two numeric inputs among others, or the two picked', () => {
    const mixed = ['numeric', 'numeric', 'categorical', 'categorical'];
    const both = previewScatter(preview, ['input', 'input', 'input', 'target'], mixed)!;
    expect([both.xName, both.yName]).toEqual(['a', 'b']);
    const wide = { ...preview, firstRows: preview.firstRows.map((r) => [r[0], r[1], r[0], r[3]]) };
    const numeric = ['numeric', 'numeric', 'numeric', 'categorical'];
    const picked = previewScatter(wide, ['input', 'input', 'input', 'target'], numeric, [2, 0])!;
    expect([picked.xName, picked.yName]).toEqual(['c', 'a']);
    expect(Array.from(picked.xy)).toEqual([1, 1, 3, 3, 5, 5]);
  });
});
