/**
 * Model files changed in a few places (or replaced by anything) read back with the importer:
 * each is either a model, or refused with a message that names the field and says what it
 * expected in words — never "expected undefined rows", "got [object Object]" or an exception
 * of another kind.
 */
import { Network } from '../../src-engine/network/network';
import { toModelFile } from '../../src-engine/serialize/model-format';
import { ExportError } from '../../src-main/export/export-error';
import { importModelJson } from '../../src-main/export/model-json';
import { Tally, type FamilyResult } from './family';
import { mutate, randomValue } from './random-values';
import { SeededRandom } from './seeded-random';

/** Words a message must never say: they leak a missing value instead of describing it. */
export const SAYS_NOTHING = /\bundefined\b|\[object Object\]|\bNaN rows\b|got function/;

function validModel(): Record<string, unknown> {
  const network = new Network(
    {
      inputs: 2,
      layers: [
        { units: 3, activation: 'tanh' },
        { units: 2, activation: 'softmax' },
      ],
    },
    { seed: 3 },
  );
  return {
    ...toModelFile(network, {
      featureNames: ['x1', 'x2'],
      targetNames: ['a', 'b'],
      labels: ['a', 'b'],
      normalization: { kind: 'standard', mean: [0, 1], std: [1, 2] },
    }),
  } as unknown as Record<string, unknown>;
}

/** Reads `count` generated model files. */
export function attackModelFiles(count: number, seed: number): FamilyResult {
  const tally = new Tally('model files');
  const random = new SeededRandom(seed);
  const valid = JSON.parse(JSON.stringify(validModel())) as Record<string, unknown>;
  for (let i = 0; i < count; i++) {
    const value = random.chance(0.9) ? mutate(random, valid) : randomValue(random);
    let text: string;
    try {
      text = random.chance(0.05)
        ? JSON.stringify(value).slice(0, random.int(0, 50))
        : JSON.stringify(value);
    } catch {
      continue;
    }
    if (text === undefined) continue;
    let problem: string | undefined;
    try {
      importModelJson(text);
    } catch (error) {
      if (!(error instanceof ExportError)) problem = `threw ${String(error)}`;
      else if (!error.message.startsWith('model file: '))
        problem = `a message without its subject: ${error.message}`;
      else if (SAYS_NOTHING.test(error.message))
        problem = `a message that says nothing: ${error.message}`;
    }
    tally.check(problem && `case ${i} (seed ${seed}): ${problem.slice(0, 300)}`);
  }
  return tally.result();
}
