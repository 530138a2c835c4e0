// The place of a JSON syntax error is found by a scan of its own; where V8 names a position,
// the two agree, and where V8 names none (an unexpected token) the scan still finds one.
import { describe, expect, it } from 'vitest';
import { jsonErrorPlace } from '../../../src-main/contract/json-error-place';

const BROKEN = [
  '[{"a":1,}]',
  '[1,2',
  '[{"a":1}\n{"b":2}]',
  '{"a" 1}',
  '["abc',
  '[1]x',
  '[{"a":"x\ty"}]',
  '[1, 2, 3,]',
  '[-]',
  '[01]',
  '[1.]',
  '{"a": tru}',
  '["\\q"]',
  '["\\u12G4"]',
  '[{"a": 1}, {"b": [1, 2}]',
];

/** V8's position of the error, when its message names one. */
function v8Position(text: string): number | undefined {
  try {
    JSON.parse(text);
  } catch (error) {
    const match = /at position (\d+)/.exec((error as Error).message);
    return match ? Number(match[1]) : undefined;
  }
  throw new Error(`${text} parsed`);
}

describe('jsonErrorPlace', () => {
  it.each(BROKEN)('%j: where V8 names a position, the same one', (text) => {
    const place = jsonErrorPlace(text)!;
    expect(place).not.toBeNull();
    const v8 = v8Position(text);
    if (v8 === undefined) return;
    const lines = text.slice(0, v8).split('\n');
    expect([place.line, place.column]).toEqual([lines.length, lines.at(-1)!.length + 1]);
  });

  it('names what stands there, or that the text ends', () => {
    expect(jsonErrorPlace('[{"a": 1},\n {"a": }]')).toEqual({ line: 2, column: 8, found: '}' });
    expect(jsonErrorPlace('\n\n  [1, 2,, 3]')).toEqual({ line: 3, column: 9, found: ',' });
    expect(jsonErrorPlace('[{"a": 1},')).toEqual({ line: 1, column: 11 });
    expect(jsonErrorPlace('')).toEqual({ line: 1, column: 1 });
  });

  it('finds no error in valid JSON, and survives a deep nest', () => {
    expect(jsonErrorPlace('[{"a": [1, {"b": null}], "c": "\\u00e9"}, true, -1.5e3]')).toBeNull();
    const deep = '['.repeat(200_000);
    expect(jsonErrorPlace(deep)).toEqual({ line: 1, column: 200_001 });
  });
});
