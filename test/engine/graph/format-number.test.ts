import { describe, it, expect } from 'vitest';
import {
  formatConstant,
  formatNumber,
  formatOperand,
} from '../../../src-engine/graph/format-number';

describe('formatNumber', () => {
  it('writes whole numbers with one decimal and others with 4 significant digits', () => {
    expect(formatNumber(2)).toBe('2.0');
    expect(formatNumber(-6)).toBe('−6.0');
    expect(formatNumber(0.123456)).toBe('0.1235');
    expect(formatNumber(-0)).toBe('0.0');
    expect(formatNumber(1e-9)).toBe('1e-9');
    expect(formatNumber(1e20)).toBe('100000000000000000000');
  });

  it('names non-finite values and parenthesises negative operands', () => {
    expect(formatNumber(NaN)).toBe('NaN');
    expect(formatNumber(-Infinity)).toBe('−∞');
    expect(formatOperand(-0.5)).toBe('(−0.5)');
    expect(formatOperand(0.5)).toBe('0.5');
  });

  it('writes another decimal sign when a view passes one', () => {
    expect(formatNumber(2, ',')).toBe('2,0');
    expect(formatNumber(0, ',')).toBe('0,0');
    expect(formatNumber(-0.123456, ',')).toBe('−0,1235');
    expect(formatNumber(1.5e-9, ',')).toBe('1,5e-9');
    expect(formatOperand(-0.5, ',')).toBe('(−0,5)');
  });

  it('writes a constant as given, shortest, with the decimal sign passed', () => {
    expect(formatConstant(2)).toBe('2');
    expect(formatConstant(0.5)).toBe('0.5');
    expect(formatConstant(-1.5)).toBe('−1.5');
    expect(formatConstant(0.5, ',')).toBe('0,5');
    expect(formatConstant(-1.5, ',')).toBe('−1,5');
    expect(formatConstant(3, ',')).toBe('3');
  });
});
