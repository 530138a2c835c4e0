import { describe, expect, it } from 'vitest';
import type { EpochReport } from '../../../src-engine/train/reports';
import { thinForViews, VIEW_EPOCHS_PER_EVENT } from '../../../src-main/services/thin-for-views';

const reports = (n: number): EpochReport[] =>
  Array.from({ length: n }, (_, i) => ({
    epoch: i + 1,
    step: i + 1,
    loss: 1,
    learningRate: 1,
    millis: 1,
  }));

describe('thinForViews', () => {
  it('passes a small batch of epochs on whole', () => {
    const epochs = reports(VIEW_EPOCHS_PER_EVENT);
    expect(thinForViews(epochs)).toBe(epochs);
  });

  it('keeps evenly spaced epochs, in order, always the last, never a hole', () => {
    for (let n = VIEW_EPOCHS_PER_EVENT + 1; n < 2000; n += 7) {
      const kept = thinForViews(reports(n));
      expect(kept).toHaveLength(VIEW_EPOCHS_PER_EVENT);
      expect(kept.every((r) => r !== undefined)).toBe(true);
      expect(kept.at(-1)!.epoch).toBe(n);
      for (let i = 1; i < kept.length; i++)
        expect(kept[i].epoch).toBeGreaterThan(kept[i - 1].epoch);
    }
  });
});
