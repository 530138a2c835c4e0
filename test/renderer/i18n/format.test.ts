import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../../../src-renderer/i18n';
import {
  formatCount,
  formatDate,
  formatDateTime,
  formatDecimal,
  formatFixed,
  formatPercent,
  formatPlain,
  formatScientific,
  formatSignificant,
  formatTime,
} from '../../../src-renderer/i18n/format';

// 3 December 2026, 14:05 local time: the formats show the local time, as the views do.
const AT = new Date(2026, 11, 3, 14, 5).getTime();

afterEach(() => {
  i18n.global.locale.value = 'en';
});

describe('numbers and dates follow the chosen language', () => {
  it('English: comma groups, point decimals, day month year and a 24-hour clock', () => {
    expect(formatCount(10000)).toBe('10,000');
    expect(formatDecimal(0.03)).toBe('0.03');
    expect(formatDate(AT)).toBe('3 Dec 2026');
    expect(formatTime(AT)).toBe('14:05');
    expect(formatDateTime(AT)).toBe('3 Dec 2026, 14:05');
  });

  it('Spanish: point groups, comma decimals, Spanish month names', () => {
    i18n.global.locale.value = 'es';
    expect(formatCount(10000)).toBe('10.000');
    expect(formatDecimal(1234.5)).toBe('1234,5');
    expect(formatDecimal(0.03)).toBe('0,03');
    expect(formatDate(AT)).toBe('3 dic 2026');
    expect(formatTime(AT)).toBe('14:05');
    expect(formatDateTime(AT)).toBe('3 dic 2026, 14:05');
  });

  it('a change of language changes the next format (no stale cached formatter)', () => {
    expect(formatCount(1500000)).toBe('1,500,000');
    i18n.global.locale.value = 'es';
    expect(formatCount(1500000)).toBe('1.500.000');
  });

  it('takes a time stamp, an ISO text or a Date alike', () => {
    expect(formatDate(new Date(AT))).toBe(formatDate(AT));
    expect(formatDate(new Date(AT).toISOString())).toBe(formatDate(AT));
  });

  it('significant digits, fixed decimals and percents, in either language', () => {
    expect(formatSignificant(0.012345)).toBe('0.0123');
    expect(formatSignificant(12345)).toBe('12,300');
    expect(formatSignificant(2.5, 4)).toBe('2.5');
    expect(formatFixed(2.5, 2)).toBe('2.50');
    expect(formatPercent(0.986)).toBe('98.6%');
    i18n.global.locale.value = 'es';
    expect(formatSignificant(0.012345)).toBe('0,0123');
    expect(formatSignificant(123456)).toBe('123.000');
    expect(formatSignificant(-0.5)).toBe('-0,5');
    expect(formatFixed(2.5, 2)).toBe('2,50');
    expect(formatPercent(0.986)).toBe('98,6\u00a0%');
  });

  it('powers of ten as toExponential writes them, the language’s sign, no trailing zeros', () => {
    expect(formatScientific(0.000123, 2)).toBe('1.23e-4');
    expect(formatScientific(100000, 2)).toBe('1e+5');
    expect(formatScientific(-0.00009876, 1)).toBe('-9.9e-5');
    expect(formatScientific(Infinity, 2)).toBe('∞');
    expect(formatFixed(-0.001, 2)).toBe('0.00');
    i18n.global.locale.value = 'es';
    expect(formatScientific(0.000123, 2)).toBe('1,23e-4');
    expect(formatScientific(123456, 2)).toBe('1,23e+5');
  });

  it('a value from the data plain: all its digits, the decimal sign, never grouped', () => {
    expect(formatPlain(2024)).toBe('2024');
    expect(formatPlain(20240101)).toBe('20240101');
    expect(formatPlain(12345.678)).toBe('12345.678');
    expect(formatPlain(0.1 + 0.2)).toBe('0.30000000000000004');
    expect(formatPlain(1.5e-7)).toBe('1.5E-7');
    expect(formatPlain(-2e21)).toBe('-2E21');
    i18n.global.locale.value = 'es';
    expect(formatPlain(20240101)).toBe('20240101');
    expect(formatPlain(12345.678)).toBe('12345,678');
    expect(formatPlain(-0.25)).toBe('-0,25');
    expect(formatPlain(1.5e-7)).toBe('1,5E-7');
  });
});
