import { describe, expect, it } from 'vitest';
import {
  base64ToBytes,
  bytesToBase64,
  decodeMessage,
  encodeMessage,
} from '../../../src-main/contract/wire-codec';

describe('wire codec', () => {
  it('agrees with Node’s base64 for every length and byte', () => {
    for (let length = 0; length < 70; length++) {
      const bytes = Uint8Array.from({ length }, (_, i) => (i * 97 + length) & 255);
      const text = bytesToBase64(bytes);
      expect(text).toBe(Buffer.from(bytes).toString('base64'));
      expect(base64ToBytes(text)).toEqual(bytes);
    }
    const big = Uint8Array.from({ length: 200_001 }, (_, i) => (i * 31) & 255);
    expect(bytesToBase64(big)).toBe(Buffer.from(big).toString('base64'));
  });

  it('refuses malformed base64', () => {
    expect(() => base64ToBytes('abc')).toThrow(/multiple of 4/);
    expect(() => base64ToBytes('ab!d')).toThrow(/invalid character/);
    expect(() => base64ToBytes('a=bc')).toThrow(/invalid character/);
  });

  it('carries typed arrays (views into larger buffers too) and non-finite numbers', () => {
    const buffer = new Float32Array([9, 1.5, -2, 3e-38, 9]);
    const value = {
      x: buffer.subarray(1, 4),
      y: new Float64Array([Math.PI, NaN, -0]),
      labels: new Int32Array([-1, 0, 2 ** 31 - 1]),
      bytes: new Uint8Array([0, 255]),
      empty: new Float32Array(0),
      loss: NaN,
      limits: [Infinity, -Infinity, 1],
      nested: [{ deep: new Float32Array([1]) }],
      text: '$f32',
    };
    const back = decodeMessage(encodeMessage(value)) as typeof value;
    expect(back.x).toBeInstanceOf(Float32Array);
    expect(Array.from(back.x)).toEqual(Array.from(buffer.subarray(1, 4)));
    expect(back.y).toBeInstanceOf(Float64Array);
    expect(back.y[0]).toBe(Math.PI);
    expect(back.y[1]).toBeNaN();
    expect(Object.is(back.y[2], -0)).toBe(true);
    expect(back.labels).toEqual(new Int32Array([-1, 0, 2 ** 31 - 1]));
    expect(back.bytes).toEqual(new Uint8Array([0, 255]));
    expect(back.empty).toEqual(new Float32Array(0));
    expect(back.loss).toBeNaN();
    expect(back.limits).toEqual([Infinity, -Infinity, 1]);
    expect(back.nested[0].deep).toEqual(new Float32Array([1]));
    expect(back.text).toBe('$f32');
  });

  it('leaves look-alikes alone and refuses arrays it cannot carry', () => {
    expect(decodeMessage('{"$f32": 1, "a": 2}')).toEqual({ $f32: 1, a: 2 });
    expect(decodeMessage('{"$num": "zero"}')).toEqual({ $num: 'zero' });
    expect(decodeMessage('{"$other": "AAAA"}')).toEqual({ $other: 'AAAA' });
    expect(() => decodeMessage('{"$f32": "AAA="}')).toThrow(/whole number of elements/);
    expect(() => encodeMessage({ a: new Int8Array(2) })).toThrow(/Int8Array/);
    expect(() => decodeMessage('{not json')).toThrow();
  });

  it('decodes plain messages (no encoded values) as they were, strings with "$ included', () => {
    const value = { W: [[[0.5, -1.25]]], text: '{"$f32":"AAAAAA=="}', $ok: 1 };
    expect(decodeMessage(encodeMessage(value))).toEqual(value);
    expect(decodeMessage(encodeMessage({ a: 'x"$', b: new Float32Array([2]) }))).toEqual({
      a: 'x"$',
      b: new Float32Array([2]),
    });
  });

  it('decodes long base64 with and without padding, as the encoder wrote it', () => {
    for (const length of [0, 1, 2, 3, 4, 5, 3_001]) {
      const bytes = Uint8Array.from({ length }, (_, i) => (i * 131 + 7) & 255);
      expect(base64ToBytes(bytesToBase64(bytes))).toEqual(bytes);
    }
    expect(() => base64ToBytes('AAAA\u00e9AAA')).toThrow(/invalid character/);
  });
});
