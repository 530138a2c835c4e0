// Issue 13, item 7: model files changed in a few places are read back as a model or refused
// naming the field in words — never "expected undefined rows", "got [object Object]", or a
// TypeError from comparing an object sent where a number belongs.
import { expect, it } from 'vitest';
import { importModelJson } from '../../src-main/export/model-json';
import { attackModelFiles, SAYS_NOTHING } from './model-files';

it('reads 3,000 generated model files into a model or a message naming the field', () => {
  const result = attackModelFiles(3_000, 13);
  expect(result.failures).toEqual([]);
  expect(result.tried).toBeGreaterThan(2_900);
});

it.each([
  [
    '{"format":"neuron-lab-model","version":{},"spec":{}}',
    'model file: version an object is not supported (this app reads 1…1)',
  ],
  [
    '{"format":"neuron-lab-model","version":1,"spec":{"inputs":2,"layers":[{"activation":"tanh"}]},"dtype":"float32","weights":{"W":[[[1,2]]],"b":[[0]]}}',
    'model file: spec: layer 1: units must be a whole number from 1 to 65536, got nothing',
  ],
  [
    '{"format":"neuron-lab-model","version":1,"spec":{"inputs":2,"layers":[{"units":{"toString":0},"activation":"softmax"}]},"dtype":"float32","weights":{"W":[],"b":[]}}',
    'model file: spec: layer 1: units must be a whole number from 1 to 65536, got an object',
  ],
])('says what is wrong in words: %s', (text, message) => {
  expect(() => importModelJson(text)).toThrow(message);
  expect(message).not.toMatch(SAYS_NOTHING);
});
