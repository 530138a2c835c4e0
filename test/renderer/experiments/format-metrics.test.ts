import { describe, expect, it } from 'vitest';
import { i18n } from '../../../src-renderer/i18n';
import {
  formatDuration,
  formatMeasure,
  formatNumber,
  metricKey,
  partMetrics,
} from '../../../src-renderer/experiments/format-metrics';

describe('metric keys', () => {
  it('match the names main stores: bare for training, prefixed for the other parts', () => {
    expect(metricKey('train', 'loss')).toBe('loss');
    expect(metricKey('validation', 'accuracy')).toBe('validationAccuracy');
    expect(metricKey('test', 'r2')).toBe('testR2');
  });
});

describe('formatMeasure', () => {
  it('shows accuracy as a percentage, R² with three decimals, loss with 4 digits', () => {
    expect(formatMeasure('accuracy', 0.9875)).toBe('98.8%');
    expect(formatMeasure('r2', 0.91234)).toBe('0.912');
    expect(formatMeasure('loss', 0.0123456)).toBe('0.01235');
    expect(formatMeasure('loss', 2)).toBe('2');
  });

  it('names NaN and infinities instead of printing garbage', () => {
    expect(formatMeasure('loss', NaN)).toBe('NaN');
    expect(formatMeasure('loss', Infinity)).toBe('∞');
    expect(formatMeasure('r2', -Infinity)).toBe('−∞');
  });

  it('writes tiny numbers in exponent form', () => {
    expect(formatNumber(0.00001)).toBe('1e-5');
    expect(formatNumber(0.000012)).toBe('1.2e-5');
    expect(formatNumber(0)).toBe('0');
  });
});

describe('partMetrics', () => {
  it('lists the parts present, train first, with their measures in order', () => {
    const parts = partMetrics({
      testLoss: 0.3,
      loss: 0.1,
      accuracy: 0.95,
      testAccuracy: 0.9,
    });
    expect(parts.map((p) => p.part)).toEqual(['train', 'test']);
    expect(parts[0].values.map((v) => `${v.label} ${v.text}`)).toEqual([
      'loss 0.1',
      'accuracy 95.0%',
    ]);
    expect(parts[1].values.map((v) => v.text)).toEqual(['0.3', '90.0%']);
  });

  it('shows R² for regression and nothing for a run without metrics', () => {
    const parts = partMetrics({ loss: 0.5, r2: 0.8, validationLoss: 0.6, validationR2: 0.7 });
    expect(parts.map((p) => p.values.map((v) => v.label))).toEqual([
      ['loss', 'R²'],
      ['loss', 'R²'],
    ]);
    expect(partMetrics(null)).toEqual([]);
    expect(partMetrics({})).toEqual([]);
  });
});

describe('formatDuration', () => {
  it('picks a unit for the size', () => {
    expect(formatDuration(850)).toBe('850 ms');
    expect(formatDuration(12_340)).toBe('12.3 s');
    expect(formatDuration(245_000)).toBe('4 min 05 s');
    expect(formatDuration(3_720_000)).toBe('1 h 02 min');
  });

  it('shows a dash for a negative or missing span', () => {
    expect(formatDuration(-1)).toBe('—');
    expect(formatDuration(NaN)).toBe('—');
  });
});

describe('in Spanish', () => {
  it('writes the decimal comma in measures, plain numbers and durations', () => {
    i18n.global.locale.value = 'es';
    try {
      expect(formatMeasure('accuracy', 0.9875)).toBe('98,8\u00a0%');
      expect(formatMeasure('r2', 0.91234)).toBe('0,912');
      expect(formatMeasure('loss', 0.0123456)).toBe('0,01235');
      expect(formatNumber(0.000012)).toBe('1,2e-5');
      expect(formatDuration(12_340)).toBe('12,3 s');
    } finally {
      i18n.global.locale.value = 'en';
    }
  });
});
