import { describe, expect, it } from 'vitest';
import { controlLabel } from '../../../src-renderer/labs/control-labels';
import { FIGURE_KINDS } from '../../../src-main/contract/lab-document/figure-kinds';

describe('controlLabel', () => {
  it('gives the words people read for the keys lab files use', () => {
    expect(controlLabel('learningRate')).toBe('Learning rate');
    expect(controlLabel('K')).toBe('Batch size K');
  });

  it('spells out a key it does not know from its camel case', () => {
    expect(controlLabel('maxEpochs')).toBe('Max epochs');
  });

  it('has a label, not a bare key, for every control of every figure', () => {
    for (const kind of Object.values(FIGURE_KINDS)) {
      for (const key of kind.controls) expect(controlLabel(key)).not.toBe(key);
    }
  });
});
