import { describe, expect, it } from 'vitest';
import { checkSetting, describeRule, settingRule } from '../../../src-renderer/train/setting-rules';

describe('checkSetting', () => {
  it('accepts values inside the range, at its ends', () => {
    expect(checkSetting('1', settingRule('patience'))).toEqual({ ok: true, value: 1 });
    expect(checkSetting(' 1000000 ', settingRule('patience'))).toEqual({ ok: true, value: 1e6 });
    expect(checkSetting('0', settingRule('momentum'))).toEqual({ ok: true, value: 0 });
    expect(checkSetting('0.999999', settingRule('beta2'))).toEqual({ ok: true, value: 0.999999 });
    expect(checkSetting('1', settingRule('gamma'))).toEqual({ ok: true, value: 1 });
  });

  it('names the field, the range and the typed text when a value is out of range', () => {
    const result = checkSetting('2.5', settingRule('patience'));
    expect(result).toEqual({
      ok: false,
      message: 'Patience must be a whole number from 1 to 1,000,000 (got 2.5).',
    });
    expect(checkSetting('1', settingRule('momentum'))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^Momentum must be a number from 0 to 0\.999999/),
    });
  });

  it('refuses the excluded minimum of positive settings', () => {
    expect(checkSetting('0', settingRule('learningRate'))).toMatchObject({
      ok: false,
      message: 'Learning rate must be a number above 0, at most 100 (got 0).',
    });
    expect(checkSetting('0', settingRule('c2')).ok).toBe(false);
    expect(checkSetting('0.0001', settingRule('c2')).ok).toBe(true);
  });

  it('says an empty field is empty, and refuses text that is not a number', () => {
    expect(checkSetting('', settingRule('epochs'))).toEqual({
      ok: false,
      message: 'Epochs is empty: enter a whole number from 1 to 1,000,000.',
    });
    expect(checkSetting('abc', settingRule('epochs')).ok).toBe(false);
    expect(checkSetting('Infinity', settingRule('minDelta')).ok).toBe(false);
    expect(checkSetting('NaN', settingRule('weightDecay')).ok).toBe(false);
  });

  it('describes rules in words', () => {
    expect(describeRule(settingRule('every'))).toBe('a whole number from 1 to 1,000,000');
    expect(describeRule(settingRule('c1'))).toBe('a number above 0, at most 1,000,000,000');
  });
});
