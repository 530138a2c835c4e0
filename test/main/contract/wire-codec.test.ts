import { describe, expect, it } from 'vitest';
import { decodeMessage, encodeMessage, MAX_DEPTH } from '../../../src-main/contract/wire-codec';

/** A binary frame with its header replaced, for hostile cases. */
function frame(header: string, dataBytes = 0): Uint8Array {
  const h = new TextEncoder().encode(header);
  const start = Math.ceil((8 + h.length) / 8) * 8;
  const out = new Uint8Array(start + dataBytes);
  out.set([0x4e, 0x4c, 0x42, 0x31]);
  new DataView(out.buffer).setUint32(4, h.length, true);
  out.set(h, 8);
  return out;
}

describe('wire codec', () => {
  it('sends plain values as JSON text, non-finite numbers included', () => {
    const value = { loss: NaN, limits: [Infinity, -Infinity, 1], text: '$num', W: [[0.5]] };
    const message = encodeMessage(value);
    expect(typeof message).toBe('string');
    const back = decodeMessage(message) as typeof value;
    expect(back.loss).toBeNaN();
    expect(back.limits).toEqual([Infinity, -Infinity, 1]);
    expect(back.text).toBe('$num');
  });

  it('carries typed arrays in one binary frame (views into larger buffers too)', () => {
    const buffer = new Float32Array([9, 1.5, -2, 3e-38, 9]);
    const value = {
      x: buffer.subarray(1, 4),
      y: new Float64Array([Math.PI, NaN, -0]),
      labels: new Int32Array([-1, 0, 2 ** 31 - 1]),
      bytes: new Uint8Array([0, 255, 7]),
      levels: new Uint16Array([0, 65535]),
      empty: new Float32Array(0),
      loss: NaN,
      nested: [{ deep: new Float32Array([1]) }],
      text: 'é and "$bin" in a string',
    };
    const message = encodeMessage(value);
    expect(message).toBeInstanceOf(Uint8Array);
    const back = decodeMessage(message) as typeof value;
    expect(back.x).toBeInstanceOf(Float32Array);
    expect(Array.from(back.x)).toEqual(Array.from(buffer.subarray(1, 4)));
    expect(back.y[0]).toBe(Math.PI);
    expect(back.y[1]).toBeNaN();
    expect(Object.is(back.y[2], -0)).toBe(true);
    expect(back.labels).toEqual(new Int32Array([-1, 0, 2 ** 31 - 1]));
    expect(back.bytes).toEqual(new Uint8Array([0, 255, 7]));
    expect(back.levels).toEqual(new Uint16Array([0, 65535]));
    expect(back.empty).toEqual(new Float32Array(0));
    expect(back.loss).toBeNaN();
    expect(back.nested[0].deep).toEqual(new Float32Array([1]));
    expect(back.text).toBe(value.text);
  });

  it('reads a frame that arrives as an ArrayBuffer or as a view at an offset', () => {
    const message = encodeMessage({ a: new Float64Array([1, 2]) }) as Uint8Array;
    expect(decodeMessage(message.buffer as ArrayBuffer)).toEqual({ a: new Float64Array([1, 2]) });
    const padded = new Uint8Array(message.length + 3);
    padded.set(message, 3);
    expect(decodeMessage(padded.subarray(3))).toEqual({ a: new Float64Array([1, 2]) });
  });

  it('moves a 100 × 100 surface in about its own size', () => {
    const levels = new Uint16Array(10_000).map((_, i) => i);
    const message = encodeMessage({ event: 'runs:snapshot', payload: { levels } });
    expect(message.length).toBeLessThan(20_000 + 200);
  });

  it('refuses arrays it cannot carry and frames that lie', () => {
    expect(() => encodeMessage({ a: new Int8Array(2) })).toThrow(/Int8Array/);
    expect(() => decodeMessage('{not json')).toThrow();
    expect(() => decodeMessage(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]))).toThrow(
      /not a Neuron Lab/,
    );
    expect(() => decodeMessage(frame('{"a":{"$bin":[0,0,4]}}', 8))).toThrow(/past the end/);
    expect(() => decodeMessage(frame('{"a":{"$bin":[9,0,1]}}', 8))).toThrow(/unknown kind/);
    expect(() => decodeMessage(frame('{"a":{"$bin":[0,3,1]}}', 16))).toThrow(/bad offset/);
    expect(() => decodeMessage(frame('{"a":{"$bin":[0,0]}}', 8))).toThrow(/expected \[kind/);
    const long = frame('{}');
    new DataView(long.buffer).setUint32(4, 1_000, true);
    expect(() => decodeMessage(long)).toThrow(/header runs past/);
    expect(decodeMessage(frame('{"a":{"$bin":[1,0,1]}}', 8))).toEqual({ a: new Float64Array([0]) });
  });

  it('leaves look-alikes in text alone', () => {
    expect(decodeMessage('{"$bin": [0, 0, 1]}')).toEqual({ $bin: [0, 0, 1] });
    expect(decodeMessage('{"$num": "zero"}')).toEqual({ $num: 'zero' });
  });

  it('refuses nesting deeper than MAX_DEPTH in text and in a frame’s header, not in strings', () => {
    const nest = (n: number) => `${'['.repeat(n)}${']'.repeat(n)}`;
    expect(() => decodeMessage(`{"a":${nest(MAX_DEPTH)}}`)).toThrow(/nested deeper than 128/);
    const deepest = `{"a":${nest(MAX_DEPTH - 1)}}`;
    expect(JSON.stringify(decodeMessage(deepest))).toBe(deepest);
    // deep enough to exhaust the reviver's stack, had it been reached
    expect(() => decodeMessage(`{"$num":1,"a":${nest(10_000)}}`)).toThrow(/nested deeper/);
    expect(() => decodeMessage(frame(`{"a":${nest(5_000)}}`))).toThrow(/nested deeper/);
    const brackets = `{"s":"${'['.repeat(1_000)}\\"${'{'.repeat(1_000)}"}`;
    expect((decodeMessage(brackets) as { s: string }).s).toHaveLength(2_001);
  });
});
