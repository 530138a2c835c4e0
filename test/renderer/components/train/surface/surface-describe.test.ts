import { describe, expect, it } from 'vitest';
import { describeSurface } from '../../../../../src-renderer/components/train/surface/surface-describe';

const box = { xMin: -6, xMax: 6, yMin: -6, yMax: 6 };

describe('describeSurface', () => {
  it('gives the share of class 1 for two classes', () => {
    expect(describeSurface(box, [42, 58, 0], 200)).toBe(
      'Decision surface over x from −6 to 6 and y from −6 to 6: 58% of the plane predicted class 1; 200 data points.',
    );
  });

  it('lists every class for several', () => {
    expect(describeSurface(box, [1, 1, 2, 0], 1)).toBe(
      'Decision surface over x from −6 to 6 and y from −6 to 6: predicted class 0 on 25%, class 1 on 25%, class 2 on 50% of the plane; 1 data point.',
    );
  });

  it('mentions NaN outputs', () => {
    expect(describeSurface(box, [0, 3, 1], 0)).toContain(
      '75% of the plane predicted class 1; the output is NaN on 25%; no data points.',
    );
  });

  it('says when there is no surface yet', () => {
    expect(describeSurface(box, null, 5)).toBe('Decision surface not computed yet; 5 data points.');
  });
});
